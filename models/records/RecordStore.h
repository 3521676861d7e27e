// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlQuery;

namespace gridbook {

/**
 * Generic reads and writes for any ledger record table: every table with the columns
 * id, uid, created_at, updated_at and archived_at (community, resident, visit, ...).
 * Records are Record maps keyed by column name. The domain repositories (HouseholdRepository,
 * ResidentRepository, ...) put their rules on top of this; code that only needs plain
 * create / edit / archive of a table uses it directly.
 *
 * - A table's columns and foreign keys are read once from SQLite (PRAGMA table_info) and
 *   cached per connection; a column name that is not a real column is refused before any SQL
 *   is built. Identifiers are escaped by the driver, values are always bound.
 * - Every write runs in a TransactionGuard, so it nests as a savepoint inside a caller's
 *   transaction.
 * - Constraint failures come back naming the column and the reason; a foreign key is checked
 *   before writing so that the message can say which field refers to a missing record.
 * - Timestamps are UTC ISO-8601 with milliseconds, like the schema defaults. updated_at only
 *   ever moves forward: a write stores max(now, previous updated_at + 1 ms), so "the newer
 *   version wins" stays true across laptops with skewed clocks and fast successive edits.
 *
 * Cheap to copy; holds only the connection.
 */
class RecordStore {
    Q_DECLARE_TR_FUNCTIONS(gridbook::RecordStore)
public:
    /** One ORDER BY term of list(). */
    struct SortKey {
        QString column;
        bool descending = false;
    };

    /**
     * What list() returns. For small tables only (code lists, a household's members, a
     * resident's care categories): list() reads every matching row into memory. Big lists
     * (residents, households, visits) go through the lazily fetching item models in
     * models/items, which filter and sort in SQL.
     */
    struct ListOptions {
        bool includeArchived = false; ///< also rows whose archived_at is set
        Record equals;                ///< column = value for each entry; a null value: IS NULL
        QList<SortKey> orderBy;       ///< default: by id
        int limit = -1;               ///< at most this many rows; negative: all
    };

    /** A column as SQLite describes it. */
    struct Column {
        QString name;
        QString type;
        bool notNull = false;
        bool hasDefault = false;
        bool primaryKey = false;
    };

    /** A single-column foreign key: `column` references `parentTable(parentColumn)`. */
    struct ForeignKey {
        QString column;
        QString parentTable;
        QString parentColumn;
    };

    /** What the store knows about one table. */
    struct TableInfo {
        QString name;
        QList<Column> columns;
        QList<ForeignKey> foreignKeys;
        bool isRecordTable = false; ///< has id, uid, created_at, updated_at and archived_at

        bool hasColumn(const QString &column) const;
        const Column *column(const QString &column) const;
        QStringList columnNames() const;
    };

    explicit RecordStore(QSqlDatabase db);

    QSqlDatabase connection() const { return m_db; }

    /** The table's columns and foreign keys (cached per connection). */
    Result<std::shared_ptr<const TableInfo>> tableInfo(const QString &table) const;

    /** Drops this connection's cached table descriptions (after a schema change). */
    void forgetTableInfo() const;

    /**
     * Inserts a record and returns its id. A uid is made (RecordUid::create) unless one is
     * given; a given uid must be valid. id cannot be given. created_at / updated_at may be
     * given (imports keep them); otherwise the schema defaults apply. A null value for a
     * NOT NULL column with a default also means "use the default".
     */
    Result<qint64> insert(const QString &table, const Record &record);

    /**
     * Changes the given columns of record `id` and sets updated_at. id, uid and created_at
     * never change; updated_at is the store's to set; archived_at changes through archive()
     * and restore(). "No such record" if there is no row `id`. Empty `changes`: only checks
     * that the record exists.
     */
    Status update(const QString &table, qint64 id, const Record &changes);

    /**
     * Soft-deletes record `id`: sets archived_at (and archive_reason, where the table has
     * one). Refused if it is archived already.
     */
    Status archive(const QString &table, qint64 id, const QString &reason = QString());

    /** Clears archived_at (and archive_reason). Refused if the record is not archived. */
    Status restore(const QString &table, qint64 id);

    /** Record `id`, archived or not; "no such record" if there is none. */
    Result<Record> get(const QString &table, qint64 id) const;

    /** The record with `uid`, archived or not, if there is one. */
    Result<std::optional<Record>> findByUid(const QString &table, const QString &uid) const;

    /** The id of the record with `uid`; an error if there is none. */
    Result<qint64> idForUid(const QString &table, const QString &uid) const;

    /** Live records of a small table, ordered by id. See ListOptions. */
    Result<QList<Record>> list(const QString &table) const;
    Result<QList<Record>> list(const QString &table, const ListOptions &options) const;

    /** Live rows of `table` whose `column` equals `value` (a null value: IS NULL). */
    Result<int> countLive(const QString &table, const QString &column, const QVariant &value) const;

    /** Now as the schema writes it: "2024-03-05T08:09:10.123Z". */
    static QString now();

    /**
     * The columns a constraint failure is about, from SQLite's message: "NOT NULL constraint
     * failed: t.c", "UNIQUE constraint failed: t.a, t.b" or "... index 'name'", "CHECK
     * constraint failed: <expression>" (the columns named in the expression). Empty if the
     * message names none (a trigger's RAISE, a foreign key).
     */
    QStringList constraintColumns(const QString &table, const QString &sqliteMessage) const;

    /**
     * An Error for a failed statement: constraint failures get a message naming the table,
     * the column and the reason; everything else goes through SqlErrors.
     */
    Error errorFrom(const QSqlQuery &query, const QString &table, const QString &operation) const;

    /** Errors the repositories share, so that messages read alike. */
    static Error noSuchRecord(const QString &table, qint64 id, const QString &operation);
    static Error invalid(const QString &field, const QString &message, const QString &operation);

private:
    Result<std::shared_ptr<const TableInfo>> recordTable(const QString &table,
                                                         const QString &operation) const;
    Status checkColumns(const TableInfo &info, const Record &record,
                        const QString &operation) const;
    Status checkForeignKeys(const TableInfo &info, const Record &record,
                            const QString &operation) const;
    struct RowState {
        QString updatedAt;
        bool archived = false;
    };
    Result<RowState> rowState(const TableInfo &info, qint64 id, const QString &operation) const;
    /** The record whose column `key` (id or uid, unescaped) is `value`, if there is one. */
    Result<std::optional<Record>> findRecord(const QString &table, const QString &key,
                                             const QVariant &value, const QString &operation) const;
    /**
     * Runs `sql`, an UPDATE of one row ending in "WHERE id = ?", with `values` and then `id`
     * bound; "no such record" if it changed no row.
     */
    Status updateRow(const QString &table, qint64 id, const QString &sql,
                     const QVariantList &values, const QString &operation) const;
    static QString stampAfter(const QString &previous);
    QString escapedTable(const QString &table) const;
    QString escapedField(const QString &column) const;
    /** The table's columns, escaped, for a SELECT list: "id", "uid", ... */
    QString selectColumns(const TableInfo &info) const;

    QSqlDatabase m_db;
};

} // namespace gridbook
