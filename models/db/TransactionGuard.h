// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace gridbook {

/**
 * Scoped write transaction: begins on construction, `commit()` makes it stick, leaving the
 * scope without a commit rolls everything back. Nested guards become savepoints, so a
 * repository call can run alone or inside a larger operation (an import) unchanged.
 *
 *     TransactionGuard tx(db, QStringLiteral("save household"));
 *     if (!tx.ok()) return tx.error();
 *     ... writes, returning early on error ...
 *     return tx.commit();
 */
class TransactionGuard {
public:
    TransactionGuard(QSqlDatabase db, QString operation);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    /** False if the transaction could not begin (locked file, read-only, ...). */
    bool ok() const { return m_begun.ok(); }
    const Error &error() const { return m_begun.error(); }

    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_operation;
    QString m_savepoint; // empty for an outermost transaction
    Status m_begun;
    bool m_open = false;
};

} // namespace gridbook
