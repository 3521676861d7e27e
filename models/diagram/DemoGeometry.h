// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace gridbook {

/**
 * Geometry for an already generated ledger (the demo community), so that its diagram is
 * meaningful at first start. Deterministic: it depends only on the ledger's records.
 *
 * Compounds become blocks laid out in rows ("shelves") along streets; their buildings stand in
 * columns inside them, sized by floors and units. The route through the buildings snakes up
 * and down the columns and back and forth along the rows, so that buildings that follow each
 * other in the ledger stand next to each other. The generator gives each small grid a run of
 * consecutive buildings, so each small grid's outline, the union of its buildings' plots, is
 * one connected polygon and holds exactly the grid's buildings. Big grids are left without an
 * outline of their own: the diagram draws them as the union of their small grids.
 */
class DemoGeometry {
public:
    /** Rows of buildings in one column of a compound. */
    static constexpr int kRows = 4;

    /** Lays out every live community that has no placed building yet. Nests as a savepoint. */
    static Status layOut(QSqlDatabase db);
    /** Lays out one community, replacing any geometry it had. */
    static Status layOutCommunity(QSqlDatabase db, qint64 communityId);
};

} // namespace gridbook
