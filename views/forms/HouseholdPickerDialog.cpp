// SPDX-License-Identifier: MIT
#include "forms/HouseholdPickerDialog.h"

#include "document/LedgerDocument.h"
#include "document/PlaceNames.h"
#include "items/HouseholdQuery.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace gridbook {

namespace {

class FirstIds : public IdListReceiver {
public:
    FirstIds(int limit, qint64 excluding) : m_limit(limit), m_excluding(excluding) {}
    void received(const QList<qint64> &ids) override
    {
        for (qint64 id : ids) {
            if (m_ids.size() < m_limit && id != m_excluding)
                m_ids << id;
        }
    }
    bool cancelled() const override { return m_ids.size() >= m_limit; }
    QList<qint64> m_ids;

private:
    int m_limit;
    qint64 m_excluding;
};

} // namespace

HouseholdPickerDialog::HouseholdPickerDialog(LedgerDocument &document, const LedgerScope &scope,
                                             qint64 excluding, QWidget *parent)
    : RecordPickerDialog(parent), m_document(document), m_scope(scope), m_excluding(excluding)
{
    setObjectName(QStringLiteral("householdPicker"));
    searchEdit()->setPlaceholderText(
        tr("Head's name or pinyin initials, household no. or address"));
    statusLabel()->setText(tr("Type to search."));
    chooseButton()->setText(tr("Choose"));
}

void HouseholdPickerDialog::search()
{
    matchList()->clear();
    const QString text = searchEdit()->text().trimmed();
    if (text.isEmpty()) {
        statusLabel()->setText(tr("Type to search."));
        return;
    }
    HouseholdQuery query;
    query.scope = m_scope;
    query.search = text;
    FirstIds first(kMaxMatches, m_excluding);
    (void)query.run(m_document.database().connection(), first);
    for (qint64 id : std::as_const(first.m_ids)) {
        auto place = PlaceNames::household(m_document.database().connection(), id);
        auto *item = new QListWidgetItem(place ? *place : QString::number(id), matchList());
        item->setData(Qt::UserRole, id);
    }
    statusLabel()->setText(first.m_ids.isEmpty() ? tr("Nothing found.") : QString());
    if (matchList()->count() > 0)
        matchList()->setCurrentRow(0);
}

qint64 HouseholdPickerDialog::householdId() const
{
    return chosenId();
}

qint64 HouseholdPickerDialog::pick(LedgerDocument &document, const LedgerScope &scope,
                                   qint64 excluding, const QString &title, QWidget *parent)
{
    HouseholdPickerDialog dialog(document, scope, excluding, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted ? dialog.householdId() : 0;
}

} // namespace gridbook
