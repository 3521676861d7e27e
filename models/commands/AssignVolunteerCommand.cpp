// SPDX-License-Identifier: MIT
#include "commands/AssignVolunteerCommand.h"

#include "document/LedgerDocument.h"

#include <QSet>

namespace gridbook {

namespace {
const QString kVolunteer = QStringLiteral("volunteer");
const QString kVolunteerSkill = QStringLiteral("volunteer_skill");
const QString kVolunteerId = QStringLiteral("volunteer_id");
const QString kSkillId = QStringLiteral("skill_id");
const QString kId = QStringLiteral("id");
} // namespace

AssignVolunteerCommand::AssignVolunteerCommand(LedgerDocument &document, qint64 residentId,
                                               qint64 teamId, QList<qint64> skillIds,
                                               QString joinedOn)
    : LedgerCommand(document), m_residentId(residentId), m_teamId(teamId),
      m_skills(std::move(skillIds)), m_joinedOn(std::move(joinedOn))
{
    setText(tr("Assign volunteer"));
}

Status AssignVolunteerCommand::perform(ChangeSet &changes)
{
    const QString operation = QStringLiteral("assign volunteer");
    if (m_teamId <= 0)
        return RecordStore::invalid(QStringLiteral("team_id"), tr("Team: choose a volunteer team."),
                                    operation);
    auto resident = document().residents().get(m_residentId);
    if (!resident)
        return resident.error();
    if (!resident->value(QStringLiteral("archived_at")).isNull())
        return RecordStore::invalid(QStringLiteral("resident_id"),
                                    tr("%1 is archived and cannot volunteer here.")
                                        .arg(resident->value(QStringLiteral("name")).toString()),
                                    operation);
    if (Status s = changes.watchWhere(kVolunteer, QStringLiteral("resident_id"), m_residentId); !s)
        return s;
    RecordStore::ListOptions options;
    options.equals.insert(QStringLiteral("resident_id"), m_residentId);
    options.equals.insert(QStringLiteral("team_id"), m_teamId);
    auto existing = document().store().list(kVolunteer, options);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        m_volunteerId = existing->first().value(kId).toLongLong();
    } else {
        Record row{{QStringLiteral("resident_id"), m_residentId},
                   {QStringLiteral("team_id"), m_teamId}};
        if (!m_joinedOn.isEmpty())
            row.insert(QStringLiteral("joined_on"), m_joinedOn);
        auto id = document().store().insert(kVolunteer, row);
        if (!id)
            return id.error();
        m_volunteerId = *id;
        changes.created(kVolunteer, m_volunteerId);
    }

    if (Status s = changes.watchWhere(kVolunteerSkill, kVolunteerId, m_volunteerId); !s)
        return s;
    RecordStore::ListOptions skillRows;
    skillRows.equals.insert(kVolunteerId, m_volunteerId);
    auto present = document().store().list(kVolunteerSkill, skillRows);
    if (!present)
        return present.error();
    QSet<qint64> wanted(m_skills.cbegin(), m_skills.cend());
    for (const Record &row : *present) {
        const qint64 skill = row.value(kSkillId).toLongLong();
        if (!wanted.remove(skill)) {
            if (Status s = document().store().archive(kVolunteerSkill, row.value(kId).toLongLong());
                !s)
                return s;
        }
    }
    for (qint64 skill : std::as_const(m_skills)) {
        if (!wanted.contains(skill))
            continue;
        auto id = document().store().insert(kVolunteerSkill,
                                            {{kVolunteerId, m_volunteerId}, {kSkillId, skill}});
        if (!id)
            return id.error();
    }
    return {};
}

EndVolunteerCommand::EndVolunteerCommand(LedgerDocument &document, qint64 volunteerId)
    : LedgerCommand(document), m_volunteerId(volunteerId)
{
    setText(tr("Remove volunteer from team"));
}

Status EndVolunteerCommand::perform(ChangeSet &changes)
{
    if (Status s = changes.watch(kVolunteer, m_volunteerId); !s)
        return s;
    if (Status s = changes.watchWhere(kVolunteerSkill, kVolunteerId, m_volunteerId); !s)
        return s;
    RecordStore::ListOptions skillRows;
    skillRows.equals.insert(kVolunteerId, m_volunteerId);
    auto present = document().store().list(kVolunteerSkill, skillRows);
    if (!present)
        return present.error();
    for (const Record &row : *present) {
        if (Status s = document().store().archive(kVolunteerSkill, row.value(kId).toLongLong()); !s)
            return s;
    }
    return document().store().archive(kVolunteer, m_volunteerId);
}

} // namespace gridbook
