// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "db/Database.h"
#include "db/Migrator.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gridbook;

namespace {

/** Opens a file-backed ledger migrated only up to `version`. */
std::unique_ptr<Database> openAtVersion(const QString &path, int version)
{
    {
        // Create the file with the steps up to `version` only.
        auto raw = Database::open(path, {.create = true, .readOnly = false, .migrate = false});
        REQUIRE(raw.ok());
        REQUIRE(Migrator::migrate((*raw)->connection(), version));
    }
    auto db = Database::open(path, {.create = false, .readOnly = false, .migrate = false});
    INFO((db.ok() ? QString() : db.error().details()).toStdString());
    return db.ok() ? std::move(db).value() : nullptr;
}

} // namespace

TEST_CASE("steps are numbered 1..N and an empty file migrates to the latest", "[migrations]")
{
    const auto &steps = Migrator::steps();
    REQUIRE_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == i + 1);

    auto db = test::freshDatabase();
    CHECK(test::scalar(*db, QStringLiteral("PRAGMA user_version")).toInt() ==
          Migrator::latestVersion());
    CHECK(test::scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() ==
          Migrator::kApplicationId);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM migration_log")).toInt() ==
          Migrator::latestVersion());
    CHECK(test::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    QSqlQuery fk(db->connection());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());
}

TEST_CASE("every step migrates a file of the previous version and keeps its data", "[migrations]")
{
    // For each step N: build a file at N-1 holding a community (present from step 1 on),
    // migrate to N, and check the data survived and the version moved.
    for (int target = 2; target <= Migrator::latestVersion(); ++target) {
        DYNAMIC_SECTION("step " << target) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
            auto db = openAtVersion(path, target - 1);
            REQUIRE(db);
            QSqlQuery q(db->connection());
            REQUIRE(q.exec(QStringLiteral(
                "INSERT INTO community (uid, name) VALUES ('00000000-0000-4000-8000-000000000001', "
                "'和济社区')")));
            REQUIRE(Migrator::migrate(db->connection(), target));
            CHECK(test::scalar(*db, QStringLiteral("PRAGMA user_version")).toInt() == target);
            CHECK(test::scalar(*db, QStringLiteral("SELECT name FROM community")).toString() ==
                  QStringLiteral("和济社区"));
            REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            CHECK_FALSE(q.next());
        }
    }
}

TEST_CASE("a failing step leaves the file at the previous version", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    auto db = openAtVersion(path, 1);
    REQUIRE(db);
    // Plant a row that step 2 will collide with, so step 2 fails half-way.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO sex_code (code, name) VALUES ('1', 'x')")));
    const Status s = Migrator::migrate(db->connection());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("schema 2")));
    CHECK(test::scalar(*db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM sex_code")).toInt() == 1);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM ethnicity_code")).toInt() == 0);
}
