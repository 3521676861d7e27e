// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "demo/DemoCommunityGenerator.h"
#include "stats/LedgerCheck.h"
#include "stats/LedgerStats.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

using namespace gridbook;

namespace {

const QDate kAsOf(2026, 11, 24);

std::unique_ptr<Database> demoLedger(int residents = 1200)
{
    auto db = test::freshDatabase();
    SilentFeedback feedback;
    REQUIRE(DemoCommunityGenerator({.seed = 5, .residents = residents, .asOf = kAsOf})
                .generate(*db, feedback)
                .ok());
    return db;
}

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(test::describe(q).toStdString());
    REQUIRE(q.exec(sql));
}

QStringList problemCodes(const Database &db)
{
    SilentFeedback feedback;
    const auto problems = LedgerCheck::run(db, feedback, kAsOf);
    REQUIRE(problems.ok());
    QStringList codes;
    for (const auto &p : *problems)
        codes << p.code;
    return codes;
}

} // namespace

TEST_CASE("check finds nothing wrong in a fresh demo ledger", "[stats]")
{
    auto db = demoLedger();
    CHECK(problemCodes(*db).isEmpty());
}

TEST_CASE("check catches planted faults", "[stats]")
{
    auto db = demoLedger();
    SECTION("a household without a head")
    {
        exec(*db, QStringLiteral("UPDATE resident SET relation_code = '10' WHERE id = (SELECT "
                                 "min(id) FROM resident WHERE relation_code = '02')"));
        CHECK(problemCodes(*db) == QStringList{QStringLiteral("household-without-head")});
    }
    SECTION("an invalid ID number that is not flagged, and one that is")
    {
        // Change the last digit of one ID: its check digit no longer matches.
        exec(*db, QStringLiteral("UPDATE resident SET id_number = substr(id_number, 1, 17) || "
                                 "CASE substr(id_number, 18, 1) WHEN '1' THEN '2' ELSE '1' END "
                                 "WHERE id = 1"));
        CHECK(problemCodes(*db) == QStringList{QStringLiteral("invalid-id-number")});
        exec(*db, QStringLiteral("UPDATE resident SET id_problem = 'imported as found' WHERE id = 1"));
        CHECK(problemCodes(*db).isEmpty());
    }
    SECTION("a birth date that disagrees with the ID number")
    {
        exec(*db, QStringLiteral("UPDATE resident SET birth_date = '1900-01-01' WHERE id = 2"));
        CHECK(problemCodes(*db) == QStringList{QStringLiteral("id-number-mismatch")});
    }
    SECTION("a building in no grid")
    {
        exec(*db, QStringLiteral("UPDATE building SET small_grid_id = NULL WHERE id = 1"));
        CHECK(problemCodes(*db) == QStringList{QStringLiteral("building-without-grid")});
    }
    SECTION("a live resident in an archived household")
    {
        exec(*db, QStringLiteral("UPDATE household SET archived_at = '2026-01-01T00:00:00Z' "
                                 "WHERE id = 1"));
        CHECK(problemCodes(*db).contains(QStringLiteral("resident-in-archived-household")));
    }
    SECTION("a Party member who is not a 党员")
    {
        exec(*db, QStringLiteral("UPDATE resident SET political_status_code = '13' WHERE id = "
                                 "(SELECT min(resident_id) FROM party_member)"));
        CHECK(problemCodes(*db) == QStringList{QStringLiteral("party-member-status")});
    }
    SECTION("a dangling reference, written with foreign keys off")
    {
        exec(*db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        exec(*db, QStringLiteral("UPDATE visit SET household_id = 99999999 WHERE id = 1"));
        exec(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
        CHECK(problemCodes(*db) == QStringList{QStringLiteral("foreign-key")});
    }
}

TEST_CASE("stats count the ledger by grid and by care category", "[stats]")
{
    auto db = demoLedger(3000);
    const auto stats = LedgerStats::compute(*db);
    REQUIRE(stats.ok());
    CHECK(stats->totals.residents == 3000);
    CHECK(stats->totals.households == test::scalar(*db, QStringLiteral("SELECT count(*) FROM household")).toLongLong());
    // Residents by grid add up to all residents: every resident is in exactly one grid.
    qint64 sum = 0;
    for (const auto &row : stats->byGrid)
        sum += row.residents;
    CHECK(sum == 3000);
    CHECK(stats->byGrid.size() == test::scalar(*db, QStringLiteral("SELECT count(*) FROM small_grid")).toLongLong());
    // By category matches an independent count for one category.
    const qint64 over80 = test::scalar(*db, QStringLiteral(
        "SELECT count(*) FROM resident_care rc JOIN care_category c ON c.id = rc.category_id "
        "WHERE c.code = 'over_80'")).toLongLong();
    bool found = false;
    for (const auto &row : stats->byCategory)
        if (row.code == QLatin1String("over_80")) {
            found = true;
            CHECK(row.residents == over80);
        }
    CHECK(found);
    // Archiving a resident moves them out of the live count.
    exec(*db, QStringLiteral("UPDATE resident SET archived_at = '2026-01-01T00:00:00Z' WHERE "
                             "id = (SELECT max(id) FROM resident WHERE relation_code <> '02')"));
    const auto after = LedgerStats::compute(*db);
    REQUIRE(after.ok());
    CHECK(after->totals.residents == 2999);
    CHECK(after->totals.archivedResidents == 1);

    const QJsonObject json = after->toJson();
    CHECK(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("residents")).toInteger() == 2999);
    CHECK(json.value(QStringLiteral("by_grid")).toArray().size() == stats->byGrid.size());
    CHECK(after->toText().contains(QLocale().toString(2999)));
}
