// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "demo/DemoCommunityGenerator.h"
#include "domain/ResidentId.h"
#include "stats/LedgerCheck.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace gridbook;

namespace {

const QDate kAsOf(2026, 11, 24);

qint64 count(const Database &db, const char *sql)
{
    return test::scalar(db, QString::fromUtf8(sql)).toLongLong();
}

/** A digest of every resident's identifying fields, in id order. */
QByteArray residentsDigest(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT uid, name, id_number, birth_date, household_id, "
                                  "relation_code FROM resident ORDER BY id")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        for (int i = 0; i < 6; ++i)
            hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    return hash.result();
}

} // namespace

TEST_CASE("the default demo has the shape of 和济社区", "[demo]")
{
    auto db = test::freshDatabase();
    SilentFeedback feedback;
    const auto summary = DemoCommunityGenerator({.seed = 1, .residents = 21237, .asOf = kAsOf})
                             .generate(*db, feedback);
    INFO((summary.ok() ? QString() : summary.error().details()).toStdString());
    REQUIRE(summary.ok());

    // The figures DOMAIN.md gives for 和济社区.
    CHECK(count(*db, "SELECT count(*) FROM community") == 1);
    CHECK(count(*db, "SELECT count(*) FROM compound") == 35);
    CHECK(count(*db, "SELECT count(*) FROM household") == 10191);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 21237);
    CHECK(count(*db, "SELECT count(*) FROM big_grid") == 6);
    CHECK(count(*db, "SELECT count(*) FROM small_grid") == 34);
    CHECK(count(*db, "SELECT count(*) FROM party_org WHERE level = 'branch'") == 9);
    CHECK(count(*db, "SELECT count(*) FROM party_org WHERE level = 'group'") == 16);
    CHECK(count(*db, "SELECT count(*) FROM party_member") == 386);
    CHECK(count(*db, "SELECT count(*) FROM grid_role WHERE role_code = 'grid_assistant'") >= 800);
    CHECK(count(*db, "SELECT count(*) FROM volunteer_team") >= 7);
    CHECK(count(*db, "SELECT count(*) FROM volunteer_skill") >= count(*db, "SELECT count(*) FROM volunteer"));
    CHECK(summary->residents == 21237);
    CHECK(summary->households == 10191);

    // One head per household, every household in a dwelling, every building in a small grid.
    CHECK(count(*db, "SELECT count(*) FROM household h WHERE (SELECT count(*) FROM resident r "
                     "WHERE r.household_id = h.id AND r.relation_code = '02') <> 1") == 0);
    CHECK(count(*db, "SELECT count(*) FROM household WHERE dwelling_id IS NULL") == 0);
    CHECK(count(*db, "SELECT count(*) FROM building WHERE small_grid_id IS NULL") == 0);
    CHECK(count(*db, "SELECT count(*) FROM small_grid sg WHERE NOT EXISTS (SELECT 1 FROM "
                     "building b WHERE b.small_grid_id = sg.id)") == 0);
    // Party members are 中共党员 and every Party group hangs under a branch.
    CHECK(count(*db, "SELECT count(*) FROM party_member pm JOIN resident r ON r.id = "
                     "pm.resident_id WHERE r.political_status_code <> '01'") == 0);
    CHECK(count(*db, "SELECT count(*) FROM party_org g JOIN party_org b ON b.id = g.parent_id "
                     "WHERE g.level = 'group' AND b.level <> 'branch'") == 0);

    // Care categories at plausible rates: everyone 80+ is tagged, some 低保, few 重点人员.
    CHECK(count(*db, "SELECT count(*) FROM resident r WHERE r.birth_date <= '1946-11-24' AND "
                     "NOT EXISTS (SELECT 1 FROM resident_care rc JOIN care_category c ON c.id = "
                     "rc.category_id WHERE rc.resident_id = r.id AND c.code = 'over_80')") == 0);
    const qint64 lowIncome = count(*db, "SELECT count(*) FROM resident_care rc JOIN "
                                        "care_category c ON c.id = rc.category_id WHERE c.code = "
                                        "'low_income'");
    CHECK(lowIncome > 200);
    CHECK(lowIncome < 1500);
    CHECK(count(*db, "SELECT count(*) FROM resident_care rc JOIN care_category c ON c.id = "
                     "rc.category_id WHERE c.category_group = 'special'") < 200);

    // A year of work, within the year before the as-of day.
    CHECK(count(*db, "SELECT count(*) FROM visit") > 10000);
    CHECK(count(*db, "SELECT count(*) FROM visit WHERE visited_on > '2026-11-24' OR "
                     "visited_on < '2025-11-24'") == 0);
    CHECK(count(*db, "SELECT count(*) FROM service_request") > 1000);
    CHECK(count(*db, "SELECT count(DISTINCT state) FROM service_request") >= 5);
    CHECK(count(*db, "SELECT count(*) FROM activity WHERE kind = 'service_market'") == 12);
    CHECK(count(*db, "SELECT count(*) FROM activity WHERE kind = 'service_market' AND "
                     "substr(held_on, 9, 2) <> '20'") == 0);
    CHECK(count(*db, "SELECT sum(people_served) FROM activity WHERE kind = 'service_market'") > 5000);
    CHECK(count(*db, "SELECT count(*) FROM pairing") > 200);
    CHECK(count(*db, "SELECT count(*) FROM consultation_issue") > 0);

    // Every generated ID is valid and agrees with the stored birth date and sex.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id_number, birth_date, sex_code FROM resident")));
    int checked = 0;
    int invalid = 0;
    int mismatched = 0;
    while (q.next()) {
        const auto id = ResidentId::check(q.value(0).toString(), kAsOf);
        ++checked;
        if (!id.valid) {
            ++invalid;
            continue;
        }
        if (id.birthDate.toString(Qt::ISODate) != q.value(1).toString() ||
            QString::number(int(id.sex)) != q.value(2).toString())
            ++mismatched;
    }
    CHECK(checked == 21237);
    CHECK(invalid == 0);
    CHECK(mismatched == 0);

    // And the integrity check agrees.
    const auto problems = LedgerCheck::run(*db, feedback, kAsOf);
    REQUIRE(problems.ok());
    INFO(LedgerCheck::toText(*problems).toStdString());
    CHECK(problems->isEmpty());
}

TEST_CASE("the demo is deterministic for a seed and differs between seeds", "[demo]")
{
    SilentFeedback feedback;
    auto make = [&](std::uint64_t seed) {
        auto db = test::freshDatabase();
        REQUIRE(DemoCommunityGenerator({.seed = seed, .residents = 1500, .asOf = kAsOf})
                    .generate(*db, feedback)
                    .ok());
        return residentsDigest(*db);
    };
    const QByteArray a = make(42);
    CHECK(make(42) == a);
    CHECK(make(43) != a);
}

TEST_CASE("a street office of several communities keeps the per-community shape", "[demo]")
{
    auto db = test::freshDatabase();
    SilentFeedback feedback;
    const auto summary = DemoCommunityGenerator({.seed = 3, .residents = 45000, .asOf = kAsOf})
                             .generate(*db, feedback);
    REQUIRE(summary.ok());
    // Two whole communities of the default shape, the remainder spread over them.
    CHECK(summary->communities == 2);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 45000);
    CHECK(count(*db, "SELECT count(DISTINCT name) FROM community") == 2);
    CHECK(count(*db, "SELECT count(*) FROM small_grid") == 2 * 34);
    CHECK(count(*db, "SELECT count(*) FROM compound") == 2 * 35);
    CHECK(count(*db, "SELECT count(*) FROM party_org WHERE level = 'branch'") == 2 * 9);
    // Every ID number is unique across the communities (the schema enforces it; this
    // checks the generator never needed to break it).
    CHECK(count(*db, "SELECT count(DISTINCT id_number) FROM resident") == 45000);
}

TEST_CASE("generating is refused into a ledger that has data, and cancelling leaves it empty",
          "[demo]")
{
    auto db = test::freshDatabase();
    SECTION("cancelled")
    {
        SilentFeedback feedback;
        feedback.cancel();
        const auto summary =
            DemoCommunityGenerator({.seed = 1, .residents = 2000, .asOf = kAsOf}).generate(*db, feedback);
        REQUIRE_FALSE(summary.ok());
        CHECK(count(*db, "SELECT count(*) FROM community") == 0);
        CHECK(count(*db, "SELECT count(*) FROM resident") == 0);
        // The dropped indexes came back with the rollback.
        CHECK(count(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'resident_name'") == 1);
    }
    SECTION("not empty")
    {
        SilentFeedback feedback;
        REQUIRE(DemoCommunityGenerator({.seed = 1, .residents = 500, .asOf = kAsOf})
                    .generate(*db, feedback)
                    .ok());
        const auto again =
            DemoCommunityGenerator({.seed = 2, .residents = 500, .asOf = kAsOf}).generate(*db, feedback);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("already")));
        CHECK(count(*db, "SELECT count(*) FROM resident") == 500);
    }
    SECTION("indexes are rebuilt after a successful run")
    {
        const qint64 before = count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");
        SilentFeedback feedback;
        REQUIRE(DemoCommunityGenerator({.seed = 1, .residents = 300, .asOf = kAsOf})
                    .generate(*db, feedback)
                    .ok());
        CHECK(count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'") >= before);
    }
}
