// SPDX-License-Identifier: MIT
#include "diagram/CompoundItem.h"

#include "diagram/CommunityDiagramScene.h"
#include "diagram/DiagramGeometry.h"
#include "diagram/DiagramModel.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace gridbook {

CompoundItem::CompoundItem(CommunityDiagramScene *scene, qint64 compoundId)
    : m_scene(scene), m_id(compoundId)
{
    setCacheMode(DeviceCoordinateCache);
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
    sync();
}

void CompoundItem::sync()
{
    const CompoundShape *c = m_scene->model()->data().compound(m_id);
    prepareGeometryChange();
    m_bounds = c ? c->outline.boundingRect().adjusted(-1, -1, 1, 1) : QRectF();
    if (c)
        setToolTip(c->name);
    update();
}

QRectF CompoundItem::boundingRect() const
{
    return m_bounds;
}

void CompoundItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (const CompoundShape *c = m_scene->model()->data().compound(m_id))
        m_scene->renderer().drawCompound(
            painter, *c, option->levelOfDetailFromTransform(painter->worldTransform()));
}

// --------------------------------------------------------------------------- GridLabelItem

GridLabelItem::GridLabelItem(CommunityDiagramScene *scene, bool big, qint64 gridId)
    : m_scene(scene), m_big(big), m_id(gridId)
{
    setCacheMode(DeviceCoordinateCache);
    setZValue(big ? 6 : 5);
    setAcceptedMouseButtons(Qt::NoButton);
    sync();
}

void GridLabelItem::sync()
{
    const DiagramData &data = m_scene->model()->data();
    const GridShape *g = m_big ? data.bigGrid(m_id) : data.smallGrid(m_id);
    prepareGeometryChange();
    m_bounds = QRectF();
    m_region = QPainterPath();
    if (!g)
        return;
    const double size = m_big ? DiagramRenderer::kBigGridLabel : DiagramRenderer::kSmallGridLabel;
    // A generous box around where the renderer puts the plate (wide names included).
    const double halfWidth = size * (g->name.size() + 2) * 0.6;
    if (m_big)
        m_region = m_scene->renderer().bigGridRegion(*g);
    if (m_big ? m_region.isEmpty() : g->outline.size() < 3)
        return;
    const QPointF at = m_scene->renderer().labelCentre(*g, m_big, m_region);
    m_bounds = QRectF(at.x() - halfWidth, at.y() - size, halfWidth * 2, size * 2);
    update();
}

QRectF GridLabelItem::boundingRect() const
{
    return m_bounds;
}

void GridLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramData &data = m_scene->model()->data();
    const GridShape *g = m_big ? data.bigGrid(m_id) : data.smallGrid(m_id);
    if (g)
        m_scene->renderer().drawGridLabel(
            painter, *g, m_big, m_region,
            option->levelOfDetailFromTransform(painter->worldTransform()));
}

// ---------------------------------------------------------------------------- BackdropItem

BackdropItem::BackdropItem(CommunityDiagramScene *scene) : m_scene(scene)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    // A big scan is drawn scaled; caching it per device keeps panning smooth.
    setCacheMode(DeviceCoordinateCache);
    sync();
}

void BackdropItem::sync()
{
    prepareGeometryChange();
    const BackdropInfo &b = m_scene->model()->data().backdrop;
    m_bounds = b.id ? b.placement : QRectF();
    update();
}

QRectF BackdropItem::boundingRect() const
{
    return m_bounds;
}

void BackdropItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_scene->renderer().drawBackdrop(painter, m_scene->backdropImage());
}

} // namespace gridbook
