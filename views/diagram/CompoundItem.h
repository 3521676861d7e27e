// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace gridbook {

class CommunityDiagramScene;

/** A compound's block on the community diagram, painted by the shared renderer. */
class CompoundItem : public QGraphicsItem {
public:
    CompoundItem(CommunityDiagramScene *scene, qint64 compoundId);

    qint64 compoundId() const { return m_id; }
    void sync();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CommunityDiagramScene *m_scene;
    qint64 m_id;
    QRectF m_bounds;
};

/** A grid's name on a plate, above everything else so it is never hidden. */
class GridLabelItem : public QGraphicsItem {
public:
    GridLabelItem(CommunityDiagramScene *scene, bool big, qint64 gridId);

    void sync();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CommunityDiagramScene *m_scene;
    bool m_big;
    qint64 m_id;
    QPainterPath m_region; ///< big grids: the region the label is placed on
    QRectF m_bounds;
};

/** The backdrop plan under the diagram. */
class BackdropItem : public QGraphicsItem {
public:
    explicit BackdropItem(CommunityDiagramScene *scene);

    void sync();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CommunityDiagramScene *m_scene;
    QRectF m_bounds;
};

} // namespace gridbook
