// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <initializer_list>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gridbook {

/** One value for BulkInsert: NULL, an integer, a real or text. */
using SqlValue = std::variant<std::monostate, qint64, double, QString>;

/**
 * A prepared INSERT into one table, run straight on the sqlite3 handle: the demo generator
 * and importers write hundreds of thousands of rows, where QSqlQuery's per-row QVariant
 * round trips cost more than SQLite itself. Must be used inside a TransactionGuard.
 * The table and column names are the program's own, never user text; they are quoted anyway.
 *
 * With rowsPerStatement > 1, rows are gathered and written that many at a time by one
 * multi-row INSERT, which spares SQLite its per-statement work for all but one of them. A
 * failure is then reported by the insert() that completes the batch, and finish() must be
 * called to write the rows still gathered (the destructor drops them).
 */
class BulkInsert {
public:
    BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
               int rowsPerStatement = 1);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    /** False (with error()) if the statement could not be prepared. */
    bool ok() const { return m_status.ok(); }
    const Error &error() const { return m_status.error(); }

    /** Inserts one row; values in the order of the columns given to the constructor. */
    Status insert(std::initializer_list<SqlValue> values)
    {
        return insert(values.begin(), values.size());
    }
    Status insert(const SqlValue *values, std::size_t count);
    /** Writes the rows gathered for a multi-row statement; does nothing with one per row. */
    Status finish();

    qint64 rowsInserted() const { return m_rows; }

private:
    sqlite3_stmt *prepare(const QString &sql);
    Status run(sqlite3_stmt *statement, const SqlValue *values, int rows);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_single = nullptr; // one row
    sqlite3_stmt *m_multi = nullptr;  // m_batch rows
    QString m_table;
    int m_columns = 0;
    int m_batch = 1;
    std::vector<SqlValue> m_pending; // rows gathered for m_multi
    qint64 m_rows = 0;
    Status m_status;
    QStringEncoder m_encoder;
    std::vector<char> m_text; // the current statement's text values in UTF-8
};

} // namespace gridbook
