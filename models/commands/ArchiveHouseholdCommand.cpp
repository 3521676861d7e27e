// SPDX-License-Identifier: MIT
#include "commands/ArchiveHouseholdCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

ArchiveHouseholdCommand::ArchiveHouseholdCommand(LedgerDocument &document, qint64 householdId,
                                                 HouseholdRepository::Members members,
                                                 QString reason)
    : LedgerCommand(document), m_householdId(householdId), m_members(std::move(members)),
      m_reason(std::move(reason))
{
    setText(std::holds_alternative<HouseholdRepository::MoveMembersTo>(m_members)
                ? tr("Archive household and move its members")
                : tr("Archive household and its members"));
}

Status ArchiveHouseholdCommand::perform(ChangeSet &changes)
{
    const QString resident = ResidentRepository::table();
    const QString householdId = QStringLiteral("household_id");
    if (Status s = changes.watch(HouseholdRepository::table(), m_householdId); !s)
        return s;
    if (Status s = changes.watchWhere(resident, householdId, m_householdId); !s)
        return s;
    if (const auto *move = std::get_if<HouseholdRepository::MoveMembersTo>(&m_members)) {
        if (Status s = changes.watchWhere(resident, householdId, move->householdId); !s)
            return s;
    }
    return document().households().archiveHousehold(m_householdId, m_members, m_reason);
}

} // namespace gridbook
