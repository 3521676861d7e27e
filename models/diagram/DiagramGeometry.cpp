// SPDX-License-Identifier: MIT
#include "diagram/DiagramGeometry.h"

#include <QLineF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gridbook {

namespace {

constexpr double kEpsilon = 1e-9;

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

int sign(double v)
{
    return v > kEpsilon ? 1 : (v < -kEpsilon ? -1 : 0);
}

bool onSegment(QPointF p, QPointF a, QPointF b)
{
    return std::min(a.x(), b.x()) - kEpsilon <= p.x() &&
           p.x() <= std::max(a.x(), b.x()) + kEpsilon &&
           std::min(a.y(), b.y()) - kEpsilon <= p.y() && p.y() <= std::max(a.y(), b.y()) + kEpsilon;
}

/** Segments ab and cd share at least one point. */
bool segmentsIntersect(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const int d1 = sign(cross(c, d, a));
    const int d2 = sign(cross(c, d, b));
    const int d3 = sign(cross(a, b, c));
    const int d4 = sign(cross(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && onSegment(a, c, d)) || (d2 == 0 && onSegment(b, c, d)) ||
           (d3 == 0 && onSegment(c, a, b)) || (d4 == 0 && onSegment(d, a, b));
}

QString number(double v)
{
    // Two decimals (centimetres) are plenty for a plan; trailing zeros are dropped.
    QString s = QString::number(std::round(v * 100.0) / 100.0, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s == QStringLiteral("-0"))
        s = QStringLiteral("0");
    return s;
}

Error invalidPolygon(const QString &message)
{
    Error e;
    e.message = message;
    e.field = QStringLiteral("outline");
    e.operation = QStringLiteral("check outline");
    return e;
}

} // namespace

std::optional<QPolygonF> DiagramGeometry::parsePolygon(const QString &text)
{
    QPolygonF polygon;
    const QStringList points = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &point : points) {
        const QStringList xy = point.split(QLatin1Char(','));
        if (xy.size() != 2)
            return std::nullopt;
        bool okX = false;
        bool okY = false;
        const double x = xy[0].toDouble(&okX);
        const double y = xy[1].toDouble(&okY);
        if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
            return std::nullopt;
        polygon.append(QPointF(x, y));
    }
    return polygon;
}

QString DiagramGeometry::formatPolygon(const QPolygonF &polygon)
{
    if (polygon.isEmpty())
        return QString();
    QStringList points;
    points.reserve(polygon.size());
    for (const QPointF &p : polygon)
        points.append(number(p.x()) + QLatin1Char(',') + number(p.y()));
    return points.join(QLatin1Char(' '));
}

Status DiagramGeometry::validatePolygon(const QPolygonF &polygon)
{
    if (polygon.isEmpty())
        return invalidPolygon(tr("The outline is empty: draw at least three corners."));
    for (const QPointF &p : polygon) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return invalidPolygon(tr("The outline has a corner without valid coordinates."));
    }
    const QPolygonF clean = normalized(polygon);
    if (clean.size() < 3)
        return invalidPolygon(
            tr("The outline needs at least three corners that are not on one line."));
    // Crossing first: a bow tie's two halves cancel out in the area sum.
    if (isSelfCrossing(clean))
        return invalidPolygon(
            tr("The outline crosses itself: move the corners so that its edges do not cross."));
    if (area(clean) < 1e-6)
        return invalidPolygon(tr("The outline encloses no area."));
    return {};
}

bool DiagramGeometry::isSelfCrossing(const QPolygonF &polygon)
{
    const qsizetype n = polygon.size();
    if (n < 4)
        return false; // a triangle cannot cross itself (a flat one fails the area check)
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % n];
        for (qsizetype j = i + 1; j < n; ++j) {
            const QPointF c = polygon[j];
            const QPointF d = polygon[(j + 1) % n];
            const bool adjacent = j == i + 1 || (i == 0 && j == n - 1);
            if (adjacent) {
                // Neighbouring edges share a vertex; they cross only if they fold back on
                // each other (collinear and overlapping beyond the shared vertex).
                const QPointF shared = j == i + 1 ? b : a;
                const QPointF p = j == i + 1 ? a : b;
                const QPointF q = j == i + 1 ? d : c;
                if (sign(cross(shared, p, q)) == 0 &&
                    (p.x() - shared.x()) * (q.x() - shared.x()) +
                            (p.y() - shared.y()) * (q.y() - shared.y()) >
                        kEpsilon)
                    return true;
                continue;
            }
            if (segmentsIntersect(a, b, c, d))
                return true;
        }
    }
    return false;
}

bool DiagramGeometry::contains(const QPolygonF &polygon, QPointF point)
{
    const qsizetype n = polygon.size();
    if (n < 3)
        return false;
    bool inside = false;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[j];
        // On an edge counts as inside: a building on a grid's border belongs to it.
        if (sign(cross(a, b, point)) == 0 && onSegment(point, a, b))
            return true;
        if ((a.y() > point.y()) != (b.y() > point.y())) {
            const double x = a.x() + (point.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (point.x() < x)
                inside = !inside;
        }
    }
    return inside;
}

double DiagramGeometry::area(const QPolygonF &polygon)
{
    double sum = 0;
    const qsizetype n = polygon.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % n];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(sum) / 2.0;
}

QPointF DiagramGeometry::interiorPoint(const QPolygonF &polygon)
{
    const qsizetype n = polygon.size();
    if (n == 0)
        return {};
    if (n < 3)
        return polygon.first();
    double a = 0;
    double cx = 0;
    double cy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = polygon[i];
        const QPointF q = polygon[(i + 1) % n];
        const double f = p.x() * q.y() - q.x() * p.y();
        a += f;
        cx += (p.x() + q.x()) * f;
        cy += (p.y() + q.y()) * f;
    }
    if (std::abs(a) > kEpsilon) {
        const QPointF centroid(cx / (3.0 * a), cy / (3.0 * a));
        if (contains(polygon, centroid))
            return centroid;
    }
    // A concave outline (an L or a U): cut it horizontally through the middle of its bounding
    // box and take the middle of the widest piece inside.
    const QRectF box = polygon.boundingRect();
    double bestWidth = -1;
    QPointF best = polygon.first();
    for (int step = 1; step < 16; ++step) {
        const double y = box.top() + box.height() * step / 16.0;
        std::vector<double> xs;
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF p = polygon[i];
            const QPointF q = polygon[j];
            if ((p.y() > y) != (q.y() > y))
                xs.push_back(p.x() + (y - p.y()) * (q.x() - p.x()) / (q.y() - p.y()));
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
            if (xs[k + 1] - xs[k] > bestWidth) {
                bestWidth = xs[k + 1] - xs[k];
                best = QPointF((xs[k] + xs[k + 1]) / 2.0, y);
            }
        }
    }
    return best;
}

QPolygonF DiagramGeometry::normalized(const QPolygonF &polygon)
{
    QPolygonF out;
    for (const QPointF &p : polygon) {
        if (out.isEmpty() || QLineF(out.last(), p).length() > 1e-9)
            out.append(p);
    }
    while (out.size() > 1 && QLineF(out.first(), out.last()).length() <= 1e-9)
        out.removeLast();
    // Collinear vertices add nothing to the shape; drop them until none is left.
    bool changed = true;
    while (changed && out.size() >= 3) {
        changed = false;
        for (qsizetype i = 0; i < out.size() && out.size() >= 3; ++i) {
            const QPointF prev = out[(i + out.size() - 1) % out.size()];
            const QPointF next = out[(i + 1) % out.size()];
            if (sign(cross(prev, out[i], next)) == 0 &&
                (out[i].x() - prev.x()) * (next.x() - out[i].x()) +
                        (out[i].y() - prev.y()) * (next.y() - out[i].y()) >=
                    0) {
                out.removeAt(i);
                changed = true;
                break;
            }
        }
    }
    return out;
}

} // namespace gridbook
