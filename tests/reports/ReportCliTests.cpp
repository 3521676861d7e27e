// SPDX-License-Identifier: MIT
// The report commands of gridbook-cli as a script runs them: a separate process, exit codes,
// the PDF it leaves, and the print log.
#include "reports/ReportTestSupport.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace gridbook;
using namespace gridbook::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(QStringList args)
{
    args << QStringLiteral("--lang") << QStringLiteral("en");
    QProcess p;
    p.setProgram(QStringLiteral(GRIDBOOK_CLI_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(180000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QRegularExpression fullId(QStringLiteral("(?<![0-9*])[0-9]{17}[0-9X](?![0-9])"));

} // namespace

TEST_CASE("gridbook-cli roster, contact-book and household-file write PDFs", "[reports][cli]")
{
    auto ledger = demoLedger();
    const QString db = ledger->path;
    const QString date = QStringLiteral("2026-11-24");

    SECTION("a roster of one grid, masked; then with --full, logged")
    {
        const QString out = ledger->dir.filePath(QStringLiteral("roster.pdf"));
        const Run r = cli({QStringLiteral("roster"), QStringLiteral("--db"), db,
                           QStringLiteral("--scope"), QStringLiteral("grid:第1网格"),
                           QStringLiteral("--date"), date, QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const PdfText pdf = readPdf(out);
        CHECK(r.out.contains(QStringLiteral("%1 page").arg(pdf.infoPages)));
        CHECK(pdf.pages.first().contains(QStringLiteral("第1网格")));
        CHECK_FALSE(fullId.match(pdf.all()).hasMatch());
        CHECK(test::scalar(*ledger->db, QStringLiteral("SELECT count(*) FROM print_log")).toInt() ==
              0);

        const Run full =
            cli({QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--scope"),
                 QStringLiteral("grid:第1网格"), QStringLiteral("--full"),
                 QStringLiteral("--group"), QStringLiteral("household"),
                 QStringLiteral("--landscape"), QStringLiteral("--out"), out});
        INFO(full.err.toStdString());
        REQUIRE(full.exitCode == 0);
        CHECK(fullId.match(readPdf(out).all()).hasMatch());
        CHECK(test::scalar(*ledger->db, QStringLiteral("SELECT count(*) FROM print_log WHERE "
                                                       "report = 'roster' AND scope = '第1网格' "
                                                       "AND full_values = 1"))
                  .toInt() == 1);
    }
    SECTION("the whole community by default, a category filter and chosen columns")
    {
        const QString out = ledger->dir.filePath(QStringLiteral("low.pdf"));
        const Run r =
            cli({QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--category"),
                 QStringLiteral("low_income"), QStringLiteral("--columns"),
                 QStringLiteral("number,name,age,address"), QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = readPdf(out).all();
        CHECK(text.contains(QStringLiteral("和济社区")));
        CHECK(text.contains(QStringLiteral("低保户")));
        CHECK_FALSE(text.contains(QStringLiteral("ID number")));
    }
    SECTION("a contact book and a household file")
    {
        const QString holder =
            column(*ledger->db, QStringLiteral("SELECT r.uid FROM grid_role gr JOIN resident r ON "
                                               "r.id = gr.resident_id WHERE gr.role_code = "
                                               "'grid_assistant' LIMIT 1"))
                .first();
        const QString book = ledger->dir.filePath(QStringLiteral("book.pdf"));
        const Run c = cli({QStringLiteral("contact-book"), QStringLiteral("--db"), db,
                           QStringLiteral("--holder"), holder, QStringLiteral("--out"), book});
        INFO(c.err.toStdString());
        REQUIRE(c.exitCode == 0);
        CHECK(readPdf(book).all().contains(QStringLiteral("Contact book")));

        const QString household =
            column(*ledger->db, QStringLiteral("SELECT uid FROM household LIMIT 1")).first();
        const QString file = ledger->dir.filePath(QStringLiteral("file.pdf"));
        const Run h =
            cli({QStringLiteral("household-file"), QStringLiteral("--db"), db,
                 QStringLiteral("--household"), household, QStringLiteral("--out"), file});
        INFO(h.err.toStdString());
        REQUIRE(h.exitCode == 0);
        CHECK(readPdf(file).all().contains(QStringLiteral("Household file")));
    }
}

TEST_CASE("gridbook-cli report commands refuse bad input with exit codes", "[reports][cli]")
{
    auto ledger = demoLedger(500);
    const QString db = ledger->path;
    const QString out = ledger->dir.filePath(QStringLiteral("r.pdf"));
    SECTION("no --out")
    {
        CHECK(cli({QStringLiteral("roster"), QStringLiteral("--db"), db}).exitCode == 2);
    }
    SECTION("a scope that names nothing")
    {
        const Run r =
            cli({QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--scope"),
                 QStringLiteral("grid:第99网格"), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("第99网格")));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("an unknown category")
    {
        const Run r =
            cli({QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--category"),
                 QStringLiteral("nonsense"), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("nonsense")));
    }
    SECTION("an unknown holder")
    {
        const Run r = cli({QStringLiteral("contact-book"), QStringLiteral("--db"), db,
                           QStringLiteral("--holder"), QStringLiteral("无此人"),
                           QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("无此人")));
    }
    SECTION("an unwritable output path")
    {
        const QString bad = ledger->dir.filePath(QStringLiteral("missing/r.pdf"));
        const Run r = cli(
            {QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--out"), bad});
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("missing")));
    }
    SECTION("more pages than --max-pages")
    {
        const Run r =
            cli({QStringLiteral("roster"), QStringLiteral("--db"), db,
                 QStringLiteral("--max-pages"), QStringLiteral("1"), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains(QStringLiteral("--max-pages")));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("an empty scope still gives a page saying so")
    {
        const Run r =
            cli({QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--min-age"),
                 QStringLiteral("140"), QStringLiteral("--out"), out});
        REQUIRE(r.exitCode == 0);
        const PdfText pdf = readPdf(out);
        CHECK(pdf.infoPages == 1);
        CHECK(pdf.all().contains(QStringLiteral("Nothing to print")));
    }
}
