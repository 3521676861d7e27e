// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramColouring.h"
#include "diagram/DiagramData.h"
#include "diagram/DiagramPage.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainterPath>

class QPainter;

namespace gridbook {

class DiagramModel;

/**
 * Paints the community diagram, piece by piece: the scene's items call the piece they show
 * from their paint(), and export and print call drawAll(), so screen, paper and files look
 * the same. Coordinates are diagram metres. `pixelsPerMetre` (the level of detail) decides
 * which labels are big enough to be worth drawing.
 */
class DiagramRenderer {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramRenderer)
public:
    DiagramRenderer(const DiagramData &data, const DiagramColouring &colouring,
                    QHash<qint64, qint64> mismatched = {});
    /** The renderer of a model's current state. */
    explicit DiagramRenderer(const DiagramModel &model);

    /** A big grid's area: its own outline, or the union of its small grids' outlines. */
    QPainterPath bigGridRegion(const GridShape &bigGrid) const;
    /**
     * Where a grid's name plate goes: a small grid's at a point inside it; a big grid's in the
     * top left corner of its region if the plate fits inside there, else in its largest small
     * grid.
     */
    QPointF labelCentre(const GridShape &grid, bool big, const QPainterPath &region) const;

    void drawBackdrop(QPainter *painter, const QImage &image) const;
    void drawBigGrid(QPainter *painter, const GridShape &grid, const QPainterPath &region) const;
    void drawSmallGrid(QPainter *painter, const GridShape &grid) const;
    void drawGridLabel(QPainter *painter, const GridShape &grid, bool big,
                       const QPainterPath &region, double pixelsPerMetre) const;
    void drawCompound(QPainter *painter, const CompoundShape &compound,
                      double pixelsPerMetre) const;
    void drawBuilding(QPainter *painter, const BuildingShape &building, bool selected,
                      double pixelsPerMetre) const;

    /** Everything, in diagram metres (the caller sets the transform). */
    void drawAll(QPainter *painter, const QImage &backdrop, double pixelsPerMetre) const;

    /** A printable page: title, date, the whole diagram and its legend. */
    DiagramPage page(const QImage &backdrop) const;

    /** Label text sizes, in metres. */
    static constexpr double kBuildingLabel = 7.0;
    static constexpr double kCompoundLabel = 10.0;
    static constexpr double kSmallGridLabel = 13.0;
    static constexpr double kBigGridLabel = 26.0;

private:
    const DiagramData &m_data;
    const DiagramColouring &m_colouring;
    QHash<qint64, qint64> m_mismatched;
};

} // namespace gridbook
