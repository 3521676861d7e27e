// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"

#include "db/SqliteHandle.h"
#include "document/LedgerDocument.h"
#include "items/AddressRank.h"
#include "items/LedgerSql.h"
#include "TestDatabase.h"
#include "items/ResidentQuery.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace gridbook;
using Sort = ResidentQuery::Sort;

namespace {

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

qint64 generation(const Database &db)
{
    const auto stamp = AddressRank::stamp(db.connection());
    REQUIRE(stamp.has_value());
    return stamp->generation;
}

/** Places whose address order differs from their id order, a floor and a unit missing, a
 *  household without a dwelling and a resident without a household. */
void scramble(const Database &db)
{
    // Units numbered against their ids in the first building with two or more.
    exec(db, QStringLiteral("UPDATE building_unit SET number = 100 - number WHERE building_id = "
                            "(SELECT building_id FROM building_unit GROUP BY building_id HAVING "
                            "count(*) > 1 ORDER BY building_id LIMIT 1)"));
    exec(db, QStringLiteral("UPDATE dwelling SET floor = NULL WHERE id = (SELECT max(id) FROM "
                            "dwelling WHERE id IN (SELECT dwelling_id FROM household))"));
    exec(db, QStringLiteral("UPDATE dwelling SET unit_id = NULL WHERE id = (SELECT min(id) FROM "
                            "dwelling WHERE id IN (SELECT dwelling_id FROM household) AND id > "
                            "(SELECT min(id) FROM dwelling))"));
    // The last compound (by id) sorts first by name.
    exec(db, QStringLiteral("UPDATE compound SET name = '阿' || name WHERE id = (SELECT max(id) "
                            "FROM compound)"));
    exec(db, QStringLiteral("UPDATE household SET dwelling_id = NULL WHERE id = (SELECT min(id) "
                            "FROM household)"));
    exec(db, QStringLiteral("UPDATE resident SET household_id = NULL, relation_code = NULL "
                            "WHERE id = (SELECT max(id) FROM resident WHERE relation_code <> "
                            "'01' AND archived_at IS NULL)"));
}

QList<qint64> residentIds(const Database &db, const ResidentQuery &query, QString *strategy)
{
    auto plan = query.plan(db.connection());
    INFO((plan.ok() ? QString() : plan.error().details()).toStdString());
    REQUIRE(plan.ok());
    if (strategy)
        *strategy = plan->strategy;
    IdListCollector collector;
    const Status run = plan->run(db.connection(), collector);
    INFO((run.ok() ? QString() : run.error().details()).toStdString());
    REQUIRE(run.ok());
    return collector.takeIds();
}

/** The details of SQLite's plan for a statement, one line per step. */
QStringList planSteps(const Database &db, const SqlStatement &statement)
{
    QSqlQuery explain(db.connection());
    INFO(statement.sql.toStdString());
    REQUIRE(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql));
    for (const QVariant &v : std::as_const(statement.values))
        explain.addBindValue(v);
    REQUIRE(explain.exec());
    QStringList steps;
    while (explain.next())
        steps << explain.value(3).toString();
    return steps;
}

} // namespace

TEST_CASE("households ranked in memory come in the address order of SQL", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = test::demoLedgerFile(dir.filePath(QStringLiteral("ranks.sqlite")), 600);
    scramble(*db);

    auto ranks = AddressRank::build(db->connection());
    INFO((ranks.ok() ? QString() : ranks.error().details()).toStdString());
    REQUIRE(ranks.ok());
    // Every household in the SQL sort of a short list: the housed ones in address order, then
    // the one without a dwelling.
    const auto expected = test::idsOf(
        *db, QStringLiteral("SELECT h.id FROM household h LEFT JOIN dwelling d ON d.id = "
                            "h.dwelling_id LEFT JOIN building b ON b.id = d.building_id LEFT "
                            "JOIN compound c ON c.id = b.compound_id LEFT JOIN building_unit u "
                            "ON u.id = d.unit_id ORDER BY (d.id IS NULL), ") +
                 LedgerSql::addressOrder(QStringLiteral(" ASC"), QStringLiteral("h.id")));
    REQUIRE(expected.size() > 100);
    QList<qint64> byRank = expected;
    std::stable_sort(byRank.begin(), byRank.end(), [&](qint64 a, qint64 b) {
        return (*ranks)->rankOf(a, true) < (*ranks)->rankOf(b, true);
    });
    CHECK(byRank == expected);
    CHECK((*ranks)->housed() == expected.size() - 1);
    // No household at all: after every housed household, before those without a dwelling.
    CHECK((*ranks)->rankOf(0, false) == (*ranks)->housed());
    CHECK((*ranks)->rankOf(expected.last(), true) > (*ranks)->rankOf(0, false));
}

TEST_CASE("a search in address order gives the same list with household positions", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = test::demoLedgerFile(dir.filePath(QStringLiteral("search.sqlite")), 600);
    scramble(*db);
    REQUIRE(AddressRank::build(db->connection()).ok());

    const QList<QString> searches{QStringLiteral("z"),     QStringLiteral("zs"),
                                  QString::fromUtf8("张"), QStringLiteral("14"),
                                  QStringLiteral("3"),     QString::fromUtf8("王")};
    int ranked = 0;
    for (const QString &search : searches) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("search " << search.toStdString() << " order " << int(order));
            ResidentQuery q;
            q.search = search;
            q.order = order;
            q.today = test::demoDay();
            q.strategy = ResidentQuery::Strategy::Walk;
            const auto walked = residentIds(*db, q, nullptr);
            q.strategy = ResidentQuery::Strategy::Candidates;
            QString strategy;
            const auto sorted = residentIds(*db, q, &strategy);
            CHECK(strategy.endsWith(QLatin1String(":ranked:covered")));
            ranked += strategy.contains(QLatin1String(":ranked")) ? 1 : 0;
            CHECK(sorted == walked);
            // With a filter besides the search, the residents' rows are read; same order.
            q.minAge = 30;
            q.strategy = ResidentQuery::Strategy::Walk;
            const auto filteredWalk = residentIds(*db, q, nullptr);
            q.strategy = ResidentQuery::Strategy::Candidates;
            CHECK(residentIds(*db, q, &strategy) == filteredWalk);
            CHECK(strategy.endsWith(QLatin1String(":ranked")));
        }
    }
    CHECK(ranked == searches.size() * 2);
    // The resident without a household is found by an unfiltered list too, in its place.
    ResidentQuery all;
    all.strategy = ResidentQuery::Strategy::Candidates;
    all.search = QStringLiteral("1"); // every ID number holds a 1
    QString strategy;
    const auto candidates = residentIds(*db, all, &strategy);
    all.strategy = ResidentQuery::Strategy::Walk;
    CHECK(candidates == residentIds(*db, all, nullptr));
}

TEST_CASE("household positions are dropped when an address changes", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = test::demoLedgerFile(dir.filePath(QStringLiteral("changes.sqlite")), 300);
    auto built = AddressRank::build(db->connection());
    REQUIRE(built.ok());
    CHECK(AddressRank::ready(db->connection()) == *built);

    qint64 before = generation(*db);
    auto moves = [&](const QString &sql) {
        exec(*db, sql);
        const qint64 after = generation(*db);
        const bool moved = after != before;
        before = after;
        return moved;
    };
    // What reorders households moves the counter ...
    CHECK(moves(QStringLiteral("UPDATE compound SET name = name || '北' WHERE id = 1")));
    CHECK(moves(QStringLiteral("UPDATE building SET number = number + 50 WHERE id = 1")));
    CHECK(moves(QStringLiteral("UPDATE building_unit SET number = number + 50 WHERE id = 1")));
    CHECK(moves(QStringLiteral("UPDATE dwelling SET room = room || 'A' WHERE id = (SELECT "
                               "min(dwelling_id) FROM household)")));
    CHECK(moves(QStringLiteral("UPDATE household SET dwelling_id = (SELECT max(id) FROM "
                               "dwelling) WHERE id = (SELECT min(id) FROM household)")));
    CHECK(moves(QStringLiteral("INSERT INTO household (uid, dwelling_id) VALUES ('rank-test', "
                               "(SELECT min(id) FROM dwelling))")));
    CHECK(moves(QStringLiteral("DELETE FROM household WHERE uid = 'rank-test'")));
    // ... what cannot reorder them does not.
    CHECK_FALSE(moves(QStringLiteral("UPDATE household SET phone = '12345' WHERE id = 2")));
    CHECK_FALSE(moves(QStringLiteral("UPDATE household SET dwelling_id = dwelling_id")));
    CHECK_FALSE(moves(QStringLiteral("UPDATE compound SET note = 'x' WHERE id = 1")));
    CHECK_FALSE(moves(QStringLiteral("INSERT INTO household (uid) VALUES ('rank-test-2')")));

    // Stale positions are not used; the first ask after the change starts a new build.
    CHECK(AddressRank::ready(db->connection()) == nullptr);
    ResidentQuery q;
    q.search = QStringLiteral("zs");
    q.strategy = ResidentQuery::Strategy::Walk;
    const auto walked = residentIds(*db, q, nullptr);
    q.strategy = ResidentQuery::Strategy::Candidates;
    CHECK(residentIds(*db, q, nullptr) == walked);
    // The build on a worker thread brings positions for the new state.
    std::shared_ptr<const AddressRanks> rebuilt;
    for (int i = 0; i < 500 && !rebuilt; ++i) {
        rebuilt = AddressRank::ready(db->connection());
        if (!rebuilt)
            QThread::msleep(10);
    }
    REQUIRE(rebuilt);
    CHECK(rebuilt->stamp().generation == before);
    QString strategy;
    CHECK(residentIds(*db, q, &strategy) == walked);
    CHECK(strategy.contains(QLatin1String(":ranked")));
}

TEST_CASE("household positions are stored in the file for the next open", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stored.sqlite"));
    std::vector<qint32> generated;
    {
        // The demo generator stores them with the households it writes.
        auto db = test::demoLedgerFile(path, 300);
        AddressRank::forgetAll();
        const auto stored = AddressRank::ready(db->connection());
        REQUIRE(stored); // read from the file: no build needed
        auto built = AddressRank::build(db->connection());
        REQUIRE(built.ok());
        CHECK(stored->byHousehold() == (*built)->byHousehold());
        CHECK(stored->housed() == (*built)->housed());
        generated = stored->byHousehold();

        // A change makes the stored ones stale; nothing is used until rebuilt.
        exec(*db, QStringLiteral("UPDATE dwelling SET room = 'Z' || room WHERE id = (SELECT "
                                 "min(dwelling_id) FROM household)"));
        AddressRank::forgetAll();
        CHECK(AddressRank::ready(db->connection()) == nullptr);
    }
    // The app stores what it has built when it closes the ledger; it builds nothing there.
    std::vector<qint32> edited;
    {
        auto document = LedgerDocument::open(path);
        REQUIRE(document.ok());
        auto built = AddressRank::build((*document)->database().connection());
        REQUIRE(built.ok());
        edited = (*built)->byHousehold();
    }
    AddressRank::forgetAll();
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        const auto stored = AddressRank::ready((*db)->connection());
        REQUIRE(stored);
        CHECK(stored->byHousehold() == edited);
        CHECK(edited != generated); // the renamed room moved its household
    }
}

TEST_CASE("a search sorted by address reads only indexes", "[models]")
{
    // Migration 8's indexes hold the live test, the household and the relation: the plan of
    // a search alone must find its residents without reading the resident table.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = test::demoLedgerFile(dir.filePath(QStringLiteral("covered.sqlite")), 300);
    REQUIRE(AddressRank::build(db->connection()).ok());
    for (const QString &search :
         {QStringLiteral("zs"), QStringLiteral("1401"), QStringLiteral("138"),
          QString::fromUtf8("张三"), QString::fromUtf8("沈")}) {
        INFO(search.toStdString());
        ResidentQuery q;
        q.search = search;
        q.strategy = ResidentQuery::Strategy::Candidates;
        auto plan = q.plan(db->connection());
        REQUIRE(plan.ok());
        REQUIRE(plan->strategy.endsWith(QLatin1String(":covered")));
        REQUIRE(AddressRank::install(SqliteHandle::of(db->connection()), plan->addressRanks).ok());
        QStringList prefixSearches;
        for (const QString &detail : planSteps(*db, plan->parts.first())) {
            // Every lookup of names and number beginnings (migrations 8 and 11); endings of ID
            // and phone numbers (four digits or more) find few and compare the whole number.
            if (detail.startsWith(QLatin1String("SEARCH resident")) &&
                !detail.contains(QLatin1String("number_ending")) &&
                !detail.contains(QLatin1String("phone_ending")))
                prefixSearches << detail;
        }
        INFO(prefixSearches.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(prefixSearches.isEmpty());
        for (const QString &detail : prefixSearches)
            CHECK(detail.contains(QLatin1String("COVERING INDEX")));
    }
}

TEST_CASE("the address walk tests names and numbers without reading residents", "[models]")
{
    // Migrations 5 and 9: the walk's index holds initials, names, ID and phone numbers.
    auto db = test::demoLedger(200);
    for (const QString &search : {QStringLiteral("zs"), QStringLiteral("1401"),
                                  QStringLiteral("138"), QString::fromUtf8("张")}) {
        INFO(search.toStdString());
        ResidentQuery q;
        q.search = search;
        q.strategy = ResidentQuery::Strategy::Walk;
        auto plan = q.plan(db->connection());
        REQUIRE(plan.ok());
        REQUIRE(plan->strategy == QLatin1String("walk:address"));
        const QStringList residentSteps =
            planSteps(*db, plan->parts.first()).filter(QLatin1String(" r "));
        INFO(residentSteps.join(QLatin1Char('\n')).toStdString());
        REQUIRE(residentSteps.size() == 1);
        CHECK(residentSteps.first().contains(
            QLatin1String("COVERING INDEX resident_household_order")));
    }
}

TEST_CASE("one character of a name is found through indexes, not by reading every name", "[models]")
{
    // Migration 10: first character, last, last but one, or inside a long name.
    auto db = test::demoLedger(200);
    for (const char *utf8 : {"沈", "丰", "华"}) {
        const QString search = QString::fromUtf8(utf8);
        INFO(search.toStdString());
        ResidentQuery q;
        q.search = search;
        q.strategy = ResidentQuery::Strategy::Candidates;
        q.sort = Sort::Name;
        auto plan = q.plan(db->connection());
        REQUIRE(plan.ok());
        const QStringList steps = planSteps(*db, plan->parts.first());
        INFO(steps.join(QLatin1Char('\n')).toStdString());
        CHECK(steps.filter(QLatin1String("resident_name_last")).size() == 1);
        // Only the small index of long names is read whole.
        for (const QString &step : steps.filter(QStringLiteral("SCAN resident")))
            CHECK(step.contains(QLatin1String("resident_long_name")));
        // Exactly the live residents whose name holds it.
        auto found = q.ids(db->connection());
        REQUIRE(found.ok());
        QList<qint64> sortedFound = *found;
        std::sort(sortedFound.begin(), sortedFound.end());
        CHECK(sortedFound ==
              test::idsOf(*db, QStringLiteral("SELECT id FROM resident WHERE archived_at IS NULL "
                                              "AND instr(name, '%1') > 0 ORDER BY id")
                                   .arg(search)));
    }
}
