// SPDX-License-Identifier: MIT
#include "common/ThreadedFeedback.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace gridbook {

ThreadedFeedback::ThreadedFeedback(Feedback &gui, QObject *parent) : QObject(parent), m_gui(gui) {}

bool ThreadedFeedback::onOwnThread() const
{
    return QThread::currentThread() == thread();
}

void ThreadedFeedback::error(const Error &error)
{
    if (onOwnThread()) {
        m_gui.error(error);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, error] { m_gui.error(error); }, Qt::BlockingQueuedConnection);
}

void ThreadedFeedback::warning(const QString &message)
{
    if (onOwnThread()) {
        m_gui.warning(message);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, message] { m_gui.warning(message); }, Qt::BlockingQueuedConnection);
}

bool ThreadedFeedback::question(const QString &text, bool defaultAnswer)
{
    if (onOwnThread())
        return m_gui.question(text, defaultAnswer);
    bool answer = defaultAnswer;
    QMetaObject::invokeMethod(
        this, [this, text, defaultAnswer] { return m_gui.question(text, defaultAnswer); },
        Qt::BlockingQueuedConnection, &answer);
    return answer;
}

void ThreadedFeedback::progress(const QString &stage, qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        const bool finished = total > 0 && done >= total;
        if (stage == m_lastStage && !finished && m_sinceLast.isValid() &&
            m_sinceLast.elapsed() < 50)
            return;
        m_lastStage = stage;
        m_sinceLast.start();
    }
    // Emitted from the worker; receivers on the GUI thread get it queued.
    emit progressed(stage, done, total);
}

} // namespace gridbook
