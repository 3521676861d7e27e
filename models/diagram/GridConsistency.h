// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramData.h"

#include <QHash>
#include <QList>

namespace gridbook {

/** A building whose place on the diagram and grid in the ledger disagree. */
struct GridMismatch {
    qint64 buildingId = 0;
    qint64 ledgerGridId = 0;  ///< building.small_grid_id (0: none)
    qint64 diagramGridId = 0; ///< the small grid whose outline holds the building's centre
};

/**
 * Which small grid each placed building lies in (point in polygon on the building's centre),
 * and where that disagrees with the ledger: the consistency check of the community diagram.
 */
class GridConsistency {
public:
    /**
     * The small grid whose outline contains `point`, or 0. Where outlines overlap, the
     * smallest one wins (a grid drawn inside another is the more precise answer).
     */
    static qint64 gridAt(const DiagramData &data, QPointF point);

    /** For every placed building inside some small grid's outline: that grid's id. */
    static QHash<qint64, qint64> assignByGeometry(const DiagramData &data);

    /**
     * Placed buildings lying inside a small grid's outline while the ledger assigns them to
     * another grid (or to none). Buildings outside every outline are not flagged: the office
     * may not have drawn that part of the community yet.
     */
    static QList<GridMismatch> mismatches(const DiagramData &data);
};

} // namespace gridbook
