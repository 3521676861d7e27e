// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "db/Database.h"

#include <QDate>
#include <QMutex>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace gridbook::test {

/** The as-of day of every demo ledger in the report tests, so that ages are stable. */
inline QDate reportDay()
{
    return QDate(2026, 11, 24);
}

/** A demo community in a file under its own temporary folder (threads and CLI open it too). */
struct DemoLedger {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

/** Generates a demo ledger of `residents` residents with `seed`; fails the test if it cannot. */
std::unique_ptr<DemoLedger> demoLedger(int residents = 3000, quint64 seed = 7);

/** A PDF as pdftotext -layout reads it: one string per page. */
struct PdfText {
    QStringList pages;  ///< split at form feeds
    int infoPages = -1; ///< "Pages:" of pdfinfo
    QString all() const { return pages.join(QLatin1Char('\n')); }
};

/** Reads `path` with poppler's pdftotext and pdfinfo (independent of Qt). */
PdfText readPdf(const QString &path);

/** Runs a query that must succeed and returns its first column of every row. */
QStringList column(const Database &db, const QString &sql, const QVariantList &bind = {});

/**
 * Feedback that records everything: questions asked (answered with `answer`), progress calls,
 * errors; it cancels once progress has been reported `cancelAfter` times (0: never).
 * Thread-safe: report builders call progress() and cancelled() from worker threads.
 */
class RecordingFeedback : public Feedback {
public:
    void error(const Error &error) override;
    void warning(const QString &message) override;
    bool question(const QString &text, bool defaultAnswer) override;
    void progress(const QString &stage, qint64 done, qint64 total) override;
    bool cancelled() const override { return m_cancelled.load(); }

    bool answer = false;
    int cancelAfter = 0;
    QStringList questions() const;
    QStringList errors() const;
    int progressCalls() const { return m_progress.load(); }
    QStringList stages() const;

private:
    mutable QMutex m_mutex;
    QStringList m_questions, m_errors, m_stages;
    std::atomic<int> m_progress{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace gridbook::test
