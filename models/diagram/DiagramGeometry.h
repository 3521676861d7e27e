// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <optional>

namespace gridbook {

/**
 * Plane geometry of the community diagram, in diagram metres (x east, y south): the text form
 * polygons are stored in, the checks a grid outline must pass, and point-in-polygon.
 * A polygon here is a list of vertices without the closing repeat of the first one.
 */
class DiagramGeometry {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramGeometry)
public:
    /** "x,y x,y ..." (SVG points); empty text gives an empty polygon, bad text nullopt. */
    static std::optional<QPolygonF> parsePolygon(const QString &text);
    /** The stored form, two decimals at most; an empty polygon gives a null string. */
    static QString formatPolygon(const QPolygonF &polygon);

    /**
     * Why `polygon` cannot be a grid or compound outline, or success: it needs at least three
     * distinct vertices, a non-zero area, finite coordinates, and no two edges may cross.
     */
    static Status validatePolygon(const QPolygonF &polygon);

    /** True if two non-adjacent edges intersect (or adjacent ones overlap). */
    static bool isSelfCrossing(const QPolygonF &polygon);

    /** Signed-area-free check: `point` strictly inside or on the boundary (even-odd rule). */
    static bool contains(const QPolygonF &polygon, QPointF point);

    /** Area by the shoelace formula (absolute value). */
    static double area(const QPolygonF &polygon);

    /**
     * A point inside `polygon`: its centroid when that lies inside, otherwise the middle of
     * the widest inside span on a horizontal line through the centre. Empty polygon: (0, 0).
     */
    static QPointF interiorPoint(const QPolygonF &polygon);

    /** Drops a closing repeat of the first vertex, repeated vertices and collinear ones. */
    static QPolygonF normalized(const QPolygonF &polygon);
};

} // namespace gridbook
