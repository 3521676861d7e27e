// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListReceiver.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace gridbook {

class AddressRanks;

/** An SQL text with its bound values, in placeholder order; fragments concatenate with +. */
struct SqlStatement {
    QString sql;
    QVariantList values;

    SqlStatement() = default;
    explicit SqlStatement(QString text, QVariantList bound = {})
        : sql(std::move(text)), values(std::move(bound))
    {
    }
    bool isEmpty() const { return sql.isEmpty(); }
    SqlStatement &operator+=(const SqlStatement &other)
    {
        sql += other.sql;
        values += other.values;
        return *this;
    }
    friend SqlStatement operator+(SqlStatement a, const SqlStatement &b) { return a += b; }
};

/**
 * How an ordered id list is produced: one or more SELECTs (first column: the id) whose rows
 * follow each other, optionally a cheaper statement that counts them, and optionally a
 * statement for the first screen alone (the same order with a LIMIT, for lists SQLite must sort
 * whole: a top-N sort is far quicker than the full sort).
 *
 * run() executes it straight on the sqlite3 handle of the connection — a million ids through
 * QSqlQuery and QVariant would cost more than the query itself — inside one read transaction
 * (a savepoint), so that the first screen, the count and the list agree. It streams the ids to
 * the receiver: the first `firstChunk` at once, then larger chunks; it runs the count once the
 * list takes long.
 */
struct IdListPlan {
    Q_DECLARE_TR_FUNCTIONS(gridbook::IdListPlan)
public:
    QList<SqlStatement> parts;
    SqlStatement count;
    /** The first screen in the order of `parts` (a LIMIT of kFirstChunk); empty: none. */
    SqlStatement head;
    /** How the plan was chosen ("walk:address", "candidates:search", ...), for tests/benchmarks. */
    QString strategy;
    /** The household positions that the statements' gridbook_address_rank() answers from. */
    std::shared_ptr<const AddressRanks> addressRanks;

    /** Ids in the first received() call. */
    static constexpr int kFirstChunk = 256;

    /** Runs the plan on `db` (its thread's connection); stops when the receiver cancels. */
    Status run(const QSqlDatabase &db, IdListReceiver &receiver,
               int firstChunk = kFirstChunk) const;

    /** Every id of the plan, in order. */
    Result<QList<qint64>> ids(const QSqlDatabase &db) const;
    /** How many ids the plan gives: its count statement, or the ids counted when it has none. */
    Result<qint64> rowCount(const QSqlDatabase &db) const;

    /** Runs a statement whose first column of its first row is an integer (a count). */
    static Result<qint64> scalar(const QSqlDatabase &db, const SqlStatement &statement);

    /** How many rows `select` returns, counting no further than `cap` + 1. */
    static Result<qint64> countAtMost(const QSqlDatabase &db, const SqlStatement &select,
                                      qint64 cap);

    /** A JSON array of the values, for `IN (SELECT value FROM json_each(?))`. */
    static QString jsonArray(const QList<qint64> &values);
    static QString jsonArray(const QStringList &values);

    /** The message of the Error a cancelled run returns. */
    static QString cancelledMessage();
};

} // namespace gridbook
