// SPDX-License-Identifier: MIT
#include "forms/PartyMemberDialog.h"

#include "commands/AssignPartyMemberCommand.h"
#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "domain/LedgerDate.h"
#include "forms/ResidentPickerDialog.h"
#include "rosters/PartyMemberRosterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <functional>

namespace gridbook {

PartyMemberDialog::PartyMemberDialog(LedgerDocument &document, Notifier &notifier,
                                     const LedgerScope &scope, QWidget *parent)
    : QDialog(parent), m_document(document), m_notifier(notifier), m_scope(scope)
{
    setObjectName(QStringLiteral("partyMemberDialog"));
    setWindowTitle(tr("Party Member"));
    auto *form = new QFormLayout;

    auto *residentRow = new QHBoxLayout;
    m_resident = new QLabel(tr("(nobody chosen)"), this);
    m_resident->setObjectName(QStringLiteral("residentLabel"));
    m_chooseResident = new QPushButton(tr("C&hoose…"), this);
    m_chooseResident->setObjectName(QStringLiteral("chooseResidentButton"));
    residentRow->addWidget(m_resident, 1);
    residentRow->addWidget(m_chooseResident);
    form->addRow(tr("Resident:"), residentRow);
    connect(m_chooseResident, &QPushButton::clicked, this, &PartyMemberDialog::chooseResident);

    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("orgCombo"));
    m_org->addItem(tr("(choose)"), 0);
    {
        // Committees, their branches and the branches' groups, as a tree in one list.
        RecordStore::ListOptions options;
        options.orderBy = {{QStringLiteral("community_id")}, {QStringLiteral("id")}};
        auto orgs = m_document.store().list(QStringLiteral("party_org"), options);
        const QList<Record> all = orgs ? *orgs : QList<Record>();
        std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
            for (const Record &o : all) {
                const qint64 p = o.value(QStringLiteral("parent_id")).toLongLong();
                if (p != parent)
                    continue;
                m_org->addItem(QString(depth * 2, QChar(0x3000)) +
                                   o.value(QStringLiteral("name")).toString(),
                               o.value(QStringLiteral("id")));
                add(o.value(QStringLiteral("id")).toLongLong(), depth + 1);
            }
        };
        add(0, 0);
    }
    form->addRow(tr("&Organisation:"), m_org);

    m_membership = new QComboBox(this);
    m_membership->setObjectName(QStringLiteral("membershipCombo"));
    for (const char *kind : {"community", "registered"})
        m_membership->addItem(PartyMemberRosterModel::membershipName(QString::fromLatin1(kind)),
                              QString::fromLatin1(kind));
    form->addRow(tr("&Membership:"), m_membership);
    connect(m_membership, &QComboBox::currentIndexChanged, this,
            &PartyMemberDialog::membershipChanged);

    m_joined = new QLineEdit(this);
    m_joined->setObjectName(QStringLiteral("joinedEdit"));
    m_joined->setPlaceholderText(tr("YYYY-MM-DD"));
    form->addRow(tr("&Joined the Party:"), m_joined);

    m_employer = new QLineEdit(this);
    m_employer->setObjectName(QStringLiteral("employerEdit"));
    form->addRow(tr("&Employer:"), m_employer);

    m_center = new QCheckBox(tr("Party member center household (党员中心户)"), this);
    m_center->setObjectName(QStringLiteral("centerCheck"));
    form->addRow(QString(), m_center);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(tr("N&ote:"), m_note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    membershipChanged();
    resize(520, 380);
}

void PartyMemberDialog::membershipChanged()
{
    m_employer->setEnabled(m_membership->currentData().toString() == QLatin1String("registered"));
}

void PartyMemberDialog::setResident(qint64 residentId)
{
    m_residentId = residentId;
    auto r = residentId > 0 ? m_document.residents().get(residentId) : Result<Record>(Error{});
    m_resident->setText(r ? r->value(QStringLiteral("name")).toString() : tr("(nobody chosen)"));
}

void PartyMemberDialog::chooseResident()
{
    const qint64 id =
        ResidentPickerDialog::pick(m_document, m_scope, tr("Choose the Party member"), this);
    if (id > 0)
        setResident(id);
}

bool PartyMemberDialog::loadMember(qint64 memberId)
{
    auto member = m_document.store().get(QStringLiteral("party_member"), memberId);
    if (!member) {
        m_notifier.error(member.error());
        return false;
    }
    setResident(member->value(QStringLiteral("resident_id")).toLongLong());
    m_chooseResident->setEnabled(false);
    m_org->setCurrentIndex(std::max(0, m_org->findData(member->value(QStringLiteral("org_id")))));
    m_membership->setCurrentIndex(
        std::max(0, m_membership->findData(member->value(QStringLiteral("membership")))));
    m_joined->setText(member->value(QStringLiteral("joined_on")).toString());
    m_employer->setText(member->value(QStringLiteral("employer")).toString());
    m_center->setChecked(member->value(QStringLiteral("center_household")).toInt() != 0);
    m_note->setText(member->value(QStringLiteral("note")).toString());
    setWindowTitle(tr("Party Member %1").arg(m_resident->text()));
    return true;
}

QString PartyMemberDialog::problemText() const
{
    return m_problem->text();
}

bool PartyMemberDialog::save()
{
    if (m_residentId <= 0) {
        m_problem->setText(tr("Choose the resident first."));
        return false;
    }
    Record membership;
    membership.insert(QStringLiteral("org_id"), m_org->currentData().toLongLong());
    membership.insert(QStringLiteral("membership"), m_membership->currentData().toString());
    const QString joined = m_joined->text().trimmed();
    if (joined.isEmpty()) {
        membership.insert(QStringLiteral("joined_on"), QVariant());
    } else {
        const LedgerDate::Check check = LedgerDate::parse(joined, tr("Joined the Party"));
        if (!check.valid) {
            m_problem->setText(check.message);
            m_joined->setFocus();
            return false;
        }
        membership.insert(QStringLiteral("joined_on"), check.normalized);
    }
    const bool registered = m_membership->currentData().toString() == QLatin1String("registered");
    const QString employer = m_employer->text().trimmed();
    membership.insert(QStringLiteral("employer"),
                      registered && !employer.isEmpty() ? QVariant(employer) : QVariant());
    membership.insert(QStringLiteral("center_household"), m_center->isChecked() ? 1 : 0);
    const QString note = m_note->text().trimmed();
    membership.insert(QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note));
    Status s = m_document.push(
        std::make_unique<AssignPartyMemberCommand>(m_document, m_residentId, membership));
    if (!s) {
        m_problem->setText(s.error().message);
        return false;
    }
    m_notifier.inform(tr("Saved the Party membership of %1.").arg(m_resident->text()));
    return true;
}

void PartyMemberDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gridbook
