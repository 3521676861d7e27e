// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "records/HouseholdRepository.h"
#include "records/RecordStore.h"
#include "records/ResidentRepository.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace gridbook {

class ChangeSet;
class LedgerCommand;

/**
 * One open ledger file as the desktop app edits it: the Database, the repositories over its
 * connection, and the one QUndoStack of the user's actions on it. Views change records only
 * by pushing LedgerCommands here; whenever rows change (an action, its undo or redo, or work
 * done outside, such as filling in the demo community) the document says which, so that
 * models and open forms can refresh.
 *
 * Lives on the thread that opened it (the connection is bound to that thread).
 */
class LedgerDocument : public QObject {
    Q_OBJECT
public:
    /** Opens (creating and migrating if need be) the ledger at `path`. */
    static Result<std::unique_ptr<LedgerDocument>> open(const QString &path,
                                                        Database::Options options = {});
    /** A private in-memory ledger, for tests. */
    static Result<std::unique_ptr<LedgerDocument>> openInMemory();

    explicit LedgerDocument(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~LedgerDocument() override;

    Database &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ResidentRepository &residents() { return m_residents; }
    HouseholdRepository &households() { return m_households; }
    RecordStore &store() { return m_store; }

    QString path() const { return m_database->path(); }
    /** The file name for titles, or "in-memory ledger". */
    QString displayName() const;
    bool isReadOnly() const { return m_database->isReadOnly(); }

    /** True if the ledger holds no community yet (a new file). */
    bool isEmpty() const;

    /**
     * Runs the command's action; on success it goes on the undo stack (done), unless it
     * changed nothing. On failure nothing is changed and the command is dropped.
     */
    Status push(std::unique_ptr<LedgerCommand> command);

    /**
     * Forgets cached state after rows were written outside the undo stack (another
     * connection, e.g. the demo generator on a worker thread): clears the undo stack, whose
     * recorded rows may no longer be current, and emits reloaded().
     */
    void reload();

    /**
     * A live household with at least `minMembers` live members, preferring one with the
     * most members up to `preferMembers`: the household form's screenshot shows one.
     */
    Result<std::optional<qint64>> sampleHousehold(int minMembers, int preferMembers) const;

signals:
    /** Rows of `table` were created, changed or deleted (by an action, undo or redo). */
    void recordsChanged(const QString &table, const QList<qint64> &ids);
    /** Everything may have changed: re-read it all. */
    void reloaded();
    /** An undo or redo could not be written (another program changed the rows meanwhile). */
    void commandFailed(const gridbook::Error &error);

private:
    void changesWritten(const ChangeSet &changes);

    std::unique_ptr<Database> m_database;
    RecordStore m_store;
    ResidentRepository m_residents;
    HouseholdRepository m_households;
    QUndoStack *m_undoStack = nullptr;

    friend class LedgerCommand;
};

} // namespace gridbook
