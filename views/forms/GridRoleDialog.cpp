// SPDX-License-Identifier: MIT
#include "forms/GridRoleDialog.h"

#include "commands/AssignGridRoleCommand.h"
#include "common/Notifier.h"
#include "document/CodeTables.h"
#include "document/LedgerDocument.h"
#include "domain/LedgerDate.h"
#include "domain/PhoneNumber.h"
#include "forms/ResidentPickerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QDate>
#include <QPushButton>

namespace gridbook {

namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");

QList<Record> rows(LedgerDocument &document, const QString &table, const Record &equals = {})
{
    RecordStore::ListOptions options;
    options.equals = equals;
    auto list = document.store().list(table, options);
    return list ? *list : QList<Record>();
}

} // namespace

GridRoleDialog::GridRoleDialog(LedgerDocument &document, Notifier &notifier,
                               const LedgerScope &scope, QWidget *parent)
    : QDialog(parent), m_document(document), m_notifier(notifier), m_scope(scope)
{
    setObjectName(QStringLiteral("gridRoleDialog"));
    setWindowTitle(tr("Grid Role"));
    auto *form = new QFormLayout;

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    if (auto roles = CodeTables::list(m_document.database().connection(),
                                      QStringLiteral("grid_role_code"))) {
        for (const auto &r : *roles) {
            m_role->addItem(r.name, r.code);
            m_role->setItemData(m_role->count() - 1, r.extra, Qt::UserRole + 1);
        }
    }
    form->addRow(tr("&Role:"), m_role);

    auto *residentRow = new QHBoxLayout;
    m_resident = new QLabel(tr("(not a resident)"), this);
    m_resident->setObjectName(QStringLiteral("residentLabel"));
    m_chooseResident = new QPushButton(tr("C&hoose Resident…"), this);
    m_chooseResident->setObjectName(QStringLiteral("chooseResidentButton"));
    residentRow->addWidget(m_resident, 1);
    residentRow->addWidget(m_chooseResident);
    form->addRow(tr("Resident:"), residentRow);
    connect(m_chooseResident, &QPushButton::clicked, this, [this] {
        const qint64 id =
            ResidentPickerDialog::pick(m_document, m_scope, tr("Choose the role holder"), this);
        if (id > 0)
            setResident(id);
    });
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("holderNameEdit"));
    m_name->setPlaceholderText(tr("for staff who do not live here"));
    form->addRow(tr("&Name:"), m_name);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("holderPhoneEdit"));
    form->addRow(tr("&Phone:"), m_phone);

    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("placeCombo"));
    m_placeHint = new QLabel(this);
    m_placeHint->setWordWrap(true);
    form->addRow(tr("Responsible &for:"), m_place);
    form->addRow(QString(), m_placeHint);

    m_started = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this);
    m_started->setObjectName(QStringLiteral("startedEdit"));
    form->addRow(tr("&Since:"), m_started);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(tr("N&ote:"), m_note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GridRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &GridRoleDialog::roleChanged);
    roleChanged();
    resize(520, 400);
}

void GridRoleDialog::setRole(const QString &roleCode)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleCode)));
}

void GridRoleDialog::setResident(qint64 residentId)
{
    m_residentId = residentId;
    auto r = m_document.residents().get(residentId);
    if (!r)
        return;
    m_resident->setText(r->value(kName).toString());
    m_name->setText(r->value(kName).toString());
    m_phone->setText(r->value(QStringLiteral("phone")).toString());
}

QString GridRoleDialog::scopeColumn() const
{
    const QString level = m_role->currentData(Qt::UserRole + 1).toString();
    return level == QLatin1String("unit") ? QStringLiteral("unit_id") : level + QStringLiteral("_id");
}

void GridRoleDialog::roleChanged()
{
    using Level = LedgerScope::Level;
    m_place->clear();
    m_placeHint->clear();
    const QString level = m_role->currentData(Qt::UserRole + 1).toString();
    // The scope of the navigation tree, resolved into the records it stands for.
    qint64 community = 0, bigGrid = 0, smallGrid = 0, compound = 0, building = 0, unit = 0;
    switch (m_scope.level()) {
    case Level::Everything:
        break;
    case Level::Community:
        community = m_scope.id();
        break;
    case Level::BigGrid:
        bigGrid = m_scope.id();
        break;
    case Level::SmallGrid:
        smallGrid = m_scope.id();
        break;
    case Level::Compound:
        compound = m_scope.id();
        smallGrid = m_scope.smallGridId();
        break;
    case Level::Building:
        building = m_scope.id();
        break;
    case Level::Unit:
        unit = m_scope.id();
        if (auto u = m_document.store().get(QStringLiteral("building_unit"), unit))
            building = u->value(QStringLiteral("building_id")).toLongLong();
        break;
    }
    if (smallGrid && !bigGrid) {
        if (auto g = m_document.store().get(QStringLiteral("small_grid"), smallGrid))
            bigGrid = g->value(QStringLiteral("big_grid_id")).toLongLong();
    }
    auto add = [this](const Record &r, const QString &label) {
        m_place->addItem(label.isEmpty() ? r.value(kName).toString() : label, r.value(kId));
    };
    if (level == QLatin1String("community")) {
        for (const Record &r : rows(m_document, QStringLiteral("community")))
            add(r, {});
    } else if (level == QLatin1String("big_grid")) {
        for (const Record &r : rows(m_document, QStringLiteral("big_grid"),
                                    community ? Record{{QStringLiteral("community_id"), community}}
                                              : Record{})) {
            if (!bigGrid || r.value(kId).toLongLong() == bigGrid)
                add(r, {});
        }
    } else if (level == QLatin1String("small_grid")) {
        Record equals;
        if (bigGrid)
            equals.insert(QStringLiteral("big_grid_id"), bigGrid);
        for (const Record &r : rows(m_document, QStringLiteral("small_grid"), equals)) {
            if (!smallGrid || r.value(kId).toLongLong() == smallGrid)
                add(r, {});
        }
    } else {
        // Buildings and units: only within a compound, small grid or building, so that the
        // list stays short enough to choose from.
        QList<Record> buildings;
        if (building) {
            if (auto b = m_document.store().get(QStringLiteral("building"), building))
                buildings << *b;
        } else if (compound || smallGrid) {
            Record equals;
            if (compound)
                equals.insert(QStringLiteral("compound_id"), compound);
            if (smallGrid)
                equals.insert(QStringLiteral("small_grid_id"), smallGrid);
            buildings = rows(m_document, QStringLiteral("building"), equals);
        }
        if (buildings.isEmpty())
            m_placeHint->setText(tr("Choose a small grid, compound or building in the navigation "
                                    "tree first; its buildings and units are offered here."));
        for (const Record &b : std::as_const(buildings)) {
            QString compoundName;
            if (auto c = m_document.store().get(QStringLiteral("compound"),
                                                b.value(QStringLiteral("compound_id")).toLongLong()))
                compoundName = c->value(kName).toString();
            if (level == QLatin1String("building")) {
                add(b, compoundName + QLatin1Char(' ') + b.value(kName).toString());
                continue;
            }
            for (const Record &u : rows(m_document, QStringLiteral("building_unit"),
                                        {{QStringLiteral("building_id"), b.value(kId)}})) {
                if (!unit || u.value(kId).toLongLong() == unit)
                    add(u, compoundName + QLatin1Char(' ') + b.value(kName).toString() +
                               u.value(kName).toString());
            }
        }
    }
}

QString GridRoleDialog::problemText() const
{
    return m_problem->text();
}

bool GridRoleDialog::save()
{
    Record role;
    role.insert(QStringLiteral("role_code"), m_role->currentData().toString());
    if (m_residentId > 0)
        role.insert(QStringLiteral("resident_id"), m_residentId);
    role.insert(QStringLiteral("holder_name"), m_name->text().trimmed());
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty()) {
        const PhoneNumber::Check check = PhoneNumber::check(phone);
        if (!check.valid) {
            m_problem->setText(check.message);
            return false;
        }
        role.insert(QStringLiteral("holder_phone"), check.normalized);
    }
    if (m_place->currentIndex() < 0) {
        m_problem->setText(tr("Responsible for: choose the place."));
        return false;
    }
    role.insert(scopeColumn(), m_place->currentData().toLongLong());
    const QString started = m_started->text().trimmed();
    if (!started.isEmpty()) {
        const LedgerDate::Check check = LedgerDate::parse(started, tr("Since"));
        if (!check.valid) {
            m_problem->setText(check.message);
            return false;
        }
        role.insert(QStringLiteral("started_on"), check.normalized);
    }
    if (!m_note->text().trimmed().isEmpty())
        role.insert(QStringLiteral("note"), m_note->text().trimmed());
    Status s = m_document.push(std::make_unique<AssignGridRoleCommand>(m_document, role));
    if (!s) {
        m_problem->setText(s.error().message);
        return false;
    }
    m_notifier.inform(tr("%1 is now %2.").arg(m_name->text().trimmed(), m_role->currentText()));
    return true;
}

void GridRoleDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gridbook
