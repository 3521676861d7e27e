// SPDX-License-Identifier: MIT
#include "reports/ReportOptionsDialog.h"

#include "reports/ContactBookReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gridbook {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

/** The scope kinds offered, with "the whole community" first (kind -1). */
const QList<int> &scopeKinds()
{
    static const QList<int> kinds = {-1,
                                     int(ReportScope::Kind::BigGrid),
                                     int(ReportScope::Kind::SmallGrid),
                                     int(ReportScope::Kind::Compound),
                                     int(ReportScope::Kind::Building),
                                     int(ReportScope::Kind::Unit)};
    return kinds;
}

} // namespace

ReportOptionsDialog::ReportOptionsDialog(const QSqlDatabase &db, const ReportRequest &initial,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_initial(initial)
{
    setWindowTitle(tr("Print report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Roster (花名册)"), int(ReportRequest::Kind::Roster));
    m_kind->addItem(tr("Contact book (联系册)"), int(ReportRequest::Kind::ContactBook));
    m_kind->addItem(tr("Household file (一户一档)"), int(ReportRequest::Kind::HouseholdFile));
    form->addRow(tr("Report:"), m_kind);

    auto *scopeRow = new QHBoxLayout;
    m_scopeKind = new QComboBox(this);
    m_scopeKind->setObjectName(QStringLiteral("scopeKind"));
    for (int kind : scopeKinds())
        m_scopeKind->addItem(kind < 0 ? tr("Whole community")
                                      : ReportScope::kindName(ReportScope::Kind(kind)),
                             kind);
    m_scopePlace = new QComboBox(this);
    m_scopePlace->setObjectName(QStringLiteral("scopePlace"));
    m_scopePlace->setMinimumContentsLength(16);
    scopeRow->addWidget(m_scopeKind);
    scopeRow->addWidget(m_scopePlace, 1);
    form->addRow(tr("Scope:"), scopeRow);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Roster page: filters, columns, grouping.
    auto *roster = new QWidget(m_pages);
    auto *rosterLayout = new QHBoxLayout(roster);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QGroupBox(tr("Only residents who are"), roster);
    auto *filterLayout = new QVBoxLayout(filters);
    m_categories = new QListWidget(filters);
    m_categories->setObjectName(QStringLiteral("categories"));
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT code, name FROM care_category WHERE archived_at IS NULL "
                              "ORDER BY sort, name"))) {
        while (q.next()) {
            auto *item = new QListWidgetItem(q.value(1).toString(), m_categories);
            item->setData(kCodeRole, q.value(0).toString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(initial.roster.categories.contains(q.value(0).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    filterLayout->addWidget(m_categories);
    auto *ages = new QHBoxLayout;
    m_minAge = new QSpinBox(filters);
    m_minAge->setObjectName(QStringLiteral("minAge"));
    m_maxAge = new QSpinBox(filters);
    m_maxAge->setObjectName(QStringLiteral("maxAge"));
    for (QSpinBox *box : {m_minAge, m_maxAge}) {
        box->setRange(-1, 150);
        box->setSpecialValueText(tr("any"));
    }
    m_minAge->setValue(initial.roster.minAge);
    m_maxAge->setValue(initial.roster.maxAge);
    ages->addWidget(new QLabel(tr("Age from"), filters));
    ages->addWidget(m_minAge);
    ages->addWidget(new QLabel(tr("to"), filters));
    ages->addWidget(m_maxAge);
    filterLayout->addLayout(ages);
    rosterLayout->addWidget(filters, 1);

    auto *columnsBox = new QGroupBox(tr("Columns, in order"), roster);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QListWidget(columnsBox);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    QList<RosterReport::Column> order = initial.roster.columns;
    for (RosterReport::Column c : RosterReport::allColumns()) {
        if (!order.contains(c))
            order << c;
    }
    for (RosterReport::Column c : order) {
        auto *item = new QListWidgetItem(RosterReport::columnTitle(c), m_columns);
        item->setData(kColumnRole, int(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(initial.roster.columns.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    columnsLayout->addWidget(m_columns);
    auto *moveRow = new QHBoxLayout;
    auto *up = new QPushButton(tr("Up"), columnsBox);
    up->setObjectName(QStringLiteral("columnUp"));
    auto *down = new QPushButton(tr("Down"), columnsBox);
    down->setObjectName(QStringLiteral("columnDown"));
    connect(up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    columnsLayout->addLayout(moveRow);
    m_grouping = new QComboBox(columnsBox);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItem(tr("No grouping"), int(RosterReport::Grouping::None));
    m_grouping->addItem(tr("Group by building"), int(RosterReport::Grouping::Building));
    m_grouping->addItem(tr("Group by household"), int(RosterReport::Grouping::Household));
    m_grouping->setCurrentIndex(m_grouping->findData(int(initial.roster.grouping)));
    columnsLayout->addWidget(m_grouping);
    rosterLayout->addWidget(columnsBox, 1);
    m_pages->addWidget(roster);

    // Contact book page: whose book.
    auto *contacts = new QWidget(m_pages);
    auto *contactForm = new QFormLayout(contacts);
    m_holder = new QComboBox(contacts);
    m_holder->setObjectName(QStringLiteral("holder"));
    m_holder->setEditable(true);
    m_holder->setInsertPolicy(QComboBox::NoInsert);
    if (auto holders = ContactBookReport::listHolders(m_db, initial.date())) {
        for (const auto &h : *holders)
            m_holder->addItem(
                QStringLiteral("%1 (%2)").arg(h.name, h.roles.join(QStringLiteral("、"))), h.key);
    }
    contactForm->addRow(tr("Grid leader, worker or assistant:"), m_holder);
    m_pages->addWidget(contacts);

    // Household file page: the scope is all it needs.
    auto *files = new QLabel(tr("One or more pages per household of the scope: dwelling, "
                                "members, care categories, pairing, latest visits and service "
                                "requests."),
                             m_pages);
    files->setWordWrap(true);
    files->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(files);

    m_landscape = new QCheckBox(tr("A4 landscape"), this);
    m_landscape->setObjectName(QStringLiteral("landscape"));
    m_landscape->setChecked(initial.landscape());
    layout->addWidget(m_landscape);
    m_full = new QCheckBox(tr("Print full ID and phone numbers for this print"), this);
    m_full->setObjectName(QStringLiteral("fullValues"));
    m_full->setChecked(initial.fullValues());
    layout->addWidget(m_full);
    m_fullNote = new QLabel(tr("Printed paper leaves the office: full numbers are recorded in "
                               "the print log with your user name and the scope."),
                            this);
    m_fullNote->setWordWrap(true);
    m_fullNote->setVisible(m_full->isChecked());
    connect(m_full, &QCheckBox::toggled, m_fullNote, &QLabel::setVisible);
    layout->addWidget(m_fullNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportOptionsDialog::kindChanged);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &ReportOptionsDialog::fillPlaces);
    m_kind->setCurrentIndex(m_kind->findData(int(initial.kind)));
    const QList<ReportScope> &scopes = initial.kind == ReportRequest::Kind::HouseholdFile
                                           ? initial.householdFile.scopes
                                           : initial.roster.scopes;
    fillPlaces();
    if (!scopes.isEmpty())
        setScope(scopes.first());
    kindChanged();
}

void ReportOptionsDialog::fillPlaces()
{
    m_scopePlace->clear();
    m_places.clear();
    const int kind = m_scopeKind->currentData().toInt();
    m_scopePlace->setEnabled(kind >= 0);
    if (kind < 0)
        return;
    if (auto places = ReportScope::list(m_db, ReportScope::Kind(kind))) {
        m_places = *places;
        for (const ReportScope &s : m_places)
            m_scopePlace->addItem(s.label, s.id);
    }
}

void ReportOptionsDialog::setScope(const ReportScope &scope)
{
    const int kindIndex = m_scopeKind->findData(int(scope.kind));
    if (kindIndex < 0) {
        m_scopeKind->setCurrentIndex(0);
        return;
    }
    m_scopeKind->setCurrentIndex(kindIndex);
    fillPlaces();
    m_scopePlace->setCurrentIndex(m_scopePlace->findData(scope.id));
}

void ReportOptionsDialog::kindChanged()
{
    const auto kind = ReportRequest::Kind(m_kind->currentData().toInt());
    m_pages->setCurrentIndex(m_kind->currentIndex());
    // A contact book's scope is its holder's.
    const bool scoped = kind != ReportRequest::Kind::ContactBook;
    m_scopeKind->setEnabled(scoped);
    m_scopePlace->setEnabled(scoped && m_scopeKind->currentData().toInt() >= 0);
}

void ReportOptionsDialog::moveColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
}

ReportRequest ReportOptionsDialog::request() const
{
    ReportRequest r = m_initial;
    r.kind = ReportRequest::Kind(m_kind->currentData().toInt());
    QList<ReportScope> scopes;
    const int place = m_scopePlace->currentIndex();
    if (m_scopeKind->currentData().toInt() >= 0 && place >= 0 && place < m_places.size())
        scopes << m_places[place];
    r.roster.scopes = scopes;
    r.householdFile.scopes = scopes;
    r.householdFile.households.clear();

    r.roster.categories.clear();
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            r.roster.categories << m_categories->item(i)->data(kCodeRole).toString();
    }
    r.roster.minAge = m_minAge->value();
    r.roster.maxAge = m_maxAge->value();
    r.roster.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            r.roster.columns << RosterReport::Column(m_columns->item(i)->data(kColumnRole).toInt());
    }
    r.roster.grouping = RosterReport::Grouping(m_grouping->currentData().toInt());

    r.contactBook.holders.clear();
    const int holder = m_holder->findText(m_holder->currentText());
    if (holder >= 0)
        r.contactBook.holders << m_holder->itemData(holder).toString();
    else if (!m_holder->currentText().trimmed().isEmpty())
        r.contactBook.holders << m_holder->currentText().trimmed();

    r.setLandscape(m_landscape->isChecked());
    r.setFullValues(m_full->isChecked());
    return r;
}

} // namespace gridbook
