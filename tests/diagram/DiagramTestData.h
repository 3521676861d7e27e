// SPDX-License-Identifier: MIT
#pragma once

#include "db/Database.h"

#include <QString>
#include <QVariantList>

namespace gridbook::test {

/**
 * A small community planted for the diagram tests: one big grid with two small grids side by
 * side (A: x 0..100, B: x 100..200, both y 0..100), one compound, and buildings:
 *   inA     in A's outline, ledger grid A (consistent)
 *   inB     in B's outline, ledger grid A (the mismatch)
 *   outside outside both outlines, ledger grid B (not flagged)
 *   unplaced not on the diagram, ledger grid B
 *   bare    no floors, units or dwellings recorded
 * `inA` has 2 units x 3 floors x 2 rooms = 12 dwellings; households in four of them:
 * a Party member household (101), a care household with a Party member too (201), an
 * elderly household (301), an ordinary household (102).
 */
struct PlantedCommunity {
    qint64 community = 0;
    qint64 bigGrid = 0;
    qint64 gridA = 0;
    qint64 gridB = 0;
    qint64 compound = 0;
    qint64 inA = 0;
    qint64 inB = 0;
    qint64 outside = 0;
    qint64 unplaced = 0;
    qint64 bare = 0;
    qint64 partyHousehold = 0;
    qint64 careHousehold = 0;
    qint64 elderlyHousehold = 0;
    qint64 ordinaryHousehold = 0;
    int dwellingsInA = 0;
};

/** Plants the community above (outlines and places included) into `db`. */
PlantedCommunity plantCommunity(Database &db);

/** Runs an INSERT with bound values and returns the new row id; fails the test on error. */
qint64 insertRow(Database &db, const QString &sql, const QVariantList &values);

/** A generated demo community (default shape, or `residents` of it) with demo geometry. */
std::unique_ptr<Database> demoDatabase(int residents = 21237);

} // namespace gridbook::test
