// SPDX-License-Identifier: MIT
// The first start: the demo community is generated on a worker thread with its own
// connection while the window's document stays open, and the document sees it on reload.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "startup/DemoCommunityRunner.h"

#include <catch2/catch.hpp>

#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QApplication>
#include <QThread>
#include <QTimer>

using namespace gridbook;
using namespace gridbook::test;

TEST_CASE("the demo community is filled in on a worker thread", "[views]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("first-start.sqlite"));
    auto document = LedgerDocument::open(path);
    REQUIRE(document.ok());
    CHECK((*document)->database().wasCreated());
    CHECK((*document)->isEmpty());

    RecordingNotifier notifier;
    DemoOptions options;
    options.residents = 300;
    options.seed = 7;
    bool cancelled = true;
    auto summary = DemoCommunityRunner::run(nullptr, path, notifier, options, &cancelled);
    INFO((summary ? QString() : summary.error().details()).toStdString());
    REQUIRE(summary.ok());
    CHECK(!cancelled);
    CHECK(summary->residents == 300);
    CHECK(notifier.errors.isEmpty());

    (*document)->reload();
    CHECK(!(*document)->isEmpty());
    CHECK(scalar(**document, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 300);
}

TEST_CASE("a cancelled demo leaves the ledger empty", "[views]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancelled.sqlite"));
    auto document = LedgerDocument::open(path);
    REQUIRE(document.ok());
    RecordingNotifier notifier;
    // Cancel as soon as the progress dialog appears, as a user pressing its button.
    QTimer cancelSoon;
    cancelSoon.setInterval(0);
    QObject::connect(&cancelSoon, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            // QProgressDialog::cancel() only resets the dialog; the button emits canceled().
            if (auto *progress = qobject_cast<QProgressDialog *>(w); progress && progress->isVisible())
                if (auto *button = progress->findChild<QPushButton *>())
                    button->click();
        }
    });
    cancelSoon.start();
    DemoOptions options;
    options.residents = 20000;
    bool cancelled = false;
    auto summary = DemoCommunityRunner::run(nullptr, path, notifier, options, &cancelled);
    cancelSoon.stop();
    CHECK(!summary.ok());
    CHECK(cancelled);
    (*document)->reload();
    CHECK((*document)->isEmpty());
}
