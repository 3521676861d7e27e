// SPDX-License-Identifier: MIT
// Import of office files the tests build themselves (openpyxl, Python's GBK codec), the
// validation report, households and places, and the all-or-nothing rule.
#include "io/IoTestSupport.h"

#include "TestDatabase.h"
#include "io/CsvReader.h"
#include "io/ImportErrorSheet.h"
#include "io/SpreadsheetReader.h"
#include "io/TableExporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gridbook;
using namespace gridbook::test;

namespace {

const QDate kToday(2026, 11, 24);

ImportOptions options()
{
    ImportOptions o;
    o.today = kToday;
    return o;
}

ImportResult importOk(Database &db, const QString &path, const ImportOptions &o)
{
    IoRecordingFeedback feedback;
    auto result = importFile(db, path, o, feedback);
    INFO((result ? QString() : result.error().details()).toStdString());
    REQUIRE(result.ok());
    return *result;
}

/** Writes `bytes` to `path` (an import's input), all of them. */
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

/** The issues of one row, "column: reason" each. */
QStringList issuesOf(const ImportResult &r, int row)
{
    QStringList out;
    for (const ImportIssue &i : r.issues) {
        if (i.ref.row == row)
            out << i.column + QStringLiteral(": ") + i.reason;
    }
    return out;
}

/** Every index of the ledger with its definition, in name order. */
const QString kIndexes = QStringLiteral(
    "SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_master "
    "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");

bool rejected(const ImportResult &r, int row)
{
    for (const RejectedRow &x : r.rejected) {
        if (x.ref.row == row)
            return true;
    }
    return false;
}

QString residentField(const Database &db, const QString &idNumber, const QString &column)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM resident WHERE id_number = ?").arg(column));
    q.addBindValue(idNumber);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

} // namespace

TEST_CASE("an office sheet: title rows, merged two-row header, bad IDs, formulas, duplicates",
          "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    // Someone already in the ledger, for the duplicate row.
    QSqlQuery q(db->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT name, id_number, phone, id FROM resident WHERE "
                              "phone IS NOT NULL AND archived_at IS NULL ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const QString existingName = q.value(0).toString();
    const QString existingId = q.value(1).toString();
    const QString existingPhone = q.value(2).toString();
    q.finish();

    const QString file = dir.filePath(QStringLiteral("第3网格.xlsx"));
    const QJsonObject ids =
        makeFixture(QStringLiteral("office"), file,
                    QStringLiteral("{\"existing\": {\"name\": \"%1\", \"id\": \"%2\"}}")
                        .arg(existingName, existingId)
                        .toUtf8())
            .object()
            .value(QStringLiteral("ids"))
            .toObject();
    auto id = [&](const char *name) { return ids.value(QString::fromUtf8(name)).toString(); };

    // The layout: the header is found below the title and note rows, both rows of it.
    SilentFeedback quiet;
    auto book = SpreadsheetReader::read(file, {}, quiet);
    REQUIRE(book.ok());
    const SheetLayout layout = ColumnMapper::detect(book->sheets.first());
    CHECK(layout.headerRow == 3);
    CHECK(layout.firstDataRow == 4);
    CHECK(layout.column(ImportField::Name) == 1);
    CHECK(layout.column(ImportField::IdNumber) == 3);
    CHECK(layout.column(ImportField::Compound) == 8);
    CHECK(layout.column(ImportField::Building) == 9);
    CHECK(layout.column(ImportField::Unit) == 10);
    CHECK(layout.column(ImportField::Room) == 11);
    CHECK(layout.column(ImportField::Political) == 12);
    CHECK(layout.column(ImportField::Address) == -1);

    const QByteArray before = contentDigest(*db);
    const int residentsBefore =
        scalar(*db, QStringLiteral("SELECT count(*) FROM resident")).toInt();

    SECTION("a dry run reports and changes nothing")
    {
        ImportOptions o = options();
        o.dryRun = true;
        const ImportResult r = importOk(*db, file, o);
        CHECK(r.summary.inserted == 5);
        CHECK_FALSE(r.summary.committed);
        CHECK(contentDigest(*db) == before);
    }

    SECTION("strict: rejected rows mean nothing is imported, and the ledger is unchanged")
    {
        ImportOptions o = options();
        o.strict = true;
        const ImportResult r = importOk(*db, file, o);
        CHECK(r.summary.rejected == 6);
        CHECK_FALSE(r.summary.committed);
        CHECK(contentDigest(*db) == before);
    }

    SECTION("valid rows go in, the rest is reported row by row")
    {
        const ImportResult r = importOk(*db, file, options());
        CHECK(r.summary.committed);
        CHECK(r.summary.rowsRead == 12); // the blank rows are not rows
        CHECK(r.summary.inserted == 5);
        CHECK(r.summary.skipped == 1);
        CHECK(r.summary.rejected == 6);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM resident")).toInt() ==
              residentsBefore + 5);

        // Row 9: an ID typed as a number lost its digits; row 10: scientific notation.
        CHECK(rejected(r, 9));
        CHECK(issuesOf(r, 9).join(u' ').contains(QStringLiteral("15 digits")));
        CHECK(rejected(r, 10));
        CHECK(issuesOf(r, 10).join(u' ').contains(QStringLiteral("cannot be recovered")));
        CHECK(issuesOf(r, 10).first().startsWith(QStringLiteral("公民身份号码")));
        CHECK(rejected(r, 11)); // no name
        CHECK(rejected(r, 12)); // bad phone
        CHECK(rejected(r, 13)); // wrong check character
        CHECK(rejected(r, 16)); // a formula without a saved value
        CHECK(issuesOf(r, 16).join(u' ').contains(QStringLiteral("formula")));
        // Every rejected row has a line in the report with column, value and reason.
        for (const RejectedRow &x : r.rejected)
            CHECK_FALSE(issuesOf(r, x.ref.row).isEmpty());

        // Full-width digits and blanks inside IDs are folded; names lose stray blanks.
        CHECK(residentField(*db, id("李娜"), QStringLiteral("name")) == QStringLiteral("李娜"));
        CHECK(residentField(*db, id("李娜"), QStringLiteral("phone")) ==
              QStringLiteral("13900001111"));
        CHECK(residentField(*db, id("张小明"), QStringLiteral("name")) == QStringLiteral("张小明"));
        // A date cell and a text date.
        CHECK(residentField(*db, id("张伟"), QStringLiteral("birth_date")) ==
              QStringLiteral("1980-05-06"));
        CHECK(residentField(*db, id("吴敏"), QStringLiteral("birth_date")) ==
              QStringLiteral("1958-12-12"));
        CHECK(residentField(*db, id("吴敏"), QStringLiteral("ethnicity_code")) ==
              QStringLiteral("11"));
        // A formula's saved value is imported.
        CHECK(residentField(*db, id("孙丽"), QStringLiteral("phone")) ==
              QStringLiteral("13912345678"));
        CHECK(residentField(*db, id("周杰"), QStringLiteral("name")) == QStringLiteral("<none>"));

        // The family of rows 5-7 is one household, 张伟 its head, at 和济小区3栋2单元501.
        const QString household = residentField(*db, id("张伟"), QStringLiteral("household_id"));
        CHECK(residentField(*db, id("李娜"), QStringLiteral("household_id")) == household);
        CHECK(residentField(*db, id("张小明"), QStringLiteral("household_id")) == household);
        CHECK(residentField(*db, id("张伟"), QStringLiteral("relation_code")) ==
              QStringLiteral("02"));
        CHECK(residentField(*db, id("李娜"), QStringLiteral("relation_code")) ==
              QStringLiteral("12"));
        CHECK(scalar(
                  *db,
                  QStringLiteral(
                      "SELECT c.name || b.name || u.name || d.room FROM household h JOIN dwelling "
                      "d ON "
                      "d.id = h.dwelling_id JOIN building b ON b.id = d.building_id JOIN "
                      "building_unit u "
                      "ON u.id = d.unit_id JOIN compound c ON c.id = b.compound_id WHERE h.id = %1")
                      .arg(household))
                  .toString() == QStringLiteral("和济小区3栋2单元501"));
        // 丽都花园 did not exist: created, with its building, unit and dwelling.
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM compound WHERE name = '丽都花园'"))
                  .toInt() == 1);
        CHECK(
            scalar(
                *db,
                QStringLiteral(
                    "SELECT d.floor FROM resident r JOIN household h ON h.id = r.household_id JOIN "
                    "dwelling d ON d.id = h.dwelling_id WHERE r.id_number = '%1'")
                    .arg(id("吴敏")))
                .toInt() == 6);
        // The person already in the ledger was skipped: the phone in the sheet was not taken.
        CHECK(residentField(*db, existingId, QStringLiteral("phone")) == existingPhone);

        // The error sheet holds the rejected rows, as text, with reasons; it reads back.
        const QString errors = dir.filePath(QStringLiteral("errors.xlsx"));
        SpreadsheetReader::Options readOptions;
        auto again = SpreadsheetReader::read(file, readOptions, quiet);
        REQUIRE(again.ok());
        QList<ImportSheet> sheets{
            {again->sheets.first(), ColumnMapper::detect(again->sheets.first())}};
        REQUIRE(ImportErrorSheet::write(errors, sheets, r).ok());
        const QJsonObject sheet =
            xlsxSummary(errors, {QStringLiteral("公民身份号码"), QStringLiteral("原行号")})
                .object()
                .value(QStringLiteral("sheets"))
                .toArray()
                .first()
                .toObject();
        CHECK(sheet.value(QStringLiteral("rows")).toInt() == 6);
        const QJsonArray sourceRows = sheet.value(QStringLiteral("values"))
                                          .toObject()
                                          .value(QStringLiteral("原行号"))
                                          .toArray();
        QStringList rowNumbers;
        for (const QJsonValue &v : sourceRows)
            rowNumbers << v.toString();
        CHECK(rowNumbers.join(u',') == QStringLiteral("9,10,11,12,13,16"));
        const QJsonObject idTypes = sheet.value(QStringLiteral("columns"))
                                        .toArray()[3]
                                        .toObject()
                                        .value(QStringLiteral("types"))
                                        .toObject();
        CHECK_FALSE(idTypes.contains(QStringLiteral("float")));
        // Importing the error sheet again (unfixed) rejects the same rows and nothing else.
        const ImportResult again2 = importOk(*db, errors, options());
        CHECK(again2.summary.inserted == 0);
        CHECK(again2.summary.rejected == 6);
    }

    SECTION("update: the person already in the ledger gets the sheet's phone")
    {
        ImportOptions o = options();
        o.onDuplicate = DuplicatePolicy::Update;
        const ImportResult r = importOk(*db, file, o);
        CHECK(r.summary.updated == 1);
        CHECK(residentField(*db, existingId, QStringLiteral("phone")) ==
              QStringLiteral("13999998888"));
        REQUIRE(r.duplicates.size() == 1);
        CHECK(r.duplicates.first().differences.join(u' ').contains(QStringLiteral("Phone")));
    }

    SECTION("review: the duplicate is listed and waits")
    {
        // As the wizard does it: a check (dry run) lists the duplicate, the user decides, then
        // the import.
        ImportOptions o = options();
        o.onDuplicate = DuplicatePolicy::Review;
        o.dryRun = true;
        const ImportResult r = importOk(*db, file, o);
        CHECK(r.summary.review == 1);
        CHECK(r.summary.updated == 0);
        CHECK(rejected(r, 14)); // goes to the error sheet to decide
        CHECK(contentDigest(*db) == before);
        // Decided one by one: update that row.
        o.dryRun = false;
        o.decisions.insert(r.duplicates.first().ref, DuplicatePolicy::Update);
        const ImportResult decided = importOk(*db, file, o);
        CHECK(decided.summary.review == 0);
        CHECK(decided.summary.updated == 1);
        CHECK(decided.summary.inserted == 5);
        CHECK(residentField(*db, existingId, QStringLiteral("phone")) ==
              QStringLiteral("13999998888"));
    }
}

TEST_CASE("addresses in the usual forms become compound, building, unit and room", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString file = dir.filePath(QStringLiteral("addresses.xlsx"));
    const QJsonObject ids = makeFixture(QStringLiteral("addresses"), file)
                                .object()
                                .value(QStringLiteral("ids"))
                                .toObject();
    ImportOptions o = options();
    o.community = QStringLiteral("和济社区");
    o.defaultCompound = QStringLiteral("和济小区");
    const ImportResult r = importOk(*db, file, o);
    CHECK(r.summary.inserted == 6);
    CHECK(r.summary.rejected == 0);
    auto place = [&](const char *name) {
        return scalar(*db,
                      QStringLiteral(
                          "SELECT ifnull(c.name || '|' || b.name || '|' || ifnull(u.name, '') "
                          "|| '|' || d.room, h.note) FROM resident r JOIN household h ON h.id = "
                          "r.household_id LEFT JOIN dwelling d ON d.id = h.dwelling_id LEFT JOIN "
                          "building b ON b.id = d.building_id LEFT JOIN building_unit u ON u.id "
                          "= d.unit_id LEFT JOIN compound c ON c.id = b.compound_id WHERE "
                          "r.id_number = '%1'")
                          .arg(ids.value(QString::fromUtf8(name)).toString()))
            .toString();
    };
    CHECK(place("郑一") == QStringLiteral("和济小区|3栋|2单元|501"));
    CHECK(place("郑二") == QStringLiteral("和济小区|3栋|2单元|501"));
    CHECK(place("钱三") == QStringLiteral("和济小区|3栋|2单元|502"));
    CHECK(place("孙四") == QStringLiteral("幸福里小区|5栋||601"));
    CHECK(place("李五") == QStringLiteral("和济小区|12号楼|1单元|302"));
    CHECK(place("周六").contains(QStringLiteral("太行东街路口东边")));
    CHECK(r.summary.unparsedAddresses == QStringList{QStringLiteral("太行东街路口东边")});
    // No relation column: people at one address are one household, the first its head.
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT household_id) FROM resident WHERE "
                                     "id_number IN ('%1', '%2')")
                          .arg(ids.value(QStringLiteral("郑一")).toString(),
                               ids.value(QStringLiteral("郑二")).toString()))
              .toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM "
                                     "resident r WHERE r.household_id = h.id AND r.relation_code = "
                                     "'02') <> 1"))
              .toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM community")).toInt() == 1);
}

TEST_CASE("a GBK CSV with a title line, and a CSV mixing GBK and UTF-8 lines", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString gbk = dir.filePath(QStringLiteral("花名册.csv"));
    const QJsonObject ids = makeFixture(QStringLiteral("gbk-csv"), gbk)
                                .object()
                                .value(QStringLiteral("ids"))
                                .toObject();
    ImportOptions o = options();
    const ImportResult r = importOk(*db, gbk, o);
    CHECK(r.summary.inserted == 4);
    CHECK(r.summary.rejected == 0);
    CHECK(residentField(*db, ids.value(QStringLiteral("欧阳修")).toString(),
                        QStringLiteral("name")) == QStringLiteral("欧阳修"));
    // A hanzi outside GBK (U+9FA5) survives as GB18030's four bytes.
    CHECK(residentField(*db, ids.value(QString::fromUtf8("冯\u9fa5")).toString(),
                        QStringLiteral("name")) == QString::fromUtf8("冯\u9fa5"));
    CHECK(residentField(*db, ids.value(QStringLiteral("马哈麦")).toString(),
                        QStringLiteral("ethnicity_code")) == QStringLiteral("03"));
    CHECK(residentField(*db, ids.value(QStringLiteral("欧阳娟")).toString(),
                        QStringLiteral("household_id")) ==
          residentField(*db, ids.value(QStringLiteral("欧阳修")).toString(),
                        QStringLiteral("household_id")));

    const QString mixed = dir.filePath(QStringLiteral("mixed.csv"));
    const QJsonObject mixedIds = makeFixture(QStringLiteral("mixed-csv"), mixed)
                                     .object()
                                     .value(QStringLiteral("ids"))
                                     .toObject();
    SilentFeedback quiet;
    auto book = SpreadsheetReader::read(mixed, {}, quiet);
    REQUIRE(book.ok());
    CHECK(book->warnings.size() == 1);
    const ImportResult m = importOk(*db, mixed, options());
    CHECK(m.summary.inserted == 2);
    CHECK(residentField(*db, mixedIds.value(QStringLiteral("韩梅梅")).toString(),
                        QStringLiteral("name")) == QStringLiteral("韩梅梅"));
    CHECK(residentField(*db, mixedIds.value(QStringLiteral("李雷")).toString(),
                        QStringLiteral("name")) == QStringLiteral("李雷"));
}

TEST_CASE("a CSV whose columns lie beyond the 32,767th imports like any other", "[io]")
{
    // The checked rows refer to their cells by column number; a sheet wider than a 16-bit
    // number once made that refer to a wrong value.
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    QByteArray header, row;
    for (int c = 0; c < 33000; ++c) {
        header += "备用" + QByteArray::number(c) + ',';
        row += ',';
    }
    header += "姓名,身份证号,与户主关系,住址\r\n";
    row += "张伟,140403198005060319,户主,和济小区3栋2单元501\r\n";
    writeFile(path, header + row);
    const ImportResult r = importOk(*db, path, options());
    CHECK(r.summary.inserted == 1);
    CHECK(r.summary.rejected == 0);
    CHECK(residentField(*db, QStringLiteral("140403198005060319"), QStringLiteral("name")) ==
          QStringLiteral("张伟"));
}

TEST_CASE("CSV cells: a column of hundreds of distinct texts shares every repeat", "[io]")
{
    // Each column's pool grows as texts come (a sheet of many blank columns costs nothing);
    // texts pooled before it grew are still the ones handed out after.
    QByteArray csv = "姓名,楼栋\n";
    const int distinct = 300;
    for (int pass = 0; pass < 3; ++pass) {
        for (int i = 0; i < distinct; ++i) {
            // Every other row another building: the column's "text of the row before" never
            // matches, only the pool can share.
            const int b = (i * 7 + pass) % distinct;
            csv += "张" + QByteArray::number(i) + "," + QByteArray::number(b) + "号楼\n";
        }
    }
    const WorkbookData book = CsvReader::parse(csv, QStringLiteral("t"), {});
    REQUIRE(book.sheets.size() == 1);
    const SheetData &s = book.sheets.first();
    REQUIRE(s.rows.size() == 1 + 3 * distinct);
    QHash<QString, const QChar *> first;
    int shared = 0;
    for (int r = 1; r < int(s.rows.size()); ++r) {
        const QString &text = s.rows[r][1].text;
        REQUIRE(text.endsWith(QStringLiteral("号楼")));
        const auto it = first.constFind(text);
        if (it == first.cend()) {
            first.insert(text, text.constData());
            continue;
        }
        CHECK(text.constData() == *it);
        ++shared;
    }
    CHECK(first.size() == distinct);
    CHECK(shared == 2 * distinct);
}

TEST_CASE("a cancelled import leaves the ledger exactly as it was", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    ExportOptions e;
    e.path = dir.filePath(QStringLiteral("all.xlsx"));
    e.full = true;
    SilentFeedback quiet;
    REQUIRE(TableExporter(db->connection()).run(e, quiet).ok());
    // Into another ledger that already holds people: re-importing the export there would
    // add every row.
    QTemporaryDir otherDir;
    auto other = openLedger(demoLedger(otherDir.path(), 3000));
    const QByteArray before = contentDigest(*other);
    IoRecordingFeedback cancelling;
    cancelling.cancelAt = QStringLiteral("Writing");
    auto r = importFile(*other, e.path, options(), cancelling);
    REQUIRE_FALSE(r.ok());
    CHECK(contentDigest(*other) == before);
}

/** 6,001 heads of household, one per dwelling, the last named 坏: enough rows into an empty
 *  ledger for the bulk path. */
static QString writeManyHouseholds(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QByteArray csv = "姓名,与户主关系,住址,民族\n";
    for (int i = 0; i < 6000; ++i)
        csv += "居民" + QByteArray::number(i) + ",户主,和济小区" + QByteArray::number(i / 100 + 1) +
               "栋1单元" + QByteArray::number(100 + i % 100) + ",汉族\n";
    csv += "坏,户主,和济小区99栋1单元101,汉族\n";
    writeFile(path, csv);
    return path;
}

TEST_CASE("a bulk import checks every reference it wrote: one to nowhere fails it and changes "
          "nothing",
          "[io]")
{
    // The bulk path sets SQLite's row-by-row foreign key checks aside and checks each written
    // table whole before the commit.
    QTemporaryDir dir;
    const QString path = writeManyHouseholds(dir);
    const QString foreignKeys = QStringLiteral("SELECT foreign_keys FROM pragma_foreign_keys");

    auto good = openLedger(dir.filePath(QStringLiteral("good.sqlite")));
    const ImportResult r = importOk(*good, path, options());
    CHECK(r.summary.inserted == 6001);
    CHECK(scalar(*good, foreignKeys).toInt() == 1); // put back
    CHECK(scalar(*good, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() ==
          0);

    // A trigger of this test's own makes one row point at a household that does not exist
    // (with the checks on, SQLite would refuse the update at once).
    auto bad = openLedger(dir.filePath(QStringLiteral("bad.sqlite")));
    QSqlQuery q(bad->connection());
    REQUIRE(q.exec(QStringLiteral(
        "CREATE TRIGGER test_dangling AFTER INSERT ON resident WHEN NEW.name = '坏' BEGIN "
        "UPDATE resident SET household_id = 999999 WHERE id = NEW.id; END")));
    const QByteArray before = contentDigest(*bad);
    IoRecordingFeedback feedback;
    auto failed = importFile(*bad, path, options(), feedback);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("table resident")));
    CHECK(failed.error().message.contains(QStringLiteral("table household")));
    CHECK(contentDigest(*bad) == before);
    CHECK(scalar(*bad, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);
    CHECK(scalar(*bad, foreignKeys).toInt() == 1);
    CHECK(scalar(*bad, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
}

TEST_CASE("a bulk import skips the WAL when no other connection has the ledger open and goes "
          "through it when one has, and the WAL is back on after",
          "[io]")
{
    QTemporaryDir dir;
    const QString path = writeManyHouseholds(dir);
    auto walBytes = [](const QString &ledger) { return QFileInfo(ledger + u"-wal").size(); };
    const QString journalMode = QStringLiteral("PRAGMA journal_mode");

    // Alone: the pages go to the ledger file through a rollback journal, so the WAL (made
    // again when the import ends) holds next to nothing, where the write is megabytes.
    const QString alone = dir.filePath(QStringLiteral("alone.sqlite"));
    auto db = openLedger(alone);
    CHECK(importOk(*db, path, options()).summary.inserted == 6001);
    CHECK(scalar(*db, journalMode).toString() == QLatin1String("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL again
    CHECK(walBytes(alone) < 64 * 1024);
    CHECK(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));

    // Open in a second connection (as the window's lists keep it): SQLite refuses the switch,
    // and the import goes through the WAL, which the reader sees once it is committed.
    const QString shared = dir.filePath(QStringLiteral("shared.sqlite"));
    auto writer = openLedger(shared);
    auto reader = openLedger(shared);
    CHECK(scalar(*reader, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);
    CHECK(importOk(*writer, path, options()).summary.inserted == 6001);
    CHECK(walBytes(shared) > 1024 * 1024);
    CHECK(scalar(*reader, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 6001);
    CHECK(scalar(*writer, journalMode).toString() == QLatin1String("wal"));

    // A dry run changes nothing, the journal included.
    const QString dry = dir.filePath(QStringLiteral("dry.sqlite"));
    auto checked = openLedger(dry);
    ImportOptions o = options();
    o.dryRun = true;
    CHECK(importOk(*checked, path, o).summary.inserted == 6001);
    CHECK(scalar(*checked, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);
    CHECK(scalar(*checked, journalMode).toString() == QLatin1String("wal"));
}

TEST_CASE("a bulk import cancelled while writing leaves the ledger and its indexes as they were",
          "[io]")
{
    // 21,237 rows into an empty ledger: the resident indexes are set aside for the insert, and
    // the cancel comes after that.
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path()));
    ExportOptions e;
    e.path = dir.filePath(QStringLiteral("demo.xlsx"));
    e.full = true;
    SilentFeedback quiet;
    REQUIRE(TableExporter(db->connection()).run(e, quiet).ok());
    auto fresh = openLedger(dir.filePath(QStringLiteral("fresh.sqlite")));
    const QByteArray before = contentDigest(*fresh);
    const QString indexes = scalar(*fresh, kIndexes).toString();
    REQUIRE(indexes.contains(QStringLiteral("resident_sort_pinyin")));
    IoRecordingFeedback cancelling;
    cancelling.cancelAt = QStringLiteral("Writing");
    const QString tempStore = scalar(*fresh, QStringLiteral("PRAGMA temp_store")).toString();
    REQUIRE_FALSE(importFile(*fresh, e.path, options(), cancelling).ok());
    CHECK(contentDigest(*fresh) == before);
    CHECK(scalar(*fresh, QStringLiteral("PRAGMA temp_store")).toString() == tempStore);
    CHECK(scalar(*fresh, kIndexes).toString() == indexes);
}

TEST_CASE("CSV cells: repeated texts are shared, quoted and =\"0123\" fields read as before",
          "[io]")
{
    const QByteArray csv = "姓名,性别,户号,备注\r\n"
                           "张三,男,=\"0012\",\"a, \"\"b\"\"\"\r\n"
                           "李四,男,=\"0012\",x\"y\"\n"
                           "\n"
                           "王五 ,女,0013,";
    const WorkbookData book = CsvReader::parse(csv, QStringLiteral("t"), {});
    REQUIRE(book.sheets.size() == 1);
    const SheetData &s = book.sheets.first();
    REQUIRE(s.rows.size() == 5);
    CHECK(s.columnCount == 4);
    CHECK(s.text(1, 2) == QStringLiteral("0012"));
    CHECK(s.text(1, 3) == QStringLiteral("a, \"b\""));
    CHECK(s.text(2, 3) == QStringLiteral("x\"y\""));
    CHECK(s.rows[3].isEmpty()); // a blank line stays a blank row
    CHECK(s.text(4, 0) == QStringLiteral("王五 "));
    CHECK(s.cell(4, 3)->type == SheetCell::Type::Empty);
    // One copy of a repeated text, however many cells hold it.
    CHECK(s.rows[1][1].text.constData() == s.rows[2][1].text.constData());
    CHECK(s.rows[1][2].text.constData() == s.rows[2][2].text.constData());
}

TEST_CASE("export then import of the demo community into an empty ledger reproduces it", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path()));
    ExportOptions e;
    e.path = dir.filePath(QStringLiteral("demo.xlsx"));
    e.full = true;
    SilentFeedback quiet;
    REQUIRE(TableExporter(db->connection()).run(e, quiet).ok());

    const QString fresh = dir.filePath(QStringLiteral("sub/fresh.sqlite"));
    QDir().mkpath(dir.filePath(QStringLiteral("sub")));
    REQUIRE_FALSE(QFile::exists(fresh));
    auto copy = openLedger(fresh); // does not exist yet: created
    const QString settings =
        QStringLiteral("SELECT (SELECT temp_store FROM pragma_temp_store) || ' ' || "
                       "(SELECT cache_size FROM pragma_cache_size)");
    const QString settingsBefore = scalar(*copy, settings).toString();
    const ImportResult r = importOk(*copy, e.path, options());
    // The import's own sorting and cache settings are put back.
    CHECK(scalar(*copy, settings).toString() == settingsBefore);
    CHECK(r.summary.rejected == 0);
    CHECK(r.summary.inserted == 21237);
    CHECK(r.summary.householdsCreated == 10191);

    // The same people, the same households (by record id), the same heads and relations,
    // the same addresses.
    const QString people = QStringLiteral(
        "SELECT r.uid || '|' || r.name || '|' || ifnull(r.id_number, '') || '|' || "
        "ifnull(r.relation_code, '') || '|' || h.uid || '|' || ifnull(r.phone, '') || '|' || "
        "ifnull(r.birth_date, '') || '|' || ifnull(r.sex_code, '') || '|' || "
        "ifnull(r.ethnicity_code, '') || '|' || r.residence_type_code || '|' || "
        "ifnull(c.name || b.name || ifnull(u.name, '') || d.room, '') || '|' || "
        "ifnull(h.household_number, '') FROM resident r JOIN household h ON h.id = r.household_id "
        "LEFT JOIN dwelling d ON d.id = h.dwelling_id LEFT JOIN building b ON b.id = "
        "d.building_id LEFT JOIN building_unit u ON u.id = d.unit_id LEFT JOIN compound c ON "
        "c.id = b.compound_id WHERE r.archived_at IS NULL");
    auto rows = [&](const Database &d) {
        QSet<QString> out;
        QSqlQuery q(d.connection());
        REQUIRE(q.exec(people));
        while (q.next())
            out.insert(q.value(0).toString());
        return out;
    };
    const QSet<QString> original = rows(*db);
    const QSet<QString> imported = rows(*copy);
    CHECK(original.size() == 21237);
    CHECK(imported == original);
    CHECK(scalar(*copy, QStringLiteral("SELECT count(*) FROM household")).toInt() == 10191);
    CHECK(scalar(*copy, QStringLiteral("SELECT count(*) FROM compound")).toInt() ==
          scalar(*db, QStringLiteral("SELECT count(DISTINCT c.id) FROM household h JOIN dwelling "
                                     "d ON d.id = h.dwelling_id JOIN building b ON b.id = "
                                     "d.building_id JOIN compound c ON c.id = b.compound_id"))
              .toInt());
    // The plain indexes set aside for the bulk insert are all back, as the schema has them.
    CHECK(scalar(*copy, kIndexes).toString() == scalar(*db, kIndexes).toString());
    CHECK(scalar(*copy, QStringLiteral("PRAGMA integrity_check")).toString() ==
          QStringLiteral("ok"));
    // Importing the same file again adds nobody: everyone is already there.
    const ImportResult again = importOk(*copy, e.path, options());
    CHECK(again.summary.inserted == 0);
    CHECK(again.summary.skipped == 21237);

    // A connection holding a temporary table (SQLite then refuses another temp_store inside
    // the transaction): the import still completes, the table and the settings as they were.
    auto other = openLedger(dir.filePath(QStringLiteral("sub/other.sqlite")));
    QSqlQuery temp(other->connection());
    REQUIRE(temp.exec(QStringLiteral("CREATE TEMP TABLE kept (x)")));
    REQUIRE(temp.exec(QStringLiteral("INSERT INTO kept VALUES (1)")));
    const QString otherBefore = scalar(*other, settings).toString();
    CHECK(importOk(*other, e.path, options()).summary.inserted == 21237);
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM temp.kept")).toInt() == 1);
    CHECK(scalar(*other, settings).toString() == otherBefore);
    CHECK(scalar(*other, kIndexes).toString() == scalar(*db, kIndexes).toString());
}

TEST_CASE("a truncated or non-XLSX file gets a clear error, not a crash", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    ExportOptions e;
    e.path = dir.filePath(QStringLiteral("good.xlsx"));
    e.full = true;
    SilentFeedback quiet;
    REQUIRE(TableExporter(db->connection()).run(e, quiet).ok());
    QFile good(e.path);
    REQUIRE(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    const QByteArray before = contentDigest(*db);

    struct Case {
        const char *name;
        QByteArray content;
        const char *says;
    };
    QByteArray flipped = bytes;
    for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 64; ++i)
        flipped[i] = char(flipped[i] ^ 0x5A);
    const Case cases[] = {
        {"half.xlsx", bytes.left(bytes.size() / 2), "incomplete"},
        {"tail.xlsx", bytes.left(bytes.size() - 10), "incomplete"},
        {"flipped.xlsx", flipped, "damaged"},
        {"empty.xlsx", QByteArray(), "empty"},
        {"old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'),
         ".xls"},
        {"text.xlsx", QByteArray("姓名,身份证号\n张三,1\n"), "text"},
        {"noise.bin", QByteArray(300, '\0') + QByteArray("\x01\x02\x03"), "neither"},
        {"word.docx", QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'), "not an Excel workbook"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QString::fromLatin1(c.name));
        writeFile(path, c.content);
        IoRecordingFeedback feedback;
        auto r = importFile(*db, path, options(), feedback);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(QString::fromUtf8(c.says)));
    }
    CHECK(contentDigest(*db) == before);
}

TEST_CASE("names as typed: full-width letters and blanks folded, Chinese names kept", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString path = dir.filePath(QStringLiteral("names.csv"));
    // Full-width letters and an ideographic blank (Chinese input methods), a tab between two
    // parts of a Latin name, an ideographic blank inside a Chinese name, a name with the
    // middle dot of minority names, and a plain one.
    writeFile(path, "姓名,身份证号,与户主关系,住址\n"
                    "\xef\xbc\xaa\xef\xbd\x8f\xef\xbd\x88\xef\xbd\x8e\xe3\x80\x80\xef\xbc\xb3"
                    "\xef\xbd\x8d\xef\xbd\x89\xef\xbd\x94\xef\xbd\x88,110105198001010016,户主,"
                    "和济小区1栋1单元101\n"
                    "Anna\t Lee,11010519491231002X,户主,和济小区1栋1单元102\n"
                    "张\xe3\x80\x80三,440301199002150033,户主,和济小区1栋1单元103\n"
                    "阿依古丽·买买提,110105197003030016,户主,和济小区1栋1单元104\n"
                    "王五,110105197104040037,户主,和济小区1栋1单元105\n");
    const ImportResult r = importOk(*db, path, options());
    CHECK(r.summary.inserted == 5);
    auto name = [&](const char *id) {
        return residentField(*db, QString::fromLatin1(id), QStringLiteral("name"));
    };
    CHECK(name("110105198001010016") == QStringLiteral("John Smith"));
    CHECK(name("11010519491231002X") == QStringLiteral("Anna Lee"));
    CHECK(name("440301199002150033") == QStringLiteral("张三"));
    CHECK(name("110105197003030016") == QStringLiteral("阿依古丽·买买提"));
    CHECK(name("110105197104040037") == QStringLiteral("王五"));
}

TEST_CASE("place names written in full-width, capitals or with blanks name one place", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString path = dir.filePath(QStringLiteral("places.csv"));
    // One compound written four ways (full-width letters, capitals, a blank inside), and
    // another that only looks alike.
    writeFile(
        path,
        "姓名,身份证号,与户主关系,小区,楼栋,单元,房号\n"
        "王芳,11010519491231002X,户主,\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3花园,1栋,1单元,101\n"
        "李明,110105198001010016,户主,abc花园,1栋,1单元,102\n"
        "赵强,440301199002150033,户主,Abc 花园,1栋,1单元,103\n"
        "钱七,110105197003030016,户主,ABC花园,1栋,1单元,104\n"
        "孙八,110105197104040037,户主,abd花园,1栋,1单元,101\n");
    const ImportResult r = importOk(*db, path, options());
    CHECK(r.summary.inserted == 5);
    CHECK(r.summary.compoundsCreated == 2);
    CHECK(r.summary.buildingsCreated == 2);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM compound")).toInt() == 2);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dwelling")).toInt() == 5);
}

TEST_CASE("care categories: one, several, one holding a slash, and unknown ones", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString path = dir.filePath(QStringLiteral("care.csv"));
    writeFile(path, "姓名,身份证号,与户主关系,住址,关爱类别\n"
                    "王芳,11010519491231002X,户主,和济小区1栋1单元101,空巢老人\n"
                    "李明,110105198001010016,户主,和济小区1栋1单元102,低保户、残疾人; 空巢老人\n"
                    "赵强,440301199002150033,户主,和济小区1栋1单元103,社区戒毒/康复人员\n"
                    "钱七,110105197003030016,户主,和济小区1栋1单元104,残疾人/火星人 独居老人\n");
    const ImportResult r = importOk(*db, path, options());
    CHECK(r.summary.inserted == 4);
    auto care = [&](const char *id) {
        return scalar(*db, QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT c.name "
                                          "FROM resident_care rc JOIN care_category c ON c.id = "
                                          "rc.category_id JOIN resident r ON r.id = "
                                          "rc.resident_id WHERE r.id_number = '%1' ORDER BY "
                                          "c.id)")
                               .arg(QString::fromLatin1(id)))
            .toString();
    };
    CHECK(care("11010519491231002X") == QStringLiteral("空巢老人"));
    CHECK(care("110105198001010016") == QStringLiteral("低保户|空巢老人|残疾人"));
    CHECK(care("440301199002150033") == QStringLiteral("社区戒毒/康复人员"));
    CHECK(care("110105197003030016") == QStringLiteral("独居老人|残疾人"));
    CHECK(issuesOf(r, 5) == QStringList{QStringLiteral(
                                "关爱类别: not a care category of this ledger, left out: 火星人")});
}

TEST_CASE("checked values: cells kept as they are, trimmed, folded or coded, each where it belongs",
          "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(dir.filePath(QStringLiteral("new.sqlite")));
    const QString path = dir.filePath(QStringLiteral("cells.csv"));
    // Row 2: nothing to trim; row 3: blanks around every value, a blank inside the name and
    // inside the ID number; row 4: the code names written as their codes' other names.
    writeFile(
        path,
        "姓名,性别,身份证号,民族,政治面貌,与户主关系,人口类型,联系电话,备注,住址\n"
        "王芳,女,11010519491231002X,汉族,群众,户主,户籍,13812345678,楼长,和济小区3栋2单元501\n"
        " 李 明 , 男 ,1101051980 01010016 , 回族 ,党员,  之子 ,常住,  13900001111 , 二楼 ,"
        "和济小区3栋2单元501\n"
        "赵强,男,440301199002150033,汉,团员,户主,流动,13700002222,,和济小区4栋1单元101\n"
        // An unknown name is rejected however often it comes; a known one is still
        // known after the first time.
        "钱七,男,110105197003030016,火星族,群众,户主,户籍,,,和济小区5栋1单元101\n"
        "孙八,男,110105197104040037,火星族,群众,户主,户籍,,,和济小区5栋1单元102\n");
    const ImportResult r = importOk(*db, path, options());
    CHECK(r.summary.inserted == 3);
    CHECK(r.summary.rejected == 2);
    CHECK(issuesOf(r, 5) == QStringList{QStringLiteral("民族: not a known ethnicity")});
    CHECK(issuesOf(r, 6) == QStringList{QStringLiteral("民族: not a known ethnicity")});
    auto field = [&](const char *id, const char *column) {
        return residentField(*db, QString::fromLatin1(id), QString::fromLatin1(column));
    };
    CHECK(field("11010519491231002X", "name") == QStringLiteral("王芳"));
    CHECK(field("11010519491231002X", "sex_code") == QStringLiteral("2"));
    CHECK(field("11010519491231002X", "ethnicity_code") == QStringLiteral("01"));
    CHECK(field("11010519491231002X", "relation_code") == QStringLiteral("02"));
    CHECK(field("11010519491231002X", "phone") == QStringLiteral("13812345678"));
    CHECK(field("11010519491231002X", "note") == QStringLiteral("楼长"));
    CHECK(field("11010519491231002X", "birth_date") == QStringLiteral("1949-12-31"));
    CHECK(field("110105198001010016", "name") == QStringLiteral("李明"));
    CHECK(field("110105198001010016", "sex_code") == QStringLiteral("1"));
    CHECK(field("110105198001010016", "ethnicity_code") == QStringLiteral("03"));
    CHECK(field("110105198001010016", "political_status_code") == QStringLiteral("01"));
    CHECK(field("110105198001010016", "relation_code") == QStringLiteral("20"));
    CHECK(field("110105198001010016", "residence_type_code") == QStringLiteral("2"));
    CHECK(field("110105198001010016", "phone") == QStringLiteral("13900001111"));
    CHECK(field("110105198001010016", "note") == QStringLiteral("二楼"));
    CHECK(field("110105198001010016", "name_pinyin").startsWith(QStringLiteral("li")));
    CHECK(field("440301199002150033", "ethnicity_code") == QStringLiteral("01"));
    CHECK(field("440301199002150033", "political_status_code") == QStringLiteral("03"));
    CHECK(field("440301199002150033", "residence_type_code") == QStringLiteral("3"));
    CHECK(field("440301199002150033", "note").isEmpty());
    // The son joined the household of the head at the same address.
    CHECK(field("110105198001010016", "household_id") ==
          field("11010519491231002X", "household_id"));
}
