// SPDX-License-Identifier: MIT
#include "diagram/AssignBuildingGridCommand.h"

#include "diagram/DiagramModel.h"

namespace gridbook {

AssignBuildingGridCommand::AssignBuildingGridCommand(DiagramModel *model, qint64 buildingId,
                                                     qint64 fromGridId, qint64 toGridId,
                                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_buildingId(buildingId), m_from(fromGridId),
      m_to(toGridId)
{
    setText(text.isEmpty() ? tr("Change the building's grid") : text);
}

void AssignBuildingGridCommand::undo()
{
    if (m_model)
        (void)m_model->setBuildingGrid(m_buildingId, m_from);
}

void AssignBuildingGridCommand::redo()
{
    if (!m_model)
        return;
    if (!m_model->setBuildingGrid(m_buildingId, m_to))
        setObsolete(true);
}

} // namespace gridbook
