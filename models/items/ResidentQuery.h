// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListPlan.h"
#include "items/IdListReceiver.h"
#include "items/LedgerScope.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gridbook {

/**
 * Which residents (居民) a list shows and in what order: scope, search text, filters, sort.
 * A plain value — copy it to a worker thread and run it there on that thread's own connection
 * (QSqlDatabase connections are bound to the thread that opened them); ResidentTableModel does
 * exactly that in the background, or runs it in place.
 *
 * The search text is read by SearchText: pinyin initials or full pinyin prefix (`zsf`,
 * `zhangs`), ID number or phone prefix or ending (`4304`, `5678`), or part of the name or the
 * address (`张`, `和济小区3栋`). Filters combine with AND; the codes and ids inside one filter
 * with OR. Everything is filtered and sorted in SQL with bound values.
 *
 * How a list is produced (measured on a street office of 1,000,000 residents): a list that an
 * index narrows to at most LedgerSql::kCandidateLimit residents (a scope below Everything, a
 * rare name or number, a care category, an age range) is fetched whole through that index and
 * sorted — at most a few tens of milliseconds. A larger one is walked in the order of the
 * sort through an index that holds the sort key, so its first screen of ids comes at once and
 * the rest streams in (IdListReceiver), counted on the side.
 */
struct ResidentQuery {
    /** Sort keys; each ends with the resident id, so that an order is always total. */
    enum class Sort {
        Address,         ///< compound name, building, unit, floor, room, household, relation
        Name,            ///< by pinyin (name_pinyin)
        Sex,             ///< sex code, then name
        Age,             ///< ascending: youngest first (birth date descending)
        IdNumber,        ///< ID number text
        Phone,           ///< phone text
        Relation,        ///< relation to the head (GB/T 4761 code order)
        Ethnicity,       ///< GB/T 3304 code order
        PoliticalStatus, ///< GB/T 4762 code order
        ResidenceType,   ///< residence type code
        CareCategories,  ///< residents with care categories first, by the category's order
        Household,       ///< household number, then relation
    };

    /** How the id list is found; Automatic except in tests that compare the two. */
    enum class Strategy { Automatic, Candidates, Walk };

    LedgerScope scope{};
    QString search{};
    /** Residents with a live record in any of these care categories (关爱对象). */
    QList<qint64> careCategoryIds{};
    /** residence_type_code in any of these. */
    QStringList residenceTypeCodes{};
    /** political_status_code in any of these. */
    QStringList politicalStatusCodes{};
    /** Age in full years (周岁) on `today`, bounds included; negative: no bound. */
    int minAge = -1;
    int maxAge = -1;
    /** Also archived residents (moved out, deceased); otherwise live ones only. */
    bool includeArchived = false;
    Sort sort = Sort::Address;
    Qt::SortOrder order = Qt::AscendingOrder;
    /** The day ages are counted on; null: the current date when the query runs. */
    QDate today{};
    Strategy strategy = Strategy::Automatic;

    friend bool operator==(const ResidentQuery &, const ResidentQuery &) = default;

    /** True if the query filters anything beyond scope and archived state. */
    bool hasFilters() const;

    /** Chooses how to produce the list on `db` (a few index probes) and returns the plan. */
    Result<IdListPlan> plan(const QSqlDatabase &db) const;

    /** Streams the ordered ids to `receiver`. Runs on the calling thread's connection `db`. */
    Status run(const QSqlDatabase &db, IdListReceiver &receiver) const;

    /** The whole ordered id list. */
    Result<QList<qint64>> ids(const QSqlDatabase &db) const;

    /** How many residents the query finds. */
    Result<qint64> count(const QSqlDatabase &db) const;

    /**
     * Latest birth date (inclusive) of someone at least `years` old on `day`, as ResidentId::ageOn
     * counts: whoever was born on or before it is `years` or older. 29 February birthdays
     * count from 1 March in common years.
     */
    static QDate latestBirthForAge(int years, QDate day);
};

} // namespace gridbook
