// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"
#include "records/Record.h"

#include <QCoreApplication>

namespace gridbook {

/**
 * Makes a resident a Party member (党员), or changes the membership they have: branch or
 * group (org_id), joined date, 自管 / 在职报到 (membership "community" / "registered"),
 * employer, 党员中心户 (center_household).
 */
class AssignPartyMemberCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::AssignPartyMemberCommand)
public:
    AssignPartyMemberCommand(LedgerDocument &document, qint64 residentId, Record membership);

    qint64 memberId() const { return m_memberId; }

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_residentId;
    Record m_membership;
    qint64 m_memberId = 0;
};

/** Ends a Party membership held here (transferred out, deceased): the row is archived. */
class EndPartyMembershipCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::EndPartyMembershipCommand)
public:
    EndPartyMembershipCommand(LedgerDocument &document, qint64 memberId);

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_memberId;
};

} // namespace gridbook
