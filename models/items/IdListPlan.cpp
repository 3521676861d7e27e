// SPDX-License-Identifier: MIT
#include "items/IdListPlan.h"

#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"
#include "items/AddressRank.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

#include <sqlite3.h>

namespace gridbook {

Q_DECLARE_LOGGING_CATEGORY(lcItems)

namespace {

/** A prepared statement that finalizes itself. */
class Statement {
public:
    Statement(sqlite3 *db, const SqlStatement &statement, const QString &operation)
        : m_db(db), m_sql(statement.sql), m_operation(operation)
    {
        const QByteArray utf8 = statement.sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
            SQLITE_OK) {
            m_error = failure();
            return;
        }
        int i = 0;
        for (const QVariant &value : statement.values) {
            ++i;
            int rc = SQLITE_OK;
            switch (value.isNull() ? QMetaType::UnknownType : value.metaType().id()) {
            case QMetaType::UnknownType:
                rc = sqlite3_bind_null(m_statement, i);
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_statement, i, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, i, value.toDouble());
                break;
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text64(m_statement, i, text.constData(), quint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
            if (rc != SQLITE_OK) {
                m_error = failure();
                return;
            }
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    sqlite3_stmt *handle() const { return m_statement; }

    Error failure() const
    {
        return SqlErrors::fromCode(sqlite3_extended_errcode(m_db),
                                   QString::fromUtf8(sqlite3_errmsg(m_db)), m_operation, m_sql);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QString m_operation;
    std::optional<Error> m_error;
};

/** Installs a progress handler that interrupts the connection's statements on cancel. */
class CancelHook {
public:
    CancelHook(sqlite3 *db, const IdListReceiver &receiver) : m_db(db)
    {
        sqlite3_progress_handler(db, 2000, &CancelHook::check,
                                 const_cast<IdListReceiver *>(&receiver));
    }
    ~CancelHook() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    CancelHook(const CancelHook &) = delete;
    CancelHook &operator=(const CancelHook &) = delete;

private:
    static int check(void *receiver)
    {
        return static_cast<const IdListReceiver *>(receiver)->cancelled() ? 1 : 0;
    }
    sqlite3 *m_db;
};

/** A read transaction around a run: SAVEPOINT nests inside a caller's transaction. */
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3 *db) : m_db(db)
    {
        m_open =
            sqlite3_exec(db, "SAVEPOINT gridbook_id_list", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db, "RELEASE gridbook_id_list", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db;
    bool m_open = false;
};

Error cancelledError(const QString &operation)
{
    Error e;
    e.message = IdListPlan::cancelledMessage();
    e.operation = operation;
    return e;
}

} // namespace

QString IdListPlan::cancelledMessage()
{
    return tr("The list was not loaded: a newer search replaced it.");
}

Status IdListPlan::run(const QSqlDatabase &db, IdListReceiver &receiver, int firstChunk) const
{
    const QString operation = QStringLiteral("list ids (%1)").arg(strategy);
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        return SqlErrors::notOpen(operation);
    if (addressRanks) {
        if (Status s = AddressRank::install(handle, addressRanks); !s)
            return s;
    }
    CancelHook hook(handle, receiver);
    ReadSnapshot snapshot(handle);

    // Later chunks: big enough that a million ids arrive in a few dozen signals, small and
    // frequent enough that scrolling far down soon finds its rows.
    constexpr qsizetype kChunk = 65536;
    constexpr qint64 kChunkMs = 100;
    // A list still running this long after it started is counted separately.
    constexpr qint64 kCountAfterMs = 20;

    QElapsedTimer started;
    started.start();
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    QList<qint64> buffer;
    buffer.reserve(firstChunk);
    bool firstSent = false;
    bool countSent = count.isEmpty();

    auto flush = [&] {
        if (!firstSent)
            qCDebug(lcItems) << "list" << strategy << "first ids after" << started.elapsed()
                             << "ms";
        receiver.received(buffer);
        buffer.clear();
        firstSent = true;
        sinceFlush.restart();
    };

    // With a head statement, the first screen comes from it and the same ids are skipped when
    // the full list repeats them (same snapshot, same total order).
    qsizetype skip = 0;
    if (!head.isEmpty()) {
        Statement statement(handle, head, operation);
        if (!statement.ok())
            return receiver.cancelled() ? cancelledError(operation) : statement.error();
        int rc;
        while ((rc = sqlite3_step(statement.handle())) == SQLITE_ROW)
            buffer.append(sqlite3_column_int64(statement.handle(), 0));
        if (rc != SQLITE_DONE)
            return receiver.cancelled() || rc == SQLITE_INTERRUPT ? cancelledError(operation)
                                                                  : statement.failure();
        skip = buffer.size();
        flush();
        if (!countSent) {
            auto total = scalar(db, count);
            if (!total)
                return receiver.cancelled() ? cancelledError(operation) : Status(total);
            receiver.counted(*total);
            countSent = true;
        }
    }

    for (const SqlStatement &part : parts) {
        Statement statement(handle, part, operation);
        if (!statement.ok())
            return receiver.cancelled() ? cancelledError(operation) : statement.error();
        int rc;
        while ((rc = sqlite3_step(statement.handle())) == SQLITE_ROW) {
            if (skip > 0) {
                --skip;
                continue;
            }
            buffer.append(sqlite3_column_int64(statement.handle(), 0));
            if (!firstSent) {
                if (buffer.size() >= firstChunk)
                    flush();
                continue;
            }
            if ((buffer.size() & 1023) != 0)
                continue;
            if (!countSent && started.elapsed() > kCountAfterMs) {
                auto total = scalar(db, count);
                if (!total)
                    return receiver.cancelled() ? cancelledError(operation) : Status(total);
                receiver.counted(*total);
                countSent = true;
            }
            if (buffer.size() >= kChunk || sinceFlush.elapsed() > kChunkMs)
                flush();
        }
        if (rc != SQLITE_DONE)
            return receiver.cancelled() || rc == SQLITE_INTERRUPT ? cancelledError(operation)
                                                                  : statement.failure();
    }
    if (!buffer.isEmpty() || !firstSent)
        flush();
    return {};
}

Result<QList<qint64>> IdListPlan::ids(const QSqlDatabase &db) const
{
    IdListCollector collector;
    if (Status s = run(db, collector); !s)
        return s.error();
    return collector.takeIds();
}

Result<qint64> IdListPlan::rowCount(const QSqlDatabase &db) const
{
    if (!count.isEmpty())
        return scalar(db, count);
    auto all = ids(db);
    if (!all)
        return all.error();
    return qint64(all->size());
}

Result<qint64> IdListPlan::scalar(const QSqlDatabase &db, const SqlStatement &statement)
{
    const QString operation = QStringLiteral("count");
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        return SqlErrors::notOpen(operation);
    Statement s(handle, statement, operation);
    if (!s.ok())
        return s.error();
    const int rc = sqlite3_step(s.handle());
    if (rc == SQLITE_ROW)
        return qint64(sqlite3_column_int64(s.handle(), 0));
    if (rc == SQLITE_DONE)
        return qint64(0);
    return s.failure();
}

Result<qint64> IdListPlan::countAtMost(const QSqlDatabase &db, const SqlStatement &select,
                                       qint64 cap)
{
    return scalar(db, SqlStatement(QStringLiteral("SELECT count(*) FROM (")) + select +
                          SqlStatement(QStringLiteral(" LIMIT ?)"), {cap + 1}));
}

QString IdListPlan::jsonArray(const QList<qint64> &values)
{
    QString text = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += QString::number(values[i]);
    }
    return text + QLatin1Char(']');
}

QString IdListPlan::jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace gridbook
