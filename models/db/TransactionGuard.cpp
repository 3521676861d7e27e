// SPDX-License-Identifier: MIT
#include "db/TransactionGuard.h"

#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"

#include <QSqlQuery>

#include <atomic>

namespace gridbook {

namespace {
std::atomic<unsigned> savepointCounter{0};

Status run(QSqlDatabase &db, const QString &sql, const QString &operation)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, operation);
    return {};
}
} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db, QString operation)
    : m_db(std::move(db)), m_operation(std::move(operation))
{
    if (!m_db.isOpen()) {
        m_begun = SqlErrors::notOpen(m_operation);
        return;
    }
    if (SqliteHandle::inTransaction(m_db)) {
        m_savepoint = QStringLiteral("gb_sp_%1").arg(++savepointCounter);
        m_begun = run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, m_operation);
    } else {
        // IMMEDIATE takes the write lock now: a second program waits (busy timeout) or fails
        // here, before any work is done, instead of at commit time.
        m_begun = run(m_db, QStringLiteral("BEGIN IMMEDIATE"), m_operation);
    }
    m_open = m_begun.ok();
}

TransactionGuard::~TransactionGuard()
{
    if (m_open)
        rollback();
}

Status TransactionGuard::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(SqlErrors::notOpen(m_operation)) : m_begun;
    const Status s = m_savepoint.isEmpty()
                         ? run(m_db, QStringLiteral("COMMIT"), m_operation)
                         : run(m_db, QStringLiteral("RELEASE ") + m_savepoint, m_operation);
    if (s.ok())
        m_open = false;
    else
        rollback(); // e.g. disk full at commit: leave the file as it was
    return s;
}

void TransactionGuard::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_savepoint.isEmpty()) {
        if (SqliteHandle::inTransaction(m_db))
            (void)run(m_db, QStringLiteral("ROLLBACK"), m_operation);
    } else {
        (void)run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint, m_operation);
        (void)run(m_db, QStringLiteral("RELEASE ") + m_savepoint, m_operation);
    }
}

} // namespace gridbook
