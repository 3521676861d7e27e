// SPDX-License-Identifier: MIT
#include "commands/ChangeSet.h"

#include "db/SqlErrors.h"
#include "db/TransactionGuard.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace gridbook {

namespace {

const QString kId = QStringLiteral("id");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kArchivedAt = QStringLiteral("archived_at");

/** A stamp later than both sides, so that an undone or redone row is the newest version. */
QString stampAfter(const Record &a, const Record &b)
{
    const QString previous =
        std::max(a.value(kUpdatedAt).toString(), b.value(kUpdatedAt).toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime before = QDateTime::fromString(previous, Qt::ISODateWithMs);
    if (before.isValid() && now <= before.toUTC())
        return before.toUTC().addMSecs(1).toString(Qt::ISODateWithMs);
    return now.toString(Qt::ISODateWithMs);
}

bool sameRow(const std::optional<Record> &a, const std::optional<Record> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || *a == *b;
}

} // namespace

ChangeSet::ChangeSet(RecordStore store) : m_store(std::move(store)) {}

ChangeSet::TableRows &ChangeSet::rowsOf(const QString &table)
{
    for (TableRows &rows : m_tables) {
        if (rows.table == table)
            return rows;
    }
    m_tables.append(TableRows{table, {}, {}, {}});
    return m_tables.last();
}

Result<std::optional<Record>> ChangeSet::read(const QString &table, qint64 id) const
{
    const QSqlDatabase db = m_store.connection();
    const QString sql = QStringLiteral("SELECT * FROM %1 WHERE id = ?")
                            .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName));
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("read ") + table);
    if (!q.next())
        return std::optional<Record>();
    Record row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return std::optional<Record>(row);
}

Result<QList<qint64>> ChangeSet::idsWhere(const QString &table, const QString &column,
                                          const QVariant &value) const
{
    auto info = m_store.tableInfo(table);
    if (!info)
        return info.error();
    if (!(*info)->hasColumn(column)) {
        return RecordStore::invalid(column, tr("%1 has no field \"%2\".").arg(table, column),
                                    QStringLiteral("watch ") + table);
    }
    const QSqlDatabase db = m_store.connection();
    const QSqlDriver *driver = db.driver();
    const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                            .arg(driver->escapeIdentifier(table, QSqlDriver::TableName),
                                 driver->escapeIdentifier(column, QSqlDriver::FieldName));
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("watch ") + table);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status ChangeSet::watch(const QString &table, qint64 id)
{
    TableRows &rows = rowsOf(table);
    if (rows.before.contains(id))
        return {};
    auto row = read(table, id);
    if (!row)
        return row.error();
    rows.before.insert(id, *row);
    return {};
}

Status ChangeSet::watchWhere(const QString &table, const QString &column, const QVariant &value)
{
    auto ids = idsWhere(table, column, value);
    if (!ids)
        return ids.error();
    rowsOf(table).wheres.append({column, value});
    for (qint64 id : *ids) {
        if (Status s = watch(table, id); !s)
            return s;
    }
    return {};
}

void ChangeSet::created(const QString &table, qint64 id)
{
    rowsOf(table).before.insert(id, std::nullopt);
}

Status ChangeSet::capture()
{
    for (TableRows &rows : m_tables) {
        // Rows that match a watched condition now but did not before were created.
        for (const auto &[column, value] : std::as_const(rows.wheres)) {
            auto ids = idsWhere(rows.table, column, value);
            if (!ids)
                return ids.error();
            for (qint64 id : *ids) {
                if (!rows.before.contains(id))
                    rows.before.insert(id, std::nullopt);
            }
        }
        rows.after.clear();
        for (auto it = rows.before.cbegin(); it != rows.before.cend(); ++it) {
            auto row = read(rows.table, it.key());
            if (!row)
                return row.error();
            rows.after.insert(it.key(), *row);
        }
    }
    m_captured = true;
    return {};
}

bool ChangeSet::isEmpty() const
{
    for (const TableRows &rows : m_tables) {
        for (auto it = rows.before.cbegin(); it != rows.before.cend(); ++it) {
            if (!sameRow(it.value(), rows.after.value(it.key())))
                return false;
        }
    }
    return true;
}

QStringList ChangeSet::tables() const
{
    QStringList names;
    for (const TableRows &rows : m_tables)
        names << rows.table;
    return names;
}

QList<qint64> ChangeSet::changedIds(const QString &table) const
{
    QList<qint64> ids;
    for (const TableRows &rows : m_tables) {
        if (rows.table != table)
            continue;
        for (auto it = rows.before.cbegin(); it != rows.before.cend(); ++it) {
            if (!sameRow(it.value(), rows.after.value(it.key())))
                ids << it.key();
        }
    }
    return ids;
}

Status ChangeSet::restoreBefore() const
{
    return write(false);
}

Status ChangeSet::restoreAfter() const
{
    return write(true);
}

Status ChangeSet::write(bool after) const
{
    const QString operation = after ? QStringLiteral("redo") : QStringLiteral("undo");
    if (!m_captured) {
        Error e;
        e.message = tr("The change cannot be repeated: it was never completed.");
        e.operation = operation;
        return e;
    }
    const QSqlDatabase db = m_store.connection();
    const QSqlDriver *driver = db.driver();
    TransactionGuard tx(db, operation);
    if (!tx.ok())
        return tx.error();
    {
        // Parents and children are written table by table; foreign keys are checked once, at
        // the end, so that the order within a table never matters.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return SqlErrors::fromQuery(q, operation);
    }

    auto target = [after](const TableRows &rows, qint64 id) {
        return after ? rows.after.value(id) : rows.before.value(id);
    };
    auto source = [after](const TableRows &rows, qint64 id) {
        return after ? rows.before.value(id) : rows.after.value(id);
    };
    auto escapedTable = [driver](const QString &table) {
        return driver->escapeIdentifier(table, QSqlDriver::TableName);
    };
    auto escapedField = [driver](const QString &column) {
        return driver->escapeIdentifier(column, QSqlDriver::FieldName);
    };

    // 1. Rows that must not exist, children first.
    for (auto t = m_tables.crbegin(); t != m_tables.crend(); ++t) {
        for (auto it = t->before.cbegin(); it != t->before.cend(); ++it) {
            const qint64 id = it.key();
            if (target(*t, id) || !source(*t, id))
                continue;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(escapedTable(t->table)));
            q.addBindValue(id);
            if (!q.exec())
                return m_store.errorFrom(q, t->table, operation);
        }
    }

    // 2. Rows that change are first parked as archived, so that partial unique indexes
    //    ("one live head per household", "one live membership") cannot collide while the
    //    rows pass through states in between.
    for (const TableRows &rows : m_tables) {
        for (auto it = rows.before.cbegin(); it != rows.before.cend(); ++it) {
            const auto to = target(rows, it.key());
            const auto from = source(rows, it.key());
            if (!to || !from || sameRow(to, from) || !to->contains(kArchivedAt))
                continue;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE %1 SET archived_at = ifnull(archived_at, ?) "
                                     "WHERE id = ?")
                          .arg(escapedTable(rows.table)));
            q.addBindValue(stampAfter(*to, *from));
            q.addBindValue(it.key());
            if (!q.exec())
                return m_store.errorFrom(q, rows.table, operation);
        }
    }

    // 3. Rows as they should be, parents first.
    for (const TableRows &rows : m_tables) {
        for (auto it = rows.before.cbegin(); it != rows.before.cend(); ++it) {
            const qint64 id = it.key();
            const auto to = target(rows, id);
            const auto from = source(rows, id);
            if (!to || sameRow(to, from))
                continue;
            QSqlQuery q(db);
            if (!from) {
                QStringList columns, marks;
                for (auto c = to->cbegin(); c != to->cend(); ++c) {
                    columns << escapedField(c.key());
                    marks << QStringLiteral("?");
                }
                q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(escapedTable(rows.table), columns.join(QStringLiteral(", ")),
                                   marks.join(QStringLiteral(", "))));
                for (auto c = to->cbegin(); c != to->cend(); ++c)
                    q.addBindValue(c.value());
            } else {
                QStringList sets;
                for (auto c = to->cbegin(); c != to->cend(); ++c) {
                    if (c.key() != kId)
                        sets << escapedField(c.key()) + QStringLiteral(" = ?");
                }
                q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                              .arg(escapedTable(rows.table), sets.join(QStringLiteral(", "))));
                for (auto c = to->cbegin(); c != to->cend(); ++c) {
                    if (c.key() == kId)
                        continue;
                    q.addBindValue(c.key() == kUpdatedAt ? QVariant(stampAfter(*to, *from))
                                                         : c.value());
                }
                q.addBindValue(id);
            }
            if (!q.exec())
                return m_store.errorFrom(q, rows.table, operation);
        }
    }
    return tx.commit();
}

} // namespace gridbook
