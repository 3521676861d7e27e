// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlErrors.h"
#include "db/TransactionGuard.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gridbook;

TEST_CASE("a new file is created, reopened and keeps its uid", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/ledger.sqlite"));
    QString uid;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->wasCreated());
        uid = (*db)->ledgerUid();
        CHECK(uid.size() == 36);
        CHECK(test::scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString() ==
              QStringLiteral("wal"));
    }
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->wasCreated());
    CHECK((*again)->ledgerUid() == uid);
}

TEST_CASE("files that are not ledgers are refused and left unchanged", "[db]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("姓名,身份证号\n张三,1\n");
        f.close();
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Gridbook ledger")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("姓名,身份证号\n张三,1\n"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                           QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Gridbook ledger")));
    }
    SECTION("a damaged ledger")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(path);
            REQUIRE(db.ok());
            REQUIRE((*db)->checkpoint());
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\xff'));
        f.close();
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        INFO(db.error().details().toStdString());
        CHECK_FALSE(db.error().message.isEmpty());
    }
    SECTION("a folder")
    {
        auto db = Database::open(dir.path());
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("folder")));
    }
}

TEST_CASE("a file from a newer program is refused and not altered", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1")
                           .arg(Migrator::latestVersion() + 5)));
        REQUIRE((*db)->checkpoint());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer Gridbook")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("a read-only file opens read-only and refuses writes", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE((*db)->checkpoint());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    // As root, permissions do not stop writes: then ask for read-only explicitly.
    const bool rootLike = QFileInfo(path).isWritable();
    auto db = rootLike ? Database::open(path, {.create = false, .readOnly = true, .migrate = true})
                       : Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->isReadOnly());
    TransactionGuard tx((*db)->connection(), QStringLiteral("write"));
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
}

TEST_CASE("transaction guard rolls back unless committed, and nests as savepoints", "[db]")
{
    auto db = test::freshDatabase();
    auto count = [&] {
        return test::scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 't%'"))
            .toInt();
    };
    auto insert = [&](const char *key) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO meta (key) VALUES (?)"));
        q.addBindValue(QString::fromLatin1(key));
        REQUIRE(q.exec());
    };
    {
        TransactionGuard tx(db->connection(), QStringLiteral("outer"));
        REQUIRE(tx.ok());
        insert("t1");
    }
    CHECK(count() == 0);
    {
        TransactionGuard outer(db->connection(), QStringLiteral("outer"));
        insert("t1");
        {
            TransactionGuard inner(db->connection(), QStringLiteral("inner"));
            REQUIRE(inner.ok());
            insert("t2");
        } // inner rolled back
        {
            TransactionGuard inner(db->connection(), QStringLiteral("inner"));
            insert("t3");
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(count() == 2);
    CHECK(test::scalar(*db, QStringLiteral("SELECT group_concat(key) FROM (SELECT key FROM meta "
                                           "WHERE key LIKE 't%' ORDER BY key)"))
              .toString() == QStringLiteral("t1,t3"));
}

TEST_CASE("a second connection to the same file is told it is in use while a write is open",
          "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Database::open(path);
    REQUIRE(first.ok());
    auto second = Database::open(path);
    REQUIRE(second.ok());
    QSqlQuery q((*second)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 50")));

    TransactionGuard writer((*first)->connection(), QStringLiteral("first writes"));
    REQUIRE(writer.ok());
    TransactionGuard blocked((*second)->connection(), QStringLiteral("second writes"));
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().message.contains(QStringLiteral("in use")));
    // Readers are not blocked by the writer (WAL).
    CHECK(test::scalar(**second, QStringLiteral("SELECT count(*) FROM community")).toInt() == 0);
}

TEST_CASE("a full disk is reported as such and leaves the ledger as it was", "[db]")
{
    auto db = test::freshDatabase();
    QSqlQuery q(db->connection());
    // Cap the file at its current size: the next page SQLite needs fails with SQLITE_FULL,
    // as on a full USB stick.
    const int pages = test::scalar(*db, QStringLiteral("PRAGMA page_count")).toInt();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const int before = test::scalar(*db, QStringLiteral("SELECT count(*) FROM meta")).toInt();
    Status result;
    {
        TransactionGuard tx(db->connection(), QStringLiteral("fill the disk"));
        REQUIRE(tx.ok());
        QSqlQuery insert(db->connection());
        insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        for (int i = 0; i < 10000 && result.ok(); ++i) {
            insert.addBindValue(QStringLiteral("k%1").arg(i));
            insert.addBindValue(QString(200, QLatin1Char('x')));
            if (!insert.exec())
                result = SqlErrors::fromQuery(insert, QStringLiteral("fill"));
        }
        if (result.ok())
            result = tx.commit();
    }
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("disk is full")));
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM meta")).toInt() == before);
}
