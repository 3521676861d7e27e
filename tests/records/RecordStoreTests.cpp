// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "db/RecordUid.h"
#include "db/TransactionGuard.h"
#include "domain/ResidentId.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <functional>

using namespace gridbook;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/** A valid 18-character ID number for the first 17 digits. */
QString validId(const char *first17)
{
    const QString digits = QString::fromLatin1(first17);
    return digits + ResidentId::checkDigit(digits);
}

int rowCount(const Database &db, const QString &table)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

QString describe(const Status &s)
{
    return s.ok() ? QString() : s.error().details();
}

template <typename T> QString describe(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().details();
}

using Ids = QHash<QString, qint64>;

/** One record table's round trip: what to insert (given the ids made so far) and change. */
struct Sample {
    QString table;
    std::function<Record(const Ids &)> record;
    std::function<Record(const Ids &)> change;
};

/**
 * A valid chain through the whole schema, parents before children: a community, its grids,
 * a compound, building, unit, dwelling, a household with its head, and everything the work
 * tables refer to.
 */
QList<Sample> samples()
{
    auto R = [](std::initializer_list<std::pair<QString, QVariant>> values) {
        return Record(values);
    };
    auto fixed = [](Record r) { return [r](const Ids &) { return r; }; };
    const QString headId = validId("14040319800101001");
    return {
        {QStringLiteral("community"),
         fixed(R({{QStringLiteral("name"), S("和济社区")},
                  {QStringLiteral("street_office"), S("长治路街道")},
                  {QStringLiteral("region_code"), QStringLiteral("140403")},
                  {QStringLiteral("area_km2"), 3.8},
                  {QStringLiteral("phone"), QStringLiteral("0355-1234567")}})),
         fixed(R({{QStringLiteral("note"), S("总网格长: 社区书记")}}))},
        {QStringLiteral("compound"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("name"), S("民乐小区")},
                       {QStringLiteral("property_company"), S("安居物业")}});
         },
         fixed(R({{QStringLiteral("address"), S("民乐路1号")}}))},
        {QStringLiteral("big_grid"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("code"), QStringLiteral("01")},
                       {QStringLiteral("name"), S("第一大网格")}});
         },
         fixed(R({{QStringLiteral("name"), S("东片大网格")}}))},
        {QStringLiteral("small_grid"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("big_grid_id"), ids[QStringLiteral("big_grid")]},
                       {QStringLiteral("code"), QStringLiteral("01-01")},
                       {QStringLiteral("name"), S("第一网格")}});
         },
         fixed(R({{QStringLiteral("code"), QStringLiteral("01-02")}}))},
        {QStringLiteral("building"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("compound_id"), ids[QStringLiteral("compound")]},
                       {QStringLiteral("small_grid_id"), ids[QStringLiteral("small_grid")]},
                       {QStringLiteral("name"), S("3栋")},
                       {QStringLiteral("number"), 3},
                       {QStringLiteral("floors"), 6}});
         },
         fixed(R({{QStringLiteral("floors"), 7}}))},
        {QStringLiteral("building_unit"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("building_id"), ids[QStringLiteral("building")]},
                       {QStringLiteral("name"), S("2单元")},
                       {QStringLiteral("number"), 2}});
         },
         fixed(R({{QStringLiteral("floors"), 6}}))},
        {QStringLiteral("dwelling"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("building_id"), ids[QStringLiteral("building")]},
                       {QStringLiteral("unit_id"), ids[QStringLiteral("building_unit")]},
                       {QStringLiteral("floor"), 5},
                       {QStringLiteral("room"), QStringLiteral("501")},
                       {QStringLiteral("area_m2"), 89.5}});
         },
         fixed(R({{QStringLiteral("usage"), QStringLiteral("commercial")}}))},
        {QStringLiteral("household"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("dwelling_id"), ids[QStringLiteral("dwelling")]},
                       {QStringLiteral("household_number"), QStringLiteral("H0001")},
                       {QStringLiteral("residence_type_code"), QStringLiteral("1")},
                       {QStringLiteral("phone"), QStringLiteral("13812345678")}});
         },
         fixed(R({{QStringLiteral("residence_type_code"), QStringLiteral("2")}}))},
        {QStringLiteral("resident"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("household_id"), ids[QStringLiteral("household")]},
                       {QStringLiteral("relation_code"), QStringLiteral("02")},
                       {QStringLiteral("name"), S("张三")},
                       {QStringLiteral("sex_code"), QStringLiteral("1")},
                       {QStringLiteral("id_number"), headId},
                       {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
                       {QStringLiteral("ethnicity_code"), QStringLiteral("01")},
                       {QStringLiteral("political_status_code"), QStringLiteral("01")}});
         },
         fixed(R({{QStringLiteral("work_status"), QStringLiteral("retired")}}))},
        {QStringLiteral("care_category"),
         fixed(R({{QStringLiteral("code"), QStringLiteral("test_category")},
                  {QStringLiteral("name"), S("测试类别")},
                  {QStringLiteral("category_group"), QStringLiteral("care")},
                  {QStringLiteral("sensitive"), 0},
                  {QStringLiteral("sort"), 999}})),
         fixed(R({{QStringLiteral("sensitive"), 1}}))},
        {QStringLiteral("resident_care"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("resident_id"), ids[QStringLiteral("resident")]},
                       {QStringLiteral("category_id"), ids[QStringLiteral("care_category")]},
                       {QStringLiteral("since"), QStringLiteral("2024-01-01")}});
         },
         fixed(R({{QStringLiteral("note"), S("每月走访")}}))},
        {QStringLiteral("grid_role"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("role_code"), QStringLiteral("grid_leader")},
                       {QStringLiteral("resident_id"), ids[QStringLiteral("resident")]},
                       {QStringLiteral("holder_name"), S("张三")},
                       {QStringLiteral("small_grid_id"), ids[QStringLiteral("small_grid")]},
                       {QStringLiteral("started_on"), QStringLiteral("2023-01-01")}});
         },
         fixed(R({{QStringLiteral("holder_phone"), QStringLiteral("13812345678")}}))},
        {QStringLiteral("party_org"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("level"), QStringLiteral("committee")},
                       {QStringLiteral("name"), S("和济社区党委")},
                       {QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("secretary_resident_id"), ids[QStringLiteral("resident")]}});
         },
         fixed(R({{QStringLiteral("name"), S("和济社区党委会")}}))},
        {QStringLiteral("party_member"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("resident_id"), ids[QStringLiteral("resident")]},
                       {QStringLiteral("org_id"), ids[QStringLiteral("party_org")]},
                       {QStringLiteral("membership"), QStringLiteral("community")},
                       {QStringLiteral("joined_on"), QStringLiteral("2001-07-01")}});
         },
         fixed(R({{QStringLiteral("center_household"), 1}}))},
        {QStringLiteral("volunteer_team"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("small_grid_id"), ids[QStringLiteral("small_grid")]},
                       {QStringLiteral("name"), S("党员先锋队")},
                       {QStringLiteral("leader_resident_id"), ids[QStringLiteral("resident")]}});
         },
         fixed(R({{QStringLiteral("note"), S("每周六集中服务")}}))},
        {QStringLiteral("skill"),
         fixed(R({{QStringLiteral("name"), S("修自行车")}, {QStringLiteral("sort"), 500}})),
         fixed(R({{QStringLiteral("sort"), 510}}))},
        {QStringLiteral("volunteer"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("resident_id"), ids[QStringLiteral("resident")]},
                       {QStringLiteral("team_id"), ids[QStringLiteral("volunteer_team")]},
                       {QStringLiteral("joined_on"), QStringLiteral("2022-05-01")}});
         },
         fixed(R({{QStringLiteral("note"), S("擅长维修")}}))},
        {QStringLiteral("volunteer_skill"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("volunteer_id"), ids[QStringLiteral("volunteer")]},
                       {QStringLiteral("skill_id"), ids[QStringLiteral("skill")]}});
         },
         [=](const Ids &ids) {
             return R({{QStringLiteral("skill_id"), ids[QStringLiteral("seeded_skill")]}});
         }},
        {QStringLiteral("service_request"),
         [=](const Ids &ids) {
             return R(
                 {{QStringLiteral("requester_id"), ids[QStringLiteral("resident")]},
                  {QStringLiteral("household_id"), ids[QStringLiteral("household")]},
                  {QStringLiteral("skill_id"), ids[QStringLiteral("skill")]},
                  {QStringLiteral("title"), S("厨房水管堵塞")},
                  {QStringLiteral("requested_at"), QStringLiteral("2024-03-05T08:00:00.000Z")}});
         },
         [=](const Ids &ids) {
             return R(
                 {{QStringLiteral("state"), QStringLiteral("dispatched")},
                  {QStringLiteral("team_id"), ids[QStringLiteral("volunteer_team")]},
                  {QStringLiteral("dispatched_at"), QStringLiteral("2024-03-05T09:00:00.000Z")}});
         }},
        {QStringLiteral("visit"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("household_id"), ids[QStringLiteral("household")]},
                       {QStringLiteral("visitor_id"), ids[QStringLiteral("resident")]},
                       {QStringLiteral("visitor_name"), S("张三")},
                       {QStringLiteral("visited_on"), QStringLiteral("2024-03-06")},
                       {QStringLiteral("purpose"), S("入户走访")}});
         },
         fixed(R({{QStringLiteral("follow_up_done"), 1}}))},
        {QStringLiteral("pairing"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("party_member_id"), ids[QStringLiteral("party_member")]},
                       {QStringLiteral("household_id"), ids[QStringLiteral("household")]},
                       {QStringLiteral("started_on"), QStringLiteral("2024-01-01")}});
         },
         fixed(R({{QStringLiteral("ended_on"), QStringLiteral("2024-12-31")}}))},
        {QStringLiteral("activity"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("kind"), QStringLiteral("service_market")},
                       {QStringLiteral("title"), S("便民服务集市")},
                       {QStringLiteral("held_on"), QStringLiteral("2024-03-20")},
                       {QStringLiteral("organiser_team_id"), ids[QStringLiteral("volunteer_team")]},
                       {QStringLiteral("party_org_id"), ids[QStringLiteral("party_org")]},
                       {QStringLiteral("people_served"), 420}});
         },
         fixed(R({{QStringLiteral("people_served"), 460}}))},
        {QStringLiteral("activity_participant"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("activity_id"), ids[QStringLiteral("activity")]},
                       {QStringLiteral("resident_id"), ids[QStringLiteral("resident")]},
                       {QStringLiteral("role"), QStringLiteral("volunteer")}});
         },
         fixed(R({{QStringLiteral("role"), QStringLiteral("organiser")}}))},
        {QStringLiteral("consultation"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("compound_id"), ids[QStringLiteral("compound")]},
                       {QStringLiteral("kind"), QStringLiteral("five_party")},
                       {QStringLiteral("title"), S("五方会谈: 停车难")},
                       {QStringLiteral("held_on"), QStringLiteral("2024-04-02")}});
         },
         fixed(R({{QStringLiteral("summary"), S("增设车位30个")}}))},
        {QStringLiteral("consultation_issue"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("consultation_id"), ids[QStringLiteral("consultation")]},
                       {QStringLiteral("title"), S("夜间停车")}});
         },
         fixed(R({{QStringLiteral("state"), QStringLiteral("in_progress")}}))},
        {QStringLiteral("points_entry"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("party_member_id"), ids[QStringLiteral("party_member")]},
                       {QStringLiteral("occurred_on"), QStringLiteral("2024-03-20")},
                       {QStringLiteral("points"), 5},
                       {QStringLiteral("reason"), S("参加便民服务集市")},
                       {QStringLiteral("activity_id"), ids[QStringLiteral("activity")]}});
         },
         fixed(R({{QStringLiteral("points"), 10}}))},
        {QStringLiteral("hours_entry"),
         [=](const Ids &ids) {
             return R(
                 {{QStringLiteral("resident_id"), ids[QStringLiteral("resident")]},
                  {QStringLiteral("occurred_on"), QStringLiteral("2024-03-05")},
                  {QStringLiteral("hours"), 2.5},
                  {QStringLiteral("service_request_id"), ids[QStringLiteral("service_request")]}});
         },
         fixed(R({{QStringLiteral("hours"), 3.0}}))},
        {QStringLiteral("community_backdrop"),
         [=](const Ids &ids) {
             return R({{QStringLiteral("community_id"), ids[QStringLiteral("community")]},
                       {QStringLiteral("image"), QByteArray("\x89PNG\r\n\x1a\n", 8)},
                       {QStringLiteral("format"), QStringLiteral("png")},
                       {QStringLiteral("pixel_width"), 800},
                       {QStringLiteral("pixel_height"), 600},
                       {QStringLiteral("width"), 400.0}});
         },
         fixed(R({{QStringLiteral("opacity"), 0.8}}))},
        {QStringLiteral("household_colour_rule"),
         [=](const Ids &) {
             return R({{QStringLiteral("name"), S("困难户")},
                       {QStringLiteral("colour"), QStringLiteral("#123abc")},
                       {QStringLiteral("rule"), QStringLiteral("care")},
                       {QStringLiteral("parameter"), QStringLiteral("hardship")},
                       {QStringLiteral("priority"), 5}});
         },
         fixed(R({{QStringLiteral("colour"), QStringLiteral("#00ff00")}}))},
    };
}

/** Builds the whole chain; returns the ids by table. */
Ids buildChain(RecordStore &store, const Database &db)
{
    Ids ids;
    ids.insert(QStringLiteral("seeded_skill"),
               test::scalar(db, QStringLiteral("SELECT min(id) FROM skill")).toLongLong());
    for (const Sample &sample : samples()) {
        auto id = store.insert(sample.table, sample.record(ids));
        INFO(sample.table.toStdString() << ": " << describe(id).toStdString());
        REQUIRE(id.ok());
        ids.insert(sample.table, *id);
    }
    return ids;
}

bool listed(const RecordStore &store, const QString &table, qint64 id, bool includeArchived)
{
    RecordStore::ListOptions options;
    options.includeArchived = includeArchived;
    auto rows = store.list(table, options);
    REQUIRE(rows.ok());
    for (const Record &r : *rows) {
        if (r.value(QStringLiteral("id")).toLongLong() == id)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("every record table: create, read back, update, archive, restore", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());

    // The samples cover every table that has the record columns: a new table needs one here.
    QSet<QString> recordTables;
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' "
                                      "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) "
                                      "WHERE name = 'archived_at')")));
        while (q.next())
            recordTables.insert(q.value(0).toString());
    }
    QSet<QString> sampled;
    for (const Sample &s : samples())
        sampled.insert(s.table);
    CHECK(sampled == recordTables);
    CHECK(sampled.size() == 29);

    Ids ids;
    ids.insert(QStringLiteral("seeded_skill"),
               test::scalar(*db, QStringLiteral("SELECT min(id) FROM skill")).toLongLong());
    for (const Sample &sample : samples()) {
        const QString table = sample.table;
        INFO("table " << table.toStdString());
        const Record record = sample.record(ids);
        auto id = store.insert(table, record);
        INFO(describe(id).toStdString());
        REQUIRE(id.ok());
        ids.insert(table, *id);

        // Read back: every given value, a fresh uid and the timestamps.
        auto stored = store.get(table, *id);
        REQUIRE(stored.ok());
        for (auto it = record.cbegin(); it != record.cend(); ++it) {
            INFO("column " << it.key().toStdString());
            CHECK(stored->value(it.key()) == it.value());
        }
        const QString uid = stored->value(QStringLiteral("uid")).toString();
        CHECK(RecordUid::isValid(uid));
        CHECK(stored->value(QStringLiteral("archived_at")).isNull());
        const QString createdAt = stored->value(QStringLiteral("created_at")).toString();
        const QString updatedAt = stored->value(QStringLiteral("updated_at")).toString();
        CHECK(createdAt.endsWith(QLatin1Char('Z')));
        CHECK(store.idForUid(table, uid).ok());
        CHECK(*store.idForUid(table, uid) == *id);
        auto byUid = store.findByUid(table, uid);
        REQUIRE(byUid.ok());
        REQUIRE(byUid->has_value());
        CHECK(**byUid == *stored);

        // Update: the field changes, updated_at moves forward, created_at stays.
        const Record change = sample.change(ids);
        const Status updated = store.update(table, *id, change);
        INFO(describe(updated).toStdString());
        REQUIRE(updated.ok());
        auto changed = store.get(table, *id);
        REQUIRE(changed.ok());
        for (auto it = change.cbegin(); it != change.cend(); ++it) {
            INFO("changed column " << it.key().toStdString());
            CHECK(changed->value(it.key()) == it.value());
        }
        CHECK(changed->value(QStringLiteral("created_at")).toString() == createdAt);
        CHECK(changed->value(QStringLiteral("updated_at")).toString() > updatedAt);
        CHECK(changed->value(QStringLiteral("uid")).toString() == uid);

        // Archive: archived_at set, gone from the default list, still readable.
        REQUIRE(listed(store, table, *id, false));
        const Status archived = store.archive(table, *id, QStringLiteral("test"));
        INFO(describe(archived).toStdString());
        REQUIRE(archived.ok());
        auto gone = store.get(table, *id);
        REQUIRE(gone.ok());
        CHECK_FALSE(gone->value(QStringLiteral("archived_at")).isNull());
        CHECK(gone->value(QStringLiteral("updated_at")).toString() >
              changed->value(QStringLiteral("updated_at")).toString());
        CHECK_FALSE(listed(store, table, *id, false));
        CHECK(listed(store, table, *id, true));
        CHECK_FALSE(store.archive(table, *id).ok()); // archived already

        // Restore: live again, as before.
        const Status restored = store.restore(table, *id);
        INFO(describe(restored).toStdString());
        REQUIRE(restored.ok());
        auto back = store.get(table, *id);
        REQUIRE(back.ok());
        CHECK(back->value(QStringLiteral("archived_at")).isNull());
        CHECK(listed(store, table, *id, false));
        CHECK_FALSE(store.restore(table, *id).ok()); // not archived
    }
}

TEST_CASE("archive keeps the reason where the table has one, restore clears it", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    const Ids ids = buildChain(store, *db);
    const qint64 household = ids[QStringLiteral("household")];
    REQUIRE(store.archive(QStringLiteral("household"), household, S("  整户迁出  ")).ok());
    CHECK(store.get(QStringLiteral("household"), household)
              ->value(QStringLiteral("archive_reason"))
              .toString() == S("整户迁出"));
    REQUIRE(store.restore(QStringLiteral("household"), household).ok());
    CHECK(store.get(QStringLiteral("household"), household)
              ->value(QStringLiteral("archive_reason"))
              .isNull());
}

TEST_CASE("unknown tables and columns are refused before any SQL runs", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    const Record community{{QStringLiteral("name"), S("湖光社区")},
                           {QStringLiteral("nickname"), QStringLiteral("x")}};

    auto inserted = store.insert(QStringLiteral("community"), community);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().field == QStringLiteral("nickname"));
    CHECK(inserted.error().message.contains(QStringLiteral("nickname")));
    CHECK(rowCount(*db, QStringLiteral("community")) == 0);

    auto id =
        store.insert(QStringLiteral("community"), Record{{QStringLiteral("name"), S("湖光社区")}});
    REQUIRE(id.ok());
    const Status updated = store.update(QStringLiteral("community"), *id,
                                        Record{{QStringLiteral("name; DROP TABLE community"), 1}});
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().message.contains(QStringLiteral("has no field")));

    RecordStore::ListOptions options;
    options.orderBy << RecordStore::SortKey{QStringLiteral("name DESC"), false};
    CHECK_FALSE(store.list(QStringLiteral("community"), options).ok());
    options = {};
    options.equals.insert(QStringLiteral("nmae"), S("湖光社区"));
    CHECK_FALSE(store.list(QStringLiteral("community"), options).ok());

    auto noTable = store.insert(QStringLiteral("communities"), Record{});
    REQUIRE_FALSE(noTable.ok());
    CHECK(noTable.error().message.contains(QStringLiteral("no table")));
    // A code table is not a record table: it has no uid or soft delete.
    auto codeTable = store.insert(QStringLiteral("sex_code"),
                                  Record{{QStringLiteral("code"), QStringLiteral("7")}});
    REQUIRE_FALSE(codeTable.ok());
    CHECK(codeTable.error().message.contains(QStringLiteral("not a ledger record table")));
    CHECK(rowCount(*db, QStringLiteral("community")) == 1);
}

TEST_CASE("uids: made when missing, kept when valid, refused when not", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    const QString table = QStringLiteral("skill");

    const QString uid = RecordUid::create();
    auto kept = store.insert(
        table, Record{{QStringLiteral("uid"), uid}, {QStringLiteral("name"), S("理发")}});
    REQUIRE(kept.ok());
    CHECK(*store.idForUid(table, uid) == *kept);

    auto bad = store.insert(table, Record{{QStringLiteral("uid"), QStringLiteral("not-a-uid")},
                                          {QStringLiteral("name"), S("读报")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("uid"));

    auto withId = store.insert(
        table, Record{{QStringLiteral("id"), 99}, {QStringLiteral("name"), S("读报")}});
    REQUIRE_FALSE(withId.ok());
    CHECK(withId.error().field == QStringLiteral("id"));

    auto missing = store.findByUid(table, RecordUid::create());
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
    CHECK_FALSE(store.idForUid(table, RecordUid::create()).ok());

    for (const QString &field :
         {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("created_at"),
          QStringLiteral("updated_at"), QStringLiteral("archived_at")}) {
        const Status s = store.update(table, *kept, Record{{field, QStringLiteral("x")}});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == field);
    }
    CHECK(store.get(table, *kept)->value(QStringLiteral("uid")).toString() == uid);
}

TEST_CASE("updates and archives of missing records say so", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    const Status updated =
        store.update(QStringLiteral("community"), 4711, Record{{QStringLiteral("note"), 1}});
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().message.contains(QStringLiteral("no community record with id 4711")));
    CHECK_FALSE(store.archive(QStringLiteral("community"), 4711).ok());
    CHECK_FALSE(store.restore(QStringLiteral("community"), 4711).ok());
    auto got = store.get(QStringLiteral("community"), 4711);
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().message.contains(QStringLiteral("There is no")));
}

TEST_CASE("CHECK violations are refused, name the field and change nothing", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    const Ids ids = buildChain(store, *db);

    SECTION("a grid role with two scopes")
    {
        const int before = rowCount(*db, QStringLiteral("grid_role"));
        auto id = store.insert(
            QStringLiteral("grid_role"),
            Record{{QStringLiteral("role_code"), QStringLiteral("grid_leader")},
                   {QStringLiteral("holder_name"), S("李四")},
                   {QStringLiteral("small_grid_id"), ids[QStringLiteral("small_grid")]},
                   {QStringLiteral("building_id"), ids[QStringLiteral("building")]}});
        REQUIRE_FALSE(id.ok());
        INFO(id.error().details().toStdString());
        CHECK(id.error().message.contains(QStringLiteral("grid_role")));
        CHECK(id.error().message.contains(QStringLiteral("small_grid_id")));
        CHECK(id.error().message.contains(QStringLiteral("building_id")));
        CHECK(id.error().field == QStringLiteral("community_id"));
        CHECK_FALSE(id.error().statement.isEmpty());
        CHECK(rowCount(*db, QStringLiteral("grid_role")) == before);
    }
    SECTION("a grid role whose scope does not fit the role (trigger)")
    {
        const int before = rowCount(*db, QStringLiteral("grid_role"));
        auto id =
            store.insert(QStringLiteral("grid_role"),
                         Record{{QStringLiteral("role_code"), QStringLiteral("grid_leader")},
                                {QStringLiteral("holder_name"), S("李四")},
                                {QStringLiteral("building_id"), ids[QStringLiteral("building")]}});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message.contains(QStringLiteral("does not match its role")));
        CHECK(rowCount(*db, QStringLiteral("grid_role")) == before);
    }
    SECTION("a service request accepted without an assignee")
    {
        const Record request{
            {QStringLiteral("requester_id"), ids[QStringLiteral("resident")]},
            {QStringLiteral("title"), S("换灯泡")},
            {QStringLiteral("requested_at"), QStringLiteral("2024-03-05T08:00:00.000Z")},
            {QStringLiteral("state"), QStringLiteral("accepted")},
            {QStringLiteral("dispatched_at"), QStringLiteral("2024-03-05T09:00:00.000Z")},
            {QStringLiteral("accepted_at"), QStringLiteral("2024-03-05T10:00:00.000Z")}};
        const int before = rowCount(*db, QStringLiteral("service_request"));
        auto id = store.insert(QStringLiteral("service_request"), request);
        REQUIRE_FALSE(id.ok());
        INFO(id.error().details().toStdString());
        CHECK(id.error().message.contains(QStringLiteral("assignee_id")));
        CHECK(rowCount(*db, QStringLiteral("service_request")) == before);

        // The same rule on an update leaves the stored request as it was.
        const qint64 existing = ids[QStringLiteral("service_request")];
        const Record stored = *store.get(QStringLiteral("service_request"), existing);
        const Status s = store.update(
            QStringLiteral("service_request"), existing,
            Record{{QStringLiteral("state"), QStringLiteral("accepted")},
                   {QStringLiteral("dispatched_at"), QStringLiteral("2024-03-05T09:00:00.000Z")},
                   {QStringLiteral("accepted_at"), QStringLiteral("2024-03-05T10:00:00.000Z")}});
        REQUIRE_FALSE(s.ok());
        CHECK(*store.get(QStringLiteral("service_request"), existing) == stored);
    }
    SECTION("a dwelling with an empty room")
    {
        const int before = rowCount(*db, QStringLiteral("dwelling"));
        auto id =
            store.insert(QStringLiteral("dwelling"),
                         Record{{QStringLiteral("building_id"), ids[QStringLiteral("building")]},
                                {QStringLiteral("room"), QStringLiteral("   ")}});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("room"));
        CHECK(id.error().message.contains(QStringLiteral("room")));
        CHECK(id.error().message.contains(QStringLiteral("dwelling")));
        CHECK(rowCount(*db, QStringLiteral("dwelling")) == before);
    }
    SECTION("a required field left out")
    {
        auto id = store.insert(
            QStringLiteral("compound"),
            Record{{QStringLiteral("community_id"), ids[QStringLiteral("community")]}});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("name"));
        CHECK(id.error().message.contains(QStringLiteral("required")));
    }
    SECTION("a second live dwelling with the same room")
    {
        auto id =
            store.insert(QStringLiteral("dwelling"),
                         Record{{QStringLiteral("building_id"), ids[QStringLiteral("building")]},
                                {QStringLiteral("unit_id"), ids[QStringLiteral("building_unit")]},
                                {QStringLiteral("room"), QStringLiteral("501")}});
        REQUIRE_FALSE(id.ok());
        INFO(id.error().details().toStdString());
        CHECK(id.error().message.contains(QStringLiteral("already has the same")));
        CHECK(id.error().message.contains(QStringLiteral("room")));
        // Once the first one is archived, the room number is free again.
        REQUIRE(store.archive(QStringLiteral("dwelling"), ids[QStringLiteral("dwelling")]).ok());
        CHECK(store
                  .insert(QStringLiteral("dwelling"),
                          Record{{QStringLiteral("building_id"), ids[QStringLiteral("building")]},
                                 {QStringLiteral("unit_id"), ids[QStringLiteral("building_unit")]},
                                 {QStringLiteral("room"), QStringLiteral("501")}})
                  .ok());
        // ... and the archived one cannot come back beside it.
        CHECK_FALSE(
            store.restore(QStringLiteral("dwelling"), ids[QStringLiteral("dwelling")]).ok());
    }
}

TEST_CASE("foreign key violations are refused naming the field", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    auto id =
        store.insert(QStringLiteral("compound"), Record{{QStringLiteral("community_id"), 999},
                                                        {QStringLiteral("name"), S("民乐小区")}});
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field == QStringLiteral("community_id"));
    CHECK(id.error().message.contains(QStringLiteral("community")));
    CHECK(rowCount(*db, QStringLiteral("compound")) == 0);

    auto community =
        store.insert(QStringLiteral("community"), Record{{QStringLiteral("name"), S("和济社区")}});
    REQUIRE(community.ok());
    auto ok = store.insert(QStringLiteral("compound"),
                           Record{{QStringLiteral("community_id"), *community},
                                  {QStringLiteral("name"), S("民乐小区")}});
    REQUIRE(ok.ok());
    const Status moved = store.update(QStringLiteral("compound"), *ok,
                                      Record{{QStringLiteral("community_id"), 999}});
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().field == QStringLiteral("community_id"));
    CHECK(store.get(QStringLiteral("compound"), *ok)->value(QStringLiteral("community_id")) ==
          QVariant(*community));

    // Code tables too: a region code that is not in GB/T 2260.
    const Status region =
        store.update(QStringLiteral("community"), *community,
                     Record{{QStringLiteral("region_code"), QStringLiteral("999999")}});
    REQUIRE_FALSE(region.ok());
    CHECK(region.error().field == QStringLiteral("region_code"));
}

TEST_CASE("list filters by equality, orders, limits and skips archived rows", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    auto community =
        store.insert(QStringLiteral("community"), Record{{QStringLiteral("name"), S("和济社区")}});
    REQUIRE(community.ok());
    QList<qint64> grids;
    for (const char *name : {"第三大网格", "第一大网格", "第二大网格"}) {
        auto id =
            store.insert(QStringLiteral("big_grid"),
                         Record{{QStringLiteral("community_id"), *community},
                                {QStringLiteral("name"), S(name)},
                                {QStringLiteral("code"),
                                 grids.isEmpty() ? QVariant() : QVariant(QStringLiteral("x"))}});
        REQUIRE(id.ok());
        grids << *id;
    }
    REQUIRE(store.archive(QStringLiteral("big_grid"), grids[2]).ok());

    RecordStore::ListOptions options;
    options.equals.insert(QStringLiteral("community_id"), *community);
    auto live = store.list(QStringLiteral("big_grid"), options);
    REQUIRE(live.ok());
    REQUIRE(live->size() == 2);
    CHECK(live->at(0).value(QStringLiteral("id")).toLongLong() == grids[0]);

    options.includeArchived = true;
    options.orderBy << RecordStore::SortKey{QStringLiteral("id"), true};
    auto all = store.list(QStringLiteral("big_grid"), options);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).value(QStringLiteral("id")).toLongLong() == grids[2]);

    options.limit = 1;
    CHECK(store.list(QStringLiteral("big_grid"), options)->size() == 1);

    RecordStore::ListOptions nulls;
    nulls.equals.insert(QStringLiteral("code"), QVariant());
    auto withoutCode = store.list(QStringLiteral("big_grid"), nulls);
    REQUIRE(withoutCode.ok());
    REQUIRE(withoutCode->size() == 1);
    CHECK(withoutCode->at(0).value(QStringLiteral("id")).toLongLong() == grids[0]);

    // Values are bound, never spliced: a quote is just a character.
    RecordStore::ListOptions quoted;
    quoted.equals.insert(QStringLiteral("name"), QStringLiteral("x' OR '1'='1"));
    CHECK(store.list(QStringLiteral("big_grid"), quoted)->isEmpty());

    CHECK(*store.countLive(QStringLiteral("big_grid"), QStringLiteral("community_id"),
                           *community) == 2);
}

TEST_CASE("writes nest inside a caller's transaction and roll back with it", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    {
        TransactionGuard outer(db->connection(), QStringLiteral("import"));
        REQUIRE(outer.ok());
        REQUIRE(store.insert(QStringLiteral("community"), Record{{QStringLiteral("name"), S("甲")}})
                    .ok());
        REQUIRE_FALSE(
            store.insert(QStringLiteral("community"), Record{{QStringLiteral("name"), QString()}})
                .ok());
        CHECK(rowCount(*db, QStringLiteral("community")) == 1); // the failed insert left no trace
    }
    CHECK(rowCount(*db, QStringLiteral("community")) == 0);
}

TEST_CASE("updated_at always moves forward, defaults apply to null values", "[db]")
{
    auto db = test::freshDatabase();
    RecordStore store(db->connection());
    // A record edited on a laptop whose clock ran ahead.
    const QString future = QStringLiteral("2999-01-01T00:00:00.000Z");
    auto id = store.insert(QStringLiteral("skill"), Record{{QStringLiteral("name"), S("读报")},
                                                           {QStringLiteral("created_at"), future},
                                                           {QStringLiteral("updated_at"), future},
                                                           {QStringLiteral("sort"), QVariant()}});
    REQUIRE(id.ok());
    CHECK(store.get(QStringLiteral("skill"), *id)->value(QStringLiteral("sort")).toInt() == 0);
    QString last = future;
    for (int i = 1; i <= 3; ++i) {
        REQUIRE(
            store.update(QStringLiteral("skill"), *id, Record{{QStringLiteral("sort"), i}}).ok());
        const QString now =
            store.get(QStringLiteral("skill"), *id)->value(QStringLiteral("updated_at")).toString();
        CHECK(now > last);
        last = now;
    }
    CHECK(last == QStringLiteral("2999-01-01T00:00:00.003Z"));
}
