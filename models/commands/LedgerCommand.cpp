// SPDX-License-Identifier: MIT
#include "commands/LedgerCommand.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "document/LedgerDocument.h"

#include <QTimer>

namespace gridbook {

LedgerCommand::LedgerCommand(LedgerDocument &document)
    : m_document(document), m_changes(RecordStore(document.database().connection()))
{
}

Status LedgerCommand::execute()
{
    TransactionGuard tx(m_document.database().connection(), text());
    if (!tx.ok())
        return tx.error();
    if (Status s = perform(m_changes); !s)
        return s;
    if (Status s = m_changes.capture(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_executed = true;
    return {};
}

void LedgerCommand::failed(const Error &error)
{
    // The rows are no longer what the stack remembers (another program wrote them): the
    // history cannot be trusted any more, so it is dropped once this undo/redo returns.
    emit m_document.commandFailed(error);
    QTimer::singleShot(0, m_document.undoStack(), &QUndoStack::clear);
}

void LedgerCommand::undo()
{
    if (Status s = m_changes.restoreBefore(); !s) {
        failed(s.error());
        return;
    }
    m_document.changesWritten(m_changes);
}

void LedgerCommand::redo()
{
    // QUndoStack::push() calls redo(); the action itself already ran in execute().
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (Status s = m_changes.restoreAfter(); !s) {
        failed(s.error());
        return;
    }
    m_document.changesWritten(m_changes);
}

} // namespace gridbook
