// SPDX-License-Identifier: MIT
// The Reports menu's dialogs: the options dialog takes the window's scope and keeps full
// values off unless ticked; the preview builds the roster on a worker thread and saves a PDF
// that pdftotext reads back, masked by default, full (and recorded) only when asked.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "db/Database.h"
#include "demo/DemoCommunityGenerator.h"
#include "reports/ReportOptionsDialog.h"
#include "reports/ReportPreviewDialog.h"
#include "reports/ReportScope.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gridbook;
using namespace gridbook::test;

namespace {

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the roster dialogs print a grid masked, and full only when asked", "[views][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    auto db = Database::open(path, Database::Options{.create = true});
    REQUIRE(db.ok());
    DemoOptions options;
    options.residents = 300;
    options.seed = 5;
    SilentFeedback quiet;
    REQUIRE(DemoCommunityGenerator(options).generate(**db, quiet).ok());
    const QSqlDatabase connection = (*db)->connection();

    const qint64 grid = count(connection, QStringLiteral("SELECT min(small_grid_id) FROM building"));
    auto scope = ReportScope::fromId(connection, ReportScope::Kind::SmallGrid, grid);
    REQUIRE(scope.ok());

    ReportOptionsDialog dialog(connection, ReportRequest(), nullptr);
    dialog.setScope(*scope);
    ReportRequest request = dialog.request();
    CHECK(request.kind == ReportRequest::Kind::Roster);
    REQUIRE(request.roster.scopes.size() == 1);
    CHECK(request.roster.scopes.first().id == grid);
    CHECK_FALSE(request.fullValues());

    RecordingNotifier notifier;
    const QString masked = dir.filePath(QStringLiteral("masked.pdf"));
    {
        ReportPreviewDialog preview(path, request, notifier);
        REQUIRE(preview.build().ok());
        const bool saved = preview.saveAsPdf(masked);
        INFO(notifier.errors.join(QStringLiteral("; ")).toStdString());
        REQUIRE(saved);
    }
    const QString maskedText = pdfText(masked);
    CHECK(maskedText.contains(QRegularExpression(QStringLiteral("\\d{6}\\*{8}\\d{3}[\\dX]"))));
    CHECK_FALSE(maskedText.contains(QRegularExpression(QStringLiteral("\\b\\d{17}[\\dX]\\b"))));
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM print_log")) == 0);

    // Full values for this one print: ticked in the dialog, and recorded when saved.
    auto *full = dialog.findChild<QCheckBox *>(QStringLiteral("fullValues"));
    REQUIRE(full);
    full->setChecked(true);
    request = dialog.request();
    CHECK(request.fullValues());
    const QString unmasked = dir.filePath(QStringLiteral("full.pdf"));
    {
        ReportPreviewDialog preview(path, request, notifier);
        REQUIRE(preview.build().ok());
        const bool saved = preview.saveAsPdf(unmasked);
        INFO(notifier.errors.join(QStringLiteral("; ")).toStdString());
        REQUIRE(saved);
    }
    CHECK(pdfText(unmasked).contains(QRegularExpression(QStringLiteral("\\b\\d{17}[\\dX]\\b"))));
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM print_log WHERE full_values = 1")) == 1);
    CHECK(notifier.errors.isEmpty());
}
