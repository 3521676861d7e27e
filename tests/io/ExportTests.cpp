// SPDX-License-Identifier: MIT
// Export to XLSX and CSV, read back by independent readers (openpyxl, Python's csv module).
#include "io/IoTestSupport.h"

#include "TestDatabase.h"
#include "io/CsvReader.h"
#include "io/TableExporter.h"
#include "io/TextEncoding.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gridbook;
using namespace gridbook::test;

namespace {

QSet<QString> columnSet(const Database &db, const QString &sql)
{
    QSet<QString> out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QSet<QString> jsonStrings(const QJsonArray &array)
{
    QSet<QString> out;
    for (const QJsonValue &v : array)
        out.insert(v.toString());
    return out;
}

ExportSummary exportTo(const Database &db, ExportOptions options)
{
    SilentFeedback quiet;
    const auto summary = TableExporter(db.connection()).run(options, quiet);
    INFO((summary ? QString() : summary.error().details()).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

int columnIndex(const QJsonObject &sheet, const QString &header)
{
    const QJsonArray headers = sheet.value(QStringLiteral("header")).toArray();
    for (int i = 0; i < headers.size(); ++i) {
        if (headers[i].toString() == header)
            return i;
    }
    FAIL("no column " << header.toStdString());
    return -1;
}

QJsonObject typesOf(const QJsonObject &sheet, const QString &header)
{
    return sheet.value(QStringLiteral("columns"))
        .toArray()[columnIndex(sheet, header)]
        .toObject()
        .value(QStringLiteral("types"))
        .toObject();
}

} // namespace

TEST_CASE("the demo community exported to XLSX reads back in openpyxl: IDs are text and intact",
          "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path()));
    const qint64 residents =
        scalar(*db, QStringLiteral("SELECT count(*) FROM resident WHERE archived_at IS NULL"))
            .toLongLong();
    REQUIRE(residents == 21237);

    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("居民.xlsx"));
    options.full = true;
    const ExportSummary summary = exportTo(*db, options);
    CHECK(summary.totalRows() == residents);

    const QJsonDocument doc = xlsxSummary(options.path, {QStringLiteral("身份证号"),
                                                         QStringLiteral("联系电话"),
                                                         QStringLiteral("户号")});
    const QJsonArray sheets = doc.object().value(QStringLiteral("sheets")).toArray();
    REQUIRE(sheets.size() == 1);
    const QJsonObject sheet = sheets.first().toObject();
    CHECK(sheet.value(QStringLiteral("name")).toString() == QStringLiteral("居民"));
    CHECK(sheet.value(QStringLiteral("rows")).toInt() == residents);

    // Header: the table's columns, bold, frozen, with an autofilter over all rows.
    const QStringList expected = ExportTables::headers(ExportTable::Residents);
    QStringList header;
    for (const QJsonValue &h : sheet.value(QStringLiteral("header")).toArray())
        header << h.toString();
    CHECK(header == expected);
    for (const QJsonValue &bold : sheet.value(QStringLiteral("header_bold")).toArray())
        CHECK(bold.toBool());
    CHECK(sheet.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
    CHECK(sheet.value(QStringLiteral("autofilter")).toString() ==
          QStringLiteral("A1:Z%1").arg(residents + 1));

    // IDs and phones are strings (never numbers), the ID set is the ledger's.
    CHECK(typesOf(sheet, QStringLiteral("身份证号")).keys() == QStringList{QStringLiteral("str")});
    const QJsonObject phoneTypes = typesOf(sheet, QStringLiteral("联系电话"));
    CHECK_FALSE(phoneTypes.contains(QStringLiteral("int")));
    CHECK_FALSE(phoneTypes.contains(QStringLiteral("float")));
    CHECK(typesOf(sheet, QStringLiteral("户号")).keys() == QStringList{QStringLiteral("str")});
    const QJsonObject values = sheet.value(QStringLiteral("values")).toObject();
    const QSet<QString> exportedIds = jsonStrings(values.value(QStringLiteral("身份证号")).toArray());
    CHECK(exportedIds ==
          columnSet(*db, QStringLiteral("SELECT id_number FROM resident WHERE archived_at IS NULL")));
    const QSet<QString> numbers = jsonStrings(values.value(QStringLiteral("户号")).toArray());
    CHECK(numbers.contains(QStringLiteral("0001000001"))); // leading zeros kept

    // Dates are real dates in a date format.
    const QJsonArray columns = sheet.value(QStringLiteral("columns")).toArray();
    const QJsonObject birth = columns[columnIndex(sheet, QStringLiteral("出生日期"))].toObject();
    CHECK(birth.value(QStringLiteral("types")).toObject().keys() == QStringList{QStringLiteral("date")});
    CHECK(birth.value(QStringLiteral("format")).toString() == QStringLiteral("yyyy-mm-dd"));
    const QJsonObject id = columns[columnIndex(sheet, QStringLiteral("身份证号"))].toObject();
    CHECK(id.value(QStringLiteral("format")).toString() == QStringLiteral("@"));
    CHECK(id.value(QStringLiteral("width")).toDouble() >= 20);

    // The package is deflated at zlib's fast level 2 (XlsxWriter.cpp), not libxlsxwriter's
    // default 6, which takes two and a half times as long; the zip flags say which.
    const QJsonObject deflate = doc.object().value(QStringLiteral("deflate")).toObject();
    CHECK(deflate.value(QStringLiteral("xl/worksheets/sheet1.xml")).toString() ==
          QStringLiteral("fast"));
    CHECK(deflate.value(QStringLiteral("xl/styles.xml")).toString() == QStringLiteral("fast"));
}

TEST_CASE("exports are masked unless a full export is asked for", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("masked.xlsx"));
    exportTo(*db, options);
    const QJsonObject sheet = xlsxSummary(options.path, {QStringLiteral("身份证号"),
                                                         QStringLiteral("联系电话"),
                                                         QStringLiteral("关爱类别")})
                                  .object()
                                  .value(QStringLiteral("sheets"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QJsonObject values = sheet.value(QStringLiteral("values")).toObject();
    for (const QJsonValue &v : values.value(QStringLiteral("身份证号")).toArray())
        CHECK(v.toString().contains(QStringLiteral("********")));
    int phones = 0;
    for (const QJsonValue &v : values.value(QStringLiteral("联系电话")).toArray()) {
        if (v.isNull())
            continue;
        ++phones;
        CHECK(v.toString().contains(u'*'));
    }
    CHECK(phones > 0);
    // Sensitive care categories (低保户, 残疾人, ...) stay out of a masked export.
    QSet<QString> sensitive = columnSet(
        *db, QStringLiteral("SELECT name FROM care_category WHERE sensitive = 1"));
    const qint64 withSensitive = scalar(*db, QStringLiteral(
        "SELECT count(*) FROM resident_care rc JOIN care_category c ON c.id = rc.category_id "
        "WHERE c.sensitive = 1 AND rc.archived_at IS NULL")).toLongLong();
    REQUIRE(withSensitive > 0);
    for (const QJsonValue &v : values.value(QStringLiteral("关爱类别")).toArray()) {
        for (const QString &name : v.toString().split(QStringLiteral("、")))
            CHECK_FALSE(sensitive.contains(name));
    }
}

TEST_CASE("every table exports to XLSX and CSV with the ledger's row counts", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    const QMap<ExportTable, QString> counts = {
        {ExportTable::Residents, QStringLiteral("SELECT count(*) FROM resident WHERE archived_at IS NULL")},
        {ExportTable::Households, QStringLiteral("SELECT count(*) FROM household WHERE archived_at IS NULL")},
        {ExportTable::PartyMembers, QStringLiteral("SELECT count(*) FROM party_member WHERE archived_at IS NULL")},
        {ExportTable::Volunteers, QStringLiteral("SELECT count(*) FROM volunteer WHERE archived_at IS NULL")},
        {ExportTable::GridRoles, QStringLiteral("SELECT count(*) FROM grid_role WHERE archived_at IS NULL")},
        {ExportTable::ServiceRequests, QStringLiteral("SELECT count(*) FROM service_request WHERE archived_at IS NULL")},
        {ExportTable::Visits, QStringLiteral("SELECT count(*) FROM visit WHERE archived_at IS NULL")},
    };

    // All tables in one workbook, a sheet each.
    ExportOptions all;
    all.tables = ExportTables::all();
    all.path = dir.filePath(QStringLiteral("all.xlsx"));
    all.full = true;
    const ExportSummary summary = exportTo(*db, all);
    CHECK(summary.sheets == ExportTables::all().size());
    const QJsonArray sheets =
        xlsxSummary(all.path).object().value(QStringLiteral("sheets")).toArray();
    REQUIRE(sheets.size() == ExportTables::all().size());
    for (int i = 0; i < sheets.size(); ++i) {
        const ExportTable table = ExportTables::all()[i];
        const QJsonObject sheet = sheets[i].toObject();
        INFO(ExportTables::key(table).toStdString());
        const qint64 expected = scalar(*db, counts.value(table)).toLongLong();
        CHECK(expected > 0);
        CHECK(sheet.value(QStringLiteral("name")).toString() == ExportTables::title(table));
        CHECK(sheet.value(QStringLiteral("rows")).toInt() == expected);

        // The same table as CSV.
        ExportOptions csv;
        csv.tables = {table};
        csv.format = ExportFormat::Csv;
        csv.path = dir.filePath(ExportTables::key(table) + QStringLiteral(".csv"));
        const ExportSummary s = exportTo(*db, csv);
        CHECK(s.totalRows() == expected);
    }
}

TEST_CASE("one sheet per small grid, and a scope", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 3000));
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("grids.xlsx"));
    options.sheetPerGrid = true;
    const ExportSummary summary = exportTo(*db, options);
    const qint64 grids = scalar(*db, QStringLiteral(
        "SELECT count(DISTINCT b.small_grid_id) FROM resident r JOIN household h ON h.id = "
        "r.household_id JOIN dwelling d ON d.id = h.dwelling_id JOIN building b ON b.id = "
        "d.building_id WHERE r.archived_at IS NULL")).toLongLong();
    CHECK(summary.sheets == grids);
    const QJsonArray sheets =
        xlsxSummary(options.path).object().value(QStringLiteral("sheets")).toArray();
    CHECK(sheets.size() == grids);
    int rows = 0;
    for (const QJsonValue &s : sheets)
        rows += s.toObject().value(QStringLiteral("rows")).toInt();
    CHECK(rows == summary.totalRows());

    // A scope: one small grid, by name.
    const QString grid = scalar(*db, QStringLiteral("SELECT name FROM small_grid ORDER BY id LIMIT 1")).toString();
    auto scope = ExportScope::resolve(db->connection(), QStringLiteral("small-grid:") + grid);
    REQUIRE(scope.ok());
    ExportOptions scoped;
    scoped.scope = *scope;
    scoped.format = ExportFormat::Csv;
    scoped.path = dir.filePath(QStringLiteral("grid.csv"));
    const ExportSummary one = exportTo(*db, scoped);
    CHECK(one.totalRows() == sheets.first().toObject().value(QStringLiteral("rows")).toInt());
    CHECK_FALSE(ExportScope::resolve(db->connection(), QStringLiteral("small-grid:no such grid")).ok());
    CHECK_FALSE(ExportScope::resolve(db->connection(), QStringLiteral("galaxy:x")).ok());
}

TEST_CASE("a scoped export holds exactly the rows of its place, for every kind of scope",
          "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 3000));
    // A resident without a household and a household without a dwelling: in no scope but the
    // whole ledger.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO household (uid, household_number) "
                                  "VALUES ('00000000-0000-4000-8000-00000000aaaa', 'T-1')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO resident (uid, name, relation_code) "
                                  "VALUES ('00000000-0000-4000-8000-00000000bbbb', '流动', '02')")));

    // Independent of the exporter's joins: which records each place holds, through the
    // dwelling's building (and unit) and the building's grid and compound.
    const QString places = QStringLiteral(
        " JOIN dwelling d ON d.id = h.dwelling_id JOIN building b ON b.id = d.building_id"
        " JOIN compound c ON c.id = b.compound_id LEFT JOIN small_grid sg ON sg.id = "
        "b.small_grid_id WHERE ");
    const struct {
        ExportTable table;
        QString records; // the records' uids, before the place joins
        QString live;
    } tables[] = {
        {ExportTable::Residents,
         QStringLiteral("SELECT r.uid FROM resident r JOIN household h ON h.id = r.household_id"),
         QStringLiteral("r.archived_at IS NULL")},
        {ExportTable::Households, QStringLiteral("SELECT h.uid FROM household h"),
         QStringLiteral("h.archived_at IS NULL")},
        {ExportTable::Visits,
         QStringLiteral("SELECT vi.uid FROM visit vi JOIN household h ON h.id = vi.household_id"),
         QStringLiteral("vi.archived_at IS NULL")},
    };
    const struct {
        ExportScope::Kind kind;
        const char *table;
        const char *condition;
    } kinds[] = {
        {ExportScope::Kind::Community, "community", "c.community_id = %1"},
        {ExportScope::Kind::BigGrid, "big_grid", "sg.big_grid_id = %1"},
        {ExportScope::Kind::SmallGrid, "small_grid", "b.small_grid_id = %1"},
        {ExportScope::Kind::Compound, "compound", "b.compound_id = %1"},
        {ExportScope::Kind::Building, "building", "b.id = %1"},
        {ExportScope::Kind::Unit, "building_unit", "d.unit_id = %1"},
    };
    for (const auto &kind : kinds) {
        // The place with the most households, so that the check is not trivially small.
        const QString condition = QString::fromLatin1(kind.condition);
        const QString uid =
            scalar(*db, QStringLiteral("SELECT x.uid FROM %1 x ORDER BY (SELECT count(*) FROM "
                                       "household h %2) DESC, x.id LIMIT 1")
                            .arg(QString::fromLatin1(kind.table),
                                 places + condition.arg(QStringLiteral("x.id"))))
                .toString();
        REQUIRE_FALSE(uid.isEmpty());
        auto scope = ExportScope::resolve(db->connection(),
                                          ExportScope::keyOf(kind.kind) + u':' + uid);
        INFO(ExportScope::keyOf(kind.kind).toStdString());
        REQUIRE(scope.ok());
        CHECK(scope->kind == kind.kind);
        for (const auto &t : tables) {
            INFO(ExportTables::key(t.table).toStdString());
            const QSet<QString> expected = columnSet(
                *db, t.records + places + condition.arg(scope->id) + QStringLiteral(" AND ") +
                         t.live);
            CHECK_FALSE(expected.isEmpty());

            ExportOptions options;
            options.scope = *scope;
            options.tables = {t.table};
            options.format = ExportFormat::Csv;
            options.path = dir.filePath(QStringLiteral("scoped.csv"));
            const ExportSummary summary = exportTo(*db, options);
            CHECK(summary.totalRows() == expected.size());
            const QStringList headers = ExportTables::headers(t.table);
            const QString uidHeader =
                headers[headers.size() - (t.table == ExportTable::Residents ? 2 : 1)];
            const QJsonObject read =
                QJsonDocument::fromJson(python(QStringLiteral("csv_read.py"),
                                               {options.path, QStringLiteral("utf-8-sig"),
                                                uidHeader}))
                    .object();
            CHECK(jsonStrings(read.value(QStringLiteral("values")).toArray()) == expected);
        }
    }

    // The whole ledger still has the records without a place.
    ExportOptions whole;
    whole.format = ExportFormat::Csv;
    whole.path = dir.filePath(QStringLiteral("whole.csv"));
    const ExportSummary all = exportTo(*db, whole);
    CHECK(all.totalRows() ==
          scalar(*db, QStringLiteral("SELECT count(*) FROM resident WHERE archived_at IS NULL"))
              .toLongLong());
    QFile in(whole.path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(in.readAll()).contains(QStringLiteral("流动")));
}

namespace {

/** The record uids of `sql`'s rows, in its order; `column` is the uid's column. */
QStringList uidSequence(const Database &db, const QString &sql, int column)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    while (q.next())
        out << q.value(column).toString();
    return out;
}

int uidColumn(ExportTable table)
{
    const int n = int(ExportTables::columns(table).size());
    return table == ExportTable::Residents ? n - 2 : n - 1;
}

} // namespace

TEST_CASE("exports stream their rows in the order of the single sorted query", "[io]")
{
    // The exporter sorts the record ids first and then reads the rows in that order; this
    // holds it to the one-statement query (door by door, or grid by grid) row for row.
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    ExportOptions all;
    all.tables = ExportTables::all();
    all.full = true;
    all.path = dir.filePath(QStringLiteral("all.xlsx"));
    exportTo(*db, all);
    QStringList uidHeaders;
    for (ExportTable t : ExportTables::all())
        uidHeaders << ExportTables::headers(t)[uidColumn(t)];
    uidHeaders.removeDuplicates();
    const QJsonArray sheets =
        xlsxSummary(all.path, uidHeaders).object().value(QStringLiteral("sheets")).toArray();
    REQUIRE(sheets.size() == ExportTables::all().size());
    for (int i = 0; i < sheets.size(); ++i) {
        const ExportTable table = ExportTables::all()[i];
        INFO(ExportTables::key(table).toStdString());
        const QStringList expected = uidSequence(
            *db, ExportTables::sql(table, ExportScope{}, true, false), uidColumn(table));
        QStringList written;
        for (const QJsonValue &v : sheets[i]
                                       .toObject()
                                       .value(QStringLiteral("values"))
                                       .toObject()
                                       .value(ExportTables::headers(table)[uidColumn(table)])
                                       .toArray())
            written << v.toString();
        CHECK(written.size() == expected.size());
        CHECK(written == expected);
    }

    // One sheet per grid, of one big grid: the sheets in grid order, each door by door.
    const qint64 bigGrid =
        scalar(*db, QStringLiteral("SELECT id FROM big_grid ORDER BY id LIMIT 1")).toLongLong();
    ExportScope scope;
    scope.kind = ExportScope::Kind::BigGrid;
    scope.id = bigGrid;
    ExportOptions byGrid;
    byGrid.scope = scope;
    byGrid.sheetPerGrid = true;
    byGrid.full = true;
    byGrid.path = dir.filePath(QStringLiteral("grids.xlsx"));
    exportTo(*db, byGrid);
    const QString uidHeader = ExportTables::headers(ExportTable::Residents)[uidColumn(
        ExportTable::Residents)];
    QStringList written;
    for (const QJsonValue &sheet :
         xlsxSummary(byGrid.path, {uidHeader}).object().value(QStringLiteral("sheets")).toArray())
        for (const QJsonValue &v :
             sheet.toObject().value(QStringLiteral("values")).toObject().value(uidHeader).toArray())
            written << v.toString();
    const QStringList expected =
        uidSequence(*db, ExportTables::sql(ExportTable::Residents, scope, true, true),
                    uidColumn(ExportTable::Residents));
    CHECK_FALSE(expected.isEmpty());
    CHECK(written == expected);
}

TEST_CASE("CSV round trip in UTF-8 with BOM and in GBK", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 2000));
    const QSet<QString> ids =
        columnSet(*db, QStringLiteral("SELECT id_number FROM resident WHERE archived_at IS NULL"));
    for (const auto encoding : {TextEncoding::Kind::Utf8Bom, TextEncoding::Kind::Gb18030}) {
        const bool gbk = encoding == TextEncoding::Kind::Gb18030;
        INFO((gbk ? "GBK" : "UTF-8"));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.encoding = encoding;
        options.full = true;
        options.path = dir.filePath(gbk ? QStringLiteral("gbk.csv") : QStringLiteral("utf8.csv"));
        exportTo(*db, options);
        QFile file(options.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF") == !gbk);
        CHECK_FALSE(TextEncoding::isValidUtf8(bytes.constData(), bytes.size()) == gbk);

        // Python's csv module with Python's codec, an independent reader.
        const QByteArray out = python(
            QStringLiteral("csv_read.py"),
            {options.path, gbk ? QStringLiteral("gb18030") : QStringLiteral("utf-8-sig"),
             QStringLiteral("身份证号")});
        const QJsonObject read = QJsonDocument::fromJson(out).object();
        QStringList header;
        for (const QJsonValue &h : read.value(QStringLiteral("header")).toArray())
            header << h.toString();
        CHECK(header == ExportTables::headers(ExportTable::Residents));
        CHECK(read.value(QStringLiteral("rows")).toInt() == ids.size());
        CHECK(jsonStrings(read.value(QStringLiteral("values")).toArray()) == ids);

        // And our own reader detects the encoding and reads the same cells.
        const WorkbookData book = CsvReader::parse(bytes, QStringLiteral("x"), {});
        CHECK(book.encoding == TextEncoding::displayName(encoding));
        REQUIRE(book.sheets.size() == 1);
        CHECK(book.sheets.first().rows.size() == ids.size() + 1);
        CHECK(book.sheets.first().text(1, 0) ==
              scalar(*db, QStringLiteral("SELECT name FROM resident r WHERE archived_at IS NULL "
                                         "AND id_number = '%1'")
                              .arg(book.sheets.first().text(1, 2).trimmed()))
                  .toString());
    }
}

TEST_CASE("a cancelled export leaves no file behind, not even a partial one", "[io]")
{
    QTemporaryDir dir;
    auto db = openLedger(demoLedger(dir.path(), 6000));
    for (const ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Csv}) {
        INFO((format == ExportFormat::Xlsx ? "xlsx" : "csv"));
        ExportOptions options;
        options.format = format;
        options.path = dir.filePath(format == ExportFormat::Xlsx ? QStringLiteral("cut.xlsx")
                                                                 : QStringLiteral("cut.csv"));
        IoRecordingFeedback cancelling;
        cancelling.cancelAt = QStringLiteral("Exporting"); // as soon as rows are written
        const auto summary = TableExporter(db->connection()).run(options, cancelling);
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().message.contains(QStringLiteral("cancelled")));
        CHECK_FALSE(QFile::exists(options.path));
    }
    // Only the ledger is left in the folder: no temporary workbook or CSV.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    for (const QString &name : left)
        CHECK(name.startsWith(QStringLiteral("ledger.sqlite")));
}
