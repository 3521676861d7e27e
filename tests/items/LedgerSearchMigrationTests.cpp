// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"
#include "TestDatabase.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "items/ResidentQuery.h"
#include "records/HouseholdRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gridbook;

namespace {

/** The version of the step that adds the ledger search indexes. */
int searchStep()
{
    for (const MigrationStep &step : Migrator::steps()) {
        if (step.name == QStringLiteral("ledger_search"))
            return step.version;
    }
    return 0;
}

int indexCount(const Database &db, const QString &name)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'index' AND name = '%1'")
                                .arg(name))
        .toInt();
}

} // namespace

TEST_CASE("the ledger search step adds the list indexes and keeps the residents", "[migrations]")
{
    const int step = searchStep();
    REQUIRE(step > 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        auto raw = Database::open(path, {.create = true, .readOnly = false, .migrate = false});
        REQUIRE(raw.ok());
        REQUIRE(Migrator::migrate((*raw)->connection(), step - 1));
    }
    auto opened = Database::open(path, {.create = false, .readOnly = false, .migrate = false});
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    // A household of the previous version, written through the repository.
    HouseholdRepository households(db->connection());
    QSqlQuery q(db->connection());
    auto household = households.createHousehold(
        Record{}, {Record{{QStringLiteral("name"), QString::fromUtf8("张三丰")},
                          {QStringLiteral("relation_code"), QStringLiteral("02")},
                          {QStringLiteral("id_number"), test::validId("43040219800101123")},
                          {QStringLiteral("phone"), QStringLiteral("13812345678")}}});
    REQUIRE(household.ok());
    CHECK(indexCount(*db, QStringLiteral("resident_birth")) == 1);

    REQUIRE(Migrator::migrate(db->connection(), step));
    CHECK(test::scalar(*db, QStringLiteral("PRAGMA user_version")).toInt() == step);
    for (const char *name :
         {"resident_sort_pinyin", "resident_sort_birth", "resident_household_order",
          "resident_id_number_ending", "resident_phone_ending", "resident_name_ending",
          "resident_long_name", "resident_care_category_live", "compound_sort", "building_sort",
          "building_unit_sort", "dwelling_order", "household_number"})
        CHECK(indexCount(*db, QString::fromLatin1(name)) == 1);
    for (const char *gone :
         {"resident_birth", "resident_household", "dwelling_building", "resident_care_category"})
        CHECK(indexCount(*db, QString::fromLatin1(gone)) == 0);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));

    // The data is there and found through the new indexes.
    for (const char *search : {"zsf", "5678", "三丰", "4304"}) {
        INFO(search);
        auto found = ResidentQuery{.search = QString::fromUtf8(search)}.ids(db->connection());
        REQUIRE(found.ok());
        CHECK(found->size() == 1);
    }
}
