// SPDX-License-Identifier: MIT
#include "forms/ResidentPickerDialog.h"

#include "document/LedgerDocument.h"
#include "document/PlaceNames.h"
#include "domain/ResidentId.h"
#include "items/ResidentQuery.h"

#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringList>

namespace gridbook {

namespace {

/** Takes the first matches and stops the query. */
class FirstIds : public IdListReceiver {
public:
    explicit FirstIds(int limit) : m_limit(limit) {}
    void received(const QList<qint64> &ids) override
    {
        for (qint64 id : ids) {
            if (m_ids.size() < m_limit)
                m_ids << id;
        }
    }
    bool cancelled() const override { return m_ids.size() >= m_limit; }
    QList<qint64> m_ids;

private:
    int m_limit;
};

} // namespace

ResidentPickerDialog::ResidentPickerDialog(LedgerDocument &document, const LedgerScope &scope,
                                           QWidget *parent)
    : RecordPickerDialog(parent), m_document(document), m_scope(scope)
{
    setObjectName(QStringLiteral("residentPicker"));
    searchEdit()->setPlaceholderText(tr("Name, pinyin initials, ID number or phone"));
    chooseButton()->setText(tr("Choose"));
    statusLabel()->setText(tr("Type to search."));
}

void ResidentPickerDialog::search()
{
    matchList()->clear();
    const QString text = searchEdit()->text().trimmed();
    if (text.isEmpty()) {
        statusLabel()->setText(tr("Type to search."));
        return;
    }
    ResidentQuery query;
    query.scope = m_scope;
    query.search = text;
    query.sort = ResidentQuery::Sort::Name;
    FirstIds first(kMaxMatches);
    (void)query.run(m_document.database().connection(), first); // stops itself at the limit
    const QDate today = QDate::currentDate();
    for (qint64 id : std::as_const(first.m_ids)) {
        auto r = m_document.residents().get(id);
        if (!r)
            continue;
        const int age = ResidentId::ageOn(
            QDate::fromString(r->value(QStringLiteral("birth_date")).toString(), Qt::ISODate),
            today);
        QString place;
        if (const qint64 household = r->value(QStringLiteral("household_id")).toLongLong()) {
            if (auto p = PlaceNames::household(m_document.database().connection(), household))
                place = *p;
        }
        // Name · age · masked ID · address, each only when the ledger has it.
        QStringList parts{r->value(QStringLiteral("name")).toString()};
        if (age >= 0)
            parts << tr("%1 years").arg(age);
        if (const QString idNumber = r->value(QStringLiteral("id_number")).toString();
            !idNumber.isEmpty())
            parts << ResidentId::mask(idNumber);
        if (!place.isEmpty())
            parts << place;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), matchList());
        item->setData(Qt::UserRole, id);
    }
    statusLabel()->setText(
        first.m_ids.isEmpty() ? tr("Nobody found.")
        : first.m_ids.size() >= kMaxMatches
            ? tr("The first %1 matches; type more to narrow them.").arg(kMaxMatches)
            : QString());
    if (matchList()->count() > 0)
        matchList()->setCurrentRow(0);
}

qint64 ResidentPickerDialog::residentId() const
{
    return chosenId();
}

qint64 ResidentPickerDialog::pick(LedgerDocument &document, const LedgerScope &scope,
                                  const QString &title, QWidget *parent)
{
    ResidentPickerDialog dialog(document, scope, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted ? dialog.residentId() : 0;
}

} // namespace gridbook
