// SPDX-License-Identifier: MIT
#include "diagram/BuildingItem.h"

#include "diagram/CommunityDiagramScene.h"
#include "diagram/DiagramModel.h"
#include "diagram/MoveBuildingCommand.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>

namespace gridbook {

BuildingItem::BuildingItem(CommunityDiagramScene *scene, qint64 buildingId)
    : m_scene(scene), m_id(buildingId)
{
    setFlag(ItemIsSelectable);
    setCacheMode(DeviceCoordinateCache);
    setZValue(4);
    sync();
}

void BuildingItem::sync()
{
    const BuildingShape *b = m_scene->model()->data().building(m_id);
    if (!b || !b->isPlaced()) {
        setVisible(false);
        return;
    }
    setVisible(true);
    if (b->rect.size() != m_rect.size())
        prepareGeometryChange();
    m_rect = b->rect;
    setPos(m_rect.topLeft());
    const QString grid = [&] {
        const GridShape *g = m_scene->model()->data().smallGrid(b->smallGridId);
        return g ? g->name : tr("no grid");
    }();
    setToolTip(tr("%1 · %2 · %3 floor(s), %4 unit(s), %5 household(s)")
                   .arg(b->name, grid)
                   .arg(b->floors)
                   .arg(b->units)
                   .arg(b->households));
    update();
}

QRectF BuildingItem::boundingRect() const
{
    // Room for the thick outline of a flagged building.
    return QRectF(QPointF(0, 0), m_rect.size()).adjusted(-2, -2, 2, 2);
}

void BuildingItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const BuildingShape *b = m_scene->model()->data().building(m_id);
    if (!b)
        return;
    BuildingShape shape = *b;
    shape.rect = QRectF(QPointF(0, 0), m_rect.size());
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    m_scene->renderer().drawBuilding(painter, shape, isSelected(), lod);
}

void BuildingItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event);
    if (m_scene->isEditing() && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->scenePos();
        event->accept();
    }
}

void BuildingItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    // Only the item moves while dragging; the model changes once, on the drop.
    setPos(m_rect.topLeft() + (event->scenePos() - m_dragStart));
}

void BuildingItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging) {
        QGraphicsItem::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    const QPointF delta = event->scenePos() - m_dragStart;
    if (delta.manhattanLength() < 0.01) {
        setPos(m_rect.topLeft());
        return;
    }
    const QRectF after = m_rect.translated(delta);
    const BuildingShape *b = m_scene->model()->data().building(m_id);
    m_scene->undoStack()->push(
        new MoveBuildingCommand(m_scene->model(), m_id, m_rect, after, b ? b->name : QString()));
    sync(); // the model has the new place now (or the old one, if the write failed)
}

void BuildingItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    emit m_scene->buildingActivated(m_id);
    event->accept();
}

QVariant BuildingItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace gridbook
