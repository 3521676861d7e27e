// SPDX-License-Identifier: MIT
#include "db/BulkJournal.h"

#include "db/SqliteHandle.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace gridbook {

namespace {

Q_LOGGING_CATEGORY(lcJournal, "gridbook.db.journal")

/** The value a PRAGMA reads or answers, or an empty string when it failed. */
QString pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

BulkJournal::BulkJournal(QSqlDatabase db) : m_db(std::move(db))
{
    if (SqliteHandle::inTransaction(m_db))
        return; // the journal mode cannot change inside a transaction
    if (pragma(m_db, QStringLiteral("PRAGMA journal_mode")) != QLatin1String("wal"))
        return; // in memory, or a rollback journal already
    m_oldSynchronous = pragma(m_db, QStringLiteral("PRAGMA synchronous"));
    if (m_oldSynchronous.isEmpty())
        return;
    // Fails at once ("database is locked", no busy wait) while another connection is open.
    if (pragma(m_db, QStringLiteral("PRAGMA journal_mode = DELETE")) != QLatin1String("delete")) {
        qCDebug(lcJournal) << "ledger open elsewhere; the bulk write goes through the WAL";
        return;
    }
    // NORMAL is only crash-proof with the WAL; with a rollback journal FULL is.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
        (void)pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        return;
    }
    m_active = true;
}

BulkJournal::~BulkJournal()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL")) != QLatin1String("wal"))
        qCWarning(lcJournal) << "could not go back to the WAL; the ledger's next opening does";
    if (!q.exec(QStringLiteral("PRAGMA synchronous = ") + m_oldSynchronous))
        qCWarning(lcJournal) << "could not put back PRAGMA synchronous";
}

} // namespace gridbook
