// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordStore.h"
#include "records/ResidentRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>

namespace gridbook {

/**
 * Households (户) and their members. The rule every operation keeps: a live household with
 * live members has exactly one head (户主, relation_code '02'), and an archived household has
 * no live members. Each operation runs in one transaction and checks the rule at its end, so
 * a failed call leaves everything as it was. Member records are written through
 * ResidentRepository, which owns the resident rules (ID number, phone, pinyin).
 */
class HouseholdRepository {
    Q_DECLARE_TR_FUNCTIONS(gridbook::HouseholdRepository)
public:
    /** archiveHousehold(): the members are archived with the household (moved out together). */
    struct ArchiveMembers {};

    /**
     * archiveHousehold(): the members move to another live household. If that household has
     * a head, the archived household's head becomes `formerHeadRelation` there (required
     * then); otherwise everyone keeps their relation and the head becomes the head there.
     * `relations` optionally gives a new relation code per resident id.
     */
    struct MoveMembersTo {
        qint64 householdId = 0;
        QString formerHeadRelation;
        QHash<qint64, QString> relations;
    };

    /** What happens to the live members of a household that is archived. */
    using Members = std::variant<ArchiveMembers, MoveMembersTo>;

    static QString table() { return QStringLiteral("household"); }

    explicit HouseholdRepository(QSqlDatabase db);

    /**
     * Creates the household and its members (new residents) together. Exactly one member has
     * relation_code '02' (the head); each member's household_id is set to the new household.
     * Returns the household's id.
     */
    Result<qint64> createHousehold(const Record &household, const QList<Record> &members);

    /**
     * Makes live member `residentId` the head; the present head, if any, gets
     * `formerHeadRelation` (e.g. '10', spouse), which must be another relation code.
     */
    Status setHead(qint64 householdId, qint64 residentId, const QString &formerHeadRelation);

    /**
     * Moves a live resident into household `toHouseholdId` with `relationCode` ('02' only if
     * that household has no head yet). Moving the head of a household that keeps other live
     * members needs `newHeadOfFormerHousehold`, one of them, who becomes its head.
     */
    Status moveMember(qint64 residentId, qint64 toHouseholdId, const QString &relationCode,
                      std::optional<qint64> newHeadOfFormerHousehold = std::nullopt);

    /**
     * Archives the household with `reason`; its live members are archived too (same reason)
     * or moved, as `members` says. Never leaves live residents in an archived household.
     */
    Status archiveHousehold(qint64 householdId, const Members &members, const QString &reason);

    /** The household's live members, the head first, then by relation code and id. */
    Result<QList<Record>> members(qint64 householdId) const;

    /** How many live members have relation_code '02': 1 for a household with members. */
    Result<int> headCount(qint64 householdId) const;

private:
    Result<Record> liveHousehold(qint64 householdId, const QString &field,
                                 const QString &operation) const;
    Status setRelation(qint64 residentId, const QVariant &relationCode);

    RecordStore m_store;
    ResidentRepository m_residents;
};

} // namespace gridbook
