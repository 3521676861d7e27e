// SPDX-License-Identifier: MIT
#pragma once

#include "items/IdListPlan.h"
#include "items/LedgerScope.h"
#include "items/SearchText.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace gridbook {

/**
 * SQL fragments the ledger list queries share (ResidentQuery, HouseholdQuery): the households
 * of a scope, the dwellings whose address matches a search, the address sort. Program text
 * only; every value is bound.
 */
class LedgerSql {
public:
    /** Lists at or under this size are fetched whole and sorted; larger ones are walked. */
    static constexpr qint64 kCandidateLimit = 20000;

    /** The sort indexes of migration 5 that hold the columns residents are searched on. */
    static inline const QString kPinyinIndex = QStringLiteral("resident_sort_pinyin");
    static inline const QString kBirthIndex = QStringLiteral("resident_sort_birth");

    /**
     * A condition on the resident alias r (or, in HouseholdQuery, the household alias h, without
     * liveHouseholds and coveredBy), with the index-backed SELECT of its ids, if any.
     */
    struct Condition {
        SqlStatement where;      ///< "(...)" over alias r (h)
        SqlStatement candidates; ///< SELECT of the matching ids through indexes; empty: none
        /** The live ones among the candidates as (id, household_id, relation_code), from
         *  indexes that hold those columns (migration 8): what an address sort needs, without
         *  reading the residents. Empty: none. */
        SqlStatement liveHouseholds;
        SqlStatement estimate; ///< SELECT whose row count (capped) tells how selective it is
        /** The sort indexes that hold every column `where` reads (for counting on the side). */
        QStringList coveredBy;
    };

    /**
     * What a search text means for residents (see SearchText). `address`: the text may be part
     * of an address (addressMayMatch()), so residents whose address contains it match too.
     */
    static std::optional<Condition> residentSearch(const SearchText &search, bool address);

    /** SELECT of the ids of the households whose dwelling lies in `scope` (not Everything). */
    static SqlStatement scopeHouseholds(const LedgerScope &scope);

    /**
     * SELECT of the ids of the dwellings whose address "compound building unit room"
     * (和济小区3栋2单元501) contains the search text (kind Text).
     */
    static SqlStatement addressDwellings(const SearchText &search);

    /**
     * False if the text (kind Text) cannot be part of any address: its first character is in
     * no compound, building or unit name. Saves reading every unit's label for a name search.
     */
    static Result<bool> addressMayMatch(const QSqlDatabase &db, const SearchText &search);

    /** `<column> >= ? AND <column> < ?` for the strings that start with `prefix`. */
    static SqlStatement prefixRange(const QString &column, const QString &prefix);

    /**
     * The address keys in ORDER BY form over aliases c (compound), b (building), u (unit),
     * d (dwelling), then `householdColumn`: compound name, building number, unit number,
     * floor, room. `direction` is " ASC" or " DESC".
     */
    static QString addressOrder(const QString &direction, const QString &householdColumn);

    /** The LEFT JOINs from a household alias h to its address aliases d, b, c, u. */
    static QString addressJoins();

    /** The SELECTs joined by UNION: their distinct ids. */
    static SqlStatement unionOf(const QList<SqlStatement> &selects);
    /** The SELECTs joined by UNION ALL: no duplicates removed, for a capped count. */
    static SqlStatement unionAll(const QList<SqlStatement> &selects);
};

} // namespace gridbook
