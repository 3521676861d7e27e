// SPDX-License-Identifier: MIT
// gridbook-cli as a user runs it: a separate process, its exit codes, its output.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

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
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void plant(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plant"));
}

} // namespace

TEST_CASE("gridbook-cli demo, stats and check on the default shape", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), file,
                          QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-11-24")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("21")));

    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject totals = QJsonDocument::fromJson(stats.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    CHECK(totals.value(QStringLiteral("residents")).toInteger() == 21237);
    CHECK(totals.value(QStringLiteral("households")).toInteger() == 10191);
    CHECK(totals.value(QStringLiteral("compounds")).toInteger() == 35);
    CHECK(totals.value(QStringLiteral("small_grids")).toInteger() == 34);
    CHECK(totals.value(QStringLiteral("big_grids")).toInteger() == 6);
    CHECK(totals.value(QStringLiteral("party_members")).toInteger() == 386);
    CHECK(totals.value(QStringLiteral("party_branches")).toInteger() == 9);
    CHECK(totals.value(QStringLiteral("party_groups")).toInteger() == 16);
    CHECK(totals.value(QStringLiteral("grid_assistants")).toInteger() >= 800);

    const Run text = cli({QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--lang"),
                          QStringLiteral("en")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Residents by grid")));
    CHECK(text.out.contains(QStringLiteral("和济社区")));

    const Run clean = cli({QStringLiteral("check"), QStringLiteral("--db"), file});
    INFO(clean.out.toStdString());
    CHECK(clean.exitCode == 0);

    // Plant a fault: a household loses its head. check must say so and exit 1.
    plant(file, QStringLiteral("UPDATE resident SET relation_code = '10' WHERE id = (SELECT "
                               "min(id) FROM resident WHERE relation_code = '02')"));
    const Run faulty = cli({QStringLiteral("check"), QStringLiteral("--db"), file});
    CHECK(faulty.exitCode == 1);
    CHECK(faulty.out.contains(QStringLiteral("household-without-head")));
}

TEST_CASE("gridbook-cli refuses bad input with a clear message and an exit code", "[cli]")
{
    QTemporaryDir dir;
    SECTION("no command")
    {
        CHECK(cli({}).exitCode == 2);
    }
    SECTION("unknown command")
    {
        const Run r = cli({QStringLiteral("frobnicate")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("frobnicate")));
    }
    SECTION("demo without --out, and into an existing file")
    {
        CHECK(cli({QStringLiteral("demo")}).exitCode == 2);
        const QString file = dir.filePath(QStringLiteral("x.sqlite"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), file});
        CHECK(r.exitCode == 2);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("keep me"));
    }
    SECTION("stats on a file that is not a ledger")
    {
        const QString file = dir.filePath(QStringLiteral("sheet.csv"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("姓名,身份证号\n");
        f.close();
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--lang"),
                           QStringLiteral("en")});
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("not a Gridbook ledger")));
    }
    SECTION("stats on a file that does not exist is not created")
    {
        const QString file = dir.filePath(QStringLiteral("missing.sqlite"));
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), file});
        CHECK(r.exitCode == 3);
        CHECK_FALSE(QFile::exists(file));
    }
    SECTION("bad numbers")
    {
        const QString file = dir.filePath(QStringLiteral("n.sqlite"));
        CHECK(cli({QStringLiteral("demo"), QStringLiteral("--out"), file, QStringLiteral("--residents"),
                   QStringLiteral("lots")})
                  .exitCode == 2);
        CHECK_FALSE(QFile::exists(file));
    }
}
