// SPDX-License-Identifier: MIT
#include "pages/HouseholdsPage.h"

#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "forms/HouseholdForm.h"
#include "forms/HouseholdPickerDialog.h"
#include "forms/ResidentPickerDialog.h"
#include "items/CodeListModel.h"
#include "items/HouseholdTableModel.h"
#include "pages/ArchiveActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace gridbook {

HouseholdsPage::HouseholdsPage(Notifier &notifier, QWidget *parent)
    : TablePage(notifier, parent),
      m_forms(&HouseholdForm::householdId, &HouseholdForm::loadHousehold)
{
    setObjectName(QStringLiteral("householdsPage"));
    searchEdit()->setPlaceholderText(
        tr("Search: head's name or pinyin initials, household no., phone, address"));
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filterBar()->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyQuery);
        return c;
    };
    m_care = combo("careFilter");
    m_residenceType = combo("residenceTypeFilter");
    filterBar()->addStretch(1);
}

HouseholdsPage::~HouseholdsPage() = default;

QString HouseholdsPage::title() const
{
    return tr("Households");
}

void HouseholdsPage::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    // Forms of the old ledger go with it (the main window asked them to save first).
    m_forms.deleteAll();
    table()->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    {
        const QSignalBlocker blockCare(m_care), blockType(m_residenceType);
        delete m_careList;
        delete m_residenceList;
    }
    m_careList = m_residenceList = nullptr;
    m_document = document;
    if (!m_document) {
        showPlaceholder(tr("No ledger is open."));
        setCount(QString());
        return;
    }
    const QSqlDatabase db = m_document->database().connection();
    m_model = new HouseholdTableModel(db, this);
    m_model->setBackgroundLoading(true);
    setModel(m_model, {HouseholdTableModel::Uid});
    connect(m_model, &HouseholdTableModel::totalCountChanged, this, &HouseholdsPage::updateCount);
    connect(m_model, &HouseholdTableModel::loadingChanged, this, &HouseholdsPage::updateCount);
    connect(m_model, &HouseholdTableModel::loadFailed, this,
            [this](const QString &message, const QString &details) {
                Error e;
                e.message = message;
                e.cause = details;
                notifier().error(e);
            });
    auto list = [&](CodeListModel *&model, CodeListModel::List which, QComboBox *combo,
                    const QString &any) {
        model = new CodeListModel(db, which, this);
        (void)model->setAnyEntry(any);
        const QSignalBlocker block(combo);
        combo->setModel(model);
        combo->setCurrentIndex(0);
    };
    list(m_careList, CodeListModel::List::CareCategory, m_care, tr("All care categories"));
    list(m_residenceList, CodeListModel::List::ResidenceType, m_residenceType,
         tr("All residence types"));
    connect(m_document, &LedgerDocument::recordsChanged, this, [this](const QString &table) {
        if (m_model && !listWaits() &&
            (table == QLatin1String("household") || table == QLatin1String("resident") ||
             table == QLatin1String("resident_care"))) {
            if (Status s = m_model->reload(); !s)
                notifier().error(s.error());
            updateCount();
        }
    });
    connect(m_document, &LedgerDocument::reloaded, this, &HouseholdsPage::refresh);
    applyQuery();
}

void HouseholdsPage::setScope(const LedgerScope &scope)
{
    m_scope = scope;
    applyQuery();
}

void HouseholdsPage::applyQuery()
{
    if (!m_model || !m_document)
        return;
    if (!readyToList(m_document,
                     tr("This ledger is empty.\n\nUse File › Fill In Demo Community… to try "
                        "Gridbook out, or add the first household with Edit › Add.")))
        return;
    HouseholdQuery query = m_model->query();
    query.scope = m_scope;
    query.search = searchEdit()->text();
    query.careCategoryIds.clear();
    if (const QVariant care = m_careList ? m_careList->codeAt(m_care->currentIndex()) : QVariant();
        !care.isNull())
        query.careCategoryIds << care.toLongLong();
    query.residenceTypeCodes.clear();
    if (const QVariant type =
            m_residenceList ? m_residenceList->codeAt(m_residenceType->currentIndex()) : QVariant();
        !type.isNull())
        query.residenceTypeCodes << type.toString();
    if (Status s = m_model->setQuery(query); !s)
        notifier().error(s.error());
    updateCount();
}

void HouseholdsPage::updateCount()
{
    if (!m_model)
        return;
    const qint64 total = m_model->totalCount();
    setCount(total < 0 ? tr("Counting…") : tr("%1 households").arg(QLocale().toString(total)));
}

bool HouseholdsPage::isLoading() const
{
    return m_model && m_model->isLoading() && m_model->rowCount() == 0;
}

void HouseholdsPage::refresh()
{
    for (CodeListModel *list : {m_careList, m_residenceList}) {
        if (list)
            (void)list->refresh();
    }
    applyQuery();
}

void HouseholdsPage::searchChanged(const QString &)
{
    applyQuery();
}

qint64 HouseholdsPage::pickHousehold(QWidget *parent, qint64 excluding)
{
    return HouseholdPickerDialog::pick(*m_document, m_scope, excluding, tr("Choose the household"),
                                       parent);
}

qint64 HouseholdsPage::pickResident(QWidget *parent)
{
    return ResidentPickerDialog::pick(*m_document, LedgerScope(), tr("Choose who moves in"),
                                      parent);
}

HouseholdForm *HouseholdsPage::openHousehold(qint64 id)
{
    if (!m_document)
        return nullptr;
    return m_forms.open(id, notifier(), [this] {
        auto *form = new HouseholdForm(*m_document, notifier(), window());
        form->setHouseholdPicker(
            [this](QWidget *parent, qint64 excluding) { return pickHousehold(parent, excluding); });
        form->setResidentPicker([this](QWidget *parent) { return pickResident(parent); });
        return form;
    });
}

void HouseholdsPage::addRecord()
{
    openHousehold(0);
}

void HouseholdsPage::editCurrent()
{
    const int row = currentRow();
    if (m_model && row >= 0)
        openHousehold(m_model->idAt(row));
}

void HouseholdsPage::rowActivated(int)
{
    editCurrent();
}

void HouseholdsPage::archiveCurrent()
{
    const int row = currentRow();
    if (!m_model || !m_document || row < 0)
        return;
    ArchiveActions::archiveHousehold(
        *m_document, notifier(), m_model->idAt(row),
        [this](QWidget *parent, qint64 excluding) { return pickHousehold(parent, excluding); },
        this);
}

} // namespace gridbook
