// SPDX-License-Identifier: MIT
#include "forms/HouseholdForm.h"

#include "common/Notifier.h"
#include "document/CodeTables.h"
#include "document/LedgerDocument.h"
#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridbook {

namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kIdNumber = QStringLiteral("id_number");
const QString kSex = QStringLiteral("sex_code");
const QString kBirthDate = QStringLiteral("birth_date");
const QString kPhone = QStringLiteral("phone");
const QString kRelation = QStringLiteral("relation_code");
const QString kDwelling = QStringLiteral("dwelling_id");
const QString kNumber = QStringLiteral("household_number");
const QString kResidenceType = QStringLiteral("residence_type_code");
const QString kNote = QStringLiteral("note");
const QString kHead = QStringLiteral("02");

enum Column { HeadColumn, NameColumn, SexColumn, IdColumn, BirthColumn, RelationColumn, StateColumn, ColumnCount };

QString shown(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QList<Record> listOf(LedgerDocument &document, const QString &table, const Record &equals,
                     const QList<RecordStore::SortKey> &order)
{
    RecordStore::ListOptions options;
    options.equals = equals;
    options.orderBy = order;
    auto rows = document.store().list(table, options);
    return rows ? *rows : QList<Record>();
}

} // namespace

HouseholdForm::HouseholdForm(LedgerDocument &document, Notifier &notifier, QWidget *parent)
    : QDialog(parent), m_document(document), m_notifier(notifier)
{
    setObjectName(QStringLiteral("householdForm"));
    auto relations = CodeTables::list(m_document.database().connection(),
                                      QStringLiteral("relation_code"));
    if (relations) {
        for (const auto &e : *relations) {
            if (e.code != kHead && e.code != QLatin1String("01")) // 本人 is for the head's own row
                m_relations.append({e.code, e.name});
        }
    }
    buildUi();
    newHousehold();
}

HouseholdForm::~HouseholdForm() = default;

void HouseholdForm::buildUi()
{
    auto fillRelations = [this](QComboBox *combo) {
        combo->addItem(tr("(choose)"), QString());
        for (const auto &[code, name] : std::as_const(m_relations))
            combo->addItem(name, code);
    };

    // Where the household lives.
    auto *place = new QGroupBox(tr("Dwelling"), this);
    auto *placeLayout = new QGridLayout(place);
    m_compound = new QComboBox(place);
    m_compound->setObjectName(QStringLiteral("compoundCombo"));
    m_building = new QComboBox(place);
    m_building->setObjectName(QStringLiteral("buildingCombo"));
    m_unit = new QComboBox(place);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_room = new QComboBox(place);
    m_room->setObjectName(QStringLiteral("roomCombo"));
    const std::pair<QString, QComboBox *> placeFields[] = {{tr("&Compound:"), m_compound},
                                                           {tr("&Building:"), m_building},
                                                           {tr("&Unit:"), m_unit},
                                                           {tr("R&oom:"), m_room}};
    int column = 0;
    for (const auto &[text, combo] : placeFields) {
        auto *label = new QLabel(text, place);
        label->setBuddy(combo);
        placeLayout->addWidget(label, 0, column++);
        placeLayout->addWidget(combo, 0, column++);
        combo->setMinimumContentsLength(6);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    connect(m_compound, &QComboBox::currentIndexChanged, this, &HouseholdForm::compoundChosen);
    connect(m_building, &QComboBox::currentIndexChanged, this, &HouseholdForm::buildingChosen);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &HouseholdForm::unitChosen);
    connect(m_room, &QComboBox::currentIndexChanged, this, &HouseholdForm::markModified);

    // The household's own fields.
    auto *fields = new QGridLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("householdNumberEdit"));
    m_residenceType = new QComboBox(this);
    m_residenceType->setObjectName(QStringLiteral("residenceTypeCombo"));
    if (auto types = CodeTables::list(m_document.database().connection(),
                                      QStringLiteral("residence_type_code"))) {
        for (const auto &e : *types)
            m_residenceType->addItem(e.name, e.code);
    }
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("householdPhoneEdit"));
    m_phoneProblem = new QLabel(this);
    m_phoneProblem->setObjectName(QStringLiteral("householdPhoneProblem"));
    m_phoneProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("householdNoteEdit"));
    auto addField = [&](int row, int col, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        fields->addWidget(label, row, col);
        fields->addWidget(field, row, col + 1);
    };
    addField(0, 0, tr("Household &no.:"), m_number);
    addField(0, 2, tr("Residence &type:"), m_residenceType);
    addField(1, 0, tr("&Phone:"), m_phone);
    addField(1, 2, tr("No&te:"), m_note);
    fields->addWidget(m_phoneProblem, 2, 1, 1, 3);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);
    connect(m_number, &QLineEdit::textEdited, this, &HouseholdForm::markModified);
    connect(m_note, &QLineEdit::textEdited, this, &HouseholdForm::markModified);
    connect(m_residenceType, &QComboBox::currentIndexChanged, this, &HouseholdForm::markModified);
    connect(m_phone, &QLineEdit::textEdited, this, [this](const QString &text) {
        markModified();
        const PhoneNumber::Check check = PhoneNumber::check(text);
        m_phoneProblem->setText(text.trimmed().isEmpty() || check.valid ? QString()
                                                                         : check.message);
    });

    // The members.
    auto *membersBox = new QGroupBox(tr("Members"), this);
    auto *membersLayout = new QGridLayout(membersBox);
    m_table = new QTableWidget(0, ColumnCount, membersBox);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setHorizontalHeaderLabels({tr("Head"), tr("Name"), tr("Sex"), tr("ID number"),
                                        tr("Birth date"), tr("Relation to head"), tr("Change")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    membersLayout->addWidget(m_table, 0, 0, 5, 1);
    m_makeHead = new QPushButton(tr("Make &Head"), membersBox);
    m_makeHead->setObjectName(QStringLiteral("makeHeadButton"));
    m_addExisting = new QPushButton(tr("Move &In…"), membersBox);
    m_addExisting->setObjectName(QStringLiteral("addExistingButton"));
    m_addExisting->setToolTip(tr("Move a resident of another household into this one"));
    m_moveOut = new QPushButton(tr("Move &Out…"), membersBox);
    m_moveOut->setObjectName(QStringLiteral("moveOutButton"));
    m_moveOut->setToolTip(tr("Move the selected member to another household"));
    m_remove = new QPushButton(tr("&Archive…"), membersBox);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_remove->setToolTip(tr("The selected member moved away or died: archive them"));
    membersLayout->addWidget(m_makeHead, 0, 1);
    membersLayout->addWidget(m_addExisting, 1, 1);
    membersLayout->addWidget(m_moveOut, 2, 1);
    membersLayout->addWidget(m_remove, 3, 1);
    membersLayout->setRowStretch(4, 1);
    connect(m_makeHead, &QPushButton::clicked, this, [this] { makeHead(selectedRow()); });
    connect(m_addExisting, &QPushButton::clicked, this, &HouseholdForm::addExisting);
    connect(m_moveOut, &QPushButton::clicked, this, &HouseholdForm::moveOut);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdForm::removeMember);

    // A new member, typed in: ID number first.
    auto *newBox = new QGroupBox(tr("New member"), this);
    auto *newLayout = new QGridLayout(newBox);
    m_newId = new QLineEdit(newBox);
    m_newId->setObjectName(QStringLiteral("newIdEdit"));
    m_newId->setPlaceholderText(tr("ID number"));
    m_newName = new QLineEdit(newBox);
    m_newName->setObjectName(QStringLiteral("newNameEdit"));
    m_newName->setPlaceholderText(tr("Name"));
    m_newRelation = new QComboBox(newBox);
    m_newRelation->setObjectName(QStringLiteral("newRelationCombo"));
    fillRelations(m_newRelation);
    m_newPhone = new QLineEdit(newBox);
    m_newPhone->setObjectName(QStringLiteral("newPhoneEdit"));
    m_newPhone->setPlaceholderText(tr("Phone"));
    m_addNew = new QPushButton(tr("A&dd Member"), newBox);
    m_addNew->setObjectName(QStringLiteral("addNewButton"));
    m_newProblem = new QLabel(newBox);
    m_newProblem->setObjectName(QStringLiteral("newMemberProblem"));
    m_newProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_newProblem->setWordWrap(true);
    newLayout->addWidget(m_newId, 0, 0);
    newLayout->addWidget(m_newName, 0, 1);
    newLayout->addWidget(m_newRelation, 0, 2);
    newLayout->addWidget(m_newPhone, 0, 3);
    newLayout->addWidget(m_addNew, 0, 4);
    newLayout->addWidget(m_newProblem, 1, 0, 1, 5);
    newLayout->setColumnStretch(0, 3);
    newLayout->setColumnStretch(1, 2);
    newLayout->setColumnStretch(3, 2);
    connect(m_addNew, &QPushButton::clicked, this, &HouseholdForm::addNewMember);
    connect(m_newId, &QLineEdit::textEdited, this, &HouseholdForm::newIdEdited);
    // Enter in the new-member fields adds the member rather than saving the household.
    for (QLineEdit *edit : {m_newId, m_newName, m_newPhone})
        connect(edit, &QLineEdit::returnPressed, this, &HouseholdForm::addNewMember);

    m_formProblem = new QLabel(this);
    m_formProblem->setObjectName(QStringLiteral("formProblem"));
    m_formProblem->setWordWrap(true);
    m_formProblem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    m_saveNextButton = buttons->addButton(tr("Save and Next &Room"), QDialogButtonBox::ActionRole);
    m_saveNextButton->setObjectName(QStringLiteral("saveNextButton"));
    m_saveNextButton->setAutoDefault(false);
    m_saveNextButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &HouseholdForm::accept);
    connect(m_saveNextButton, &QPushButton::clicked, this, &HouseholdForm::saveAndNextRoom);
    connect(close, &QPushButton::clicked, this, &HouseholdForm::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(place);
    layout->addLayout(fields);
    layout->addWidget(membersBox, 1);
    layout->addWidget(newBox);
    layout->addWidget(m_formProblem);
    layout->addWidget(buttons);
    resize(960, 640);
}

// ------------------------------------------------------------------------ the dwelling picker

void HouseholdForm::fillCompounds()
{
    const QSignalBlocker block(m_compound);
    m_compound->clear();
    m_compound->addItem(tr("(no dwelling: 人户分离)"), 0);
    for (const Record &c : listOf(m_document, QStringLiteral("compound"), {}, {{kName}}))
        m_compound->addItem(c.value(kName).toString(), c.value(kId));
}

void HouseholdForm::compoundChosen()
{
    const QSignalBlocker block(m_building);
    m_building->clear();
    const qint64 compound = m_compound->currentData().toLongLong();
    if (compound > 0) {
        for (const Record &b :
             listOf(m_document, QStringLiteral("building"),
                    {{QStringLiteral("compound_id"), compound}}, {{QStringLiteral("number")}}))
            m_building->addItem(b.value(kName).toString(), b.value(kId));
    }
    m_building->setEnabled(compound > 0);
    buildingChosen();
}

void HouseholdForm::buildingChosen()
{
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    const qint64 building = m_building->currentData().toLongLong();
    if (building > 0) {
        const QList<Record> units =
            listOf(m_document, QStringLiteral("building_unit"),
                   {{QStringLiteral("building_id"), building}}, {{QStringLiteral("number")}});
        if (units.isEmpty())
            m_unit->addItem(tr("(no units)"), 0);
        for (const Record &u : units)
            m_unit->addItem(u.value(kName).toString(), u.value(kId));
    }
    m_unit->setEnabled(building > 0);
    unitChosen();
}

void HouseholdForm::unitChosen()
{
    const QSignalBlocker block(m_room);
    m_room->clear();
    const qint64 building = m_building->currentData().toLongLong();
    const qint64 unit = m_unit->currentData().toLongLong();
    if (building > 0) {
        Record equals{{QStringLiteral("building_id"), building},
                      {QStringLiteral("unit_id"), unit > 0 ? QVariant(unit) : QVariant()}};
        for (const Record &d : listOf(m_document, QStringLiteral("dwelling"), equals,
                                      {{QStringLiteral("floor")}, {QStringLiteral("room")}}))
            m_room->addItem(d.value(QStringLiteral("room")).toString(), d.value(kId));
    }
    m_room->setEnabled(building > 0);
    markModified();
}

void HouseholdForm::selectDwelling(qint64 dwellingId)
{
    auto setData = [](QComboBox *combo, const QVariant &id) {
        const int index = combo->findData(id);
        combo->setCurrentIndex(std::max(index, 0));
    };
    if (dwellingId <= 0) {
        m_compound->setCurrentIndex(0);
        compoundChosen();
        return;
    }
    auto dwelling = m_document.store().get(QStringLiteral("dwelling"), dwellingId);
    if (!dwelling)
        return;
    auto building = m_document.store().get(QStringLiteral("building"),
                                           dwelling->value(QStringLiteral("building_id")).toLongLong());
    if (!building)
        return;
    setData(m_compound, building->value(QStringLiteral("compound_id")));
    compoundChosen();
    setData(m_building, building->value(kId));
    buildingChosen();
    setData(m_unit, dwelling->value(QStringLiteral("unit_id")).isNull()
                        ? QVariant(0)
                        : dwelling->value(QStringLiteral("unit_id")));
    unitChosen();
    setData(m_room, dwellingId);
}

qint64 HouseholdForm::currentDwelling() const
{
    return m_compound->currentData().toLongLong() > 0 ? m_room->currentData().toLongLong() : 0;
}

// ------------------------------------------------------------------------------ load and show

void HouseholdForm::newHousehold(qint64 dwellingId)
{
    m_loading = true;
    m_householdId = 0;
    m_loaded = Record{{kResidenceType, QStringLiteral("1")}};
    m_members.clear();
    m_departures.clear();
    fillCompounds();
    selectDwelling(dwellingId);
    m_number->clear();
    m_residenceType->setCurrentIndex(std::max(m_residenceType->findData(QStringLiteral("1")), 0));
    m_phone->clear();
    m_phoneProblem->clear();
    m_note->clear();
    m_formProblem->clear();
    refreshMembers();
    setWindowTitle(tr("New Household") + QStringLiteral("[*]"));
    m_loading = false;
    m_modified = false;
    setWindowModified(false);
    m_newId->setFocus();
}

Status HouseholdForm::loadHousehold(qint64 id)
{
    auto household = m_document.store().get(QStringLiteral("household"), id);
    if (!household)
        return household.error();
    auto members = m_document.households().members(id);
    if (!members)
        return members.error();
    m_loading = true;
    m_householdId = id;
    m_loaded = *household;
    m_departures.clear();
    m_members.clear();
    for (const Record &r : *members) {
        Member m;
        m.residentId = r.value(kId).toLongLong();
        m.record = r;
        m.relation = r.value(kRelation).toString();
        m_members.append(m);
    }
    fillCompounds();
    selectDwelling(household->value(kDwelling).toLongLong());
    m_number->setText(shown(household->value(kNumber)));
    m_residenceType->setCurrentIndex(
        std::max(m_residenceType->findData(household->value(kResidenceType).toString()), 0));
    m_phone->setText(shown(household->value(kPhone)));
    m_phoneProblem->clear();
    m_note->setText(shown(household->value(kNote)));
    m_formProblem->clear();
    refreshMembers();
    QString head;
    for (const Member &m : std::as_const(m_members)) {
        if (m.relation == kHead)
            head = m.record.value(kName).toString();
    }
    setWindowTitle((head.isEmpty() ? tr("Household") : tr("Household of %1").arg(head)) +
                   QStringLiteral("[*]"));
    m_loading = false;
    m_modified = false;
    setWindowModified(false);
    return {};
}

void HouseholdForm::refreshMembers()
{
    auto sexName = [](const QString &code) {
        return code == QLatin1String("1")   ? tr("male")
               : code == QLatin1String("2") ? tr("female")
                                            : QString();
    };
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const Member &m = m_members.at(row);
        const bool head = m.relation == kHead;
        auto item = [](const QString &text) {
            auto *i = new QTableWidgetItem(text);
            i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            return i;
        };
        m_table->setItem(row, HeadColumn, item(head ? tr("户主 ✓") : QString()));
        m_table->setItem(row, NameColumn, item(m.record.value(kName).toString()));
        m_table->setItem(row, SexColumn, item(sexName(m.record.value(kSex).toString())));
        m_table->setItem(row, IdColumn,
                         item(ResidentId::mask(m.record.value(kIdNumber).toString())));
        m_table->setItem(row, BirthColumn, item(shown(m.record.value(kBirthDate))));
        m_table->setItem(row, StateColumn,
                         item(m.residentId == 0 ? tr("new")
                              : m.movingIn      ? tr("moving in")
                                                : QString()));
        if (head) {
            m_table->removeCellWidget(row, RelationColumn);
            m_table->setItem(row, RelationColumn, item(tr("户主")));
            continue;
        }
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("relationCombo_%1").arg(row));
        combo->addItem(tr("(choose)"), QString());
        for (const auto &[code, name] : std::as_const(m_relations))
            combo->addItem(name, code);
        combo->setCurrentIndex(std::max(combo->findData(m.relation), 0));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo] {
            if (row < m_members.size()) {
                m_members[row].relation = combo->currentData().toString();
                markModified();
            }
        });
        m_table->setItem(row, RelationColumn, item(QString()));
        m_table->setCellWidget(row, RelationColumn, combo);
    }
    // The first member typed in becomes head; later ones need their relation.
    m_newRelation->setEnabled(!m_members.isEmpty());
    const bool any = !m_members.isEmpty();
    m_makeHead->setEnabled(any);
    m_moveOut->setEnabled(any && m_householdId > 0);
    m_remove->setEnabled(any);
}

int HouseholdForm::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? m_table->currentRow() : rows.first().row();
}

int HouseholdForm::memberCount() const
{
    return int(m_members.size());
}

// --------------------------------------------------------------------------- editing members

void HouseholdForm::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    setWindowModified(true);
}

void HouseholdForm::newIdEdited()
{
    const QString text = m_newId->text();
    if (text.trimmed().isEmpty()) {
        m_newProblem->clear();
        return;
    }
    const ResidentId::Check check = ResidentId::check(text);
    m_newProblem->setText(check.valid ? QString() : check.message);
}

bool HouseholdForm::addNewMember()
{
    const QString name = m_newName->text().trimmed();
    const QString idText = m_newId->text().trimmed();
    const QString phone = m_newPhone->text().trimmed();
    Record record{{kName, name}};
    QString problem;
    if (!idText.isEmpty()) {
        const ResidentId::Check check = ResidentId::check(idText);
        if (!check.valid) {
            problem = check.message;
        } else {
            record.insert(kIdNumber, check.normalized);
            record.insert(kBirthDate, check.birthDate.toString(Qt::ISODate));
            record.insert(kSex, QString::number(int(check.sex)));
            for (const Member &m : std::as_const(m_members)) {
                if (m.record.value(kIdNumber).toString() == check.normalized)
                    problem = tr("ID number: %1 is in the list already")
                                  .arg(m.record.value(kName).toString());
            }
            if (problem.isEmpty()) {
                auto existing = m_document.residents().findByIdNumber(check.normalized);
                if (existing && existing->has_value()) {
                    auto other = m_document.residents().get(**existing);
                    problem = tr("ID number: already in the ledger (%1); use \"Move In\" for a "
                                 "resident of another household")
                                  .arg(other ? other->value(kName).toString() : QString());
                }
            }
        }
    }
    if (problem.isEmpty() && name.isEmpty())
        problem = tr("Name: required");
    if (problem.isEmpty() && !phone.isEmpty()) {
        const PhoneNumber::Check check = PhoneNumber::check(phone);
        if (!check.valid)
            problem = check.message;
        else
            record.insert(kPhone, check.normalized);
    }
    QString relation = m_members.isEmpty() ? kHead : m_newRelation->currentData().toString();
    if (problem.isEmpty() && relation.isEmpty())
        problem = tr("Relation: choose how %1 is related to the head").arg(name);
    if (!problem.isEmpty()) {
        m_newProblem->setText(problem);
        return false;
    }
    Member m;
    m.record = record;
    m.relation = relation;
    m_members.append(m);
    refreshMembers();
    m_newProblem->clear();
    m_newId->clear();
    m_newName->clear();
    m_newPhone->clear();
    m_newRelation->setCurrentIndex(0);
    m_newId->setFocus();
    markModified();
    return true;
}

void HouseholdForm::makeHead(int row)
{
    if (row < 0 || row >= m_members.size() || m_members.at(row).relation == kHead)
        return;
    for (Member &m : m_members) {
        if (m.relation == kHead)
            m.relation.clear(); // the former head's relation must be chosen now
    }
    m_members[row].relation = kHead;
    refreshMembers();
    markModified();
    m_formProblem->setText(tr("Choose the former head's relation to the new head."));
}

void HouseholdForm::setRelation(int row, const QString &relationCode)
{
    if (row < 0 || row >= m_members.size())
        return;
    if (relationCode == kHead) {
        makeHead(row);
        return;
    }
    m_members[row].relation = relationCode;
    refreshMembers();
    markModified();
}

void HouseholdForm::addExisting()
{
    if (!m_pickResident)
        return;
    const qint64 id = m_pickResident(this);
    if (id <= 0)
        return;
    for (const Member &m : std::as_const(m_members)) {
        if (m.residentId == id)
            return;
    }
    auto record = m_document.residents().get(id);
    if (!record) {
        m_notifier.error(record.error());
        return;
    }
    Member m;
    m.residentId = id;
    m.record = *record;
    m.relation = m_members.isEmpty() ? kHead : QString();
    m.movingIn = true;
    m_members.append(m);
    refreshMembers();
    markModified();
}

void HouseholdForm::moveOut()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_members.size() || !m_pickHousehold)
        return;
    const Member m = m_members.at(row);
    if (m.residentId == 0 || m.movingIn) {
        // Not in the ledger's household yet: moving out is just leaving the list.
        m_members.removeAt(row);
        refreshMembers();
        markModified();
        return;
    }
    if (m.relation == kHead && m_members.size() > 1) {
        m_notifier.warning(tr("%1 is the head. Make another member the head first.")
                               .arg(m.record.value(kName).toString()));
        return;
    }
    const qint64 target = m_pickHousehold(this, m_householdId);
    if (target <= 0)
        return;
    QStringList names;
    for (const auto &[code, name] : std::as_const(m_relations))
        names << name;
    const int relation = m_notifier.choose(
        tr("How is %1 related to the head of the household they move to?")
            .arg(m.record.value(kName).toString()),
        names);
    if (relation < 0)
        return;
    m_departures.append({m.residentId, target, m_relations.at(relation).first, QString()});
    m_members.removeAt(row);
    refreshMembers();
    markModified();
}

void HouseholdForm::removeMember()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_members.size())
        return;
    const Member m = m_members.at(row);
    const QString name = m.record.value(kName).toString();
    if (m.residentId == 0 || m.movingIn) {
        m_members.removeAt(row);
        refreshMembers();
        markModified();
        return;
    }
    if (m.relation == kHead && m_members.size() > 1) {
        m_notifier.warning(tr("%1 is the head. Make another member the head first.").arg(name));
        return;
    }
    const QStringList reasons{tr("Moved away"), tr("Deceased"), tr("Duplicate entry")};
    const int reason = m_notifier.choose(tr("Archive %1? They stay in the ledger's history.")
                                             .arg(name),
                                         reasons);
    if (reason < 0)
        return;
    m_departures.append({m.residentId, 0, QString(), reasons.at(reason)});
    m_members.removeAt(row);
    refreshMembers();
    markModified();
}

// ----------------------------------------------------------------------------------- saving

HouseholdPlan HouseholdForm::plan(QString *problem) const
{
    HouseholdPlan plan;
    plan.householdId = m_householdId;
    Record fields;
    const qint64 dwelling = currentDwelling();
    fields.insert(kDwelling, dwelling > 0 ? QVariant(dwelling) : QVariant());
    const QString number = m_number->text().trimmed();
    fields.insert(kNumber, number.isEmpty() ? QVariant() : QVariant(number));
    fields.insert(kResidenceType, m_residenceType->currentData().toString());
    const QString phone = m_phone->text().trimmed();
    fields.insert(kPhone, phone.isEmpty() ? QVariant() : QVariant(phone));
    const QString note = m_note->text().trimmed();
    fields.insert(kNote, note.isEmpty() ? QVariant() : QVariant(note));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (m_householdId == 0 || shown(it.value()) != shown(m_loaded.value(it.key())))
            plan.household.insert(it.key(), it.value());
    }
    if (!phone.isEmpty()) {
        const PhoneNumber::Check check = PhoneNumber::check(phone);
        if (!check.valid && problem->isEmpty())
            *problem = check.message;
        else if (check.valid && plan.household.contains(kPhone))
            plan.household.insert(kPhone, check.normalized);
    }
    int heads = 0;
    for (const Member &m : m_members) {
        if (m.relation == kHead)
            ++heads;
        if (m.relation.isEmpty() && problem->isEmpty())
            *problem = tr("Relation: choose how %1 is related to the head")
                           .arg(m.record.value(kName).toString());
        HouseholdPlan::Member pm;
        pm.residentId = m.residentId;
        pm.relation = m.relation;
        if (m.residentId == 0) {
            pm.resident = m.record;
            pm.resident.insert(kResidenceType, m_residenceType->currentData().toString());
        }
        plan.members.append(pm);
    }
    if (!m_members.isEmpty() && heads != 1 && problem->isEmpty())
        *problem = tr("Mark one member as the head of household (户主).");
    if (m_householdId == 0 && m_members.isEmpty() && problem->isEmpty())
        *problem = tr("Add the members of the household, the head first.");
    plan.departures = m_departures;
    return plan;
}

void HouseholdForm::showProblem(const QString &problem)
{
    m_formProblem->setText(problem.isEmpty() ? QString() : tr("Not saved: %1").arg(problem));
}

QString HouseholdForm::problemText() const
{
    return m_formProblem->text();
}

bool HouseholdForm::save()
{
    // A member typed in but not added yet is added first, so that nothing typed is lost.
    if (!m_newName->text().trimmed().isEmpty() || !m_newId->text().trimmed().isEmpty()) {
        if (!addNewMember()) {
            showProblem(m_newProblem->text());
            return false;
        }
    }
    QString problem;
    const HouseholdPlan p = plan(&problem);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    if (m_householdId > 0 && !m_modified)
        return true;
    auto command = std::make_unique<SaveHouseholdCommand>(m_document, p);
    auto *raw = command.get();
    if (Status s = m_document.push(std::move(command)); !s) {
        showProblem(s.error().message);
        return false;
    }
    const qint64 id = raw->householdId();
    m_formProblem->clear();
    if (Status s = loadHousehold(id); !s)
        m_notifier.error(s.error());
    m_notifier.inform(tr("Household saved."));
    emit saved(id);
    return true;
}

std::optional<qint64> HouseholdForm::nextDwelling() const
{
    const qint64 building = m_building->currentData().toLongLong();
    const qint64 current = currentDwelling();
    if (building <= 0 || current <= 0)
        return std::nullopt;
    // The rooms of the building unit by unit, floor by floor.
    QList<qint64> order;
    for (int u = 0; u < m_unit->count(); ++u) {
        const qint64 unit = m_unit->itemData(u).toLongLong();
        Record equals{{QStringLiteral("building_id"), building},
                      {QStringLiteral("unit_id"), unit > 0 ? QVariant(unit) : QVariant()}};
        for (const Record &d : listOf(const_cast<LedgerDocument &>(m_document),
                                      QStringLiteral("dwelling"), equals,
                                      {{QStringLiteral("floor")}, {QStringLiteral("room")}}))
            order << d.value(kId).toLongLong();
    }
    const qsizetype at = order.indexOf(current);
    if (at < 0 || at + 1 >= order.size())
        return std::nullopt;
    return order.at(at + 1);
}

bool HouseholdForm::saveAndNextRoom()
{
    if (!save())
        return false;
    const std::optional<qint64> next = nextDwelling();
    if (!next) {
        m_notifier.inform(tr("That was the last room of the building."));
        return true;
    }
    const QList<Record> there = listOf(m_document, QStringLiteral("household"),
                                       {{kDwelling, *next}}, {});
    if (!there.isEmpty()) {
        if (Status s = loadHousehold(there.first().value(kId).toLongLong()); !s)
            m_notifier.error(s.error());
    } else {
        newHousehold(*next);
    }
    return true;
}

void HouseholdForm::accept()
{
    if (save())
        QDialog::accept();
}

bool HouseholdForm::confirmClose()
{
    if (!m_modified)
        return true;
    const int answer = m_notifier.choose(tr("Save the changes to this household?"),
                                         {tr("Save"), tr("Discard")});
    if (answer == 0)
        return save();
    if (answer == 1) {
        m_modified = false;
        return true;
    }
    return false;
}

void HouseholdForm::reject()
{
    if (confirmClose())
        QDialog::reject();
}

void HouseholdForm::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace gridbook
