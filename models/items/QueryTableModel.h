// SPDX-License-Identifier: MIT
#pragma once

#include "items/IdListTableModel.h"
#include "items/LedgerScope.h"

#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * An IdListTableModel whose rows are what a query value finds (ResidentQuery, HouseholdQuery):
 * the query is kept here, changing any part of it starts a new id list on the loader thread,
 * and personal data can be masked for print and export. `Query` needs `scope`, `search` and
 * `Status run(const QSqlDatabase &, IdListReceiver &) const`.
 */
template <typename Query> class QueryTableModel : public IdListTableModel {
public:
    using IdListTableModel::IdListTableModel;

    const Query &query() const { return m_query; }
    /** Shows the rows `query` finds; see IdListTableModel::reload() for the outcome. */
    Status setQuery(const Query &query)
    {
        m_query = query;
        return startQuery();
    }
    /** Shorthands that change one part of the query. */
    Status setScope(const LedgerScope &scope)
    {
        Query q = m_query;
        q.scope = scope;
        return setQuery(q);
    }
    Status setSearchText(const QString &text)
    {
        Query q = m_query;
        q.search = text;
        return setQuery(q);
    }

    bool maskPersonalData() const { return m_mask; }
    /** Masks ID and phone numbers (ResidentId::mask, PhoneNumber::mask) for print and export. */
    void setMaskPersonalData(bool mask)
    {
        if (mask == m_mask)
            return;
        m_mask = mask;
        refreshCells();
    }

protected:
    /** The id list runs the query on the loader thread's own connection. */
    Job listJob() const override
    {
        return [query = m_query](const QSqlDatabase &db, IdListReceiver &receiver) {
            return query.run(db, receiver);
        };
    }

private:
    Query m_query;
    bool m_mask = false;
};

} // namespace gridbook
