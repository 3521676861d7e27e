// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramRepository.h"

#include "diagram/DiagramModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace gridbook {

/**
 * Imports a (checked) backdrop image for the model's community, replacing the one there was.
 * Undo archives the new image and restores the previous one; nothing is ever deleted.
 */
class ReplaceBackdropCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ReplaceBackdropCommand)
public:
    ReplaceBackdropCommand(DiagramModel *model, DiagramRepository::BackdropFile file,
                           const QRectF &placement, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    /** The stored backdrop's id after the first redo (0 if it failed). */
    qint64 backdropId() const { return m_newId; }

private:
    QPointer<DiagramModel> m_model;
    qint64 m_communityId = 0;
    DiagramRepository::BackdropFile m_file;
    QRectF m_placement;
    qint64 m_previousId = 0;
    qint64 m_newId = 0;
};

} // namespace gridbook
