// SPDX-License-Identifier: MIT
#include "diagram/MoveBuildingCommand.h"

#include "diagram/DiagramModel.h"

namespace gridbook {

MoveBuildingCommand::MoveBuildingCommand(DiagramModel *model, qint64 buildingId,
                                         const QRectF &before, const QRectF &after,
                                         const QString &buildingName, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_buildingId(buildingId), m_before(before),
      m_after(after)
{
    setText(buildingName.isEmpty() ? tr("Move building") : tr("Move %1").arg(buildingName));
}

void MoveBuildingCommand::undo()
{
    if (m_model)
        (void)m_model->setBuildingRect(m_buildingId, m_before);
}

void MoveBuildingCommand::redo()
{
    if (!m_model)
        return;
    // A write that fails the first time leaves nothing to undo: drop the command.
    if (!m_model->setBuildingRect(m_buildingId, m_after))
        setObsolete(true);
}

bool MoveBuildingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const MoveBuildingCommand *>(other);
    if (!move || move->m_buildingId != m_buildingId || move->m_model != m_model)
        return false;
    m_after = move->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace gridbook
