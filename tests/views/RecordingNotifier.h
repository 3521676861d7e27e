// SPDX-License-Identifier: MIT
#pragma once

#include "common/Notifier.h"

#include <QList>
#include <QStringList>

namespace gridbook::test {

/**
 * A Notifier for widget tests: it records what the window says and answers questions and
 * choices from a script instead of showing a modal box.
 */
class RecordingNotifier : public Notifier {
public:
    void error(const Error &error) override { errors << error.message; }
    void warning(const QString &message) override { warnings << message; }
    bool question(const QString &text, bool defaultAnswer) override
    {
        questions << text;
        return answers.isEmpty() ? defaultAnswer : answers.takeFirst();
    }
    void progress(const QString &, qint64, qint64) override {}
    bool cancelled() const override { return false; }
    int choose(const QString &text, const QStringList &, const QString &) override
    {
        questions << text;
        return choices.isEmpty() ? -1 : choices.takeFirst();
    }
    void inform(const QString &message) override { news << message; }

    QStringList errors, warnings, questions, news;
    QList<bool> answers; ///< the next question() answers
    QList<int> choices;  ///< the next choose() answers; -1 cancels
};

} // namespace gridbook::test
