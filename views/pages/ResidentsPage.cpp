// SPDX-License-Identifier: MIT
#include "pages/ResidentsPage.h"

#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "forms/ResidentForm.h"
#include "items/CodeListModel.h"
#include "items/ResidentTableModel.h"
#include "pages/ArchiveActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>

namespace gridbook {

ResidentsPage::ResidentsPage(Notifier &notifier, QWidget *parent)
    : TablePage(notifier, parent), m_forms(&ResidentForm::residentId, &ResidentForm::loadResident)
{
    setObjectName(QStringLiteral("residentsPage"));
    auto combo = [this](const char *name, const QString &tip) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setToolTip(tip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filterBar()->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyQuery);
        return c;
    };
    m_care = combo("careFilter", tr("Care category"));
    m_residenceType = combo("residenceTypeFilter", tr("Residence type"));
    m_political = combo("politicalFilter", tr("Political status"));
    auto age = [this](const char *name) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(-1, 150);
        s->setValue(-1);
        s->setSpecialValueText(tr("any"));
        s->setKeyboardTracking(false);
        connect(s, &QSpinBox::valueChanged, this, &ResidentsPage::applyQuery);
        return s;
    };
    filterBar()->addWidget(new QLabel(tr("Age:"), this));
    m_minAge = age("minAgeFilter");
    m_maxAge = age("maxAgeFilter");
    filterBar()->addWidget(m_minAge);
    filterBar()->addWidget(new QLabel(tr("to"), this));
    filterBar()->addWidget(m_maxAge);
    filterBar()->addStretch(1);
}

ResidentsPage::~ResidentsPage() = default;

QString ResidentsPage::title() const
{
    return tr("Residents");
}

void ResidentsPage::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    // Forms of the old ledger go with it (the main window asked them to save first).
    m_forms.deleteAll();
    table()->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    // The combo boxes fall back to an empty list when their models go.
    const QSignalBlocker blockCare(m_care), blockType(m_residenceType), blockStatus(m_political);
    delete m_careList;
    delete m_residenceList;
    delete m_politicalList;
    m_careList = m_residenceList = m_politicalList = nullptr;
    m_document = document;
    if (!m_document) {
        showPlaceholder(tr("No ledger is open."));
        setCount(QString());
        return;
    }
    const QSqlDatabase db = m_document->database().connection();
    m_model = new ResidentTableModel(db, this);
    // On a ledger file the lists load on a worker thread; typing never waits for SQLite.
    m_model->setBackgroundLoading(true);
    setModel(m_model, {ResidentTableModel::HouseholdUid, ResidentTableModel::Uid,
                       ResidentTableModel::BirthDate});
    connect(m_model, &ResidentTableModel::totalCountChanged, this, &ResidentsPage::updateCount);
    connect(m_model, &ResidentTableModel::loadingChanged, this, &ResidentsPage::updateCount);
    connect(m_model, &ResidentTableModel::loadFailed, this,
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
    list(m_politicalList, CodeListModel::List::PoliticalStatus, m_political,
         tr("Any political status"));

    connect(m_document, &LedgerDocument::recordsChanged, this,
            [this](const QString &table) { documentChanged(table); });
    connect(m_document, &LedgerDocument::reloaded, this, &ResidentsPage::refresh);
    applyQuery();
}

void ResidentsPage::setScope(const LedgerScope &scope)
{
    m_scope = scope;
    applyQuery();
}

void ResidentsPage::applyQuery()
{
    if (!m_model || !m_document)
        return;
    if (m_document->isEmpty()) {
        showPlaceholder(tr("This ledger is empty.\n\nUse File › Fill In Demo Community… to try "
                           "Gridbook out, or start entering households on the Households page."));
        setCount(QString());
        return;
    }
    showPlaceholder(QString());
    ResidentQuery query = m_model->query();
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
    query.politicalStatusCodes.clear();
    if (const QVariant status =
            m_politicalList ? m_politicalList->codeAt(m_political->currentIndex()) : QVariant();
        !status.isNull())
        query.politicalStatusCodes << status.toString();
    query.minAge = m_minAge->value();
    query.maxAge = m_maxAge->value();
    if (Status s = m_model->setQuery(query); !s)
        notifier().error(s.error());
    updateCount();
}

void ResidentsPage::updateCount()
{
    if (!m_model)
        return;
    const qint64 total = m_model->totalCount();
    if (total < 0)
        setCount(tr("Counting…"));
    else
        setCount(tr("%1 residents").arg(QLocale().toString(total)));
}

bool ResidentsPage::isLoading() const
{
    return m_model && m_model->isLoading() && m_model->rowCount() == 0;
}

void ResidentsPage::refresh()
{
    if (!m_model)
        return;
    for (CodeListModel *list : {m_careList, m_residenceList, m_politicalList}) {
        if (list)
            (void)list->refresh();
    }
    applyQuery();
}

void ResidentsPage::documentChanged(const QString &table)
{
    static const QStringList affecting{QStringLiteral("resident"), QStringLiteral("resident_care"),
                                       QStringLiteral("household")};
    if (m_model && affecting.contains(table)) {
        if (Status s = m_model->reload(); !s)
            notifier().error(s.error());
        updateCount();
    }
    if (table == QLatin1String("care_category") && m_careList)
        (void)m_careList->refresh();
}

void ResidentsPage::searchChanged(const QString &)
{
    applyQuery();
}

ResidentForm *ResidentsPage::openResident(qint64 id)
{
    if (!m_document)
        return nullptr;
    return m_forms.open(id, notifier(),
                        [this] { return new ResidentForm(*m_document, notifier(), window()); });
}

void ResidentsPage::addRecord()
{
    openResident(0);
}

void ResidentsPage::editCurrent()
{
    const int row = currentRow();
    if (m_model && row >= 0)
        openResident(m_model->idAt(row));
}

void ResidentsPage::rowActivated(int)
{
    editCurrent();
}

void ResidentsPage::archiveCurrent()
{
    const int row = currentRow();
    if (m_model && m_document && row >= 0)
        ArchiveActions::archiveResident(*m_document, notifier(), m_model->idAt(row));
}

} // namespace gridbook
