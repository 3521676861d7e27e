// SPDX-License-Identifier: MIT
#include "cli/CliFeedback.h"

#include <QMutexLocker>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace gridbook {

namespace {
std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

void writeErr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
    std::fflush(stderr);
}
} // namespace

CliFeedback::CliFeedback() : m_terminal(isatty(fileno(stderr)) != 0)
{
    m_sinceLast.start();
}

void CliFeedback::installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
}

void CliFeedback::error(const Error &error)
{
    finishProgress();
    writeErr(QStringLiteral("gridbook-cli: ") + error.message + QLatin1Char('\n'));
    QString details = error.details();
    // The first line of details() is the message itself.
    const auto nl = details.indexOf(QLatin1Char('\n'));
    if (nl >= 0)
        writeErr(QStringLiteral("  ") + details.mid(nl + 1).replace(QLatin1Char('\n'), QLatin1String("\n  ")) +
                 QLatin1Char('\n'));
}

void CliFeedback::warning(const QString &message)
{
    finishProgress();
    writeErr(QStringLiteral("gridbook-cli: warning: ") + message + QLatin1Char('\n'));
}

bool CliFeedback::question(const QString &text, bool defaultAnswer)
{
    finishProgress();
    writeErr(text + (defaultAnswer ? QStringLiteral(" [yes]\n") : QStringLiteral(" [no]\n")));
    return defaultAnswer;
}

void CliFeedback::progress(const QString &stage, qint64 done, qint64 total)
{
    QMutexLocker lock(&m_mutex);
    if (!stage.isEmpty())
        m_stage = stage;
    const bool due = m_sinceLast.elapsed() >= (m_terminal ? 200 : 5000) || done >= total;
    if (!due && !stage.isEmpty() && m_terminal == false)
        return;
    if (!due)
        return;
    m_sinceLast.restart();
    const QString amount = total > 0 ? QStringLiteral("%1/%2 (%3%)")
                                           .arg(done)
                                           .arg(total)
                                           .arg(done * 100 / total)
                                     : QString::number(done);
    if (m_terminal) {
        writeErr(QStringLiteral("\r\033[K") + m_stage + QStringLiteral(": ") + amount);
        m_lineOpen = true;
    } else {
        writeErr(m_stage + QStringLiteral(": ") + amount + QLatin1Char('\n'));
    }
}

bool CliFeedback::cancelled() const
{
    return interrupted.load();
}

void CliFeedback::finishProgress()
{
    if (m_lineOpen) {
        writeErr(QStringLiteral("\n"));
        m_lineOpen = false;
    }
}

} // namespace gridbook
