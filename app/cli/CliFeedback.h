// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"

#include <QElapsedTimer>
#include <QMutex>

namespace gridbook {

/**
 * Feedback for gridbook-cli: errors and warnings on stderr, a progress line that rewrites
 * itself on a terminal (and prints a line every few seconds otherwise), questions answered
 * with their default because a script cannot answer. Ctrl+C sets cancelled().
 */
class CliFeedback : public Feedback {
public:
    CliFeedback();
    void error(const Error &error) override;
    void warning(const QString &message) override;
    bool question(const QString &text, bool defaultAnswer) override;
    void progress(const QString &stage, qint64 done, qint64 total) override;
    bool cancelled() const override;
    /** Ends a progress line, if one is showing. */
    void finishProgress();

    /** Installs a SIGINT handler that cancels long work instead of killing the process. */
    static void installInterruptHandler();

private:
    QMutex m_mutex;
    QElapsedTimer m_sinceLast;
    QString m_stage;
    bool m_terminal = false;
    bool m_lineOpen = false;
};

} // namespace gridbook
