// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRectF>
#include <QUndoCommand>

namespace gridbook {

/**
 * Places or moves a building on the community diagram. Successive moves of the same building
 * merge into one command, so a drag (many small moves) is undone in one step.
 */
class MoveBuildingCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::MoveBuildingCommand)
public:
    static constexpr int kId = 0x4d42; // "MB"

    MoveBuildingCommand(DiagramModel *model, qint64 buildingId, const QRectF &before,
                        const QRectF &after, const QString &buildingName = QString(),
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    qint64 buildingId() const { return m_buildingId; }

private:
    QPointer<DiagramModel> m_model;
    qint64 m_buildingId;
    QRectF m_before;
    QRectF m_after;
};

} // namespace gridbook
