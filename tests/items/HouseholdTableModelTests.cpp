// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"
#include "TestDatabase.h"

#include "items/HouseholdTableModel.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace gridbook;
using Column = HouseholdTableModel::Column;
using Sort = HouseholdQuery::Sort;

namespace {

QList<qint64> ids(const Database &db, const HouseholdQuery &query)
{
    auto result = query.ids(db.connection());
    INFO((result.ok() ? QString() : result.error().details()).toStdString());
    REQUIRE(result.ok());
    return *result;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

TEST_CASE("the households table passes the model tester and shows a household", "[models]")
{
    auto db = test::demoLedger(300);
    const auto family = test::addFamily(*db);
    HouseholdTableModel model(db->connection());
    test::ModelChecker checker(&model);
    REQUIRE(model.setQuery(HouseholdQuery{}).ok());
    const int households =
        test::scalar(*db, QStringLiteral("SELECT count(*) FROM household")).toInt();
    CHECK(model.rowCount() == households);
    CHECK(model.totalCount() == households);

    REQUIRE(model.setSearchText(QStringLiteral("zsf")).ok());
    const int row = model.rowOf(family.household);
    REQUIRE(row >= 0);
    auto cell = [&](Column c) { return model.data(model.index(row, c)).toString(); };
    CHECK(cell(Column::Number) == QStringLiteral("990001"));
    CHECK(cell(Column::HeadName) == QString::fromUtf8("张三丰"));
    CHECK(model.data(model.index(row, Column::MemberCount)).toInt() == 3);
    CHECK(cell(Column::Care) == QString::fromUtf8("低保户"));
    CHECK(model.data(model.index(row, 0), HouseholdTableModel::CareFlagRole).toBool());
    CHECK(model.data(model.index(row, 0), HouseholdTableModel::HeadIdRole).toLongLong() ==
          family.head);
    CHECK(cell(Column::Phone) == QStringLiteral("13812345678"));
    CHECK(cell(Column::ResidenceType) == QString::fromUtf8("户籍人口"));
    model.setMaskPersonalData(true);
    CHECK(cell(Column::Phone) == QStringLiteral("138****5678"));

    for (int c = 0; c < HouseholdTableModel::ColumnCount; ++c) {
        model.sort(c, Qt::DescendingOrder);
        model.sort(c, Qt::AscendingOrder);
    }
    CHECK(checker.failures().join(QLatin1Char('\n')).toStdString() == std::string());
}

TEST_CASE("household search, scope and filters", "[models]")
{
    auto db = test::demoLedger();
    const auto family = test::addFamily(*db);
    HouseholdQuery q;
    for (const char *text : {"zsf", "张三丰", "三丰", "4304", "990001", "5678"}) {
        INFO(text);
        q.search = QString::fromUtf8(text);
        CHECK(ids(*db, q).contains(family.household));
    }
    q.search = QStringLiteral("lxy"); // the spouse: not the head
    CHECK_FALSE(ids(*db, q).contains(family.household));

    q = HouseholdQuery{};
    const qint64 grid =
        test::scalar(*db, QStringLiteral("SELECT min(id) FROM small_grid")).toLongLong();
    q.scope = LedgerScope::smallGrid(grid);
    CHECK(sorted(ids(*db, q)) ==
          test::idsOf(*db, QStringLiteral("SELECT h.id FROM household h JOIN dwelling d ON d.id = "
                                          "h.dwelling_id JOIN building b ON b.id = d.building_id "
                                          "WHERE b.small_grid_id = %1 AND h.archived_at IS NULL "
                                          "ORDER BY h.id")
                               .arg(grid)));
    q.careCategoryIds = {1};
    CHECK(sorted(ids(*db, q)) ==
          test::idsOf(
              *db, QStringLiteral("SELECT DISTINCT h.id FROM household h JOIN dwelling d ON d.id = "
                                  "h.dwelling_id JOIN building b ON b.id = d.building_id JOIN "
                                  "resident r ON r.household_id = h.id JOIN resident_care rc ON "
                                  "rc.resident_id = r.id WHERE b.small_grid_id = %1 AND "
                                  "h.archived_at IS NULL AND r.archived_at IS NULL AND "
                                  "rc.archived_at IS NULL AND rc.category_id = 1 ORDER BY h.id")
                       .arg(grid)));
}

TEST_CASE("household lists are the same however they are produced", "[models]")
{
    auto db = test::demoLedger();
    test::addFamily(*db);
    for (Sort sort : {Sort::Address, Sort::Number, Sort::HeadName, Sort::MemberCount,
                      Sort::ResidenceType, Sort::Care, Sort::Phone}) {
        for (const char *search : {"", "z", "zs", "张", "3栋"}) {
            INFO("sort " << int(sort) << " search " << search);
            HouseholdQuery q;
            q.sort = sort;
            q.search = QString::fromUtf8(search);
            q.strategy = HouseholdQuery::Strategy::Walk;
            const auto walked = ids(*db, q);
            q.strategy = HouseholdQuery::Strategy::Candidates;
            CHECK(ids(*db, q) == walked);
            q.order = Qt::DescendingOrder;
            auto down = ids(*db, q);
            std::reverse(down.begin(), down.end());
            CHECK(down == walked);
            CHECK(*q.count(db->connection()) == walked.size());
        }
    }
}
