// SPDX-License-Identifier: MIT
#include "forms/HouseholdPickerDialog.h"

#include "document/LedgerDocument.h"
#include "document/PlaceNames.h"
#include "items/HouseholdQuery.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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
    : QDialog(parent), m_document(document), m_scope(scope), m_excluding(excluding)
{
    setObjectName(QStringLiteral("householdPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Head's name or pinyin initials, household no. or address"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_status = new QLabel(tr("Type to search."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 480);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &HouseholdPickerDialog::search);
}

void HouseholdPickerDialog::search()
{
    m_list->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Type to search."));
        return;
    }
    HouseholdQuery query;
    query.scope = m_scope;
    query.search = text;
    FirstIds first(kMaxMatches, m_excluding);
    (void)query.run(m_document.database().connection(), first);
    for (qint64 id : std::as_const(first.m_ids)) {
        auto place = PlaceNames::household(m_document.database().connection(), id);
        auto *item = new QListWidgetItem(place ? *place : QString::number(id), m_list);
        item->setData(Qt::UserRole, id);
    }
    m_status->setText(first.m_ids.isEmpty() ? tr("Nothing found.") : QString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

qint64 HouseholdPickerDialog::householdId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 HouseholdPickerDialog::pick(LedgerDocument &document, const LedgerScope &scope,
                                   qint64 excluding, const QString &title, QWidget *parent)
{
    HouseholdPickerDialog dialog(document, scope, excluding, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted ? dialog.householdId() : 0;
}

} // namespace gridbook
