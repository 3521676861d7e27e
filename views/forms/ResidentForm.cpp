// SPDX-License-Identifier: MIT
#include "forms/ResidentForm.h"

#include "commands/CreateResidentCommand.h"
#include "commands/EditResidentCommand.h"
#include "common/Notifier.h"
#include "document/CodeTables.h"
#include "document/LedgerDocument.h"
#include "document/PlaceNames.h"
#include "domain/LedgerDate.h"
#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridbook {

namespace {

const QString kName = QStringLiteral("name");
const QString kIdNumber = QStringLiteral("id_number");
const QString kSex = QStringLiteral("sex_code");
const QString kBirthDate = QStringLiteral("birth_date");
const QString kEthnicity = QStringLiteral("ethnicity_code");
const QString kPolitical = QStringLiteral("political_status_code");
const QString kResidenceType = QStringLiteral("residence_type_code");
const QString kPhone = QStringLiteral("phone");
const QString kWorkStatus = QStringLiteral("work_status");
const QString kWorkplace = QStringLiteral("workplace");
const QString kEducation = QStringLiteral("education");
const QString kMarital = QStringLiteral("marital_status");
const QString kRegisteredAddress = QStringLiteral("registered_address");
const QString kNote = QStringLiteral("note");
const QString kHouseholdId = QStringLiteral("household_id");
const QString kRelation = QStringLiteral("relation_code");

/** The text fields' columns, for comparing the form with the stored record. */
const QStringList &editableColumns()
{
    static const QStringList columns{kName,      kIdNumber,   kSex,       kBirthDate, kEthnicity,
                                     kPolitical, kResidenceType, kPhone,  kWorkStatus, kWorkplace,
                                     kEducation, kMarital,    kRegisteredAddress, kNote};
    return columns;
}

/** The stored values that the form shows as "", so that an untouched field is no change. */
QString shown(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

void selectCode(QComboBox *combo, const QVariant &code)
{
    const int index = combo->findData(shown(code));
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void setEditableText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text);
}

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '));
}

} // namespace

ResidentForm::ResidentForm(LedgerDocument &document, Notifier &notifier, QWidget *parent)
    : QDialog(parent), m_document(document), m_notifier(notifier)
{
    setObjectName(QStringLiteral("residentForm"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    buildUi();
    connect(&m_document, &LedgerDocument::recordsChanged, this, &ResidentForm::documentChanged);
    newResident();
}

ResidentForm::~ResidentForm() = default;

void ResidentForm::buildUi()
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    int row = 0;
    auto problemLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->setMinimumWidth(220);
        return label;
    };
    auto addRow = [&](const QString &text, QWidget *field, QLabel *problem = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        if (problem)
            grid->addWidget(problem, row, 2);
        ++row;
    };

    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setPlaceholderText(tr("18 characters; fills birth date and sex"));
    m_idNumber->setMaxLength(40);
    m_idNumberProblem = problemLabel(QStringLiteral("idNumberProblem"));
    addRow(tr("&ID number:"), m_idNumber, m_idNumberProblem);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblem = problemLabel(QStringLiteral("nameProblem"));
    addRow(tr("&Name:"), m_name, m_nameProblem);

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    fillCodes(m_sex, QStringLiteral("sex_code"));
    addRow(tr("&Sex:"), m_sex);

    auto *birth = new QWidget(this);
    auto *birthLayout = new QHBoxLayout(birth);
    birthLayout->setContentsMargins(0, 0, 0, 0);
    m_birthDate = new QLineEdit(birth);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_age = new QLabel(birth);
    m_age->setObjectName(QStringLiteral("ageLabel"));
    birthLayout->addWidget(m_birthDate, 1);
    birthLayout->addWidget(m_age);
    m_birthDateProblem = problemLabel(QStringLiteral("birthDateProblem"));
    addRow(tr("&Birth date:"), birth, m_birthDateProblem);

    m_ethnicity = new QComboBox(this);
    m_ethnicity->setObjectName(QStringLiteral("ethnicityCombo"));
    fillCodes(m_ethnicity, QStringLiteral("ethnicity_code"));
    addRow(tr("E&thnicity:"), m_ethnicity);

    m_political = new QComboBox(this);
    m_political->setObjectName(QStringLiteral("politicalCombo"));
    fillCodes(m_political, QStringLiteral("political_status_code"), true);
    addRow(tr("&Political status:"), m_political);

    m_residenceType = new QComboBox(this);
    m_residenceType->setObjectName(QStringLiteral("residenceTypeCombo"));
    fillCodes(m_residenceType, QStringLiteral("residence_type_code"));
    addRow(tr("&Residence type:"), m_residenceType);

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("mobile or landline"));
    m_phoneProblem = problemLabel(QStringLiteral("phoneProblem"));
    addRow(tr("P&hone:"), m_phone, m_phoneProblem);

    // Free-text fields with the usual answers offered; the values are data, in Chinese.
    m_workStatus = new QComboBox(this);
    m_workStatus->setObjectName(QStringLiteral("workStatusCombo"));
    m_workStatus->setEditable(true);
    m_workStatus->addItems(QStringList{QString()} + words("在职 灵活就业 待业 退休 在校学生 学龄前 务农"));
    addRow(tr("&Work:"), m_workStatus);

    m_workplace = new QLineEdit(this);
    m_workplace->setObjectName(QStringLiteral("workplaceEdit"));
    addRow(tr("Wor&kplace:"), m_workplace);

    m_education = new QComboBox(this);
    m_education->setObjectName(QStringLiteral("educationCombo"));
    m_education->setEditable(true);
    m_education->addItems(QStringList{QString()} +
                          words("学龄前 小学 初中 高中 中专 大专 本科 研究生"));
    addRow(tr("&Education:"), m_education);

    m_marital = new QComboBox(this);
    m_marital->setObjectName(QStringLiteral("maritalCombo"));
    m_marital->setEditable(true);
    m_marital->addItems(QStringList{QString()} + words("未婚 已婚 离婚 丧偶"));
    addRow(tr("&Marital status:"), m_marital);

    m_registeredAddress = new QLineEdit(this);
    m_registeredAddress->setObjectName(QStringLiteral("registeredAddressEdit"));
    addRow(tr("Re&gistered address:"), m_registeredAddress);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    addRow(tr("N&ote:"), m_note);

    m_household = new QLabel(this);
    m_household->setObjectName(QStringLiteral("householdLabel"));
    m_household->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(tr("Household:"), m_household);

    // Care categories, in their two groups.
    auto *careBox = new QGroupBox(tr("Care categories"), this);
    careBox->setObjectName(QStringLiteral("careBox"));
    auto *careLayout = new QVBoxLayout(careBox);
    auto *careGroup = new QGroupBox(tr("Care (关怀对象)"), careBox);
    auto *specialGroup = new QGroupBox(tr("Special management (重点人员)"), careBox);
    auto *careGrid = new QGridLayout(careGroup);
    auto *specialGrid = new QGridLayout(specialGroup);
    careLayout->addWidget(careGroup);
    careLayout->addWidget(specialGroup);
    careLayout->addStretch(1);
    {
        RecordStore::ListOptions options;
        options.orderBy = {{QStringLiteral("sort")}};
        auto categories = m_document.store().list(QStringLiteral("care_category"), options);
        int care = 0, special = 0;
        for (const Record &c : categories ? *categories : QList<Record>()) {
            const qint64 id = c.value(QStringLiteral("id")).toLongLong();
            const bool sensitive = c.value(QStringLiteral("sensitive")).toInt() != 0;
            auto *box = new QCheckBox(c.value(QStringLiteral("name")).toString(), careBox);
            box->setObjectName(QStringLiteral("care_") + c.value(QStringLiteral("code")).toString());
            if (sensitive)
                box->setToolTip(tr("Sensitive: shown only to those who need to know"));
            connect(box, &QCheckBox::toggled, this, &ResidentForm::markModified);
            m_care.insert(id, box);
            if (c.value(QStringLiteral("category_group")).toString() == QLatin1String("special")) {
                specialGrid->addWidget(box, special / 2, special % 2);
                ++special;
            } else {
                careGrid->addWidget(box, care / 2, care % 2);
                ++care;
            }
        }
    }

    m_formProblem = new QLabel(this);
    m_formProblem->setObjectName(QStringLiteral("formProblem"));
    m_formProblem->setWordWrap(true);
    m_formProblem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveNextButton = buttons->addButton(tr("Save and &Next"), QDialogButtonBox::ActionRole);
    m_saveNextButton->setObjectName(QStringLiteral("saveNextButton"));
    m_saveNextButton->setToolTip(
        tr("Save, then enter the next person of the same household (Ctrl+Enter)"));
    m_saveNextButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &ResidentForm::accept);
    connect(m_saveNextButton, &QPushButton::clicked, this, &ResidentForm::saveAndNext);
    connect(m_closeButton, &QPushButton::clicked, this, &ResidentForm::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(grid, 3);
    columns->addWidget(careBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_formProblem);
    layout->addWidget(buttons);

    connect(m_idNumber, &QLineEdit::textEdited, this, &ResidentForm::idNumberEdited);
    connect(m_name, &QLineEdit::textEdited, this, &ResidentForm::nameEdited);
    connect(m_birthDate, &QLineEdit::textEdited, this, &ResidentForm::birthDateEdited);
    connect(m_phone, &QLineEdit::textEdited, this, &ResidentForm::phoneEdited);
    for (QLineEdit *edit : {m_workplace, m_registeredAddress, m_note})
        connect(edit, &QLineEdit::textEdited, this, &ResidentForm::markModified);
    for (QComboBox *combo :
         {m_sex, m_ethnicity, m_political, m_residenceType, m_workStatus, m_education, m_marital})
        connect(combo, &QComboBox::currentTextChanged, this, &ResidentForm::markModified);
    connect(m_workStatus, &QComboBox::editTextChanged, this, &ResidentForm::markModified);
    connect(m_education, &QComboBox::editTextChanged, this, &ResidentForm::markModified);
    connect(m_marital, &QComboBox::editTextChanged, this, &ResidentForm::markModified);
}

void ResidentForm::fillCodes(QComboBox *combo, const QString &table, bool shortNames)
{
    combo->clear();
    combo->addItem(QString(), QString());
    auto entries = CodeTables::list(m_document.database().connection(), table);
    if (!entries)
        return;
    for (const auto &e : *entries)
        combo->addItem(shortNames && !e.shortName.isEmpty() ? e.shortName : e.name, e.code);
}

void ResidentForm::newResident(const Record &defaults)
{
    m_residentId = 0;
    Record record = defaults;
    // The usual answers, so that a typical entry needs only the ID, name and phone.
    if (!record.contains(kEthnicity))
        record.insert(kEthnicity, QStringLiteral("01"));
    if (!record.contains(kPolitical))
        record.insert(kPolitical, QStringLiteral("13"));
    if (!record.contains(kResidenceType))
        record.insert(kResidenceType, QStringLiteral("1"));
    setRecord(record, {});
    setWindowTitle(tr("New Resident") + QStringLiteral("[*]"));
    m_idNumber->setFocus();
}

Status ResidentForm::loadResident(qint64 id)
{
    auto record = m_document.residents().get(id);
    if (!record)
        return record.error();
    auto care = m_document.residents().careCategories(id);
    if (!care)
        return care.error();
    m_residentId = id;
    setRecord(*record, *care);
    setWindowTitle(tr("Resident %1").arg(record->value(kName).toString()) + QStringLiteral("[*]"));
    return {};
}

void ResidentForm::setRecord(const Record &record, const QList<qint64> &care)
{
    m_loading = true;
    m_loaded = record;
    m_loadedCare = care;
    m_idNumber->setText(shown(record.value(kIdNumber)));
    m_name->setText(shown(record.value(kName)));
    selectCode(m_sex, record.value(kSex));
    m_birthDate->setText(shown(record.value(kBirthDate)));
    selectCode(m_ethnicity, record.value(kEthnicity));
    selectCode(m_political, record.value(kPolitical));
    selectCode(m_residenceType, record.value(kResidenceType));
    m_phone->setText(shown(record.value(kPhone)));
    setEditableText(m_workStatus, shown(record.value(kWorkStatus)));
    m_workplace->setText(shown(record.value(kWorkplace)));
    setEditableText(m_education, shown(record.value(kEducation)));
    setEditableText(m_marital, shown(record.value(kMarital)));
    m_registeredAddress->setText(shown(record.value(kRegisteredAddress)));
    m_note->setText(shown(record.value(kNote)));
    for (auto it = m_care.cbegin(); it != m_care.cend(); ++it)
        it.value()->setChecked(care.contains(it.key()));
    showHousehold(record);
    for (QLabel *label : {m_idNumberProblem, m_nameProblem, m_birthDateProblem, m_phoneProblem})
        setProblem(label, QString());
    m_formProblem->clear();
    // A stored ID fills and locks the derived fields as typing would.
    idNumberEdited();
    updateAge();
    m_loading = false;
    m_modified = false;
    setWindowModified(false);
}

void ResidentForm::showHousehold(const Record &record)
{
    const qint64 household = record.value(kHouseholdId).toLongLong();
    if (household <= 0) {
        m_household->setText(tr("not in a household"));
        return;
    }
    auto place = PlaceNames::household(m_document.database().connection(), household);
    m_household->setText(place ? *place : QString());
}

void ResidentForm::setProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void ResidentForm::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    setWindowModified(true);
}

void ResidentForm::idNumberEdited()
{
    markModified();
    const QString text = m_idNumber->text();
    if (text.trimmed().isEmpty()) {
        setProblem(m_idNumberProblem, QString());
        m_sex->setEnabled(true);
        m_birthDate->setReadOnly(false);
        return;
    }
    const ResidentId::Check check = ResidentId::check(text);
    if (!check.valid) {
        setProblem(m_idNumberProblem, check.message);
        m_sex->setEnabled(true);
        m_birthDate->setReadOnly(false);
        return;
    }
    setProblem(m_idNumberProblem, QString());
    // The number decides birth date and sex; the fields show them and cannot contradict.
    m_birthDate->setText(LedgerDate::toStorage(check.birthDate));
    m_birthDate->setReadOnly(true);
    setProblem(m_birthDateProblem, QString());
    selectCode(m_sex, QString::number(int(check.sex)));
    m_sex->setEnabled(false);
    updateAge();
}

void ResidentForm::nameEdited()
{
    markModified();
    setProblem(m_nameProblem,
               m_name->text().trimmed().isEmpty() ? tr("Name: required") : QString());
}

void ResidentForm::birthDateEdited()
{
    markModified();
    const QString text = m_birthDate->text();
    if (text.trimmed().isEmpty()) {
        setProblem(m_birthDateProblem, QString());
    } else {
        const LedgerDate::Check check = LedgerDate::parse(text, tr("Birth date"));
        QString problem = check.valid ? QString() : check.message;
        if (check.valid && check.date > QDate::currentDate())
            problem = tr("Birth date: in the future");
        setProblem(m_birthDateProblem, problem);
    }
    updateAge();
}

void ResidentForm::phoneEdited()
{
    markModified();
    const QString text = m_phone->text();
    const PhoneNumber::Check check = PhoneNumber::check(text);
    setProblem(m_phoneProblem, text.trimmed().isEmpty() || check.valid ? QString() : check.message);
}

void ResidentForm::updateAge()
{
    const LedgerDate::Check check = LedgerDate::parse(m_birthDate->text(), tr("Birth date"));
    const int age = check.valid ? ResidentId::ageOn(check.date, QDate::currentDate()) : -1;
    m_age->setText(age >= 0 ? tr("%1 years").arg(age) : QString());
}

QWidget *ResidentForm::validateAll()
{
    nameEdited();
    phoneEdited();
    birthDateEdited();
    const bool modified = m_modified;
    idNumberEdited();
    m_modified = modified;
    QWidget *first = nullptr;
    QString firstProblem;
    const std::pair<QWidget *, QLabel *> fields[] = {{m_idNumber, m_idNumberProblem},
                                                     {m_name, m_nameProblem},
                                                     {m_birthDate, m_birthDateProblem},
                                                     {m_phone, m_phoneProblem}};
    for (const auto &[field, problem] : fields) {
        if (!problem->text().isEmpty() && !first) {
            first = field;
            firstProblem = problem->text();
        }
    }
    m_formProblem->setText(first ? tr("Not saved: %1").arg(firstProblem) : QString());
    return first;
}

Record ResidentForm::formRecord() const
{
    auto text = [](const QString &s) {
        const QString t = s.trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    auto code = [](const QComboBox *combo) {
        const QString c = combo->currentData().toString();
        return c.isEmpty() ? QVariant() : QVariant(c);
    };
    Record r;
    r.insert(kName, m_name->text().trimmed());
    r.insert(kIdNumber, text(m_idNumber->text()));
    r.insert(kSex, code(m_sex));
    r.insert(kBirthDate, text(m_birthDate->text()));
    r.insert(kEthnicity, code(m_ethnicity));
    r.insert(kPolitical, code(m_political));
    r.insert(kResidenceType, code(m_residenceType));
    r.insert(kPhone, text(m_phone->text()));
    r.insert(kWorkStatus, text(m_workStatus->currentText()));
    r.insert(kWorkplace, text(m_workplace->text()));
    r.insert(kEducation, text(m_education->currentText()));
    r.insert(kMarital, text(m_marital->currentText()));
    r.insert(kRegisteredAddress, text(m_registeredAddress->text()));
    r.insert(kNote, text(m_note->text()));
    // A typed date goes in as the storage form; the repository checks it against the ID.
    const LedgerDate::Check date = LedgerDate::parse(m_birthDate->text(), tr("Birth date"));
    if (date.valid)
        r.insert(kBirthDate, date.normalized);
    return r;
}

QList<qint64> ResidentForm::checkedCare() const
{
    QList<qint64> ids;
    for (auto it = m_care.cbegin(); it != m_care.cend(); ++it) {
        if (it.value()->isChecked())
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ResidentForm::showError(const Error &error)
{
    QLabel *label = nullptr;
    if (error.field == kName)
        label = m_nameProblem;
    else if (error.field == kIdNumber)
        label = m_idNumberProblem;
    else if (error.field == kBirthDate || error.field == kSex)
        label = m_birthDateProblem;
    else if (error.field == kPhone)
        label = m_phoneProblem;
    if (label) {
        setProblem(label, error.message);
        if (QWidget *field = label == m_nameProblem       ? static_cast<QWidget *>(m_name)
                             : label == m_idNumberProblem ? m_idNumber
                             : label == m_phoneProblem    ? m_phone
                                                          : m_birthDate)
            field->setFocus();
    }
    m_formProblem->setText(tr("Not saved: %1").arg(error.message));
}

QString ResidentForm::problemText() const
{
    return m_formProblem->text();
}

bool ResidentForm::save()
{
    if (QWidget *first = validateAll()) {
        first->setFocus();
        return false;
    }
    const Record record = formRecord();
    const QList<qint64> care = checkedCare();
    Status status;
    qint64 id = m_residentId;
    if (m_residentId == 0) {
        Record create = record;
        for (const QString &key : {kHouseholdId, kRelation}) {
            if (m_loaded.contains(key))
                create.insert(key, m_loaded.value(key));
        }
        // Empty optional fields are simply not given.
        for (auto it = create.begin(); it != create.end();) {
            if (it.value().isNull())
                it = create.erase(it);
            else
                ++it;
        }
        auto command = std::make_unique<CreateResidentCommand>(m_document, create, care);
        auto *raw = command.get();
        status = m_document.push(std::move(command));
        if (status)
            id = raw->residentId();
    } else {
        Record changes;
        for (const QString &column : editableColumns()) {
            if (shown(record.value(column)) != shown(m_loaded.value(column)))
                changes.insert(column, record.value(column));
        }
        std::optional<QList<qint64>> careChange;
        QList<qint64> before = m_loadedCare;
        std::sort(before.begin(), before.end());
        if (before != care)
            careChange = care;
        if (changes.isEmpty() && !careChange) {
            m_modified = false;
            setWindowModified(false);
            return true;
        }
        status = m_document.push(std::make_unique<EditResidentCommand>(
            m_document, m_residentId, changes, careChange, record.value(kName).toString()));
    }
    if (!status) {
        showError(status.error());
        return false;
    }
    m_formProblem->clear();
    if (Status s = loadResident(id); !s)
        m_notifier.error(s.error());
    m_notifier.inform(tr("Saved %1.").arg(record.value(kName).toString()));
    emit saved(id);
    return true;
}

bool ResidentForm::saveAndNext()
{
    if (!save())
        return false;
    // The next person of the same household: keep where and how they live.
    Record next;
    for (const QString &key : {kHouseholdId, kResidenceType, kEthnicity, kRegisteredAddress})
        next.insert(key, m_loaded.value(key));
    if (next.value(kHouseholdId).toLongLong() > 0)
        next.insert(kRelation, QStringLiteral("97")); // 其他亲属 until the household form says
    else
        next.remove(kHouseholdId);
    newResident(next);
    return true;
}

void ResidentForm::accept()
{
    if (save())
        QDialog::accept();
}

bool ResidentForm::confirmClose()
{
    if (!m_modified)
        return true;
    const QString name = m_name->text().trimmed();
    const int answer = m_notifier.choose(
        name.isEmpty() ? tr("Save the resident you are entering?")
                       : tr("Save the changes to %1?").arg(name),
        {tr("Save"), tr("Discard")});
    if (answer == 0)
        return save();
    if (answer == 1) {
        m_modified = false;
        return true;
    }
    return false;
}

void ResidentForm::reject()
{
    if (confirmClose())
        QDialog::reject();
}

void ResidentForm::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ResidentForm::documentChanged(const QString &table, const QList<qint64> &ids)
{
    // Undo or redo changed the resident shown: show the stored state, unless the user is
    // typing changes of their own.
    if (m_residentId == 0 || m_modified)
        return;
    if ((table == ResidentRepository::table() && ids.contains(m_residentId)) ||
        table == QLatin1String("resident_care")) {
        if (Status s = loadResident(m_residentId); !s)
            newResident();
    }
}

} // namespace gridbook
