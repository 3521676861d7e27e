// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gridbook {

/**
 * A table's plain (non-unique) indexes set aside for a bulk insert and built again after it:
 * SQLite builds an index from sorted rows several times faster than it keeps a dozen of them
 * up to date one random insert at a time. Unique indexes stay, so that a duplicate still
 * fails the insert that makes it. Use inside a transaction: a rollback brings the indexes
 * back as they were, so a failed or cancelled import leaves the schema untouched too.
 */
class DeferredIndexes {
public:
    DeferredIndexes(QSqlDatabase db, QString table);

    /** True when inserting `rows` into a table of `existing` rows is cheaper with rebuilt
     *  indexes: many rows, and at least as many as the table holds. */
    static bool worthIt(qint64 rows, qint64 existing);

    /** Drops the plain indexes, remembering how they were made. */
    Status drop();
    /** Creates the dropped indexes again; does nothing if none were dropped. */
    Status restore();

    const QStringList &dropped() const { return m_names; }

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_names;
    QStringList m_statements;
};

} // namespace gridbook
