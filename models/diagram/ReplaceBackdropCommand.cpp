// SPDX-License-Identifier: MIT
#include "diagram/ReplaceBackdropCommand.h"

#include "db/TransactionGuard.h"
#include "diagram/DiagramModel.h"

namespace gridbook {

ReplaceBackdropCommand::ReplaceBackdropCommand(DiagramModel *model,
                                               DiagramRepository::BackdropFile file,
                                               const QRectF &placement, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_communityId(model ? model->communityId() : 0),
      m_file(std::move(file)), m_placement(placement)
{
    setText(tr("Import backdrop %1").arg(m_file.fileName));
}

void ReplaceBackdropCommand::undo()
{
    if (!m_model || m_newId == 0)
        return;
    TransactionGuard tx(m_model->connection(), QStringLiteral("undo import backdrop"));
    Status s = m_model->repository().archiveBackdrop(m_newId);
    if (s && m_previousId)
        s = m_model->repository().restoreBackdrop(m_previousId);
    if (s)
        s = tx.commit();
    if (!s)
        emit m_model->writeFailed(s.error().message);
    (void)m_model->backdropRowsChanged();
}

void ReplaceBackdropCommand::redo()
{
    if (!m_model)
        return;
    DiagramRepository &repo = m_model->repository();
    if (m_newId == 0) {
        auto previous = repo.liveBackdrop(m_communityId);
        auto id = previous ? repo.addBackdrop(m_communityId, m_file, m_placement)
                           : Result<qint64>(previous.error());
        if (!id) {
            emit m_model->writeFailed(id.error().message);
            setObsolete(true);
            return;
        }
        m_previousId = *previous;
        m_newId = *id;
        // The bytes are in the database now; the command needs only the ids.
        m_file.bytes.clear();
    } else {
        TransactionGuard tx(m_model->connection(), QStringLiteral("redo import backdrop"));
        Status s = m_previousId ? repo.archiveBackdrop(m_previousId) : Status();
        if (s)
            s = repo.restoreBackdrop(m_newId);
        if (s)
            s = tx.commit();
        if (!s)
            emit m_model->writeFailed(s.error().message);
    }
    (void)m_model->backdropRowsChanged();
}

} // namespace gridbook
