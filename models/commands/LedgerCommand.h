// SPDX-License-Identifier: MIT
#pragma once

#include "commands/ChangeSet.h"
#include "common/Result.h"

#include <QUndoCommand>

namespace gridbook {

class LedgerDocument;

/**
 * The base of every undoable user action on a ledger. A subclass does its action once, in
 * perform(), through the repositories (which validate and keep the rules), after telling the
 * ChangeSet which rows it is about to touch. Undo and redo then write the recorded rows back
 * without running the action again, so they cannot fail on a rule that held the first time.
 *
 * Commands refer to records by id only. LedgerDocument::push() runs execute() and puts the
 * command on the stack only when it succeeded and changed something.
 */
class LedgerCommand : public QUndoCommand {
public:
    explicit LedgerCommand(LedgerDocument &document);

    /** The first run: perform() inside one transaction, then the after-state is captured. */
    Status execute();

    void undo() override;
    void redo() override;

    /** The rows this command changed. */
    const ChangeSet &changes() const { return m_changes; }

protected:
    /** Does the action. Call changes.watch()/watchWhere() before changing a row. */
    virtual Status perform(ChangeSet &changes) = 0;

    LedgerDocument &document() const { return m_document; }

private:
    void failed(const Error &error);

    LedgerDocument &m_document;
    ChangeSet m_changes;
    bool m_executed = false;
    bool m_skipNextRedo = false;

    friend class LedgerDocument;
};

} // namespace gridbook
