// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

struct sqlite3;

namespace gridbook {

/**
 * Access to the sqlite3 handle under a Qt connection, for what QSqlQuery cannot do well:
 * running a multi-statement script (migrations, whose triggers contain semicolons) and
 * asking whether a transaction is open. Qt's QSQLITE driver links the same system SQLite.
 */
class SqliteHandle {
public:
    /** The raw handle, or nullptr if the connection is not an open QSQLITE one. */
    static sqlite3 *of(const QSqlDatabase &db);

    /** Runs every statement of `script`; stops at the first error. */
    static Status execScript(const QSqlDatabase &db, const QString &script,
                             const QString &operation);

    /** True while a transaction or savepoint is open on the connection. */
    static bool inTransaction(const QSqlDatabase &db);
};

} // namespace gridbook
