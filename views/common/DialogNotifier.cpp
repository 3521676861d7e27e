// SPDX-License-Identifier: MIT
#include "common/DialogNotifier.h"

#include <QMessageBox>
#include <QPushButton>

namespace gridbook {

DialogNotifier::DialogNotifier(QWidget *parent) : m_parent(parent) {}

void DialogNotifier::error(const Error &error)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::applicationName(), error.message,
                    QMessageBox::Ok, m_parent);
    // What the user can act on stays in sight; the driver's words are folded away.
    const QString details = error.details();
    if (!details.isEmpty() && details != error.message)
        box.setDetailedText(details);
    box.exec();
}

void DialogNotifier::warning(const QString &message)
{
    QMessageBox::warning(m_parent, QCoreApplication::applicationName(), message);
}

bool DialogNotifier::question(const QString &text, bool defaultAnswer)
{
    const auto answer = QMessageBox::question(m_parent, QCoreApplication::applicationName(), text,
                                              QMessageBox::Yes | QMessageBox::No,
                                              defaultAnswer ? QMessageBox::Yes : QMessageBox::No);
    return answer == QMessageBox::Yes;
}

int DialogNotifier::choose(const QString &text, const QStringList &choices, const QString &details)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::applicationName(), text,
                    QMessageBox::NoButton, m_parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void DialogNotifier::inform(const QString &message)
{
    if (m_sink)
        m_sink(message);
}

} // namespace gridbook
