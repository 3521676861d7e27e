// SPDX-License-Identifier: MIT
#include "diagram/DiagramTestData.h"

#include "TestDatabase.h"
#include "common/Feedback.h"
#include "db/RecordUid.h"
#include "demo/DemoCommunityGenerator.h"
#include "diagram/DemoGeometry.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSqlQuery>

namespace gridbook::test {

qint64 insertRow(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    q.addBindValue(RecordUid::create());
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(describe(q).toStdString());
    REQUIRE(ok);
    return q.lastInsertId().toLongLong();
}

PlantedCommunity plantCommunity(Database &db)
{
    PlantedCommunity p;
    p.community = insertRow(db, QStringLiteral("INSERT INTO community (uid, name) VALUES (?, ?)"),
                            {QStringLiteral("测试社区")});
    p.bigGrid = insertRow(
        db,
        QStringLiteral("INSERT INTO big_grid (uid, community_id, code, name) VALUES (?, ?, ?, ?)"),
        {p.community, QStringLiteral("01"), QStringLiteral("第一大网格")});
    p.gridA =
        insertRow(db,
                  QStringLiteral("INSERT INTO small_grid (uid, big_grid_id, code, name, outline) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {p.bigGrid, QStringLiteral("01-01"), QStringLiteral("第1网格"),
                   QStringLiteral("0,0 100,0 100,100 0,100")});
    p.gridB =
        insertRow(db,
                  QStringLiteral("INSERT INTO small_grid (uid, big_grid_id, code, name, outline) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {p.bigGrid, QStringLiteral("01-02"), QStringLiteral("第2网格"),
                   QStringLiteral("100,0 200,0 200,100 100,100")});
    p.compound = insertRow(
        db,
        QStringLiteral(
            "INSERT INTO compound (uid, community_id, name, outline) VALUES (?, ?, ?, ?)"),
        {p.community, QStringLiteral("阳光小区"), QStringLiteral("5,5 195,5 195,95 5,95")});
    const QString building = QStringLiteral(
        "INSERT INTO building (uid, compound_id, small_grid_id, name, number, floors, map_x, "
        "map_y, map_width, map_height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    p.inA = insertRow(db, building,
                      {p.compound, p.gridA, QStringLiteral("1栋"), 1, 3, 20.0, 20.0, 40.0, 12.0});
    p.inB = insertRow(db, building,
                      {p.compound, p.gridA, QStringLiteral("2栋"), 2, 6, 130.0, 20.0, 40.0, 12.0});
    p.outside = insertRow(
        db, building, {p.compound, p.gridB, QStringLiteral("3栋"), 3, 6, 250.0, 20.0, 40.0, 12.0});
    p.unplaced = insertRow(db, building,
                           {p.compound, p.gridB, QStringLiteral("4栋"), 4, 6, QVariant(),
                            QVariant(), QVariant(), QVariant()});
    p.bare =
        insertRow(db,
                  QStringLiteral("INSERT INTO building (uid, compound_id, small_grid_id, name, "
                                 "number) VALUES (?, ?, ?, ?, ?)"),
                  {p.compound, p.gridB, QStringLiteral("5栋"), 5});

    // 1栋: 2 units x 3 floors x 2 rooms.
    QHash<QString, qint64> dwelling;
    for (int u = 1; u <= 2; ++u) {
        const qint64 unit = insertRow(
            db,
            QStringLiteral("INSERT INTO building_unit (uid, building_id, name, number, floors) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {p.inA, QStringLiteral("%1单元").arg(u), u, 3});
        for (int f = 1; f <= 3; ++f)
            for (int r = 1; r <= 2; ++r) {
                const QString room = QString::number(f * 100 + r);
                dwelling.insert(
                    QStringLiteral("%1-%2").arg(u).arg(room),
                    insertRow(db,
                              QStringLiteral("INSERT INTO dwelling (uid, building_id, "
                                             "unit_id, floor, room) VALUES (?, ?, ?, ?, ?)"),
                              {p.inA, unit, f, room}));
                ++p.dwellingsInA;
            }
    }
    auto household = [&](const QString &at) {
        return insertRow(db,
                         QStringLiteral("INSERT INTO household (uid, dwelling_id) VALUES (?, ?)"),
                         {dwelling.value(at)});
    };
    auto resident = [&](qint64 h, const QString &name, const QString &relation,
                        const QString &birth) {
        return insertRow(db,
                         QStringLiteral("INSERT INTO resident (uid, household_id, relation_code, "
                                        "name, birth_date) VALUES (?, ?, ?, ?, ?)"),
                         {h, relation, name, birth});
    };
    const qint64 committee =
        insertRow(db,
                  QStringLiteral(
                      "INSERT INTO party_org (uid, level, name, community_id) VALUES (?, ?, ?, ?)"),
                  {QStringLiteral("committee"), QStringLiteral("测试社区党委"), p.community});
    auto partyMember = [&](qint64 r) {
        insertRow(db,
                  QStringLiteral("INSERT INTO party_member (uid, resident_id, org_id, membership) "
                                 "VALUES (?, ?, ?, 'community')"),
                  {r, committee});
    };
    p.partyHousehold = household(QStringLiteral("1-101"));
    partyMember(resident(p.partyHousehold, QStringLiteral("王建国"), QStringLiteral("02"),
                         QStringLiteral("1975-05-01")));
    resident(p.partyHousehold, QStringLiteral("李秀英"), QStringLiteral("10"),
             QStringLiteral("1977-03-02"));

    p.careHousehold = household(QStringLiteral("1-201"));
    const qint64 careHead = resident(p.careHousehold, QStringLiteral("赵德明"),
                                     QStringLiteral("02"), QStringLiteral("1980-01-01"));
    partyMember(careHead);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM care_category WHERE code = 'low_income'")));
    REQUIRE(q.next());
    insertRow(db,
              QStringLiteral(
                  "INSERT INTO resident_care (uid, resident_id, category_id) VALUES (?, ?, ?)"),
              {careHead, q.value(0)});

    p.elderlyHousehold = household(QStringLiteral("1-301"));
    resident(p.elderlyHousehold, QStringLiteral("钱桂兰"), QStringLiteral("02"),
             QStringLiteral("1940-06-01"));
    resident(p.elderlyHousehold, QStringLiteral("孙福来"), QStringLiteral("10"),
             QStringLiteral("1938-02-11"));

    p.ordinaryHousehold = household(QStringLiteral("1-102"));
    resident(p.ordinaryHousehold, QStringLiteral("周小平"), QStringLiteral("02"),
             QStringLiteral("1990-09-09"));
    resident(p.ordinaryHousehold, QStringLiteral("周乐乐"), QStringLiteral("20"),
             QStringLiteral("2018-01-01"));
    return p;
}

std::unique_ptr<Database> demoDatabase(int residents)
{
    auto db = freshDatabase();
    DemoOptions options;
    options.residents = residents;
    options.asOf = QDate(2025, 6, 30);
    SilentFeedback feedback;
    auto summary = DemoCommunityGenerator(options).generate(*db, feedback);
    INFO((summary ? QString() : summary.error().details()).toStdString());
    REQUIRE(summary.ok());
    const Status s = DemoGeometry::layOut(db->connection());
    INFO((s ? QString() : s.error().details()).toStdString());
    REQUIRE(s.ok());
    return db;
}

} // namespace gridbook::test
