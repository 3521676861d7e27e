// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gridbook {

/**
 * Puts a resident in a volunteer team (志愿服务队) with their skills (一技之长), or changes
 * the skills of a volunteer already in that team: their skills become exactly `skillIds`.
 */
class AssignVolunteerCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::AssignVolunteerCommand)
public:
    AssignVolunteerCommand(LedgerDocument &document, qint64 residentId, qint64 teamId,
                           QList<qint64> skillIds, QString joinedOn = QString());

    qint64 volunteerId() const { return m_volunteerId; }

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_residentId;
    qint64 m_teamId;
    QList<qint64> m_skills;
    QString m_joinedOn;
    qint64 m_volunteerId = 0;
};

/** Takes a volunteer out of their team (the membership and its skills are archived). */
class EndVolunteerCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::EndVolunteerCommand)
public:
    EndVolunteerCommand(LedgerDocument &document, qint64 volunteerId);

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_volunteerId;
};

} // namespace gridbook
