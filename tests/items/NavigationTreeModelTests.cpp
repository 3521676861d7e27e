// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"
#include "TestDatabase.h"

#include "items/NavigationTreeModel.h"
#include "items/ResidentQuery.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <memory>

using namespace gridbook;
using Level = LedgerScope::Level;

namespace {

LedgerScope scopeOf(const NavigationTreeModel &model, const QModelIndex &index)
{
    return model.data(index, NavigationTreeModel::ScopeRole).value<LedgerScope>();
}

QModelIndex expand(NavigationTreeModel &model, const QModelIndex &index)
{
    if (model.canFetchMore(index))
        model.fetchMore(index);
    return index;
}

QStringList childNames(NavigationTreeModel &model, const QModelIndex &parent)
{
    expand(model, parent);
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names << model.index(r, 0, parent).data().toString();
    return names;
}

} // namespace

TEST_CASE("the navigation tree reads children only when a node is expanded", "[models]")
{
    auto db = test::demoLedger();
    NavigationTreeModel model(db->connection());

    REQUIRE(model.rowCount() == 1);
    const QModelIndex top = model.index(0, 0);
    CHECK(top.data().toString() == QString::fromUtf8("太行东街街道"));
    CHECK(scopeOf(model, top) == LedgerScope::everything());
    CHECK(model.hasChildren(top));
    CHECK(model.rowCount(top) == 0); // nothing read yet
    REQUIRE(model.canFetchMore(top));

    expand(model, top);
    REQUIRE(model.rowCount(top) == 1);
    const QModelIndex community = model.index(0, 0, top);
    CHECK(community.data().toString() == QString::fromUtf8("和济社区"));
    CHECK(scopeOf(model, community).level() == Level::Community);
    CHECK(model.rowCount(community) == 0);

    expand(model, community);
    CHECK(model.rowCount(community) ==
          test::scalar(*db, QStringLiteral("SELECT count(*) FROM big_grid")).toInt());
    const QModelIndex bigGrid = model.index(0, 0, community);
    CHECK(scopeOf(model, bigGrid).level() == Level::BigGrid);
    expand(model, bigGrid);
    const QModelIndex smallGrid = model.index(0, 0, bigGrid);
    REQUIRE(smallGrid.isValid());
    const LedgerScope gridScope = scopeOf(model, smallGrid);
    CHECK(gridScope.level() == Level::SmallGrid);

    // Under a small grid: the compounds with buildings in it, and under each compound only
    // that grid's buildings.
    expand(model, smallGrid);
    REQUIRE(model.rowCount(smallGrid) > 0);
    QSqlQuery q(db->connection());
    for (int r = 0; r < model.rowCount(smallGrid); ++r) {
        const QModelIndex compound = model.index(r, 0, smallGrid);
        const LedgerScope scope = scopeOf(model, compound);
        CHECK(scope.level() == Level::Compound);
        CHECK(scope.smallGridId() == gridScope.id());
        expand(model, compound);
        const auto expected =
            test::idsOf(*db, QStringLiteral("SELECT id FROM building WHERE compound_id = %1 AND "
                                            "small_grid_id = %2 ORDER BY number, id")
                                 .arg(scope.id())
                                 .arg(gridScope.id()));
        QList<qint64> shown;
        for (int b = 0; b < model.rowCount(compound); ++b)
            shown << scopeOf(model, model.index(b, 0, compound)).id();
        CHECK(shown == expected);
        const QModelIndex building = model.index(0, 0, compound);
        expand(model, building);
        REQUIRE(model.rowCount(building) > 0);
        const QModelIndex unit = model.index(0, 0, building);
        CHECK(scopeOf(model, unit).level() == Level::Unit);
        CHECK_FALSE(model.hasChildren(unit));
        CHECK(model.flags(unit).testFlag(Qt::ItemNeverHasChildren));
    }

    // Resident counts, on request.
    const qint64 inGrid =
        model.data(smallGrid, NavigationTreeModel::ResidentCountRole).toLongLong();
    CHECK(inGrid == *ResidentQuery{.scope = gridScope}.count(db->connection()));
    CHECK(model.data(top, NavigationTreeModel::ResidentCountRole).toLongLong() == 2000);

    // The model tester walks (and so reads) the whole tree.
    NavigationTreeModel checked(db->connection());
    test::ModelChecker checker(&checked);
    CHECK(checker.failures().join(QLatin1Char('\n')).toStdString() == std::string());
}

TEST_CASE("the navigation tree finds the node of a scope, reading its path", "[models]")
{
    auto db = test::demoLedger();
    NavigationTreeModel model(db->connection());
    auto checker = std::make_unique<test::ModelChecker>(&model);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT u.id, u.building_id, b.compound_id, b.small_grid_id, s.big_grid_id, "
        "g.community_id FROM building_unit u JOIN building b ON b.id = u.building_id JOIN "
        "small_grid s ON s.id = b.small_grid_id JOIN big_grid g ON g.id = s.big_grid_id "
        "ORDER BY u.id DESC LIMIT 1")));
    REQUIRE(q.next());
    const LedgerScope scopes[] = {
        LedgerScope::everything(),
        LedgerScope::community(q.value(5).toLongLong()),
        LedgerScope::bigGrid(q.value(4).toLongLong()),
        LedgerScope::smallGrid(q.value(3).toLongLong()),
        LedgerScope::compound(q.value(2).toLongLong(), q.value(3).toLongLong()),
        LedgerScope::building(q.value(1).toLongLong()),
        LedgerScope::unit(q.value(0).toLongLong()),
    };
    for (const LedgerScope &scope : scopes) {
        INFO(scope.toString().toStdString());
        const QModelIndex index = model.indexOf(scope);
        REQUIRE(index.isValid());
        CHECK(scopeOf(model, index) == scope);
        CHECK(model.scopeAt(index) == scope);
    }
    // A compound without its grid maps to the compound under one of its grids.
    const QModelIndex compound = model.indexOf(LedgerScope::compound(q.value(2).toLongLong()));
    REQUIRE(compound.isValid());
    CHECK(scopeOf(model, compound).id() == q.value(2).toLongLong());
    CHECK_FALSE(model.indexOf(LedgerScope::building(999999)).isValid());
    CHECK(checker->failures().join(QLatin1Char('\n')).toStdString() == std::string());

    // (Not under the tester: it fetches children from inside the modelReset signal, which
    // it then counts as an insertion during the reset.)
    checker.reset();
    model.reload();
    CHECK(model.rowCount() == 1);
    CHECK(model.rowCount(model.index(0, 0)) == 0);
}

TEST_CASE("the navigation tree shows live records only, in their order", "[models]")
{
    auto db = test::demoLedger(500);
    QSqlQuery q(db->connection());
    const qint64 grid =
        test::scalar(*db, QStringLiteral("SELECT max(id) FROM small_grid")).toLongLong();
    // Archive a small grid whose buildings were moved to another grid.
    REQUIRE(q.exec(QStringLiteral("UPDATE building SET small_grid_id = (SELECT min(id) FROM "
                                  "small_grid) WHERE small_grid_id = %1")
                       .arg(grid)));
    REQUIRE(q.exec(QStringLiteral("UPDATE small_grid SET archived_at = '2025-01-01T00:00:00Z' "
                                  "WHERE id = %1")
                       .arg(grid)));
    NavigationTreeModel model(db->connection());
    test::ModelChecker checker(&model);
    CHECK_FALSE(model.indexOf(LedgerScope::smallGrid(grid)).isValid());
    QStringList grids;
    const QModelIndex community =
        expand(model, model.index(0, 0, expand(model, model.index(0, 0))));
    for (int r = 0; r < model.rowCount(community); ++r)
        grids += childNames(model, model.index(r, 0, community));
    CHECK(grids.size() ==
          test::scalar(*db, QStringLiteral("SELECT count(*) FROM small_grid WHERE archived_at IS "
                                           "NULL"))
              .toInt());
    CHECK(checker.failures().join(QLatin1Char('\n')).toStdString() == std::string());
}
