// SPDX-License-Identifier: MIT
#include "diagram/GridConsistency.h"

#include "diagram/DiagramGeometry.h"

namespace gridbook {

qint64 GridConsistency::gridAt(const DiagramData &data, QPointF point)
{
    qint64 best = 0;
    double bestArea = 0;
    for (const GridShape &grid : data.smallGrids) {
        if (grid.outline.size() < 3 || !grid.outline.boundingRect().contains(point))
            continue;
        if (!DiagramGeometry::contains(grid.outline, point))
            continue;
        const double area = DiagramGeometry::area(grid.outline);
        if (best == 0 || area < bestArea) {
            best = grid.id;
            bestArea = area;
        }
    }
    return best;
}

QHash<qint64, qint64> GridConsistency::assignByGeometry(const DiagramData &data)
{
    QHash<qint64, qint64> result;
    for (const BuildingShape &b : data.buildings) {
        if (!b.isPlaced())
            continue;
        if (const qint64 grid = gridAt(data, b.rect.center()))
            result.insert(b.id, grid);
    }
    return result;
}

QList<GridMismatch> GridConsistency::mismatches(const DiagramData &data)
{
    QList<GridMismatch> list;
    const auto assigned = assignByGeometry(data);
    for (const BuildingShape &b : data.buildings) {
        const auto it = assigned.constFind(b.id);
        if (it == assigned.constEnd() || *it == b.smallGridId)
            continue;
        list.append({b.id, b.smallGridId, *it});
    }
    return list;
}

} // namespace gridbook
