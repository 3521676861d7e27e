// SPDX-License-Identifier: MIT
#include "diagram/SetOutlineCommand.h"

#include "diagram/DiagramModel.h"

namespace gridbook {

SetOutlineCommand::SetOutlineCommand(DiagramModel *model, DiagramRepository::Shape shape, qint64 id,
                                     QPolygonF before, QPolygonF after, Action action, int corner,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_shape(shape), m_id(id), m_before(std::move(before)),
      m_after(std::move(after)), m_action(action), m_corner(corner)
{
    switch (action) {
    case Action::MoveCorner:
        setText(tr("Move corner"));
        break;
    case Action::AddCorner:
        setText(tr("Add corner"));
        break;
    case Action::RemoveCorner:
        setText(tr("Remove corner"));
        break;
    case Action::Draw:
        setText(tr("Draw outline"));
        break;
    case Action::Clear:
        setText(tr("Clear outline"));
        break;
    }
}

void SetOutlineCommand::undo()
{
    if (m_model)
        (void)m_model->setOutline(m_shape, m_id, m_before);
}

void SetOutlineCommand::redo()
{
    if (!m_model)
        return;
    if (!m_model->setOutline(m_shape, m_id, m_after))
        setObsolete(true);
}

bool SetOutlineCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetOutlineCommand *>(other);
    if (!next || next->m_model != m_model || next->m_shape != m_shape || next->m_id != m_id ||
        m_action != Action::MoveCorner || next->m_action != Action::MoveCorner ||
        next->m_corner != m_corner)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace gridbook
