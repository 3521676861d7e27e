// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramRepository.h"

#include "diagram/DiagramModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPolygonF>
#include <QUndoCommand>

namespace gridbook {

/**
 * Changes the outline of a grid or compound: a corner moved, added or removed, or the whole
 * outline drawn or cleared. Successive moves of the same corner merge, so dragging a corner
 * is undone in one step. The new outline must pass DiagramGeometry::validatePolygon (check
 * before pushing; a refused write drops the command).
 */
class SetOutlineCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::SetOutlineCommand)
public:
    static constexpr int kId = 0x534f; // "SO"

    enum class Action { MoveCorner, AddCorner, RemoveCorner, Draw, Clear };

    SetOutlineCommand(DiagramModel *model, DiagramRepository::Shape shape, qint64 id,
                      QPolygonF before, QPolygonF after, Action action, int corner = -1,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<DiagramModel> m_model;
    DiagramRepository::Shape m_shape;
    qint64 m_id;
    QPolygonF m_before;
    QPolygonF m_after;
    Action m_action;
    int m_corner;
};

} // namespace gridbook
