// SPDX-License-Identifier: MIT
#include "db/SqlErrors.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace gridbook {

Error SqlErrors::fromQuery(const QSqlQuery &query, const QString &operation)
{
    return fromSqlError(query.lastError(), operation, query.lastQuery());
}

Error SqlErrors::fromSqlError(const QSqlError &error, const QString &operation,
                              const QString &statement)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString cause = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return fromCode(ok ? code : SQLITE_ERROR, cause, operation, statement);
}

Error SqlErrors::fromCode(int sqliteCode, const QString &cause, const QString &operation,
                          const QString &statement)
{
    Error e;
    e.message = userMessage(sqliteCode, cause);
    e.operation = operation;
    e.cause = cause;
    e.statement = statement;
    return e;
}

Error SqlErrors::notOpen(const QString &operation)
{
    Error e;
    e.message = tr("The ledger file is not open.");
    e.operation = operation;
    return e;
}

QString SqlErrors::userMessage(int sqliteCode, const QString &cause)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The ledger file is in use by another program; try again in a moment.");
    case SQLITE_FULL:
        return tr("The disk is full; nothing was saved. Free some space and try again.");
    case SQLITE_READONLY:
        return tr("The ledger file is read-only; nothing was saved.");
    case SQLITE_CORRUPT:
        return tr("The ledger file is damaged. Restore it from a backup.");
    case SQLITE_NOTADB:
        return tr("The file is not a Gridbook ledger.");
    case SQLITE_CANTOPEN:
        return tr("The ledger file cannot be opened: check the folder exists and may be written.");
    case SQLITE_IOERR:
        return tr("The ledger file could not be read or written (disk or USB stick error).");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("Permission denied for the ledger file.");
    case SQLITE_CONSTRAINT:
        if (cause.contains(QLatin1String("UNIQUE")))
            return tr("A record with the same value already exists (%1).").arg(cause);
        if (cause.contains(QLatin1String("FOREIGN KEY")))
            return tr("The record refers to something that does not exist, or is still "
                      "referred to by other records.");
        if (cause.contains(QLatin1String("NOT NULL")))
            return tr("A required field is empty (%1).").arg(cause);
        return tr("The value breaks a rule of the ledger (%1).").arg(cause);
    default:
        return tr("Database error: %1").arg(cause);
    }
}

} // namespace gridbook
