// SPDX-License-Identifier: MIT
// How the residents page feels on a big ledger: time to its first screen, and the longest the
// window stops answering while someone types into the search box. Hidden ([.]): run it on a
// generated file,
//   gridbook-cli demo --out big.sqlite --residents 1000000
//   GRIDBOOK_BENCH_LEDGER=big.sqlite gridbook_view_tests "[bench]"
// It reports numbers and asserts nothing about speed: that is the benchmark's job.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "items/ResidentTableModel.h"
#include "pages/ResidentsPage.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace gridbook;
using namespace gridbook::test;

TEST_CASE("residents page on a big ledger: first screen and typing", "[.][bench][views]")
{
    const QString path = qEnvironmentVariable("GRIDBOOK_BENCH_LEDGER");
    if (path.isEmpty()) {
        WARN("set GRIDBOOK_BENCH_LEDGER to a ledger file");
        return;
    }
    auto document = LedgerDocument::open(path, {.create = false});
    REQUIRE(document.ok());
    RecordingNotifier notifier;

    QElapsedTimer clock;
    clock.start();
    ResidentsPage page(notifier);
    page.resize(1280, 760);
    page.show();
    page.setDocument(document->get());
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() > 0; }, 60000));
    const qint64 firstScreen = clock.elapsed();
    // Draw the first screen (the rows are read by page when a view asks for them).
    page.table()->viewport()->repaint();
    const qint64 painted = clock.elapsed();

    // A 10 ms heartbeat: any gap well above it is time the event loop was blocked.
    qint64 worstGap = 0;
    QElapsedTimer beat;
    beat.start();
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        worstGap = std::max(worstGap, beat.restart());
    });
    heartbeat.start();
    QLineEdit *search = page.searchEdit();
    const QString keys = QStringLiteral("zsf");
    QElapsedTimer typing;
    typing.start();
    for (const QChar c : keys) {
        QTest::keyClick(search, c.toLatin1());
        // Keys 120 ms apart, like a quick typist; the event loop runs in between.
        QTest::qWait(120);
    }
    const bool settled = QTest::qWaitFor(
        [&] { return !page.model()->isLoading() && page.model()->totalCount() >= 0; }, 60000);
    const qint64 searchDone = typing.elapsed();
    heartbeat.stop();
    page.table()->viewport()->repaint();

    WARN("ledger: " << path.toStdString() << ", total " << page.model()->totalCount()
                    << " residents after search");
    WARN("first screen of rows: " << firstScreen << " ms, painted: " << painted << " ms");
    WARN("typing \"zsf\" and waiting for the list: " << searchDone << " ms, settled: " << settled);
    WARN("longest event-loop stall while typing: " << worstGap << " ms");
    CHECK(settled);
}
