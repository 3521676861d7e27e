// SPDX-License-Identifier: MIT
#include "forms/VolunteerDialog.h"

#include "commands/AssignVolunteerCommand.h"
#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "domain/LedgerDate.h"
#include "forms/ResidentPickerDialog.h"
#include "rosters/VolunteerRosterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gridbook {

VolunteerDialog::VolunteerDialog(LedgerDocument &document, Notifier &notifier,
                                 const LedgerScope &scope, QWidget *parent)
    : QDialog(parent), m_document(document), m_notifier(notifier), m_scope(scope)
{
    setObjectName(QStringLiteral("volunteerDialog"));
    setWindowTitle(tr("Volunteer"));
    auto *form = new QFormLayout;
    auto *residentRow = new QHBoxLayout;
    m_resident = new QLabel(tr("(nobody chosen)"), this);
    m_resident->setObjectName(QStringLiteral("residentLabel"));
    m_chooseResident = new QPushButton(tr("C&hoose…"), this);
    m_chooseResident->setObjectName(QStringLiteral("chooseResidentButton"));
    residentRow->addWidget(m_resident, 1);
    residentRow->addWidget(m_chooseResident);
    form->addRow(tr("Resident:"), residentRow);
    connect(m_chooseResident, &QPushButton::clicked, this, [this] {
        const qint64 id =
            ResidentPickerDialog::pick(m_document, m_scope, tr("Choose the volunteer"), this);
        if (id > 0)
            setResident(id);
    });

    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_team->addItem(tr("(choose)"), 0);
    if (auto teams = VolunteerRosterModel::teams(m_document.database().connection())) {
        for (const auto &t : *teams)
            m_team->addItem(t.grid.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.grid), t.id);
    }
    form->addRow(tr("&Team:"), m_team);

    m_joined = new QLineEdit(this);
    m_joined->setObjectName(QStringLiteral("joinedEdit"));
    m_joined->setPlaceholderText(tr("YYYY-MM-DD"));
    form->addRow(tr("&Joined:"), m_joined);

    auto *skillsBox = new QGroupBox(tr("Skills (一技之长)"), this);
    auto *skillsGrid = new QGridLayout(skillsBox);
    RecordStore::ListOptions options;
    options.orderBy = {{QStringLiteral("sort")}};
    if (auto skills = m_document.store().list(QStringLiteral("skill"), options)) {
        int i = 0;
        for (const Record &s : *skills) {
            auto *box = new QCheckBox(s.value(QStringLiteral("name")).toString(), skillsBox);
            box->setObjectName(QStringLiteral("skill_%1").arg(s.value(QStringLiteral("id")).toLongLong()));
            m_skills.insert(s.value(QStringLiteral("id")).toLongLong(), box);
            skillsGrid->addWidget(box, i / 4, i % 4);
            ++i;
        }
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VolunteerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(skillsBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void VolunteerDialog::setResident(qint64 residentId)
{
    m_residentId = residentId;
    auto r = m_document.residents().get(residentId);
    m_resident->setText(r ? r->value(QStringLiteral("name")).toString() : tr("(nobody chosen)"));
}

void VolunteerDialog::setTeam(qint64 teamId)
{
    m_team->setCurrentIndex(std::max(0, m_team->findData(teamId)));
}

bool VolunteerDialog::loadVolunteer(qint64 volunteerId)
{
    auto v = m_document.store().get(QStringLiteral("volunteer"), volunteerId);
    if (!v) {
        m_notifier.error(v.error());
        return false;
    }
    setResident(v->value(QStringLiteral("resident_id")).toLongLong());
    setTeam(v->value(QStringLiteral("team_id")).toLongLong());
    m_chooseResident->setEnabled(false);
    m_team->setEnabled(false);
    m_joined->setText(v->value(QStringLiteral("joined_on")).toString());
    m_joined->setEnabled(false);
    RecordStore::ListOptions options;
    options.equals.insert(QStringLiteral("volunteer_id"), volunteerId);
    if (auto skills = m_document.store().list(QStringLiteral("volunteer_skill"), options)) {
        for (const Record &s : *skills) {
            if (QCheckBox *box = m_skills.value(s.value(QStringLiteral("skill_id")).toLongLong()))
                box->setChecked(true);
        }
    }
    setWindowTitle(tr("Volunteer %1").arg(m_resident->text()));
    return true;
}

QString VolunteerDialog::problemText() const
{
    return m_problem->text();
}

bool VolunteerDialog::save()
{
    if (m_residentId <= 0) {
        m_problem->setText(tr("Choose the resident first."));
        return false;
    }
    QString joined;
    if (m_joined->isEnabled() && !m_joined->text().trimmed().isEmpty()) {
        const LedgerDate::Check check = LedgerDate::parse(m_joined->text(), tr("Joined"));
        if (!check.valid) {
            m_problem->setText(check.message);
            return false;
        }
        joined = check.normalized;
    }
    QList<qint64> skills;
    for (auto it = m_skills.cbegin(); it != m_skills.cend(); ++it) {
        if (it.value()->isChecked())
            skills << it.key();
    }
    std::sort(skills.begin(), skills.end());
    Status s = m_document.push(std::make_unique<AssignVolunteerCommand>(
        m_document, m_residentId, m_team->currentData().toLongLong(), skills, joined));
    if (!s) {
        m_problem->setText(s.error().message);
        return false;
    }
    m_notifier.inform(tr("Saved volunteer %1.").arg(m_resident->text()));
    return true;
}

void VolunteerDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gridbook
