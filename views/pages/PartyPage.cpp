// SPDX-License-Identifier: MIT
#include "pages/PartyPage.h"

#include "commands/AssignPartyMemberCommand.h"
#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "forms/PartyMemberDialog.h"
#include "rosters/PartyMemberRosterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShowEvent>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gridbook {

namespace {

QTableWidget *entryTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PartyPage::PartyPage(Notifier &notifier, QWidget *parent) : TablePage(notifier, parent)
{
    setObjectName(QStringLiteral("partyPage"));
    m_model = new PartyMemberRosterModel(this);
    setModel(m_model);

    m_orgs = new QTreeWidget(this);
    m_orgs->setObjectName(QStringLiteral("orgTree"));
    m_orgs->setHeaderLabel(tr("Party organisation"));
    setSidePanel(m_orgs);
    connect(m_orgs, &QTreeWidget::currentItemChanged, this, [this] { reload(); });

    m_membership = new QComboBox(this);
    m_membership->setObjectName(QStringLiteral("membershipFilter"));
    m_membership->addItem(tr("All members"), QString());
    for (const char *kind : {"community", "registered"})
        m_membership->addItem(PartyMemberRosterModel::membershipName(QString::fromLatin1(kind)),
                              QString::fromLatin1(kind));
    m_centerOnly = new QCheckBox(tr("Center households only"), this);
    m_centerOnly->setObjectName(QStringLiteral("centerFilter"));
    filterBar()->addWidget(m_membership);
    filterBar()->addWidget(m_centerOnly);
    filterBar()->addStretch(1);
    connect(m_membership, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_centerOnly, &QCheckBox::toggled, this, [this] { reload(); });

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    m_memberTitle = new QLabel(details);
    m_memberTitle->setObjectName(QStringLiteral("memberTitle"));
    QFont bold = m_memberTitle->font();
    bold.setBold(true);
    m_memberTitle->setFont(bold);
    auto *entries = new QHBoxLayout;
    m_points = entryTable(details, QStringLiteral("pointsTable"),
                          {tr("Date"), tr("Points"), tr("For")});
    m_hours = entryTable(details, QStringLiteral("hoursTable"),
                         {tr("Date"), tr("Hours"), tr("For")});
    entries->addWidget(m_points);
    entries->addWidget(m_hours);
    detailsLayout->addWidget(m_memberTitle);
    detailsLayout->addLayout(entries, 1);
    setBottomPanel(details);

    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PartyPage::showMember);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartyPage::showMember);
}

PartyPage::~PartyPage() = default;

QString PartyPage::title() const
{
    return tr("Party");
}

void PartyPage::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDatabase(document ? document->database().connection() : QSqlDatabase());
    if (m_document) {
        connect(m_document, &LedgerDocument::recordsChanged, this,
                [this](const QString &table) { documentChanged(table); });
        connect(m_document, &LedgerDocument::reloaded, this, &PartyPage::refresh);
    }
    refresh();
}

void PartyPage::setScope(const LedgerScope &scope)
{
    m_scope = scope;
    reload();
}

void PartyPage::refresh()
{
    // The organisation tree too waits until the page is shown.
    m_orgsStale = !isVisible();
    if (!m_orgsStale)
        fillOrganisations();
    reload();
}

void PartyPage::documentChanged(const QString &table)
{
    static const QStringList tables{QStringLiteral("party_member"), QStringLiteral("party_org"),
                                    QStringLiteral("resident"), QStringLiteral("points_entry"),
                                    QStringLiteral("hours_entry")};
    if (table == QLatin1String("party_org")) {
        m_orgsStale = !isVisible();
        if (!m_orgsStale)
            fillOrganisations();
    }
    if (tables.contains(table))
        reload();
}

void PartyPage::fillOrganisations()
{
    const QSignalBlocker block(m_orgs);
    const qint64 current = m_orgs->currentItem() ? m_orgs->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_orgs->clear();
    auto *all = new QTreeWidgetItem(m_orgs, {tr("All organisations")});
    all->setData(0, Qt::UserRole, 0);
    m_orgs->setCurrentItem(all);
    if (!m_document)
        return;
    RecordStore::ListOptions options;
    options.orderBy = {{QStringLiteral("community_id")}, {QStringLiteral("id")}};
    auto orgs = m_document->store().list(QStringLiteral("party_org"), options);
    if (!orgs)
        return;
    QHash<qint64, QTreeWidgetItem *> items;
    // Parents come before their children in id order: the migrations and the demo create
    // them top-down, and the UI does the same.
    for (const Record &o : *orgs) {
        const qint64 id = o.value(QStringLiteral("id")).toLongLong();
        QTreeWidgetItem *parent = items.value(o.value(QStringLiteral("parent_id")).toLongLong());
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_orgs);
        item->setText(0, o.value(QStringLiteral("name")).toString());
        item->setData(0, Qt::UserRole, id);
        items.insert(id, item);
        if (id == current)
            m_orgs->setCurrentItem(item);
    }
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->parent() == nullptr)
            item->setExpanded(true);
    }
}

void PartyPage::showEvent(QShowEvent *event)
{
    // The organisation tree first: the roster reads which organisation is chosen in it.
    if (m_orgsStale) {
        m_orgsStale = false;
        fillOrganisations();
    }
    TablePage::showEvent(event);
}

void PartyPage::reload()
{
    if (!readyToList(m_document))
        return;
    m_model->setScope(m_scope);
    m_model->setSearch(searchEdit()->text());
    m_model->setOrganisation(
        m_orgs->currentItem() ? m_orgs->currentItem()->data(0, Qt::UserRole).toLongLong() : 0);
    m_model->setMembership(m_membership->currentData().toString());
    m_model->setCenterHouseholdsOnly(m_centerOnly->isChecked());
    if (Status s = m_model->reload(); !s)
        notifier().error(s.error());
    setCount(tr("%1 Party members").arg(QLocale().toString(m_model->rowCount())));
}

void PartyPage::searchChanged(const QString &)
{
    reload();
}

void PartyPage::showMember()
{
    m_points->setRowCount(0);
    m_hours->setRowCount(0);
    const int row = currentRow();
    if (!m_document || row < 0) {
        m_memberTitle->setText(tr("Choose a member to see their points and volunteer hours."));
        return;
    }
    const qint64 member = m_model->idAt(row);
    const qint64 resident = m_model->valueAt(row, QStringLiteral("resident_id")).toLongLong();
    const QLocale locale;
    m_memberTitle->setText(
        tr("%1 · points %2 · volunteer hours %3")
            .arg(m_model->valueAt(row, QStringLiteral("name")).toString(),
                 locale.toString(qint64(m_model->valueAt(row, QStringLiteral("points")).toDouble())),
                 locale.toString(m_model->valueAt(row, QStringLiteral("hours")).toDouble(), 'f', 1)));
    auto fill = [&](QTableWidget *table, const QString &entryTable, const QString &key,
                    qint64 id, const QString &amount) {
        RecordStore::ListOptions options;
        options.equals.insert(key, id);
        options.orderBy = {{QStringLiteral("occurred_on"), true}};
        options.limit = 100;
        auto rows = m_document->store().list(entryTable, options);
        if (!rows)
            return;
        table->setRowCount(int(rows->size()));
        for (int i = 0; i < rows->size(); ++i) {
            const Record &r = rows->at(i);
            table->setItem(i, 0, new QTableWidgetItem(r.value(QStringLiteral("occurred_on")).toString()));
            auto *value = new QTableWidgetItem(r.value(amount).toString());
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(i, 1, value);
            table->setItem(i, 2, new QTableWidgetItem(r.value(QStringLiteral("reason")).toString()));
        }
        table->resizeColumnsToContents();
    };
    fill(m_points, QStringLiteral("points_entry"), QStringLiteral("party_member_id"), member,
         QStringLiteral("points"));
    fill(m_hours, QStringLiteral("hours_entry"), QStringLiteral("resident_id"), resident,
         QStringLiteral("hours"));
}

void PartyPage::addRecord()
{
    if (!m_document)
        return;
    PartyMemberDialog dialog(*m_document, notifier(), m_scope, this);
    if (m_orgs->currentItem()) {
        // Prefill the organisation chosen in the tree.
        if (auto *org = dialog.findChild<QComboBox *>(QStringLiteral("orgCombo")))
            org->setCurrentIndex(std::max(0, org->findData(m_orgs->currentItem()->data(0, Qt::UserRole))));
    }
    dialog.exec();
}

void PartyPage::editCurrent()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    PartyMemberDialog dialog(*m_document, notifier(), m_scope, this);
    if (dialog.loadMember(m_model->idAt(row)))
        dialog.exec();
}

void PartyPage::rowActivated(int)
{
    editCurrent();
}

void PartyPage::archiveCurrent()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    const QString name = m_model->valueAt(row, QStringLiteral("name")).toString();
    if (!notifier().question(tr("End the Party membership of %1 here (transferred out or "
                                "deceased)? The record is kept in the ledger's history.")
                                 .arg(name),
                             false))
        return;
    if (Status s = m_document->push(
            std::make_unique<EndPartyMembershipCommand>(*m_document, m_model->idAt(row)));
        !s)
        notifier().error(s.error());
}

} // namespace gridbook
