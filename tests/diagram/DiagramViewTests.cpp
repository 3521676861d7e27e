// SPDX-License-Identifier: MIT
#include "TestDatabase.h"
#include "diagram/DiagramTestData.h"

#include "common/Notifier.h"
#include "diagram/BuildingItem.h"
#include "diagram/BuildingPlanRepository.h"
#include "diagram/BuildingView.h"
#include "diagram/CommunityDiagramScene.h"
#include "diagram/CommunityDiagramView.h"
#include "diagram/DiagramModel.h"
#include "diagram/DiagramPrinter.h"
#include "diagram/DiagramRenderer.h"
#include "diagram/GridRegionItem.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QSqlQuery>
#include <QUndoStack>

using namespace gridbook;

namespace {

/** Records what the views would have shown in message boxes. */
class RecordingNotifier : public Notifier {
public:
    void error(const Error &e) override { errors.append(e.message); }
    void warning(const QString &m) override { warnings.append(m); }
    bool question(const QString &, bool answer) override { return answer; }
    void progress(const QString &, qint64, qint64) override {}
    bool cancelled() const override { return false; }
    int choose(const QString &, const QStringList &, const QString &) override { return -1; }
    void inform(const QString &m) override { news.append(m); }

    QStringList errors;
    QStringList warnings;
    QStringList news;
};

} // namespace

TEST_CASE("diagram view: one item per building, drag in edit mode, drags merge", "[diagram][views]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    RecordingNotifier notifier;
    CommunityDiagramView view(db->connection(), p.community, nullptr, &notifier);
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    int buildings = 0;
    for (QGraphicsItem *item : view.scene()->items())
        buildings += dynamic_cast<BuildingItem *>(item) ? 1 : 0;
    CHECK(buildings == 5); // every building has an item; the unplaced ones are hidden
    CHECK_FALSE(view.scene()->buildingItem(p.unplaced)->isVisible());
    CHECK(view.findChild<QListWidget *>(QStringLiteral("mismatchList"))->count() == 1);

    // Drag 1栋 by 10 metres to the right, twice, in edit mode.
    view.setEditing(true);
    DiagramGraphicsView *gv = view.graphicsView();
    BuildingItem *item = view.scene()->buildingItem(p.inA);
    const QRectF start = view.model()->data().building(p.inA)->rect;
    auto drag = [&](QPointF fromScene, QPointF toScene) {
        const QPoint from = gv->mapFromScene(fromScene);
        const QPoint to = gv->mapFromScene(toScene);
        QTest::mousePress(gv->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(gv->viewport(), (from + to) / 2);
        QTest::mouseMove(gv->viewport(), to);
        QTest::mouseRelease(gv->viewport(), Qt::LeftButton, {}, to);
    };
    // What the mouse can say at this zoom: whole pixels, mapped back to metres.
    auto moved = [&](QPointF from, QPointF to) {
        return gv->mapToScene(gv->mapFromScene(to)) - gv->mapToScene(gv->mapFromScene(from));
    };
    const QPointF step1 = moved(start.center(), start.center() + QPointF(10, 0));
    drag(start.center(), start.center() + QPointF(10, 0));
    const QRectF once = view.model()->data().building(p.inA)->rect;
    CHECK(once.x() == Approx(start.x() + step1.x()).margin(0.01));
    CHECK(step1.x() == Approx(10).margin(1.0));
    const QPointF step2 = moved(once.center(), once.center() + QPointF(10, 0));
    drag(once.center(), once.center() + QPointF(10, 0));
    const QRectF twice = view.model()->data().building(p.inA)->rect;
    CHECK(twice.x() == Approx(once.x() + step2.x()).margin(0.01));
    CHECK(test::scalar(*db, QStringLiteral("SELECT map_x FROM building WHERE id = %1").arg(p.inA))
              .toDouble() == Approx(twice.x()));
    CHECK(item->pos() == twice.topLeft());
    CHECK(view.undoStack()->count() == 1);
    view.undoStack()->undo();
    CHECK(view.model()->data().building(p.inA)->rect == start);
    CHECK(item->pos() == start.topLeft());

    // Fix the flagged building from the panel, ledger side.
    auto *list = view.findChild<QListWidget *>(QStringLiteral("mismatchList"));
    list->setCurrentRow(0);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("fixLedgerButton")),
                      Qt::LeftButton);
    CHECK(view.model()->mismatches().isEmpty());
    CHECK(test::scalar(
              *db, QStringLiteral("SELECT small_grid_id FROM building WHERE id = %1").arg(p.inB))
              .toLongLong() == p.gridB);

    // A self-crossing corner move is refused with the reason; the grid stays as it was.
    view.scene()->selectSmallGrid(p.gridA);
    GridRegionItem *grid = view.scene()->smallGridItem(p.gridA);
    const QPolygonF outline = view.model()->data().smallGrid(p.gridA)->outline;
    QPolygonF crossing = outline;
    std::swap(crossing[1], crossing[2]);
    CHECK_FALSE(grid->push(crossing, 0, 1));
    CHECK(view.model()->data().smallGrid(p.gridA)->outline == outline);
    CHECK(view.findChild<QLabel *>(QStringLiteral("diagramStatus"))
              ->text()
              .contains(QStringLiteral("cross")));

    // Placing a building that is not on the diagram yet, and drawing a missing outline.
    view.scene()->placeBuilding(p.unplaced, QPointF(150, 70));
    REQUIRE(view.model()->data().building(p.unplaced)->isPlaced());
    CHECK(view.model()->data().building(p.unplaced)->rect.center() == QPointF(150, 70));
    CHECK(view.scene()->buildingItem(p.unplaced)->isVisible());
    CHECK_FALSE(view.model()->isMismatched(p.unplaced)); // ledger grid B, standing in B
    view.undoStack()->undo();
    CHECK_FALSE(view.model()->data().building(p.unplaced)->isPlaced());
    REQUIRE(view.model()->setOutline(DiagramRepository::Shape::Compound, p.compound, QPolygonF()));
    view.scene()->drawDefaultOutline(DiagramRepository::Shape::Compound, p.compound,
                                     QPointF(100, 50));
    CHECK(view.model()->data().compound(p.compound)->outline.size() == 4);
    CHECK(test::scalar(*db,
                       QStringLiteral("SELECT outline FROM compound WHERE id = %1").arg(p.compound))
              .toString() == QStringLiteral("70,20 130,20 130,80 70,80"));

    // Selecting a building tells the ledger pages.
    QSignalSpy selected(&view, &CommunityDiagramView::buildingSelected);
    view.scene()->selectBuilding(p.outside);
    REQUIRE(selected.count() == 1);
    CHECK(selected.first().first().toLongLong() == p.outside);
}

TEST_CASE("diagram view: a bad backdrop gets a message and the diagram stays", "[diagram][views]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    RecordingNotifier notifier;
    CommunityDiagramView view(db->connection(), p.community, nullptr, &notifier);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.jpg"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\xff\xd8\xff\xe0 this is not really a jpeg");
    f.close();
    CHECK_FALSE(view.importBackdrop(path).ok());
    REQUIRE(notifier.errors.size() == 1);
    CHECK(view.model()->data().backdrop.id == 0);
    CHECK(view.undoStack()->count() == 0);
}

TEST_CASE("building view: hover shows members, a click gives the household", "[diagram][views]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    RecordingNotifier notifier;
    BuildingView view(db->connection(), p.inA, &notifier);
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.prompt().isEmpty());
    BuildingPlanWidget *plan = view.planWidget();
    REQUIRE(plan->renderer());
    CHECK(plan->renderer()->cellCount() == p.dwellingsInA);

    int index = -1;
    for (int i = 0; i < view.plan().dwellings.size(); ++i)
        if (!view.plan().dwellings[i].households.isEmpty() &&
            view.plan().dwellings[i].households.first().id == p.elderlyHousehold)
            index = i;
    REQUIRE(index >= 0);
    const QPoint centre = plan->renderer()->cellRect(index).center().toPoint();
    QTest::mouseMove(plan, centre);
    CHECK(plan->hovered() == index);

    QSignalSpy activated(&view, &BuildingView::householdActivated);
    QTest::mouseClick(plan, Qt::LeftButton, {}, centre);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == p.elderlyHousehold);

    // An empty dwelling's click gives nothing.
    for (int i = 0; i < view.plan().dwellings.size(); ++i)
        if (view.plan().dwellings[i].households.isEmpty()) {
            QTest::mouseClick(plan, Qt::LeftButton, {},
                              plan->renderer()->cellRect(i).center().toPoint());
            break;
        }
    CHECK(activated.count() == 1);

    // A building with nothing recorded: the prompt, not a blank.
    REQUIRE(view.showBuilding(p.bare));
    CHECK(view.prompt().contains(QStringLiteral("5栋")));
    CHECK(view.findChild<QLabel *>(QStringLiteral("buildingPrompt"))->isVisibleTo(&view));
}

TEST_CASE("the demo diagram draws all 35 compounds and pans without rebuilding", "[diagram][views]")
{
    auto db = test::demoDatabase();
    RecordingNotifier notifier;
    QElapsedTimer timer;
    timer.start();
    CommunityDiagramView view(db->connection(), 0, nullptr, &notifier);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const qint64 opened = timer.elapsed();
    CHECK(view.model()->data().compounds.size() == 35);
    int buildings = 0;
    for (QGraphicsItem *item : view.scene()->items())
        if (dynamic_cast<BuildingItem *>(item)) {
            ++buildings;
            CHECK(item->isVisible());
            CHECK(item->cacheMode() == QGraphicsItem::DeviceCoordinateCache);
        }
    CHECK(buildings == view.model()->data().buildings.size());
    CHECK(notifier.errors.isEmpty());
    // Zoom in and pan across: timings are the benchmark's business, printed here for the log.
    view.graphicsView()->zoomBy(4);
    timer.restart();
    QScrollBar *h = view.graphicsView()->horizontalScrollBar();
    for (int i = 0; i < 20; ++i) {
        h->setValue(h->minimum() + (h->maximum() - h->minimum()) * i / 19);
        view.graphicsView()->viewport()->repaint();
    }
    WARN("opened in " << opened << " ms; 20 pan steps in " << timer.elapsed() << " ms");
}

TEST_CASE("screenshots of the demo's diagram and a building", "[.screenshots]")
{
    // Run with GRIDBOOK_SCREENSHOT_DIR set to write docs/diagram/*.png.
    const QString dir = qEnvironmentVariable("GRIDBOOK_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    // In Chinese, as the office sees it: GRIDBOOK_SCREENSHOT_QM names the compiled translations.
    QTranslator translator;
    const QString qm = qEnvironmentVariable("GRIDBOOK_SCREENSHOT_QM");
    if (!qm.isEmpty()) {
        REQUIRE(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(
            QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
    }
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    auto db = test::demoDatabase();
    RecordingNotifier notifier;
    {
        CommunityDiagramView view(db->connection(), 0, nullptr, &notifier);
        view.resize(1280, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.fitAll();
        QCoreApplication::processEvents();
        REQUIRE(view.grab().save(QDir(dir).filePath(QStringLiteral("diagram.png"))));
    }
    {
        // A building of 30 to 80 dwellings that shows every colour of the scheme.
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT building_id FROM dwelling GROUP BY building_id "
                                      "HAVING count(*) BETWEEN 30 AND 80 ORDER BY building_id")));
        qint64 chosen = 0;
        int bestKinds = -1;
        while (q.next() && bestKinds < 5) {
            auto plan = BuildingPlanRepository(db->connection())
                            .load(q.value(0).toLongLong(), QDate(2025, 6, 30));
            REQUIRE(plan);
            QSet<int> kinds;
            for (const PlanDwelling &d : plan->dwellings)
                kinds.insert(d.households.isEmpty() ? -2 : d.households.first().rule);
            if (int(kinds.size()) > bestKinds) {
                bestKinds = int(kinds.size());
                chosen = plan->buildingId;
            }
        }
        REQUIRE(chosen > 0);
        BuildingView view(db->connection(), chosen, &notifier);
        view.setAsOf(QDate(2025, 6, 30));
        view.resize(1280, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        REQUIRE(view.grab().save(QDir(dir).filePath(QStringLiteral("building.png"))));
    }
    CHECK(notifier.errors.isEmpty());
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("printing paints the same page as export (printed to a PDF file)", "[diagram][views]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramModel model(db->connection());
    REQUIRE(model.load(p.community));
    const DiagramPage page = DiagramRenderer(model).page(QImage());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    REQUIRE(DiagramPrinter::printTo(printer, page));
    REQUIRE(QFileInfo(path).size() > 1000);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return;
    QProcess process;
    process.start(tool, {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    INFO(text.toStdString());
    CHECK(text.contains(page.title));
}
