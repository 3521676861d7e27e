// SPDX-License-Identifier: MIT
// Migration 2 (the standard code tables): runs 0001 and 0002 from the Qt resources on an
// in-memory SQLite through the raw handle, then checks the seeded codes against the standards.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace {

/** Runs one SQL script with sqlite3_exec; returns the error text, empty on success. */
QString execScript(sqlite3 *handle, const QByteArray &script)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    QString error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return error;
}

/** An in-memory database with migrations 1 and 2 applied, on a connection of its own. */
class CodesDatabase {
public:
    CodesDatabase()
        : m_name(QStringLiteral("standard-codes-test-")
                 + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
            m_error = QStringLiteral("the QSQLITE driver gave no sqlite3 handle");
            return;
        }
        sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
        m_error = execScript(raw, "PRAGMA foreign_keys = ON;");
        if (!m_error.isEmpty())
            return;
        m_error = execScript(raw, "BEGIN;");
        if (!m_error.isEmpty())
            return;
        for (const char *path : {":/migrations/0001_ledger.sql",
                                 ":/migrations/0002_standard_codes.sql"}) {
            QFile file(QString::fromLatin1(path));
            if (!file.open(QIODevice::ReadOnly)) {
                m_error = QStringLiteral("cannot read ") + file.fileName();
                break;
            }
            const QString error = execScript(raw, file.readAll());
            if (!error.isEmpty()) {
                m_error = file.fileName() + QStringLiteral(": ") + error;
                break;
            }
        }
        if (m_error.isEmpty())
            m_error = execScript(raw, "COMMIT;");
        else
            execScript(raw, "ROLLBACK;");
    }

    ~CodesDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    CodesDatabase(const CodesDatabase &) = delete;
    CodesDatabase &operator=(const CodesDatabase &) = delete;

    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /** The first column of the first row, or an invalid QVariant if there is none. */
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    /** The first column of every row. */
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private:
    QString m_name;
    QString m_error;
};

} // namespace

TEST_CASE("migration 2 applies on top of migration 1 with foreign keys on", "[migrations]")
{
    CodesDatabase codes;
    INFO(codes.error().toStdString());
    REQUIRE(codes.error().isEmpty());

    CHECK(codes.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    QSqlQuery check(codes.db());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());
}

TEST_CASE("sex codes follow GB/T 2261.1-2003", "[migrations]")
{
    CodesDatabase codes;
    REQUIRE(codes.error().isEmpty());
    CHECK(codes.column(QStringLiteral("SELECT code FROM sex_code ORDER BY sort"))
          == QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                         QStringLiteral("9")});
    CHECK(codes.scalar(QStringLiteral("SELECT name FROM sex_code WHERE code = '1'")).toString()
          == QStringLiteral("男"));
    CHECK(codes.scalar(QStringLiteral("SELECT name FROM sex_code WHERE code = '2'")).toString()
          == QStringLiteral("女"));
}

TEST_CASE("ethnicity codes follow GB/T 3304-1991", "[migrations]")
{
    CodesDatabase codes;
    REQUIRE(codes.error().isEmpty());

    QStringList expected;
    for (int i = 1; i <= 56; ++i)
        expected << QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
    const QStringList groups = codes.column(
        QStringLiteral("SELECT code FROM ethnicity_code WHERE code < '90' ORDER BY code"));
    CHECK(groups == expected);

    CHECK(codes.scalar(QStringLiteral("SELECT code FROM ethnicity_code WHERE name = '汉族'"))
              .toString()
          == QStringLiteral("01"));
    CHECK(codes.scalar(QStringLiteral("SELECT code FROM ethnicity_code WHERE name = '回族'"))
              .toString()
          == QStringLiteral("03"));
    CHECK(codes.scalar(QStringLiteral("SELECT roman FROM ethnicity_code WHERE code = '03'"))
              .toString()
          == QStringLiteral("Hui"));
    // every one of the 56 has its romanised name, and sort is the numeric code
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM ethnicity_code WHERE code < '90' "
                                      "AND (roman IS NULL OR roman = '')"))
              .toInt()
          == 0);
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM ethnicity_code "
                                      "WHERE sort <> CAST(code AS INTEGER)"))
              .toInt()
          == 0);
    CHECK(codes.scalar(QStringLiteral("SELECT name FROM ethnicity_code WHERE code = '98'"))
              .toString()
          == QStringLiteral("外国血统中国籍人士"));
}

TEST_CASE("political status and family relation codes", "[migrations]")
{
    CodesDatabase codes;
    REQUIRE(codes.error().isEmpty());

    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM political_status_code")).toInt()
          == 13);
    CHECK(codes.scalar(QStringLiteral("SELECT name FROM political_status_code WHERE code = '13'"))
              .toString()
          == QStringLiteral("群众"));
    CHECK(codes.scalar(QStringLiteral(
                           "SELECT short_name FROM political_status_code WHERE code = '01'"))
              .toString()
          == QStringLiteral("中共党员"));

    CHECK(codes.scalar(QStringLiteral("SELECT name FROM relation_code WHERE code = '02'"))
              .toString()
          == QStringLiteral("户主"));
    CHECK(codes.scalar(QStringLiteral("SELECT name FROM relation_code WHERE code = '99'"))
              .toString()
          == QStringLiteral("非亲属"));
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM relation_code WHERE length(code) <> 2"))
              .toInt()
          == 0);
}

TEST_CASE("region codes form a consistent GB/T 2260 tree", "[migrations]")
{
    CodesDatabase codes;
    REQUIRE(codes.error().isEmpty());

    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM region_code WHERE level = 1")).toInt()
          == 34);
    CHECK(codes.scalar(QStringLiteral(
                           "SELECT count(*) FROM region_code WHERE level = 1 AND "
                           "(parent_code IS NOT NULL OR substr(code, 3) <> '0000')"))
              .toInt()
          == 0);

    // every lower-level region has an existing parent one level up, sharing its code prefix
    const QStringList broken = codes.column(QStringLiteral(
        "SELECT r.code FROM region_code r LEFT JOIN region_code p ON p.code = r.parent_code "
        "WHERE r.level > 1 AND (p.code IS NULL OR p.level <> r.level - 1 "
        "OR substr(r.code, 1, 2 * p.level) <> substr(p.code, 1, 2 * p.level))"));
    INFO(broken.join(QLatin1Char(' ')).toStdString());
    CHECK(broken.isEmpty());

    const QStringList changzhi = codes.column(QStringLiteral(
        "SELECT code || ' ' || name || ' ' || historical FROM region_code "
        "WHERE parent_code = '140400' ORDER BY code"));
    CHECK(changzhi.contains(QStringLiteral("140403 潞州区 0")));
    CHECK(changzhi.contains(QStringLiteral("140402 城区 1")));
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM region_code "
                                      "WHERE parent_code = '140400' AND historical = 0"))
              .toInt()
          == 12);
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM region_code "
                                      "WHERE parent_code = '140000'"))
              .toInt()
          == 11);
}

TEST_CASE("seeded care categories and skills", "[migrations]")
{
    CodesDatabase codes;
    REQUIRE(codes.error().isEmpty());

    CHECK(codes.column(QStringLiteral(
              "SELECT DISTINCT category_group FROM care_category ORDER BY category_group"))
          == QStringList{QStringLiteral("care"), QStringLiteral("special")});
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM care_category "
                                      "WHERE category_group = 'special' AND sensitive = 0"))
              .toInt()
          == 0);
    CHECK(codes.scalar(QStringLiteral("SELECT sensitive FROM care_category "
                                      "WHERE code = 'low_income'"))
              .toInt()
          == 1);
    CHECK(codes.scalar(QStringLiteral("SELECT sensitive FROM care_category "
                                      "WHERE code = 'over_80'"))
              .toInt()
          == 0);

    // fixed uuids, so that every ledger file shares them
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM care_category WHERE length(uid) <> 36"))
              .toInt()
          == 0);
    CHECK(codes.scalar(QStringLiteral("SELECT uid FROM care_category WHERE code = 'low_income'"))
              .toString()
          == QStringLiteral("57c1d244-9b53-402c-8ad8-02fd7626b6b4"));
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM skill WHERE length(uid) <> 36"))
              .toInt()
          == 0);
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM skill")).toInt() == 16);
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM grid_role_code")).toInt() == 7);
    CHECK(codes.scalar(QStringLiteral("SELECT count(*) FROM residence_type_code")).toInt() == 5);
}
