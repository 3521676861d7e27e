// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace gridbook {

/**
 * The ledger side of a grid fix: puts a building into another small grid (building.small_grid_id),
 * typically the grid whose outline it lies in on the diagram.
 */
class AssignBuildingGridCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::AssignBuildingGridCommand)
public:
    AssignBuildingGridCommand(DiagramModel *model, qint64 buildingId, qint64 fromGridId,
                              qint64 toGridId, const QString &text = QString(),
                              QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QPointer<DiagramModel> m_model;
    qint64 m_buildingId;
    qint64 m_from;
    qint64 m_to;
};

} // namespace gridbook
