// SPDX-License-Identifier: MIT
#include "pages/LedgerPage.h"

#include <QSettings>

namespace gridbook {

LedgerPage::LedgerPage(Notifier &notifier, QWidget *parent) : QWidget(parent), m_notifier(notifier)
{
}

void LedgerPage::saveSettings(QSettings &) const {}

void LedgerPage::restoreSettings(QSettings &) {}

void LedgerPage::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    emit summaryChanged(summary);
}

} // namespace gridbook
