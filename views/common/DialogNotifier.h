// SPDX-License-Identifier: MIT
#pragma once

#include "common/Notifier.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace gridbook {

/**
 * Notifier with message boxes over a parent window; passing news goes to a callback (the
 * main window's status bar). GUI thread only; see ThreadedFeedback for worker threads.
 */
class DialogNotifier : public Notifier {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DialogNotifier)
public:
    explicit DialogNotifier(QWidget *parent = nullptr);

    void setParentWidget(QWidget *parent) { m_parent = parent; }
    /** Where inform() goes; without one it is dropped. */
    void setStatusSink(std::function<void(const QString &)> sink) { m_sink = std::move(sink); }

    void error(const Error &error) override;
    void warning(const QString &message) override;
    bool question(const QString &text, bool defaultAnswer) override;
    void progress(const QString &, qint64, qint64) override {}
    bool cancelled() const override { return false; }
    int choose(const QString &text, const QStringList &choices,
               const QString &details = QString()) override;
    void inform(const QString &message) override;

private:
    QPointer<QWidget> m_parent;
    std::function<void(const QString &)> m_sink;
};

} // namespace gridbook
