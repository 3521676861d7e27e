// SPDX-License-Identifier: MIT
#include "io/IoTestSupport.h"

#include "demo/DemoCommunityGenerator.h"
#include "io/ColumnMapper.h"
#include "io/SpreadsheetReader.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace gridbook::test {

QByteArray python(const QString &script, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral("/usr/bin/python3"));
    p.setArguments(QStringList{QStringLiteral(GRIDBOOK_IO_TEST_SCRIPTS "/") + script} + args);
    p.start();
    REQUIRE(p.waitForFinished(300000));
    const QByteArray err = p.readAllStandardError();
    INFO(script.toStdString() << ": " << err.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QJsonDocument xlsxSummary(const QString &path, const QStringList &columns)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        python(QStringLiteral("xlsx_summary.py"), QStringList{path} + columns), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QJsonDocument makeFixture(const QString &kind, const QString &path, const QByteArray &json)
{
    return QJsonDocument::fromJson(
        python(QStringLiteral("make_fixture.py"), {kind, path, QString::fromUtf8(json)}));
}

std::unique_ptr<Database> openLedger(const QString &path)
{
    auto db = Database::open(path);
    INFO((db ? QString() : db.error().details()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QString demoLedger(const QString &dir, int residents)
{
    // Generated once per run and size; every caller gets its own copy.
    static QTemporaryDir cache;
    static QHash<int, QString> made;
    if (!made.contains(residents)) {
        const QString path = cache.filePath(QStringLiteral("demo-%1.sqlite").arg(residents));
        {
            auto db = openLedger(path);
            DemoOptions options;
            options.seed = 11;
            options.residents = residents;
            options.asOf = QDate(2026, 11, 24);
            SilentFeedback quiet;
            const auto summary = DemoCommunityGenerator(options).generate(*db, quiet);
            INFO((summary ? QString() : summary.error().details()).toStdString());
            REQUIRE(summary.ok());
            REQUIRE(db->checkpoint().ok());
        }
        made.insert(residents, path);
    }
    const QString copy = QDir(dir).filePath(QStringLiteral("ledger.sqlite"));
    QFile::remove(copy);
    REQUIRE(QFile::copy(made.value(residents), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

QByteArray contentDigest(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        hash.addData(table.toUtf8());
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArray("\x01N") : (QByteArray("\x02") + v.toString().toUtf8()));
            }
            hash.addData(QByteArray("\x03"));
        }
    }
    return hash.result().toHex();
}

Result<ImportResult> importFile(Database &db, const QString &path, const ImportOptions &options,
                                Feedback &feedback)
{
    auto book = SpreadsheetReader::read(path, {}, feedback);
    if (!book)
        return book.error();
    QList<ImportSheet> sheets;
    for (SheetData &data : book->sheets) {
        ImportSheet s;
        s.layout = ColumnMapper::detect(data);
        s.data = std::move(data);
        sheets << std::move(s);
    }
    return ResidentImporter(db.connection()).run(sheets, options, feedback);
}

} // namespace gridbook::test
