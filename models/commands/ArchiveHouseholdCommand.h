// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"
#include "records/HouseholdRepository.h"

#include <QCoreApplication>
#include <QString>

namespace gridbook {

/**
 * Archives a household ("delete" in the window): its members are archived with it or move to
 * another household, as the user chose, so that no resident is left in an archived household.
 */
class ArchiveHouseholdCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ArchiveHouseholdCommand)
public:
    ArchiveHouseholdCommand(LedgerDocument &document, qint64 householdId,
                            HouseholdRepository::Members members, QString reason);

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_householdId;
    HouseholdRepository::Members m_members;
    QString m_reason;
};

} // namespace gridbook
