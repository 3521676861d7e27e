// SPDX-License-Identifier: MIT
#include "items/LedgerConditions.h"

namespace gridbook {

LedgerConditions::LedgerConditions(const QSqlDatabase &db, qint64 limit, bool walk, bool anySize)
    : m_db(db), m_limit(limit), m_walk(walk), m_anySize(anySize)
{
}

Status LedgerConditions::consider(const Condition &condition, const QString &name, bool alwaysSmall)
{
    m_conditions << condition;
    if (condition.candidates.isEmpty() || m_walk)
        return {};
    qint64 size = 0;
    if (!alwaysSmall) {
        auto n = IdListPlan::countAtMost(m_db, condition.estimate, m_limit);
        if (!n)
            return n.error();
        size = *n;
        if (size > m_limit && !m_anySize)
            return {};
    }
    if (!m_best || size < *m_best) {
        m_best = size;
        m_driver = int(m_conditions.size() - 1);
        m_driverName = name;
    }
    return {};
}

void LedgerConditions::add(const Condition &condition)
{
    m_conditions << condition;
}

SqlStatement LedgerConditions::where(bool withDriver,
                                     std::initializer_list<SqlStatement> leading) const
{
    SqlStatement w;
    for (const SqlStatement &term : leading) {
        if (!term.isEmpty())
            addTerm(w, term);
    }
    for (int i = 0; i < m_conditions.size(); ++i) {
        if (withDriver || i != m_driver)
            addTerm(w, m_conditions[i].where);
    }
    return w;
}

void LedgerConditions::addTerm(SqlStatement &where, const SqlStatement &term)
{
    where += SqlStatement(where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "));
    where += term;
}

} // namespace gridbook
