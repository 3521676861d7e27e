// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"
#include "TestDatabase.h"

#include "domain/ResidentId.h"
#include "items/ResidentQuery.h"
#include "records/ResidentRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace gridbook;
using Sort = ResidentQuery::Sort;

namespace {

QList<qint64> ids(const Database &db, const ResidentQuery &query)
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

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("search: pinyin initials, full pinyin and parts of names", "[models]")
{
    auto db = test::demoLedger();
    const auto family = test::addFamily(*db);

    ResidentQuery q;
    q.today = test::demoDay();
    q.search = QStringLiteral("zsf");
    CHECK(ids(*db, q).contains(family.head));
    q.search = QStringLiteral("ZSF"); // case and full-width do not matter
    CHECK(ids(*db, q).contains(family.head));
    q.search = str("ｚｓｆ");
    CHECK(ids(*db, q).contains(family.head));
    q.search = QStringLiteral("zhangsanf");
    CHECK(ids(*db, q).contains(family.head));
    q.search = QStringLiteral("zwj");
    CHECK(ids(*db, q) ==
          test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE name_initials LIKE 'zwj%' "
                                          "OR name_pinyin LIKE 'zwj%'")));

    for (const char *part : {"张三丰", "张三", "三丰", "丰", "三"}) {
        INFO(part);
        q.search = str(part);
        const auto found = ids(*db, q);
        CHECK(found.contains(family.head));
        // Exactly the live residents whose name holds the text (the demo's compound names
        // hold none of these characters).
        CHECK(sorted(found) ==
              test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL "
                                              "AND instr(name, '%1') > 0 ORDER BY id")
                                   .arg(str(part))));
    }
    q.search = str("张无");
    CHECK(ids(*db, q) == QList<qint64>{family.child});
}

TEST_CASE("search: ID number prefix and ending, phone prefix and ending", "[models]")
{
    auto db = test::demoLedger();
    const auto family = test::addFamily(*db);
    ResidentQuery q;
    q.sort = Sort::Name;

    q.search = QStringLiteral("4304");
    const auto prefixed = ids(*db, q);
    for (qint64 id : {family.head, family.spouse, family.child})
        CHECK(prefixed.contains(id));
    CHECK(sorted(prefixed) ==
          test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL AND "
                                          "(id_number LIKE '4304%' OR phone LIKE '4304%' OR "
                                          "id_number LIKE '%4304' OR phone LIKE '%4304') "
                                          "ORDER BY id")));
    q.search = QStringLiteral("430402198001");
    CHECK(ids(*db, q) == QList<qint64>{family.head});
    // The ending (尾号): the last four, or more, characters of the ID number.
    const QString headId = test::validId("43040219800101123");
    q.search = headId.right(4);
    CHECK(ids(*db, q).contains(family.head));
    q.search = headId.right(7).toLower(); // a lower-case x is fine
    CHECK(ids(*db, q).contains(family.head));
    q.search = QStringLiteral("5678");
    const auto byPhone = ids(*db, q);
    CHECK(byPhone.contains(family.head));
    CHECK(sorted(byPhone) ==
          test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL AND "
                                          "(phone LIKE '%5678' OR id_number LIKE '%5678' OR "
                                          "phone LIKE '5678%' OR id_number LIKE '5678%') "
                                          "ORDER BY id")));
    q.search = QStringLiteral("1398765");
    CHECK(ids(*db, q) == QList<qint64>{family.spouse});
    q.search = QStringLiteral("678"); // three digits: prefixes only
    CHECK_FALSE(ids(*db, q).contains(family.head));
}

TEST_CASE("search: the address 和济小区3栋2单元501", "[models]")
{
    auto db = test::demoLedger();
    const auto family = test::addFamily(*db);
    const QString address =
        test::scalar(*db, QStringLiteral("SELECT c.name || b.name || u.name || d.room FROM "
                                         "dwelling d JOIN building b ON b.id = d.building_id "
                                         "JOIN compound c ON c.id = b.compound_id JOIN "
                                         "building_unit u ON u.id = d.unit_id WHERE d.id = %1")
                              .arg(family.dwelling))
            .toString();
    const QString compound =
        test::scalar(*db, QStringLiteral("SELECT c.name FROM dwelling d JOIN building b ON b.id = "
                                         "d.building_id JOIN compound c ON c.id = b.compound_id "
                                         "WHERE d.id = %1")
                              .arg(family.dwelling))
            .toString();
    INFO(address.toStdString());
    const QString residentsThere =
        QStringLiteral(
            "SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id WHERE "
            "h.dwelling_id = %1 AND r.archived_at IS NULL ORDER BY r.id")
            .arg(family.dwelling);

    ResidentQuery q;
    q.search = address;
    CHECK(sorted(ids(*db, q)) == test::idsOf(*db, residentsThere));
    // The building-unit-room part alone finds that dwelling in every compound.
    q.search = address.mid(compound.size());
    CHECK(ids(*db, q).contains(family.head));
    q.search = compound;
    CHECK(sorted(ids(*db, q)) ==
          test::idsOf(*db, QStringLiteral("SELECT r.id FROM resident r JOIN household h ON h.id = "
                                          "r.household_id JOIN dwelling d ON d.id = h.dwelling_id "
                                          "JOIN building b ON b.id = d.building_id JOIN compound c "
                                          "ON c.id = b.compound_id WHERE r.archived_at IS NULL "
                                          "AND c.name = '%1' ORDER BY r.id")
                               .arg(compound)));
}

TEST_CASE("scope: a small grid, a compound within a grid, a building, a unit", "[models]")
{
    auto db = test::demoLedger();
    const QString inGrid = QStringLiteral(
        "SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d "
        "ON d.id = h.dwelling_id JOIN building b ON b.id = d.building_id WHERE r.archived_at IS "
        "NULL AND %1 ORDER BY r.id");
    for (qint64 grid : test::idsOf(*db, QStringLiteral("SELECT id FROM small_grid"))) {
        INFO("small grid " << grid);
        ResidentQuery q;
        q.scope = LedgerScope::smallGrid(grid);
        const auto found = ids(*db, q);
        CHECK(sorted(found) ==
              test::idsOf(*db, inGrid.arg(QStringLiteral("b.small_grid_id = %1").arg(grid))));
        CHECK(*q.count(db->connection()) == found.size());
    }
    // A compound that lies in two grids: seen from one grid, only that grid's buildings.
    QSqlQuery split(db->connection());
    REQUIRE(split.exec(QStringLiteral("SELECT compound_id, min(small_grid_id) FROM building "
                                      "GROUP BY compound_id HAVING count(DISTINCT small_grid_id) "
                                      "> 1 LIMIT 1")));
    REQUIRE(split.next());
    const qint64 compound = split.value(0).toLongLong();
    const qint64 grid = split.value(1).toLongLong();
    ResidentQuery q;
    q.scope = LedgerScope::compound(compound, grid);
    CHECK(sorted(ids(*db, q)) ==
          test::idsOf(*db, inGrid.arg(QStringLiteral("b.compound_id = %1 AND b.small_grid_id = %2")
                                          .arg(compound)
                                          .arg(grid))));
    q.scope = LedgerScope::compound(compound);
    CHECK(sorted(ids(*db, q)) ==
          test::idsOf(*db, inGrid.arg(QStringLiteral("b.compound_id = %1").arg(compound))));
    const qint64 unit =
        test::scalar(*db, QStringLiteral("SELECT min(id) FROM building_unit")).toLongLong();
    q.scope = LedgerScope::unit(unit);
    CHECK(sorted(ids(*db, q)) ==
          test::idsOf(*db, inGrid.arg(QStringLiteral("d.unit_id = %1").arg(unit))));
    const qint64 community =
        test::scalar(*db, QStringLiteral("SELECT min(id) FROM community")).toLongLong();
    q.scope = LedgerScope::community(community);
    CHECK(
        ids(*db, q).size() ==
        test::scalar(*db, QStringLiteral("SELECT count(*) FROM resident WHERE archived_at IS NULL"))
            .toLongLong());
}

TEST_CASE("sort by age orders birth dates, and every sort is total and reversible", "[models]")
{
    auto db = test::demoLedger();
    ResidentQuery q;
    q.sort = Sort::Age;
    const auto youngestFirst = ids(*db, q);
    CHECK(youngestFirst ==
          test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL "
                                          "ORDER BY birth_date DESC, id DESC")));
    q.sort = Sort::Name;
    CHECK(ids(*db, q) ==
          test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL "
                                          "ORDER BY name_pinyin, id")));
    for (Sort sort : {Sort::Address, Sort::Name, Sort::Sex, Sort::Age, Sort::IdNumber, Sort::Phone,
                      Sort::Relation, Sort::Ethnicity, Sort::PoliticalStatus, Sort::ResidenceType,
                      Sort::CareCategories, Sort::Household}) {
        INFO("sort " << int(sort));
        q.sort = sort;
        q.order = Qt::AscendingOrder;
        auto up = ids(*db, q);
        q.order = Qt::DescendingOrder;
        auto down = ids(*db, q);
        std::reverse(down.begin(), down.end());
        CHECK(up == down);
        CHECK(up.size() == 2000);
    }
}

TEST_CASE("the address order: compound, building, unit, floor, room, head first", "[models]")
{
    auto db = test::demoLedger();
    const auto family = test::addFamily(*db);
    ResidentQuery q;
    const auto list = ids(*db, q);
    CHECK(list ==
          test::idsOf(*db, QStringLiteral(
                               "SELECT r.id FROM resident r JOIN household h ON h.id = "
                               "r.household_id JOIN dwelling d ON d.id = h.dwelling_id JOIN "
                               "building b ON b.id = d.building_id JOIN compound c ON c.id = "
                               "b.compound_id LEFT JOIN building_unit u ON u.id = d.unit_id WHERE "
                               "r.archived_at IS NULL ORDER BY c.name, c.id, b.number, b.id, "
                               "u.number, u.id, d.floor, d.room, d.id, h.id, r.relation_code, "
                               "r.id")));
    const qsizetype head = list.indexOf(family.head);
    CHECK(list.indexOf(family.spouse) == head + 1);
}

TEST_CASE("both ways of producing a list give the same list", "[models]")
{
    // Short lists are fetched through an index and sorted, long ones walked in the order of
    // the sort: whichever is chosen, the rows and their order must be the same.
    auto db = test::demoLedger();
    test::addFamily(*db);
    const QList<QString> searches{
        QString(),   QStringLiteral("z"),  QStringLiteral("zs"),   str("张"),
        str("三丰"), QStringLiteral("14"), QStringLiteral("5678"), str("3栋")};
    for (Sort sort : {Sort::Address, Sort::Name, Sort::Age, Sort::Phone, Sort::Sex}) {
        for (const QString &search : searches) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO("sort " << int(sort) << " search " << search.toStdString() << " order "
                             << int(order));
                ResidentQuery q;
                q.search = search;
                q.sort = sort;
                q.order = order;
                q.today = test::demoDay();
                q.strategy = ResidentQuery::Strategy::Walk;
                const auto walked = ids(*db, q);
                q.strategy = ResidentQuery::Strategy::Candidates;
                CHECK(ids(*db, q) == walked);
                q.careCategoryIds = {1, 5};
                q.minAge = 60;
                const auto filtered = ids(*db, q);
                q.strategy = ResidentQuery::Strategy::Walk;
                CHECK(ids(*db, q) == filtered);
            }
        }
    }
}

TEST_CASE("filters combine, and the count matches the list", "[models]")
{
    auto db = test::demoLedger();
    ResidentQuery q;
    q.today = test::demoDay();
    q.careCategoryIds = {4, 5};
    q.residenceTypeCodes = {QStringLiteral("1"), QStringLiteral("2")};
    q.minAge = 60;
    q.maxAge = 79;
    const auto found = ids(*db, q);
    const QString day = test::demoDay().toString(Qt::ISODate);
    QSqlQuery all(db->connection());
    REQUIRE(all.exec(QStringLiteral(
        "SELECT r.id, r.birth_date FROM resident r WHERE r.archived_at IS NULL AND "
        "r.residence_type_code IN ('1', '2') AND r.id IN (SELECT resident_id FROM resident_care "
        "WHERE archived_at IS NULL AND category_id IN (4, 5)) ORDER BY r.id")));
    QList<qint64> expected;
    while (all.next()) {
        const int age = ResidentId::ageOn(QDate::fromString(all.value(1).toString(), Qt::ISODate),
                                          test::demoDay());
        if (age >= 60 && age <= 79)
            expected << all.value(0).toLongLong();
    }
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(sorted(found) == expected);
    CHECK(*q.count(db->connection()) == expected.size());

    q = ResidentQuery{};
    q.politicalStatusCodes = {QStringLiteral("01")};
    q.search = QStringLiteral("z");
    const auto members = ids(*db, q);
    CHECK(sorted(members) ==
          test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL AND "
                                          "political_status_code = '01' AND (name_initials LIKE "
                                          "'z%' OR name_pinyin LIKE 'z%') ORDER BY id")));
    CHECK(*q.count(db->connection()) == members.size());
}

TEST_CASE("a long list that no sort index can count is counted by its ids", "[models]")
{
    // The residence type is in no sort index, so a walk has no count statement of its own.
    auto db = test::demoLedger();
    ResidentQuery q;
    q.today = test::demoDay();
    q.strategy = ResidentQuery::Strategy::Walk;
    q.residenceTypeCodes = {QStringLiteral("2")};
    for (const Sort sort : {Sort::Name, Sort::Address}) {
        q.sort = sort;
        const auto plan = q.plan(db->connection());
        REQUIRE(plan.ok());
        REQUIRE(plan->count.isEmpty());
        const auto expected =
            test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL AND "
                                            "residence_type_code = '2' ORDER BY id"));
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(sorted(ids(*db, q)) == expected);
        CHECK(*q.count(db->connection()) == expected.size());
    }
}

TEST_CASE("age bounds agree with ResidentId::ageOn, 29 February included", "[models]")
{
    for (const QDate day : {QDate(2024, 2, 28), QDate(2024, 2, 29), QDate(2024, 3, 1),
                            QDate(2025, 2, 28), QDate(2025, 3, 1), QDate(2025, 12, 31)}) {
        for (int years : {0, 1, 4, 60, 80}) {
            const QDate latest = ResidentQuery::latestBirthForAge(years, day);
            for (QDate birth = latest.addDays(-3); birth <= latest.addDays(3);
                 birth = birth.addDays(1)) {
                INFO(day.toString().toStdString()
                     << " " << years << " " << birth.toString().toStdString());
                CHECK((ResidentId::ageOn(birth, day) >= years) == (birth <= latest));
            }
        }
    }
    for (int year : {2000, 2004}) {
        const QDate leap(year, 2, 29);
        for (QDate day(2023, 2, 20); day <= QDate(2024, 3, 5); day = day.addDays(1)) {
            const int years = ResidentId::ageOn(leap, day);
            CHECK(leap <= ResidentQuery::latestBirthForAge(years, day));
            CHECK_FALSE(leap <= ResidentQuery::latestBirthForAge(years + 1, day));
        }
    }
}

TEST_CASE("archived residents only when asked", "[models]")
{
    auto db = test::demoLedger();
    const auto family = test::addFamily(*db);
    ResidentRepository residents(db->connection());
    REQUIRE(residents.archive(family.child, QStringLiteral("moved out")).ok());
    ResidentQuery q;
    q.search = QStringLiteral("zwj");
    CHECK_FALSE(ids(*db, q).contains(family.child));
    q.includeArchived = true;
    CHECK(ids(*db, q).contains(family.child));
    q.search.clear();
    CHECK(ids(*db, q).size() == 2003);
    q.includeArchived = false;
    CHECK(ids(*db, q).size() == 2002);
}

TEST_CASE("residents without a dwelling are listed after everyone with an address", "[models]")
{
    auto db = test::demoLedger(200);
    QSqlQuery q(db->connection());
    // A household registered here but living elsewhere (人户分离): no dwelling.
    REQUIRE(q.exec(QStringLiteral("UPDATE household SET dwelling_id = NULL WHERE id = (SELECT "
                                  "min(id) FROM household)")));
    auto homeless = test::idsOf(
        *db, QStringLiteral("SELECT r.id FROM resident r WHERE r.household_id = (SELECT min(id) "
                            "FROM household) AND r.archived_at IS NULL ORDER BY r.relation_code, "
                            "r.id"));
    REQUIRE_FALSE(homeless.isEmpty());
    for (auto strategy : {ResidentQuery::Strategy::Walk, ResidentQuery::Strategy::Candidates}) {
        ResidentQuery query;
        query.strategy = strategy;
        auto list = ids(*db, query);
        CHECK(list.size() == 200);
        CHECK(list.mid(list.size() - homeless.size()) == homeless);
        query.order = Qt::DescendingOrder;
        list = ids(*db, query);
        std::reverse(homeless.begin(), homeless.end());
        CHECK(list.mid(0, homeless.size()) == homeless);
        std::reverse(homeless.begin(), homeless.end());
    }
}

TEST_CASE("searches use the indexes of migration 5", "[models]")
{
    // The ending indexes are expression indexes: a query that spells the expression otherwise
    // silently reads every row. Guard the spelling.
    auto db = test::freshDatabase();
    auto plan = ResidentQuery{.search = QStringLiteral("5678"),
                              .strategy = ResidentQuery::Strategy::Candidates}
                    .plan(db->connection());
    REQUIRE(plan.ok());
    QSqlQuery q(db->connection());
    REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + plan->parts.first().sql));
    for (const QVariant &v : std::as_const(plan->parts.first().values))
        q.addBindValue(v);
    REQUIRE(q.exec());
    QString details;
    while (q.next())
        details += q.value(3).toString() + QLatin1Char('\n');
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("resident_id_number_ending")));
    CHECK(details.contains(QStringLiteral("resident_phone_ending")));
    CHECK_FALSE(details.contains(QStringLiteral("SCAN resident")));
}
