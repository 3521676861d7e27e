// SPDX-License-Identifier: MIT
// gridbook-cli export and import as a user runs them: a separate process, its exit codes,
// the files it writes (read back with openpyxl), and the ledger it leaves.
#include "io/IoTestSupport.h"

#include "TestDatabase.h"
#include "io/TableExporter.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace gridbook;
using namespace gridbook::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(GRIDBOOK_CLI_PATH));
    p.setArguments(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    p.start();
    REQUIRE(p.waitForFinished(300000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("gridbook-cli export and import: files, exit codes, a ledger created on import",
          "[io][cli]")
{
    QTemporaryDir dir;
    const QString ledger = demoLedger(dir.path(), 600);
    const QString xlsx = dir.filePath(QStringLiteral("residents.xlsx"));

    // Masked by default: the IDs in the workbook are starred.
    Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), ledger, QStringLiteral("--table"),
                 QStringLiteral("residents"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("--out"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject sheet = xlsxSummary(xlsx, {QStringLiteral("身份证号")})
                            .object()
                            .value(QStringLiteral("sheets"))
                            .toArray()
                            .first()
                            .toObject();
    CHECK(sheet.value(QStringLiteral("rows")).toInt() == 600);
    const QJsonArray masked =
        sheet.value(QStringLiteral("values")).toObject().value(QStringLiteral("身份证号")).toArray();
    REQUIRE_FALSE(masked.isEmpty());
    CHECK(masked.first().toString().contains(QStringLiteral("****")));

    // A masked workbook cannot be imported: every row is rejected, the new ledger is not made.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, xlsx, QStringLiteral("--strict")});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("masked")));
    CHECK_FALSE(QFile::exists(fresh));

    // --full, GBK CSV of one small grid.
    const QString grid = scalar(*openLedger(ledger),
                                QStringLiteral("SELECT name FROM small_grid ORDER BY id LIMIT 1"))
                             .toString();
    const QString csv = dir.filePath(QStringLiteral("grid.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), ledger, QStringLiteral("--scope"),
             QStringLiteral("small-grid:") + grid, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--encoding"), QStringLiteral("gbk"), QStringLiteral("--full"),
             QStringLiteral("--out"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    CHECK_FALSE(csvBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(csvBytes.startsWith(QByteArray("\xD0\xD5\xC3\xFB"))); // 姓名 in GBK

    // "grid:" names a small grid, as in the roster commands' --scope.
    const QString sameGrid = dir.filePath(QStringLiteral("same-grid.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), ledger, QStringLiteral("--scope"),
             QStringLiteral("grid:") + grid, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--encoding"), QStringLiteral("gbk"), QStringLiteral("--full"),
             QStringLiteral("--out"), sameGrid});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile sameGridFile(sameGrid);
    REQUIRE(sameGridFile.open(QIODevice::ReadOnly));
    CHECK(sameGridFile.readAll() == csvBytes);

    // A dry run into a ledger that does not exist: a report, and still no file.
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, csv, QStringLiteral("--dry-run")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run")));
    CHECK_FALSE(QFile::exists(fresh));

    // The real import creates the ledger.
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, csv});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    REQUIRE(QFile::exists(fresh));
    const int rows = int(csvBytes.count('\n')) - 1;
    CHECK(scalar(*openLedger(fresh), QStringLiteral("SELECT count(*) FROM resident")).toInt() == rows);

    // Usage errors and unreadable files have their own exit codes.
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--db"), ledger, QStringLiteral("--format"),
               QStringLiteral("pdf"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, QStringLiteral("--on-duplicate"),
               QStringLiteral("merge"), csv})
              .exitCode == 2);
    const QString junk = dir.filePath(QStringLiteral("junk.xlsx"));
    QFile j(junk);
    REQUIRE(j.open(QIODevice::WriteOnly));
    j.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
    j.close();
    const QString never = dir.filePath(QStringLiteral("never.sqlite"));
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), never, junk});
    CHECK(r.exitCode == 3);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(never));
}

TEST_CASE("gridbook-cli import --errors writes the rejected rows to fix", "[io][cli]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.xlsx"));
    makeFixture(QStringLiteral("rows"), in,
                R"({"header": ["姓名", "身份证号", "与户主关系", "住址"],
                    "rows": [["张伟", "140403198005060319", "户主", "和济小区3栋2单元501"],
                             ["", "140403198208150429", "配偶", "和济小区3栋2单元501"],
                             ["王五", 4.30102198001011e17, "户主", "和济小区3栋2单元502"]]})");
    const QString ledger = dir.filePath(QStringLiteral("ledger.sqlite"));
    const QString errors = dir.filePath(QStringLiteral("errors.xlsx"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), ledger, in,
                       QStringLiteral("--community"), QStringLiteral("和济社区"),
                       QStringLiteral("--errors"), errors});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1); // some rows rejected
    CHECK(r.out.contains(QStringLiteral("cannot be recovered")));
    const QJsonObject sheet = xlsxSummary(errors, {QStringLiteral("原行号")})
                                  .object()
                                  .value(QStringLiteral("sheets"))
                                  .toArray()
                                  .first()
                                  .toObject();
    CHECK(sheet.value(QStringLiteral("rows")).toInt() == 2);
    QStringList rowNumbers;
    for (const QJsonValue &v :
         sheet.value(QStringLiteral("values")).toObject().value(QStringLiteral("原行号")).toArray())
        rowNumbers << v.toString();
    CHECK(rowNumbers == QStringList{QStringLiteral("3"), QStringLiteral("4")});
    CHECK(scalar(*openLedger(ledger), QStringLiteral("SELECT count(*) FROM resident")).toInt() == 1);
}

TEST_CASE("gridbook-cli import lists problems with numbers masked unless --full", "[io][cli]")
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.xlsx"));
    // A 17-digit ID number and a 10-digit mobile number: both reported, as found.
    makeFixture(QStringLiteral("rows"), in,
                R"({"header": ["姓名", "身份证号", "联系电话", "与户主关系", "住址"],
                    "rows": [["张伟", "14040319800506031", "1381234567", "户主", "和济小区3栋2单元501"]]})");
    const QString ledger = dir.filePath(QStringLiteral("ledger.sqlite"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("--db"), ledger, in,
                           QStringLiteral("--community"), QStringLiteral("和济社区"),
                           QStringLiteral("--dry-run")};
    Run r = cli(args);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.out.contains(QStringLiteral("140403*******6031")));
    CHECK_FALSE(r.out.contains(QStringLiteral("14040319800506031")));
    CHECK_FALSE(r.out.contains(QStringLiteral("1381234567")));

    r = cli(args + QStringList{QStringLiteral("--full")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.out.contains(QStringLiteral("14040319800506031")));
    CHECK(r.out.contains(QStringLiteral("1381234567")));
}

TEST_CASE("gridbook-cli import killed while it writes leaves the ledger as it was", "[io][cli]")
{
    // A bulk import into a ledger open nowhere else writes through a rollback journal (see
    // BulkJournal): pages go straight into the ledger file, and a crash must be undone from
    // the journal the next time the ledger is opened.
    QTemporaryDir dir;
    const QString workbook = dir.filePath(QStringLiteral("all.xlsx"));
    {
        auto source = openLedger(demoLedger(dir.path()));
        ExportOptions e;
        e.path = workbook;
        e.full = true;
        SilentFeedback quiet;
        REQUIRE(TableExporter(source->connection()).run(e, quiet).ok());
    }
    const QString ledger = dir.filePath(QStringLiteral("target.sqlite"));
    QByteArray before;
    {
        auto db = openLedger(ledger); // made and migrated, empty
        before = contentDigest(*db);
        REQUIRE(db->checkpoint().ok());
    }
    const qint64 sizeBefore = QFileInfo(ledger).size();
    const QString journal = ledger + QStringLiteral("-journal");

    QProcess p;
    p.setProgram(QStringLiteral(GRIDBOOK_CLI_PATH));
    p.setArguments({QStringLiteral("import"), QStringLiteral("--db"), ledger, workbook});
    p.start();
    REQUIRE(p.waitForStarted());
    // Killed once the journal exists and the ledger has grown by a megabyte: new pages are in
    // the file, and the commit has not happened.
    bool killed = false;
    QElapsedTimer clock;
    clock.start();
    while (p.state() == QProcess::Running && clock.elapsed() < 120000) {
        if (QFileInfo::exists(journal) && QFileInfo(ledger).size() > sizeBefore + (1 << 20)) {
            p.kill();
            killed = true;
            break;
        }
        QThread::usleep(200);
    }
    REQUIRE(killed);
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitStatus() == QProcess::CrashExit);
    CHECK(QFileInfo::exists(journal)); // the hot journal the crash left

    auto db = openLedger(ledger);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(contentDigest(*db) == before);
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK_FALSE(QFileInfo::exists(journal));

    // And the same import, run to the end, goes in whole (through the WAL: this test's
    // connection has the ledger open).
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), ledger, workbook});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 21237);
}
