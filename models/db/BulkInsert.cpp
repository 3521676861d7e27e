// SPDX-License-Identifier: MIT
#include "db/BulkInsert.h"

#include "db/SqlErrors.h"
#include "db/SqlIdentifier.h"
#include "db/SqliteHandle.h"

#include <sqlite3.h>

#include <algorithm>

namespace gridbook {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                       int rowsPerStatement)
    : m_db(SqliteHandle::of(db)), m_table(table), m_columns(static_cast<int>(columns.size())),
      m_batch(std::max(1, rowsPerStatement)),
      m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    if (!m_db) {
        m_status = SqlErrors::notOpen(QStringLiteral("bulk insert into ") + table);
        return;
    }
    QStringList names;
    QStringList marks;
    for (const QString &c : columns) {
        names << quotedIdentifier(c);
        marks << QStringLiteral("?");
    }
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                             .arg(quotedIdentifier(table), names.join(QLatin1String(", ")));
    const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    m_single = prepare(head + row);
    if (m_batch > 1) {
        QStringList rows;
        for (int i = 0; i < m_batch; ++i)
            rows << row;
        m_multi = prepare(head + rows.join(QLatin1String(", ")));
        m_pending.reserve(std::size_t(m_batch * m_columns));
    }
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_single);
    sqlite3_finalize(m_multi);
}

sqlite3_stmt *BulkInsert::prepare(const QString &sql)
{
    if (!m_status)
        return nullptr;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        m_status = SqlErrors::fromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db)),
                                       QStringLiteral("bulk insert into ") + m_table, sql);
    return statement;
}

Status BulkInsert::insert(const SqlValue *values, std::size_t count)
{
    if (!m_status)
        return m_status;
    if (static_cast<int>(count) != m_columns) {
        Error e;
        e.message = QStringLiteral("internal error: %1 values for %2 columns")
                        .arg(count)
                        .arg(m_columns);
        e.operation = QStringLiteral("bulk insert into ") + m_table;
        return e;
    }
    if (m_batch == 1)
        return run(m_single, values, 1);
    m_pending.insert(m_pending.end(), values, values + count);
    if (m_pending.size() < std::size_t(m_batch * m_columns))
        return {};
    const Status s = run(m_multi, m_pending.data(), m_batch);
    m_pending.clear();
    return s;
}

Status BulkInsert::finish()
{
    if (!m_status)
        return m_status;
    Status s;
    for (std::size_t at = 0; at < m_pending.size() && s.ok(); at += std::size_t(m_columns))
        s = run(m_single, m_pending.data() + at, 1);
    m_pending.clear();
    return s;
}

Status BulkInsert::run(sqlite3_stmt *statement, const SqlValue *values, int rows)
{
    const std::size_t count = std::size_t(rows * m_columns);
    // Text is bound as UTF-8 (the file's encoding) from one buffer kept between statements:
    // binding UTF-16 made SQLite allocate and convert a copy of every value. The buffer is
    // sized before any value is written, so the pointers bound stay valid until the step.
    std::size_t space = 1; // never a null pointer: that would bind NULL, not ''
    for (const SqlValue *p = values; p != values + count; ++p)
        if (const auto *s = std::get_if<QString>(p))
            space += std::size_t(s->size()) * 3; // at most 3 bytes per UTF-16 unit
    if (m_text.size() < space)
        m_text.resize(space);
    char *out = m_text.data();
    int i = 1;
    for (const SqlValue *p = values; p != values + count; ++p) {
        const SqlValue &v = *p;
        if (const auto *n = std::get_if<qint64>(&v)) {
            sqlite3_bind_int64(statement, i, *n);
        } else if (const auto *d = std::get_if<double>(&v)) {
            sqlite3_bind_double(statement, i, *d);
        } else if (const auto *s = std::get_if<QString>(&v)) {
            char *const begin = out;
            out = m_encoder.appendToBuffer(out, *s);
            sqlite3_bind_text(statement, i, begin, static_cast<int>(out - begin), SQLITE_STATIC);
        } else {
            sqlite3_bind_null(statement, i);
        }
        ++i;
    }
    const int rc = sqlite3_step(statement);
    Status result;
    if (rc != SQLITE_DONE)
        result = SqlErrors::fromCode(sqlite3_extended_errcode(m_db),
                                     QString::fromUtf8(sqlite3_errmsg(m_db)),
                                     QStringLiteral("bulk insert into ") + m_table, QString());
    else
        m_rows += rows;
    // Every parameter is bound again for the next statement; the bindings need no clearing.
    sqlite3_reset(statement);
    return result;
}

} // namespace gridbook
