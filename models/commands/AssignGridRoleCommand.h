// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QString>

namespace gridbook {

/**
 * Gives someone a grid role (网格长, 网格员, 楼栋长, ...) over a scope: exactly one of
 * community_id, big_grid_id, small_grid_id, building_id, unit_id, at the level the role is
 * defined for. A resident holder's name and phone are taken from the resident.
 */
class AssignGridRoleCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::AssignGridRoleCommand)
public:
    AssignGridRoleCommand(LedgerDocument &document, Record role);

    qint64 roleId() const { return m_roleId; }

protected:
    Status perform(ChangeSet &changes) override;

private:
    Record m_role;
    qint64 m_roleId = 0;
};

/** Ends a grid role: ended_on is set and the row archived. */
class EndGridRoleCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::EndGridRoleCommand)
public:
    EndGridRoleCommand(LedgerDocument &document, qint64 roleId, QString endedOn);

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_roleId;
    QString m_endedOn;
};

} // namespace gridbook
