// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListPlan.h"
#include "items/LedgerSql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <initializer_list>
#include <optional>

namespace gridbook {

/**
 * The conditions of a ledger list query (ResidentQuery, HouseholdQuery), ANDed, and the one
 * among them whose index-backed candidates drive a short list (the driver): the condition with
 * the fewest candidates, if no more than `limit` (by a capped count of its estimate). Without
 * a driver the list is walked in the order of the sort.
 */
class LedgerConditions {
public:
    using Condition = LedgerSql::Condition;

    /**
     * `walk`: never choose a driver (Strategy::Walk); `anySize`: choose one whatever its size
     * (Strategy::Candidates). Counts run on `db`, which must outlive this object.
     */
    LedgerConditions(const QSqlDatabase &db, qint64 limit, bool walk, bool anySize);

    /**
     * Adds a condition. One with candidates becomes the driver if it is the smallest so far;
     * `alwaysSmall`: it is not counted but taken as size 0 (a scope).
     */
    Status consider(const Condition &condition, const QString &name, bool alwaysSmall);
    /** Adds a condition that only filters (it has no candidates). */
    void add(const Condition &condition);

    /** Every condition, in the order added. */
    const QList<Condition> &all() const { return m_conditions; }
    bool hasDriver() const { return m_driver >= 0; }
    /** The driving condition; only if hasDriver(). */
    const Condition &driver() const { return m_conditions[m_driver]; }
    /** The name the driver was considered under ("scope", "search", ...). */
    const QString &driverName() const { return m_driverName; }

    /**
     * " WHERE a AND b ...": the non-empty `leading` terms (the live test, ...), then every
     * condition, the driver's only if `withDriver`. Empty if there is no term.
     */
    SqlStatement where(bool withDriver, std::initializer_list<SqlStatement> leading) const;

    /** Appends `term` to a WHERE clause: " WHERE term" to an empty one, " AND term" else. */
    static void addTerm(SqlStatement &where, const SqlStatement &term);

private:
    const QSqlDatabase &m_db;
    qint64 m_limit;
    bool m_walk;
    bool m_anySize;
    QList<Condition> m_conditions;
    int m_driver = -1;
    QString m_driverName;
    std::optional<qint64> m_best;
};

} // namespace gridbook
