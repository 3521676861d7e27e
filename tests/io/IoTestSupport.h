// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "db/Database.h"
#include "io/ResidentImporter.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <memory>

namespace gridbook::test {

/** Runs /usr/bin/python3 with a script of tests/io and returns its stdout; fails the test
 *  case if the script fails. */
QByteArray python(const QString &script, const QStringList &args);

/** The JSON summary of an .xlsx as openpyxl reads it (tests/io/xlsx_summary.py). */
QJsonDocument xlsxSummary(const QString &path, const QStringList &columns = {});

/** Builds a fixture with tests/io/make_fixture.py; returns what the script printed. */
QJsonDocument makeFixture(const QString &kind, const QString &path, const QByteArray &json = "{}");

/** A file ledger holding the demo community (21,237 residents unless told), generated once
 *  per test run and copied for each caller into `dir`. */
QString demoLedger(const QString &dir, int residents = 21237);

/** Opens a file ledger; fails the test case if it cannot be opened. */
std::unique_ptr<Database> openLedger(const QString &path);

/** A SHA-256 over every row of every table, in rowid order: equal digests, equal content. */
QByteArray contentDigest(const Database &db);

/** Reads a file, maps its sheets automatically and imports them. */
Result<ImportResult> importFile(Database &db, const QString &path, const ImportOptions &options,
                                Feedback &feedback);

/** Records what the core says; can cancel once a stage whose name contains `cancelAt` starts. */
class IoRecordingFeedback : public Feedback {
public:
    void error(const Error &e) override { errors << e.message; }
    void warning(const QString &message) override { warnings << message; }
    bool question(const QString &, bool answer) override { return answer; }
    void progress(const QString &stage, qint64, qint64) override
    {
        if (!stage.isEmpty())
            stages << stage;
        if (!cancelAt.isEmpty() && stage.contains(cancelAt))
            m_cancelled = true;
    }
    bool cancelled() const override { return m_cancelled; }

    QString cancelAt;
    QStringList stages;
    QStringList errors;
    QStringList warnings;

private:
    bool m_cancelled = false;
};

} // namespace gridbook::test
