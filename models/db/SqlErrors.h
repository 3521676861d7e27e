// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlError>

class QSqlQuery;

namespace gridbook {

/**
 * Turns SQLite failures into Errors the user can act on: "the file is in use by another
 * program", "the disk is full", "the file is damaged", a constraint naming the field.
 */
class SqlErrors {
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    /** From a failed QSqlQuery (its statement goes to details, never the bound values). */
    static Error fromQuery(const QSqlQuery &query, const QString &operation);
    /** From a QSqlError, e.g. of a failed open or commit. */
    static Error fromSqlError(const QSqlError &error, const QString &operation,
                              const QString &statement = QString());
    /** From an SQLite (extended) result code. */
    static Error fromCode(int sqliteCode, const QString &cause, const QString &operation,
                          const QString &statement);
    static Error notOpen(const QString &operation);
    /** The user message for an SQLite primary result code. */
    static QString userMessage(int sqliteCode, const QString &cause);
};

} // namespace gridbook
