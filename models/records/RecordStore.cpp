// SPDX-License-Identifier: MIT
#include "records/RecordStore.h"

#include "db/RecordUid.h"
#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"
#include "db/TransactionGuard.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace gridbook {

namespace {

const QString kId = QStringLiteral("id");
const QString kUid = QStringLiteral("uid");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kArchivedAt = QStringLiteral("archived_at");
const QString kArchiveReason = QStringLiteral("archive_reason");

using TableInfoPtr = std::shared_ptr<const RecordStore::TableInfo>;

/**
 * Table descriptions per connection. The key holds the connection's name and its sqlite3
 * handle, so a connection closed and reopened under the same name starts afresh. Entries of
 * connections that no longer exist are dropped whenever a new connection is described.
 */
struct TableInfoCache {
    QMutex mutex;
    QHash<QString, QHash<QString, TableInfoPtr>> byConnection;
};

TableInfoCache &tableInfoCache()
{
    static TableInfoCache cache;
    return cache;
}

QString connectionKey(const QSqlDatabase &db)
{
    return db.connectionName() + QLatin1Char('#') +
           QString::number(reinterpret_cast<quintptr>(SqliteHandle::of(db)), 16);
}

QString connectionNameOf(const QString &key)
{
    return key.left(key.lastIndexOf(QLatin1Char('#')));
}

/** A value that binds as SQL NULL. */
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    return v.metaType().id() == QMetaType::QString && v.toString().isNull();
}

} // namespace

// ------------------------------------------------------------------------------ TableInfo

bool RecordStore::TableInfo::hasColumn(const QString &name) const
{
    return column(name) != nullptr;
}

const RecordStore::Column *RecordStore::TableInfo::column(const QString &name) const
{
    for (const Column &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList RecordStore::TableInfo::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const Column &c : columns)
        names << c.name;
    return names;
}

// ------------------------------------------------------------------------------ RecordStore

RecordStore::RecordStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString RecordStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString RecordStore::stampAfter(const QString &previous)
{
    const QDateTime current = QDateTime::currentDateTimeUtc();
    QDateTime before = QDateTime::fromString(previous, Qt::ISODateWithMs);
    if (before.isValid()) {
        before = before.toUTC();
        if (current <= before)
            return before.addMSecs(1).toString(Qt::ISODateWithMs);
    }
    return current.toString(Qt::ISODateWithMs);
}

Error RecordStore::noSuchRecord(const QString &table, qint64 id, const QString &operation)
{
    Error e;
    e.message = tr("There is no %1 record with id %2.").arg(table).arg(id);
    e.operation = operation;
    return e;
}

Error RecordStore::invalid(const QString &field, const QString &message, const QString &operation)
{
    Error e;
    e.message = message;
    e.field = field;
    e.operation = operation;
    return e;
}

QString RecordStore::escapedTable(const QString &table) const
{
    return m_db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
}

QString RecordStore::escapedField(const QString &column) const
{
    return m_db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
}

QString RecordStore::selectColumns(const TableInfo &info) const
{
    QStringList columns;
    for (const QString &c : info.columnNames())
        columns << escapedField(c);
    return columns.join(QStringLiteral(", "));
}

void RecordStore::forgetTableInfo() const
{
    TableInfoCache &cache = tableInfoCache();
    const QMutexLocker lock(&cache.mutex);
    cache.byConnection.remove(connectionKey(m_db));
}

Result<std::shared_ptr<const RecordStore::TableInfo>>
RecordStore::tableInfo(const QString &table) const
{
    const QString operation = QStringLiteral("describe table ") + table;
    if (!m_db.isOpen())
        return SqlErrors::notOpen(operation);
    const QString key = connectionKey(m_db);
    TableInfoCache &cache = tableInfoCache();
    {
        const QMutexLocker lock(&cache.mutex);
        const auto connection = cache.byConnection.constFind(key);
        if (connection != cache.byConnection.cend()) {
            const auto found = connection->constFind(table);
            if (found != connection->cend())
                return *found;
        }
    }

    // Table-valued pragmas take the table name as a bound value: nothing is spliced in.
    auto info = std::make_shared<TableInfo>();
    info->name = table;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                 "FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(table);
        if (!q.exec())
            return SqlErrors::fromQuery(q, operation);
        while (q.next()) {
            Column c;
            c.name = q.value(0).toString();
            c.type = q.value(1).toString();
            c.notNull = q.value(2).toInt() != 0;
            c.hasDefault = !q.value(3).isNull();
            c.primaryKey = q.value(4).toInt() != 0;
            info->columns << c;
        }
    }
    if (info->columns.isEmpty()) {
        Error e;
        e.message = tr("The ledger has no table \"%1\".").arg(table);
        e.operation = operation;
        return e;
    }
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" "
                                 "FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
        q.addBindValue(table);
        if (!q.exec())
            return SqlErrors::fromQuery(q, operation);
        QHash<int, QList<ForeignKey>> byId;
        QList<int> order;
        while (q.next()) {
            const int id = q.value(0).toInt();
            if (!byId.contains(id))
                order << id;
            byId[id] << ForeignKey{q.value(2).toString(), q.value(1).toString(),
                                   q.value(3).toString()};
        }
        // Only single-column keys can be checked column by column; the schema has no others.
        for (const int id : order) {
            if (byId[id].size() == 1)
                info->foreignKeys << byId[id].first();
        }
    }
    info->isRecordTable = info->hasColumn(kId) && info->hasColumn(kUid) &&
                          info->hasColumn(kCreatedAt) && info->hasColumn(kUpdatedAt) &&
                          info->hasColumn(kArchivedAt);

    const QStringList connectionNames = QSqlDatabase::connectionNames();
    const QSet<QString> liveConnections(connectionNames.cbegin(), connectionNames.cend());
    const QMutexLocker lock(&cache.mutex);
    if (!cache.byConnection.contains(key)) {
        for (auto it = cache.byConnection.begin(); it != cache.byConnection.end();) {
            if (liveConnections.contains(connectionNameOf(it.key())))
                ++it;
            else
                it = cache.byConnection.erase(it);
        }
    }
    cache.byConnection[key].insert(table, info);
    return TableInfoPtr(info);
}

Result<std::shared_ptr<const RecordStore::TableInfo>>
RecordStore::recordTable(const QString &table, const QString &operation) const
{
    auto info = tableInfo(table);
    if (!info)
        return info.error();
    if (!(*info)->isRecordTable) {
        Error e;
        e.message = tr("\"%1\" is not a ledger record table.").arg(table);
        e.operation = operation;
        return e;
    }
    return info;
}

Status RecordStore::checkColumns(const TableInfo &info, const Record &record,
                                 const QString &operation) const
{
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        if (!info.hasColumn(it.key()))
            return invalid(it.key(), tr("%1 has no field \"%2\".").arg(info.name, it.key()),
                           operation);
    }
    return {};
}

Status RecordStore::checkForeignKeys(const TableInfo &info, const Record &record,
                                     const QString &operation) const
{
    for (const ForeignKey &fk : info.foreignKeys) {
        const auto value = record.constFind(fk.column);
        if (value == record.cend() || isNullValue(*value))
            continue;
        QString parentColumn = fk.parentColumn;
        if (parentColumn.isEmpty()) {
            // REFERENCES parent without a column: the parent's primary key.
            auto parent = tableInfo(fk.parentTable);
            if (!parent)
                return parent.error();
            for (const Column &c : (*parent)->columns) {
                if (c.primaryKey)
                    parentColumn = c.name;
            }
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1")
                      .arg(escapedTable(fk.parentTable), escapedField(parentColumn)));
        q.addBindValue(*value);
        if (!q.exec())
            return SqlErrors::fromQuery(q, operation);
        if (!q.next()) {
            return invalid(fk.column,
                           tr("Field \"%1\" of %2 refers to %3 \"%4\", which does not exist.")
                               .arg(fk.column, info.name, fk.parentTable, value->toString()),
                           operation);
        }
    }
    return {};
}

Result<RecordStore::RowState> RecordStore::rowState(const TableInfo &info, qint64 id,
                                                    const QString &operation) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT updated_at, archived_at FROM %1 WHERE id = ?")
                  .arg(escapedTable(info.name)));
    q.addBindValue(id);
    if (!q.exec())
        return errorFrom(q, info.name, operation);
    if (!q.next())
        return noSuchRecord(info.name, id, operation);
    return RowState{q.value(0).toString(), !q.value(1).isNull()};
}

Result<qint64> RecordStore::insert(const QString &table, const Record &record)
{
    const QString operation = QStringLiteral("insert ") + table;
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    if (Status s = checkColumns(**info, record, operation); !s)
        return s.error();
    if (record.contains(kId))
        return invalid(kId,
                       tr("%1: the id is assigned by the ledger and cannot be given.").arg(table),
                       operation);

    Record values;
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        const Column *column = (*info)->column(it.key());
        // A null for a NOT NULL column with a default means "not given": let SQL fill it.
        if (isNullValue(it.value()) && column->notNull && column->hasDefault)
            continue;
        values.insert(it.key(), it.value());
    }
    const QString uid = values.value(kUid).toString();
    if (uid.isEmpty())
        values.insert(kUid, RecordUid::create());
    else if (!RecordUid::isValid(uid))
        return invalid(kUid, tr("%1: \"%2\" is not a valid record uid.").arg(table, uid),
                       operation);

    TransactionGuard tx(m_db, operation);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkForeignKeys(**info, values, operation); !s)
        return s.error();

    QStringList names;
    QStringList marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << escapedField(it.key());
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(escapedTable(table), names.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", ")));
    if (!q.prepare(sql))
        return errorFrom(q, table, operation);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.addBindValue(it.value());
    if (!q.exec())
        return errorFrom(q, table, operation);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RecordStore::update(const QString &table, qint64 id, const Record &changes)
{
    const QString operation = QStringLiteral("update ") + table;
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    if (Status s = checkColumns(**info, changes, operation); !s)
        return s;
    for (const QString &fixed : {kId, kUid, kCreatedAt}) {
        if (changes.contains(fixed))
            return invalid(fixed, tr("%1: the field \"%2\" cannot be changed.").arg(table, fixed),
                           operation);
    }
    if (changes.contains(kUpdatedAt))
        return invalid(kUpdatedAt,
                       tr("%1: \"updated_at\" is set by the ledger on every change.").arg(table),
                       operation);
    if (changes.contains(kArchivedAt))
        return invalid(kArchivedAt,
                       tr("%1: \"archived_at\" changes only by archiving or restoring the "
                          "record.")
                           .arg(table),
                       operation);

    TransactionGuard tx(m_db, operation);
    if (!tx.ok())
        return tx.error();
    auto state = rowState(**info, id, operation);
    if (!state)
        return state.error();
    if (changes.isEmpty())
        return tx.commit();
    if (Status s = checkForeignKeys(**info, changes, operation); !s)
        return s;

    QStringList assignments;
    QVariantList values;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        assignments << escapedField(it.key()) + QStringLiteral(" = ?");
        values << it.value();
    }
    assignments << QStringLiteral("updated_at = ?");
    values << stampAfter(state->updatedAt);
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(escapedTable(table), assignments.join(QStringLiteral(", ")));
    if (Status s = updateRow(table, id, sql, values, operation); !s)
        return s;
    return tx.commit();
}

Status RecordStore::archive(const QString &table, qint64 id, const QString &reason)
{
    const QString operation = QStringLiteral("archive ") + table;
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    TransactionGuard tx(m_db, operation);
    if (!tx.ok())
        return tx.error();
    auto state = rowState(**info, id, operation);
    if (!state)
        return state.error();
    if (state->archived)
        return invalid(kArchivedAt,
                       tr("The %1 record with id %2 is archived already.").arg(table).arg(id),
                       operation);

    const bool hasReason = (*info)->hasColumn(kArchiveReason);
    const QString stamp = stampAfter(state->updatedAt);
    const QString sql =
        QStringLiteral("UPDATE %1 SET archived_at = ?, updated_at = ?%2 WHERE id = ?")
            .arg(escapedTable(table),
                 hasReason ? QStringLiteral(", archive_reason = ?") : QString());
    QVariantList values{stamp, stamp};
    if (hasReason)
        values << (reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed()));
    if (Status s = updateRow(table, id, sql, values, operation); !s)
        return s;
    return tx.commit();
}

Status RecordStore::restore(const QString &table, qint64 id)
{
    const QString operation = QStringLiteral("restore ") + table;
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    TransactionGuard tx(m_db, operation);
    if (!tx.ok())
        return tx.error();
    auto state = rowState(**info, id, operation);
    if (!state)
        return state.error();
    if (!state->archived)
        return invalid(kArchivedAt,
                       tr("The %1 record with id %2 is not archived.").arg(table).arg(id),
                       operation);

    const bool hasReason = (*info)->hasColumn(kArchiveReason);
    const QString sql =
        QStringLiteral("UPDATE %1 SET archived_at = NULL, updated_at = ?%2 WHERE id = ?")
            .arg(escapedTable(table),
                 hasReason ? QStringLiteral(", archive_reason = NULL") : QString());
    if (Status s = updateRow(table, id, sql, {stampAfter(state->updatedAt)}, operation); !s)
        return s;
    return tx.commit();
}

Status RecordStore::updateRow(const QString &table, qint64 id, const QString &sql,
                              const QVariantList &values, const QString &operation) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return errorFrom(q, table, operation);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec())
        return errorFrom(q, table, operation);
    if (q.numRowsAffected() == 0)
        return noSuchRecord(table, id, operation);
    return {};
}

namespace {

Record recordFrom(const QSqlQuery &q)
{
    Record r;
    const QSqlRecord row = q.record();
    for (int i = 0; i < row.count(); ++i)
        r.insert(row.fieldName(i), row.value(i));
    return r;
}

} // namespace

Result<std::optional<Record>> RecordStore::findRecord(const QString &table, const QString &key,
                                                      const QVariant &value,
                                                      const QString &operation) const
{
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                  .arg(selectColumns(**info), escapedTable(table), key));
    q.addBindValue(value);
    if (!q.exec())
        return errorFrom(q, table, operation);
    if (!q.next())
        return std::optional<Record>();
    return std::optional<Record>(recordFrom(q));
}

Result<Record> RecordStore::get(const QString &table, qint64 id) const
{
    const QString operation = QStringLiteral("read ") + table;
    auto found = findRecord(table, kId, id, operation);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchRecord(table, id, operation);
    return std::move(**found);
}

Result<std::optional<Record>> RecordStore::findByUid(const QString &table, const QString &uid) const
{
    return findRecord(table, kUid, uid,
                      QStringLiteral("find ") + table + QStringLiteral(" by uid"));
}

Result<qint64> RecordStore::idForUid(const QString &table, const QString &uid) const
{
    const QString operation = QStringLiteral("find ") + table + QStringLiteral(" by uid");
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(escapedTable(table)));
    q.addBindValue(uid);
    if (!q.exec())
        return errorFrom(q, table, operation);
    if (!q.next())
        return invalid(kUid, tr("There is no %1 record with uid %2.").arg(table, uid), operation);
    return q.value(0).toLongLong();
}

Result<QList<Record>> RecordStore::list(const QString &table) const
{
    return list(table, ListOptions{});
}

Result<QList<Record>> RecordStore::list(const QString &table, const ListOptions &options) const
{
    const QString operation = QStringLiteral("list ") + table;
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    if (Status s = checkColumns(**info, options.equals, operation); !s)
        return s.error();
    for (const SortKey &key : options.orderBy) {
        if (!(*info)->hasColumn(key.column))
            return invalid(key.column, tr("%1 has no field \"%2\".").arg(table, key.column),
                           operation);
    }

    QStringList where;
    if (!options.includeArchived)
        where << QStringLiteral("archived_at IS NULL");
    QVariantList values;
    for (auto it = options.equals.cbegin(); it != options.equals.cend(); ++it) {
        if (isNullValue(it.value())) {
            where << escapedField(it.key()) + QStringLiteral(" IS NULL");
        } else {
            where << escapedField(it.key()) + QStringLiteral(" = ?");
            values << it.value();
        }
    }
    QStringList order;
    for (const SortKey &key : options.orderBy)
        order << escapedField(key.column) +
                     (key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    order << QStringLiteral("id ASC");

    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(selectColumns(**info), escapedTable(table));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    if (options.limit >= 0)
        sql += QStringLiteral(" LIMIT ?");

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q, table, operation);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (options.limit >= 0)
        q.addBindValue(options.limit);
    if (!q.exec())
        return errorFrom(q, table, operation);
    QList<Record> rows;
    while (q.next())
        rows << recordFrom(q);
    return rows;
}

Result<int> RecordStore::countLive(const QString &table, const QString &column,
                                   const QVariant &value) const
{
    const QString operation = QStringLiteral("count ") + table;
    auto info = recordTable(table, operation);
    if (!info)
        return info.error();
    if (!(*info)->hasColumn(column))
        return invalid(column, tr("%1 has no field \"%2\".").arg(table, column), operation);
    QSqlQuery q(m_db);
    const bool isNull = isNullValue(value);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE archived_at IS NULL AND %2 %3")
                  .arg(escapedTable(table), escapedField(column),
                       isNull ? QStringLiteral("IS NULL") : QStringLiteral("= ?")));
    if (!isNull)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return errorFrom(q, table, operation);
    return q.value(0).toInt();
}

QStringList RecordStore::constraintColumns(const QString &table, const QString &sqliteMessage) const
{
    const qsizetype colon = sqliteMessage.indexOf(QLatin1String(": "));
    if (colon < 0)
        return {};
    const QString kind = sqliteMessage.left(colon);
    const QString rest = sqliteMessage.mid(colon + 2).trimmed();
    QStringList columns;

    if (kind.contains(QLatin1String("NOT NULL")) || kind.contains(QLatin1String("UNIQUE"))) {
        static const QRegularExpression indexName(QStringLiteral("^index '([^']+)'$"));
        const QRegularExpressionMatch m = indexName.match(rest);
        if (m.hasMatch()) {
            // A unique index on expressions (dwelling_room): its plain columns.
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT name FROM pragma_index_info(?) "
                                     "WHERE name IS NOT NULL ORDER BY seqno"));
            q.addBindValue(m.captured(1));
            if (q.exec()) {
                while (q.next())
                    columns << q.value(0).toString();
            }
            return columns;
        }
        // "t.a, t.b"
        for (const QString &part : rest.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            const qsizetype dot = part.lastIndexOf(QLatin1Char('.'));
            columns << (dot >= 0 ? part.mid(dot + 1) : part);
        }
        return columns;
    }

    if (kind.contains(QLatin1String("CHECK"))) {
        // The expression as written in the schema: the columns it names, in order, outside
        // string literals ('closed', 'accepted', ...).
        auto info = tableInfo(table);
        if (!info)
            return {};
        QString expression = rest;
        static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
        expression.replace(literal, QStringLiteral("''"));
        static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
        auto it = identifier.globalMatch(expression);
        while (it.hasNext()) {
            const QString word = it.next().captured(0);
            if ((*info)->hasColumn(word) && !columns.contains(word))
                columns << word;
        }
    }
    return columns;
}

Error RecordStore::errorFrom(const QSqlQuery &query, const QString &table,
                             const QString &operation) const
{
    Error e = SqlErrors::fromQuery(query, operation);
    const QSqlError sqlError = query.lastError();
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    if (!ok || (code & 0xff) != SQLITE_CONSTRAINT)
        return e;

    const QString cause = sqlError.databaseText();
    const QStringList columns = constraintColumns(table, cause);
    if (columns.isEmpty())
        return e; // a trigger's RAISE message or a foreign key: SqlErrors words it
    const QString names = columns.join(QStringLiteral(", "));
    e.field = columns.first();
    if (cause.startsWith(QLatin1String("NOT NULL"))) {
        e.message = tr("Field \"%1\" of %2 is required.").arg(names, table);
    } else if (cause.startsWith(QLatin1String("UNIQUE"))) {
        e.message = tr("Another %1 record already has the same %2.").arg(table, names);
    } else if (cause.startsWith(QLatin1String("CHECK"))) {
        const QString rule = cause.mid(cause.indexOf(QLatin1String(": ")) + 2).simplified();
        e.message =
            columns.size() == 1
                ? tr("Field \"%1\" of %2 has a value that is not allowed (rule: %3).")
                      .arg(names, table, rule)
                : tr("Fields %1 of %2 do not fit together (rule: %3).").arg(names, table, rule);
    }
    return e;
}

} // namespace gridbook
