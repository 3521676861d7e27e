// SPDX-License-Identifier: MIT
#include "diagram/GridRegionItem.h"

#include "diagram/CommunityDiagramScene.h"
#include "diagram/DiagramGeometry.h"
#include "diagram/DiagramModel.h"
#include "diagram/SetOutlineCommand.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPair>
#include <QPainter>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace gridbook {

namespace {

/** The point on segment ab nearest to p, and its distance. */
QPair<QPointF, double> nearestOnSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + ab * t;
    return {q, QLineF(p, q).length()};
}

} // namespace

GridRegionItem::GridRegionItem(CommunityDiagramScene *scene, DiagramRepository::Shape shape,
                               qint64 id)
    : m_scene(scene), m_shape(shape), m_id(id)
{
    // Not cached, unlike the other items: grid regions are as big as the view when zoomed in,
    // and blending a dozen view-sized translucent cache pixmaps costs several times more than
    // filling the few polygons again (measured on the demo: 4x zoom, a full repaint 69 ms
    // cached, 17 ms uncached).
    setCacheMode(NoCache);
    if (shape == DiagramRepository::Shape::SmallGrid) {
        setFlag(ItemIsSelectable);
        setZValue(2);
    } else {
        setZValue(1);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    sync();
}

void GridRegionItem::sync()
{
    const DiagramData &data = m_scene->model()->data();
    if (m_shape == DiagramRepository::Shape::BigGrid) {
        const GridShape *g = data.bigGrid(m_id);
        prepareGeometryChange();
        m_path = g ? m_scene->renderer().bigGridRegion(*g) : QPainterPath();
        m_polygon.clear();
    } else {
        const GridShape *g = data.smallGrid(m_id);
        setPolygon(g ? g->outline : QPolygonF());
        if (g)
            setToolTip(g->name);
    }
    updateHandles();
    update();
}

void GridRegionItem::setPolygon(const QPolygonF &polygon)
{
    prepareGeometryChange();
    m_polygon = polygon;
    m_path = QPainterPath();
    if (polygon.size() >= 3) {
        m_path.addPolygon(polygon);
        m_path.closeSubpath();
    }
    update();
}

QRectF GridRegionItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-3, -3, 3, 3);
}

QPainterPath GridRegionItem::shape() const
{
    return m_path;
}

void GridRegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const DiagramData &data = m_scene->model()->data();
    if (m_shape == DiagramRepository::Shape::BigGrid) {
        if (const GridShape *g = data.bigGrid(m_id))
            m_scene->renderer().drawBigGrid(painter, *g, m_path);
        return;
    }
    const GridShape *g = data.smallGrid(m_id);
    if (!g)
        return;
    GridShape shown = *g;
    shown.outline = m_polygon;
    m_scene->renderer().drawSmallGrid(painter, shown);
    if (isSelected()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x10, 0x60, 0xe0), 2.5));
        painter->drawPolygon(m_polygon);
    }
}

void GridRegionItem::updateHandles()
{
    const bool show = m_shape == DiagramRepository::Shape::SmallGrid && m_scene->isEditing() &&
                      isSelected() && m_polygon.size() >= 3;
    const qsizetype wanted = show ? m_polygon.size() : 0;
    while (m_handles.size() > wanted)
        delete m_handles.takeLast();
    while (m_handles.size() < wanted)
        m_handles.append(new CornerHandleItem(this, int(m_handles.size())));
    for (int i = 0; i < m_handles.size(); ++i)
        m_handles[i]->setPos(m_polygon[i]);
}

void GridRegionItem::previewCorner(int index, QPointF point)
{
    QPolygonF preview = m_scene->model()->outline(m_shape, m_id);
    if (index < 0 || index >= preview.size())
        return;
    preview[index] = point;
    setPolygon(preview);
}

void GridRegionItem::pushLater(const QPolygonF &after, int action, int corner)
{
    // The handle that asked is deleted when the outline re-syncs: finish its mouse event
    // first, then push.
    QPointer<CommunityDiagramScene> scene = m_scene;
    const qint64 id = m_id;
    QMetaObject::invokeMethod(
        m_scene,
        [scene, id, after, action, corner] {
            if (scene)
                if (GridRegionItem *item = scene->smallGridItem(id))
                    item->push(after, action, corner);
        },
        Qt::QueuedConnection);
}

bool GridRegionItem::push(const QPolygonF &after, int action, int corner)
{
    const QPolygonF before = m_scene->model()->outline(m_shape, m_id);
    if (Status s = DiagramGeometry::validatePolygon(after); !s) {
        m_scene->reportRefusal(s.error().message);
        sync();
        return false;
    }
    m_scene->undoStack()->push(new SetOutlineCommand(m_scene->model(), m_shape, m_id, before, after,
                                                     SetOutlineCommand::Action(action), corner));
    sync();
    return true;
}

void GridRegionItem::commitCorner(int index, QPointF point)
{
    QPolygonF after = m_scene->model()->outline(m_shape, m_id);
    if (index < 0 || index >= after.size())
        return;
    after[index] = point;
    pushLater(after, int(SetOutlineCommand::Action::MoveCorner), index);
}

void GridRegionItem::removeCorner(int index)
{
    QPolygonF after = m_scene->model()->outline(m_shape, m_id);
    if (index < 0 || index >= after.size())
        return;
    if (after.size() <= 3) {
        m_scene->reportRefusal(tr("An outline needs at least three corners."));
        return;
    }
    after.removeAt(index);
    pushLater(after, int(SetOutlineCommand::Action::RemoveCorner), index);
}

void GridRegionItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_shape != DiagramRepository::Shape::SmallGrid || !m_scene->isEditing() ||
        m_polygon.size() < 3) {
        QGraphicsItem::mouseDoubleClickEvent(event);
        return;
    }
    // A new corner on the edge nearest to the double-click.
    const QPointF p = event->scenePos();
    int best = -1;
    double bestDistance = 0;
    QPointF at;
    for (int i = 0; i < m_polygon.size(); ++i) {
        const auto [q, d] =
            nearestOnSegment(p, m_polygon[i], m_polygon[(i + 1) % m_polygon.size()]);
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
            at = q;
        }
    }
    QPolygonF after = m_scene->model()->outline(m_shape, m_id);
    after.insert(best + 1, at);
    push(after, int(SetOutlineCommand::Action::AddCorner), best + 1);
    event->accept();
}

QVariant GridRegionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        updateHandles();
        update();
    }
    return QGraphicsItem::itemChange(change, value);
}

// ------------------------------------------------------------------------ CornerHandleItem

CornerHandleItem::CornerHandleItem(GridRegionItem *region, int index)
    : QGraphicsItem(region), m_region(region), m_index(index)
{
    setFlag(ItemIgnoresTransformations);
    setZValue(10);
    setCursor(Qt::SizeAllCursor);
}

QRectF CornerHandleItem::boundingRect() const
{
    return QRectF(-6, -6, 12, 12);
}

void CornerHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(QColor(0x10, 0x60, 0xe0), 1.5));
    painter->setBrush(m_dragging ? QColor(0x10, 0x60, 0xe0) : QColor(Qt::white));
    painter->drawRect(QRectF(-5, -5, 10, 10));
}

void CornerHandleItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        event->accept();
        m_region->removeCorner(m_index); // may delete this handle: return at once
        return;
    }
    m_dragging = true;
    update();
    event->accept();
}

void CornerHandleItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging)
        return;
    setPos(event->scenePos());
    m_region->previewCorner(m_index, event->scenePos());
}

void CornerHandleItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    m_region->commitCorner(m_index, event->scenePos()); // may delete this handle
}

} // namespace gridbook
