// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QRectF>

namespace gridbook {

class CommunityDiagramScene;

/**
 * One building on the community diagram. Paints through the scene's DiagramRenderer; in edit
 * mode it can be dragged, and the drop becomes a MoveBuildingCommand (repeated drags of the
 * same building merge into one undo step).
 */
class BuildingItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(gridbook::BuildingItem)
public:
    BuildingItem(CommunityDiagramScene *scene, qint64 buildingId);

    qint64 buildingId() const { return m_id; }
    /** Re-reads the building from the model. */
    void sync();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    CommunityDiagramScene *m_scene;
    qint64 m_id;
    QRectF m_rect; ///< as the model has it, in scene metres
    bool m_dragging = false;
    QPointF m_dragStart;
};

} // namespace gridbook
