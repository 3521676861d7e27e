// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>

namespace gridbook {

/**
 * Feedback for work on a worker thread (filling in the demo community, imports): progress()
 * and cancelled() may be called from any thread. Progress is passed to the GUI thread as the
 * queued signal progressed(), at most every 50 ms so that a million rows do not flood the
 * event queue. Errors, warnings and questions from a worker are handed to `gui` on the thread
 * this object lives on, blocking the worker until answered.
 */
class ThreadedFeedback : public QObject, public Feedback {
    Q_OBJECT
public:
    explicit ThreadedFeedback(Feedback &gui, QObject *parent = nullptr);

    void error(const Error &error) override;
    void warning(const QString &message) override;
    bool question(const QString &text, bool defaultAnswer) override;
    void progress(const QString &stage, qint64 done, qint64 total) override;
    bool cancelled() const override { return m_cancelled.load(); }

public slots:
    /** Asks the work to stop; it checks cancelled() and rolls back. Any thread. */
    void cancel() { m_cancelled = true; }

signals:
    /** Work advanced (delivered on the GUI thread). */
    void progressed(const QString &stage, qint64 done, qint64 total);

private:
    bool onOwnThread() const;

    Feedback &m_gui;
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    QElapsedTimer m_sinceLast;
    QString m_lastStage;
};

} // namespace gridbook
