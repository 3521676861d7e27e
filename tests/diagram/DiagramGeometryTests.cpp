// SPDX-License-Identifier: MIT
#include "TestDatabase.h"
#include "diagram/DiagramTestData.h"

#include "diagram/AssignBuildingGridCommand.h"
#include "diagram/DiagramGeometry.h"
#include "diagram/DiagramModel.h"
#include "diagram/GridConsistency.h"
#include "diagram/MoveBuildingCommand.h"
#include "diagram/SetOutlineCommand.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace gridbook;

namespace {

QPolygonF square(double x, double y, double size)
{
    return QPolygonF(
        {QPointF(x, y), QPointF(x + size, y), QPointF(x + size, y + size), QPointF(x, y + size)});
}

} // namespace

TEST_CASE("polygon text round trip", "[diagram]")
{
    const QPolygonF p({QPointF(0, 0), QPointF(12.5, -3.25), QPointF(100, 40.125)});
    const QString text = DiagramGeometry::formatPolygon(p);
    CHECK(text == QStringLiteral("0,0 12.5,-3.25 100,40.13"));
    const auto back = DiagramGeometry::parsePolygon(text);
    REQUIRE(back);
    REQUIRE(back->size() == 3);
    CHECK(back->at(1) == QPointF(12.5, -3.25));
    CHECK_FALSE(DiagramGeometry::parsePolygon(QStringLiteral("1,2 3")));
    CHECK_FALSE(DiagramGeometry::parsePolygon(QStringLiteral("a,b")));
    CHECK(DiagramGeometry::parsePolygon(QString())->isEmpty());
}

TEST_CASE("point in polygon: convex, concave, boundary", "[diagram]")
{
    const QPolygonF sq = square(0, 0, 10);
    CHECK(DiagramGeometry::contains(sq, QPointF(5, 5)));
    CHECK_FALSE(DiagramGeometry::contains(sq, QPointF(15, 5)));
    CHECK(DiagramGeometry::contains(sq, QPointF(10, 5))); // on an edge
    CHECK(DiagramGeometry::contains(sq, QPointF(0, 0)));  // on a corner
    // An L: the notch (top right) is outside.
    const QPolygonF ell({QPointF(0, 0), QPointF(10, 0), QPointF(10, 4), QPointF(4, 4),
                         QPointF(4, 10), QPointF(0, 10)});
    CHECK(DiagramGeometry::contains(ell, QPointF(2, 8)));
    CHECK(DiagramGeometry::contains(ell, QPointF(8, 2)));
    CHECK_FALSE(DiagramGeometry::contains(ell, QPointF(8, 8)));
    CHECK(DiagramGeometry::contains(ell, DiagramGeometry::interiorPoint(ell)));
    // A U, whose centroid lies in the gap.
    const QPolygonF u({QPointF(0, 0), QPointF(3, 0), QPointF(3, 8), QPointF(7, 8), QPointF(7, 0),
                       QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)});
    CHECK(DiagramGeometry::contains(u, DiagramGeometry::interiorPoint(u)));
}

TEST_CASE("self-crossing, empty and flat outlines are refused with a reason", "[diagram]")
{
    const QPolygonF bowTie({QPointF(0, 0), QPointF(10, 10), QPointF(10, 0), QPointF(0, 10)});
    CHECK(DiagramGeometry::isSelfCrossing(bowTie));
    Status s = DiagramGeometry::validatePolygon(bowTie);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("cross")));
    CHECK(s.error().field == QStringLiteral("outline"));

    s = DiagramGeometry::validatePolygon(QPolygonF());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("empty")));
    CHECK_FALSE(DiagramGeometry::validatePolygon(QPolygonF({QPointF(0, 0), QPointF(5, 5)})).ok());
    CHECK_FALSE(
        DiagramGeometry::validatePolygon(QPolygonF({QPointF(0, 0), QPointF(5, 5), QPointF(10, 10)}))
            .ok());
    // An edge folding back onto its neighbour.
    CHECK(DiagramGeometry::isSelfCrossing(
        QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(5, 0), QPointF(5, 5)})));
    CHECK(DiagramGeometry::validatePolygon(square(0, 0, 10)).ok());
    CHECK_FALSE(DiagramGeometry::isSelfCrossing(
        QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 4), QPointF(4, 4), QPointF(4, 10),
                   QPointF(0, 10)})));

    // Through the repository: refused, and the stored outline stays as it was.
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramRepository repo(db->connection());
    s = repo.setOutline(DiagramRepository::Shape::SmallGrid, p.gridA, bowTie);
    REQUIRE_FALSE(s.ok());
    CHECK(test::scalar(*db,
                       QStringLiteral("SELECT outline FROM small_grid WHERE id = %1").arg(p.gridA))
              .toString() == QStringLiteral("0,0 100,0 100,100 0,100"));
}

TEST_CASE("point-in-polygon assignment and the mismatch check on planted buildings", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramModel model(db->connection());
    REQUIRE(model.load(p.community));

    const auto assigned = GridConsistency::assignByGeometry(model.data());
    CHECK(assigned.value(p.inA) == p.gridA);
    CHECK(assigned.value(p.inB) == p.gridB);
    CHECK_FALSE(assigned.contains(p.outside));
    CHECK_FALSE(assigned.contains(p.unplaced));
    CHECK(GridConsistency::gridAt(model.data(), QPointF(50, 50)) == p.gridA);
    CHECK(GridConsistency::gridAt(model.data(), QPointF(150, 50)) == p.gridB);
    CHECK(GridConsistency::gridAt(model.data(), QPointF(500, 50)) == 0);

    // Only 2栋 is flagged: inside B's outline, assigned to A in the ledger.
    REQUIRE(model.mismatches().size() == 1);
    CHECK(model.mismatches().first().buildingId == p.inB);
    CHECK(model.mismatches().first().ledgerGridId == p.gridA);
    CHECK(model.mismatches().first().diagramGridId == p.gridB);
    CHECK(model.isMismatched(p.inB));

    QUndoStack stack;
    SECTION("fixed on the ledger side")
    {
        stack.push(new AssignBuildingGridCommand(&model, p.inB, p.gridA, p.gridB));
        CHECK(model.mismatches().isEmpty());
        CHECK(
            test::scalar(
                *db, QStringLiteral("SELECT small_grid_id FROM building WHERE id = %1").arg(p.inB))
                .toLongLong() == p.gridB);
        stack.undo();
        CHECK(model.mismatches().size() == 1);
        CHECK(
            test::scalar(
                *db, QStringLiteral("SELECT small_grid_id FROM building WHERE id = %1").arg(p.inB))
                .toLongLong() == p.gridA);
    }
    SECTION("fixed on the diagram side")
    {
        const QRectF before = model.data().building(p.inB)->rect;
        QRectF after = before;
        after.moveCenter(DiagramGeometry::interiorPoint(model.data().smallGrid(p.gridA)->outline));
        stack.push(new MoveBuildingCommand(&model, p.inB, before, after));
        CHECK(model.mismatches().isEmpty());
        stack.undo();
        CHECK(model.mismatches().size() == 1);
    }
    SECTION("a grid outline moved over a building flags it")
    {
        // Stretch A over the building outside both grids (3栋 at x 250..290, ledger grid B):
        // A is then the smallest outline holding it... B does not hold it, so it is flagged.
        const QPolygonF before = model.data().smallGrid(p.gridA)->outline;
        QPolygonF after = before;
        after[1] = QPointF(100, -200);
        after.insert(2, QPointF(320, -200));
        after.insert(3, QPointF(320, 60));
        after.insert(4, QPointF(100, 60));
        REQUIRE(DiagramGeometry::validatePolygon(after).ok());
        stack.push(new SetOutlineCommand(&model, DiagramRepository::Shape::SmallGrid, p.gridA,
                                         before, after, SetOutlineCommand::Action::AddCorner));
        CHECK(model.isMismatched(p.outside));
        stack.undo();
        CHECK_FALSE(model.isMismatched(p.outside));
    }
}

TEST_CASE("repeated drags of one building merge into one undo step", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramModel model(db->connection());
    REQUIRE(model.load(p.community));
    QUndoStack stack;
    const QRectF start = model.data().building(p.inA)->rect;
    QRectF at = start;
    for (int i = 0; i < 5; ++i) {
        const QRectF next = at.translated(3, 1);
        stack.push(new MoveBuildingCommand(&model, p.inA, at, next));
        at = next;
    }
    CHECK(stack.count() == 1);
    CHECK(model.data().building(p.inA)->rect == at);
    // Another building's move is a step of its own.
    const QRectF other = model.data().building(p.inB)->rect;
    stack.push(new MoveBuildingCommand(&model, p.inB, other, other.translated(-5, 0)));
    CHECK(stack.count() == 2);
    stack.undo();
    stack.undo();
    CHECK(model.data().building(p.inA)->rect == start);
    CHECK(test::scalar(*db, QStringLiteral("SELECT map_x FROM building WHERE id = %1").arg(p.inA))
              .toDouble() == Approx(start.x()));

    // Corner drags merge too, per corner.
    const QPolygonF outline = model.data().smallGrid(p.gridA)->outline;
    QPolygonF moved = outline;
    moved[2] = QPointF(110, 110);
    stack.push(new SetOutlineCommand(&model, DiagramRepository::Shape::SmallGrid, p.gridA, outline,
                                     moved, SetOutlineCommand::Action::MoveCorner, 2));
    QPolygonF moved2 = moved;
    moved2[2] = QPointF(120, 105);
    stack.push(new SetOutlineCommand(&model, DiagramRepository::Shape::SmallGrid, p.gridA, moved,
                                     moved2, SetOutlineCommand::Action::MoveCorner, 2));
    CHECK(stack.count() == 1);
    CHECK(model.data().smallGrid(p.gridA)->outline == moved2);
    stack.undo();
    CHECK(model.data().smallGrid(p.gridA)->outline == outline);
}
