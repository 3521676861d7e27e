// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"

#include <QString>
#include <QStringList>

namespace gridbook {

/**
 * Feedback as the windows need it: besides errors, warnings, yes/no questions and progress,
 * a choice between several answers ("archive the members or move them?") and passing news
 * for the status bar. The app implements it with message boxes (DialogNotifier); widget
 * tests inject a recorder that answers from a script, so no test ever waits on a modal box.
 */
class Notifier : public Feedback {
public:
    /**
     * Asks the user to pick one of `choices` (button texts); returns its index, or -1 if the
     * user cancelled. `details` is folded away.
     */
    virtual int choose(const QString &text, const QStringList &choices,
                       const QString &details = QString()) = 0;

    /** Passing news (saved, undone, ...): shown in the status bar, never modal. */
    virtual void inform(const QString &message) = 0;
};

} // namespace gridbook
