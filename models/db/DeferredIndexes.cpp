// SPDX-License-Identifier: MIT
#include "db/DeferredIndexes.h"

#include "db/SqlErrors.h"
#include "db/SqlIdentifier.h"

#include <QSqlQuery>

namespace gridbook {

DeferredIndexes::DeferredIndexes(QSqlDatabase db, QString table)
    : m_db(std::move(db)), m_table(std::move(table))
{
}

bool DeferredIndexes::worthIt(qint64 rows, qint64 existing)
{
    // Below a few thousand rows either way takes a blink; on a big table, rebuilding every
    // index costs more than the inserts would.
    return rows >= 5000 && rows >= existing;
}

Status DeferredIndexes::drop()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Indexes made by CREATE INDEX (not by UNIQUE or PRIMARY KEY constraints), not unique.
    q.prepare(QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m "
                             "JOIN pragma_index_list(?) l ON l.name = m.name "
                             "WHERE m.type = 'index' AND l.origin = 'c' AND l.\"unique\" = 0 "
                             "AND m.sql IS NOT NULL ORDER BY m.name"));
    q.addBindValue(m_table);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("list indexes"));
    QStringList names, statements;
    while (q.next()) {
        names << q.value(0).toString();
        statements << q.value(1).toString();
    }
    q.finish();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!q.exec(QStringLiteral("DROP INDEX ") + quotedIdentifier(names[i])))
            return SqlErrors::fromQuery(q, QStringLiteral("drop index"));
        m_names << names[i];
        m_statements << statements[i];
    }
    return {};
}

Status DeferredIndexes::restore()
{
    QSqlQuery q(m_db);
    while (!m_statements.isEmpty()) {
        if (!q.exec(m_statements.first()))
            return SqlErrors::fromQuery(q, QStringLiteral("create index"));
        m_statements.removeFirst();
        m_names.removeFirst();
    }
    return {};
}

} // namespace gridbook
