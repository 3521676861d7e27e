// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListPlan.h"
#include "items/IdListReceiver.h"
#include "items/LedgerScope.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gridbook {

/**
 * Which households (户) a list shows and in what order; the household counterpart of
 * ResidentQuery, with the same scope, the same way of running (in place or on a worker) and
 * the same strategy (short lists fetched through an index and sorted, long ones walked in the
 * order of the sort).
 *
 * The search text matches the head of household (户主): pinyin initials or full pinyin prefix,
 * a part of the name, ID number or phone prefix or ending; and the household: its number
 * (户号) prefix, a part of its address.
 */
struct HouseholdQuery {
    enum class Sort {
        Address,       ///< compound name, building, unit, floor, room
        Number,        ///< household number (户号)
        HeadName,      ///< the head's name by pinyin
        MemberCount,   ///< live members
        ResidenceType, ///< residence type code
        Care,          ///< households with members in care categories first
        Phone,         ///< household phone
    };
    enum class Strategy { Automatic, Candidates, Walk };

    LedgerScope scope{};
    QString search{};
    /** residence_type_code in any of these. */
    QStringList residenceTypeCodes{};
    /** Households with a live member in any of these care categories. */
    QList<qint64> careCategoryIds{};
    /** Also archived households; otherwise live ones only. */
    bool includeArchived = false;
    Sort sort = Sort::Address;
    Qt::SortOrder order = Qt::AscendingOrder;
    Strategy strategy = Strategy::Automatic;

    friend bool operator==(const HouseholdQuery &, const HouseholdQuery &) = default;

    Result<IdListPlan> plan(const QSqlDatabase &db) const;
    Status run(const QSqlDatabase &db, IdListReceiver &receiver) const;
    Result<QList<qint64>> ids(const QSqlDatabase &db) const;
    Result<qint64> count(const QSqlDatabase &db) const;
};

} // namespace gridbook
