// SPDX-License-Identifier: MIT
#include "TestDatabase.h"
#include "diagram/DiagramTestData.h"

#include "diagram/DemoGeometry.h"
#include "diagram/DiagramGeometry.h"
#include "diagram/DiagramModel.h"
#include "diagram/DiagramRepository.h"
#include "diagram/ReplaceBackdropCommand.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtEndian>

using namespace gridbook;

namespace {

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x80, 0xa0, 0xc0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

quint32 crc32(const char *data, int size)
{
    quint32 crc = 0xffffffffu;
    for (int i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/** A small PNG whose header claims `width` x `height` pixels (CRC fixed up). */
QByteArray pngClaiming(int width, int height)
{
    QByteArray bytes = pngBytes(8, 8);
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4) ...
    qToBigEndian<quint32>(quint32(width), bytes.data() + 16);
    qToBigEndian<quint32>(quint32(height), bytes.data() + 20);
    qToBigEndian<quint32>(crc32(bytes.constData() + 12, 17), bytes.data() + 29);
    return bytes;
}

} // namespace

TEST_CASE("geometry round trip through the database", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramRepository repo(db->connection());

    const QPolygonF outline(
        {QPointF(-10.5, 0), QPointF(80.25, 3), QPointF(90, 70), QPointF(5, 66.75)});
    REQUIRE(repo.setOutline(DiagramRepository::Shape::SmallGrid, p.gridB, outline));
    REQUIRE(repo.setOutline(DiagramRepository::Shape::BigGrid, p.bigGrid, outline));
    REQUIRE(repo.setOutline(DiagramRepository::Shape::Compound, p.compound, outline));
    const QRectF rect(12.25, -40, 33.5, 14);
    REQUIRE(repo.setBuildingRect(p.unplaced, rect));
    REQUIRE(repo.setBuildingRect(p.inA, QRectF()));

    auto file = DiagramRepository::checkBackdropBytes(pngBytes(64, 32), QStringLiteral("plan.png"));
    REQUIRE(file);
    auto backdrop = repo.addBackdrop(p.community, *file, QRectF(-50, -20, 400, 200), 0.4);
    REQUIRE(backdrop);

    // A second connection's view of the file would be the same: read everything back.
    auto data = repo.load(p.community);
    REQUIRE(data);
    CHECK(data->communityName == QStringLiteral("测试社区"));
    CHECK(data->smallGrid(p.gridB)->outline == outline);
    CHECK(data->bigGrid(p.bigGrid)->outline == outline);
    CHECK(data->compound(p.compound)->outline == outline);
    CHECK(data->building(p.unplaced)->rect == rect);
    CHECK_FALSE(data->building(p.inA)->isPlaced());
    CHECK(data->building(p.inB)->rect == QRectF(130, 20, 40, 12));
    CHECK(data->building(p.inA)->dwellings == p.dwellingsInA);
    CHECK(data->building(p.inA)->households == 4);
    CHECK(data->building(p.inA)->units == 2);
    CHECK(data->backdrop.id == *backdrop);
    CHECK(data->backdrop.format == QStringLiteral("png"));
    CHECK(data->backdrop.pixelWidth == 64);
    CHECK(data->backdrop.placement == QRectF(-50, -20, 400, 200));
    CHECK(data->backdrop.opacity == Approx(0.4));
    auto image = repo.backdropImage(*backdrop);
    REQUIRE(image);
    CHECK(image->size() == QSize(64, 32));
    // Stored as text a person can read, and updated_at moved.
    CHECK(test::scalar(*db,
                       QStringLiteral("SELECT outline FROM compound WHERE id = %1").arg(p.compound))
              .toString() == QStringLiteral("-10.5,0 80.25,3 90,70 5,66.75"));
}

TEST_CASE("backdrop import refuses huge, corrupt and non-image files and changes nothing",
          "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramModel model(db->connection());
    REQUIRE(model.load(p.community));
    QUndoStack stack;
    QTemporaryDir dir;

    // A good one first.
    const QString good = dir.filePath(QStringLiteral("plan.png"));
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(pngBytes(200, 100));
    }
    auto file = DiagramRepository::readBackdropFile(good);
    REQUIRE(file);
    auto *command = new ReplaceBackdropCommand(&model, *file, QRectF(0, 0, 200, 100));
    stack.push(command);
    const qint64 first = model.data().backdrop.id;
    REQUIRE(first > 0);

    auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    };
    const QByteArray png = pngBytes(300, 300);
    const struct {
        QString path;
        QString expect;
    } bad[] = {
        {write(QStringLiteral("notes.txt"), "not an image at all, just text\n"),
         QStringLiteral("PNG or JPEG")},
        {write(QStringLiteral("empty.png"), QByteArray()), QStringLiteral("empty")},
        {write(QStringLiteral("cut.png"), png.left(png.size() / 2)), QStringLiteral("damaged")},
        {write(QStringLiteral("huge.png"), pngClaiming(30000, 30000)),
         QStringLiteral("too many pixels")},
        {dir.filePath(QStringLiteral("missing.png")), QStringLiteral("does not exist")},
    };
    for (const auto &b : bad) {
        INFO(b.path.toStdString());
        auto result = DiagramRepository::readBackdropFile(b.path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(b.expect));
    }
    // Nothing changed: the same backdrop, one live row, one undo step.
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM community_backdrop "
                                           "WHERE archived_at IS NULL"))
              .toInt() == 1);
    CHECK(model.data().backdrop.id == first);
    CHECK(stack.count() == 1);

    // Replacing and undoing: the previous backdrop comes back.
    stack.push(new ReplaceBackdropCommand(&model, *file, QRectF(0, 0, 100, 50)));
    CHECK(model.data().backdrop.id != first);
    stack.undo();
    CHECK(model.data().backdrop.id == first);
    stack.undo();
    CHECK(model.data().backdrop.id == 0);
    stack.redo();
    CHECK(model.data().backdrop.id == first);
}

TEST_CASE("colouring numbers are counted in SQL per building", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramRepository repo(db->connection());
    const QDate asOf(2025, 6, 30);
    auto care = repo.metrics(p.community, DiagramColouring::Mode::CareHouseholds, 0, asOf);
    REQUIRE(care);
    CHECK(care->value(p.inA) == 1);
    CHECK_FALSE(care->contains(p.inB));

    // Visits: the party household was visited 10 days ago, the elderly one 200 days ago.
    auto visit = [&](qint64 household, QDate on) {
        test::insertRow(*db,
                        QStringLiteral("INSERT INTO visit (uid, household_id, visitor_name, "
                                       "visited_on) VALUES (?, ?, '网格员', ?)"),
                        {household, on.toString(Qt::ISODate)});
    };
    visit(p.partyHousehold, asOf.addDays(-10));
    visit(p.elderlyHousehold, asOf.addDays(-200));
    auto notVisited = repo.metrics(p.community, DiagramColouring::Mode::NotVisited, 90, asOf);
    REQUIRE(notVisited);
    CHECK(notVisited->value(p.inA) == 3); // four households, one visited within 90 days
    auto notVisitedYear = repo.metrics(p.community, DiagramColouring::Mode::NotVisited, 365, asOf);
    CHECK(notVisitedYear->value(p.inA) == 2);

    // Open requests: one open, one closed; one on the household, one through the requester.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM resident WHERE household_id = %1")
                       .arg(p.ordinaryHousehold)));
    REQUIRE(q.next());
    const qint64 requester = q.value(0).toLongLong();
    test::insertRow(*db,
                    QStringLiteral("INSERT INTO service_request (uid, requester_id, household_id, "
                                   "title, state, requested_at) VALUES (?, ?, ?, '修水管', "
                                   "'requested', '2025-06-01')"),
                    {requester, p.ordinaryHousehold});
    test::insertRow(*db,
                    QStringLiteral("INSERT INTO service_request (uid, requester_id, title, state, "
                                   "requested_at, dispatched_at) VALUES (?, ?, '理发', "
                                   "'dispatched', '2025-06-01', '2025-06-02')"),
                    {requester});
    test::insertRow(*db,
                    QStringLiteral("INSERT INTO service_request (uid, requester_id, title, state, "
                                   "requested_at, cancelled_at) VALUES (?, ?, '咨询', "
                                   "'cancelled', '2025-06-01', '2025-06-02')"),
                    {requester});
    auto open = repo.metrics(p.community, DiagramColouring::Mode::OpenRequests, 0, asOf);
    REQUIRE(open);
    CHECK(open->value(p.inA) == 2);

    DiagramModel model(db->connection());
    model.setAsOf(asOf);
    REQUIRE(model.load(p.community));
    REQUIRE(model.setColouring(DiagramColouring::Mode::OpenRequests));
    const auto legend = model.colouring().legend();
    REQUIRE(legend.size() >= 3);
    CHECK(model.colouring().buildingColour(*model.data().building(p.inA)) !=
          model.colouring().buildingColour(*model.data().building(p.inB)));
}

TEST_CASE("the demo community's diagram: 35 compounds, every building placed, no mismatch",
          "[diagram][demo]")
{
    auto db = test::demoDatabase();
    DiagramModel model(db->connection());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(model.load());
    INFO("loaded in " << timer.elapsed() << " ms");
    const DiagramData &data = model.data();
    CHECK(data.communityName == QStringLiteral("和济社区"));
    CHECK(data.compounds.size() == 35);
    CHECK(data.buildings.size() > 150);
    CHECK(data.smallGrids.size() == 34);
    for (const CompoundShape &c : data.compounds)
        CHECK(c.outline.size() == 4);
    for (const GridShape &g : data.smallGrids) {
        INFO(g.name.toStdString());
        CHECK(DiagramGeometry::validatePolygon(g.outline).ok());
    }
    for (const BuildingShape &b : data.buildings) {
        CHECK(b.isPlaced());
        // Inside its compound's block and its own grid's outline.
        CHECK(data.compound(b.compoundId)->outline.boundingRect().contains(b.rect));
        CHECK(GridConsistency::gridAt(data, b.rect.center()) == b.smallGridId);
    }
    CHECK(model.mismatches().isEmpty());
    // Buildings do not overlap.
    for (int i = 0; i < data.buildings.size(); ++i)
        for (int j = i + 1; j < data.buildings.size(); ++j)
            REQUIRE_FALSE(data.buildings[i].rect.intersects(data.buildings[j].rect));
    // Deterministic: laying out again gives the same geometry.
    const QString before =
        test::scalar(*db, QStringLiteral("SELECT group_concat(outline, '|') FROM small_grid"))
            .toString();
    REQUIRE(DemoGeometry::layOutCommunity(db->connection(), data.communityId));
    CHECK(test::scalar(*db, QStringLiteral("SELECT group_concat(outline, '|') FROM small_grid"))
              .toString() == before);
}
