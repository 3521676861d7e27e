// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramRepository.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>

namespace gridbook {

class CommunityDiagramScene;
class CornerHandleItem;

/**
 * A grid's area on the community diagram: a big grid's region (its own outline or the union
 * of its small grids) or a small grid's outline. A selected small grid in edit mode shows a
 * handle on each corner: drag a handle to move the corner, double-click an edge to add one,
 * right-click a handle to remove it. Each is a SetOutlineCommand; an outline that would cross
 * itself is refused with the reason and the grid stays as it was.
 */
class GridRegionItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(gridbook::GridRegionItem)
public:
    GridRegionItem(CommunityDiagramScene *scene, DiagramRepository::Shape shape, qint64 id);

    qint64 gridId() const { return m_id; }
    DiagramRepository::Shape shapeKind() const { return m_shape; }
    /** Re-reads the outline from the model. */
    void sync();
    /** Edit handles on or off (shown only while selected in edit mode). */
    void updateHandles();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** A handle is being dragged: show the outline with corner `index` at `point`. */
    void previewCorner(int index, QPointF point);
    /** A handle was dropped: push the move (or refuse it). */
    void commitCorner(int index, QPointF point);
    /** A handle asked to be removed. */
    void removeCorner(int index);
    /**
     * Checks `after` and pushes it as a SetOutlineCommand (`action` is a
     * SetOutlineCommand::Action); refuses an invalid outline with the reason. False if refused.
     */
    bool push(const QPolygonF &after, int action, int corner);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void setPolygon(const QPolygonF &polygon);
    void pushLater(const QPolygonF &after, int action, int corner);

    CommunityDiagramScene *m_scene;
    DiagramRepository::Shape m_shape;
    qint64 m_id;
    QPolygonF m_polygon; ///< small grid: the outline shown (the model's, or a drag preview)
    QPainterPath m_path;
    QList<CornerHandleItem *> m_handles;
};

/** A corner handle of a grid outline being edited; stays the same size at any zoom. */
class CornerHandleItem : public QGraphicsItem {
public:
    CornerHandleItem(GridRegionItem *region, int index);

    int index() const { return m_index; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    GridRegionItem *m_region;
    int m_index;
    bool m_dragging = false;
};

} // namespace gridbook
