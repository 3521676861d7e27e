// SPDX-License-Identifier: MIT
#include "document/LedgerDocument.h"

#include "commands/ChangeSet.h"
#include "commands/LedgerCommand.h"
#include "db/SqlErrors.h"
#include "items/AddressRank.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

namespace gridbook {

Result<std::unique_ptr<LedgerDocument>> LedgerDocument::open(const QString &path,
                                                             Database::Options options)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::make_unique<LedgerDocument>(std::move(db).value());
}

Result<std::unique_ptr<LedgerDocument>> LedgerDocument::openInMemory()
{
    auto db = Database::openInMemory();
    if (!db)
        return db.error();
    return std::make_unique<LedgerDocument>(std::move(db).value());
}

LedgerDocument::LedgerDocument(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_store(m_database->connection()),
      m_residents(m_database->connection()), m_households(m_database->connection()),
      m_undoStack(new QUndoStack(this))
{
}

LedgerDocument::~LedgerDocument()
{
    // Address positions built while the ledger was open go into the file for the next open
    // (nothing is built here). A failure (the file locked by another program) loses nothing.
    if (!m_database->isReadOnly())
        (void)AddressRank::storeIfKept(m_database->connection());
    // The commands hold RecordStores on the connection: they go before the Database.
    delete m_undoStack;
    m_undoStack = nullptr;
}

QString LedgerDocument::displayName() const
{
    if (path() == QLatin1String(":memory:"))
        return tr("in-memory ledger");
    return QFileInfo(path()).fileName();
}

bool LedgerDocument::isEmpty() const
{
    QSqlQuery q(m_database->connection());
    return !(q.exec(QStringLiteral("SELECT 1 FROM community LIMIT 1")) && q.next());
}

Status LedgerDocument::push(std::unique_ptr<LedgerCommand> command)
{
    if (Status s = command->execute(); !s)
        return s;
    if (command->changes().isEmpty())
        return {};
    changesWritten(command->changes());
    command->m_skipNextRedo = true;
    m_undoStack->push(command.release());
    return {};
}

void LedgerDocument::reload()
{
    m_undoStack->clear();
    m_store.forgetTableInfo();
    emit reloaded();
}

void LedgerDocument::changesWritten(const ChangeSet &changes)
{
    for (const QString &table : changes.tables()) {
        const QList<qint64> ids = changes.changedIds(table);
        if (!ids.isEmpty())
            emit recordsChanged(table, ids);
    }
}

Result<std::optional<qint64>> LedgerDocument::sampleHousehold(int minMembers,
                                                              int preferMembers) const
{
    // The first household (by id) with the preferred size, else the largest above the minimum:
    // deterministic for a demo ledger, so that screenshots do not change from run to run.
    const QString sql =
        QStringLiteral("SELECT h.id, count(r.id) AS n FROM household h "
                       "JOIN resident r ON r.household_id = h.id AND r.archived_at IS NULL "
                       "WHERE h.archived_at IS NULL AND h.dwelling_id IS NOT NULL "
                       "GROUP BY h.id HAVING n >= ? "
                       "ORDER BY (n = ?) DESC, n DESC, h.id LIMIT 1");
    QSqlQuery q(m_database->connection());
    q.prepare(sql);
    q.addBindValue(minMembers);
    q.addBindValue(preferMembers);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("find sample household"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace gridbook
