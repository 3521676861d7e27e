// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gridbook {

/** What the household form wants a household to look like after "save". */
struct HouseholdPlan {
    /** One member after saving. */
    struct Member {
        qint64 residentId = 0; ///< 0: a new resident, described by `resident`
        Record resident;       ///< a new resident's fields (name, id_number, phone, ...)
        QString relation;      ///< relation to the head (GB/T 4761); "02" for the head
    };
    /** A present member who leaves the household. */
    struct Departure {
        qint64 residentId = 0;
        qint64 toHouseholdId = 0; ///< 0: archived (moved away, deceased ...) with `reason`
        QString relation;         ///< the relation in the household moved to
        QString reason;
    };

    qint64 householdId = 0;      ///< 0: a new household
    Record household;            ///< household fields to write (dwelling_id, phone, ...)
    QList<Member> members;       ///< everyone in the household after saving, the head among them
    QList<Departure> departures; ///< present members who leave
};

/**
 * Saves a household as the household form edited it: its fields, new members, residents who
 * move in from another household, who is head, relations, and members who move to another
 * household or are archived. The steps run through HouseholdRepository and
 * ResidentRepository in an order that keeps "exactly one head" true at every step, all in one
 * transaction: the save happens completely or not at all.
 */
class SaveHouseholdCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::SaveHouseholdCommand)
public:
    SaveHouseholdCommand(LedgerDocument &document, HouseholdPlan plan);

    /** The household's id (the new one's, once pushed). */
    qint64 householdId() const { return m_plan.householdId; }
    /** Ids of the new residents, in the order of the plan's new members. */
    const QList<qint64> &createdResidents() const { return m_created; }

protected:
    Status perform(ChangeSet &changes) override;

private:
    Status createHousehold(ChangeSet &changes);
    Status addMember(ChangeSet &changes, const HouseholdPlan::Member &member,
                     const QString &relation);

    HouseholdPlan m_plan;
    QList<qint64> m_created;
};

} // namespace gridbook
