// SPDX-License-Identifier: MIT
// Reports as the user gets them: built from a demo community, written to PDF, read back with
// poppler's pdftotext and pdfinfo (independent of Qt), and cross-checked against SQL.
#include "reports/ReportTestSupport.h"

#include "TestDatabase.h"

#include "reports/ContactBookReport.h"
#include "reports/HouseholdFileReport.h"
#include "reports/PrintLog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportScope.h"
#include "reports/RosterReport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QThread>
#include <QTranslator>

#include <algorithm>

using namespace gridbook;
using namespace gridbook::test;

namespace {

const QRegularExpression fullId(QStringLiteral("(?<![0-9*])[0-9]{17}[0-9X](?![0-9])"));
const QRegularExpression maskedId(QStringLiteral("[0-9]{6}\\*{8}[0-9]{3}[0-9X]"));
const QRegularExpression fullMobile(QStringLiteral("(?<![0-9*])1[3-9][0-9]{9}(?![0-9])"));
const QRegularExpression maskedMobile(QStringLiteral("1[3-9][0-9]\\*{4}[0-9]{4}"));

/** Title on every page, the header words on every page, "Page N of M" with M the count. */
void checkFrame(const PdfText &pdf, const QString &title, const QStringList &header)
{
    REQUIRE(pdf.pages.size() == pdf.infoPages);
    const int m = int(pdf.pages.size());
    for (int i = 0; i < m; ++i) {
        const QString &page = pdf.pages[i];
        INFO("page " << i + 1 << " of " << m << ":\n" << page.left(1500).toStdString());
        CHECK(page.contains(title));
        for (const QString &word : header)
            CHECK(page.contains(word));
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(m)));
    }
}

ReportScope scope(const Database &db, const QString &spec)
{
    auto s = ReportScope::parse(db.connection(), spec);
    INFO((s.ok() ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    return *s;
}

/** Names of the live residents of a small grid, straight from SQL. */
QStringList residentsOfGrid(const Database &db, qint64 grid)
{
    return column(db,
                  QStringLiteral("SELECT r.name FROM resident r JOIN household h ON h.id = "
                                 "r.household_id JOIN dwelling d ON d.id = h.dwelling_id JOIN "
                                 "building b ON b.id = d.building_id WHERE r.archived_at IS NULL "
                                 "AND h.archived_at IS NULL AND b.small_grid_id = ?"),
                  {grid});
}

const QStringList rosterHeader = {QStringLiteral("No."),   QStringLiteral("Name"),
                                  QStringLiteral("Sex"),   QStringLiteral("ID number"),
                                  QStringLiteral("Phone"), QStringLiteral("Address")};

} // namespace

TEST_CASE("a grid roster: title and header on every page, page count, names, masking", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    ReportRequest request;
    request.roster.scopes = {scope(db, QStringLiteral("grid:第1网格"))};
    request.setDate(reportDay());
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("roster.pdf"));
    RecordingFeedback feedback;
    const auto written = ReportExporter::writePdf(db.connection(), request, pdfPath, feedback);
    INFO((written.ok() ? QString() : written.error().details()).toStdString());
    REQUIRE(written.ok());
    CHECK(written->outcome == RenderSummary::Outcome::Written);
    CHECK(feedback.questions().isEmpty());
    CHECK(feedback.progressCalls() > 0);

    const PdfText pdf = readPdf(pdfPath);
    CHECK(pdf.infoPages == written->pages);
    REQUIRE(pdf.infoPages > 1);
    checkFrame(pdf, QStringLiteral("Resident roster"), rosterHeader);
    CHECK(pdf.pages.first().contains(QStringLiteral("和济社区")));
    CHECK(pdf.pages.first().contains(QStringLiteral("第1网格")));
    CHECK(pdf.pages.first().contains(QStringLiteral("2026-11-24")));

    const QString text = pdf.all();
    const QStringList names = residentsOfGrid(db, request.roster.scopes.first().id);
    REQUIRE(names.size() > 50);
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(text.contains(name));
    }
    // The last row number is the number of residents, and the total says so.
    CHECK(text.contains(QStringLiteral("Total: %1 persons").arg(names.size())));

    // Masked by default: no full ID or mobile number anywhere, masked ones present.
    CHECK_FALSE(fullId.match(text).hasMatch());
    CHECK_FALSE(fullMobile.match(text).hasMatch());
    CHECK(maskedId.match(text).hasMatch());
    CHECK(maskedMobile.match(text).hasMatch());
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM print_log")).toInt() == 0);
}

TEST_CASE("a roster with full values prints them and records the print", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    ReportRequest request;
    request.roster.scopes = {scope(db, QStringLiteral("grid:第2网格"))};
    request.roster.fullValues = true;
    request.setDate(reportDay());
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("full.pdf"));
    RecordingFeedback feedback;
    const auto written = ReportExporter::writePdf(db.connection(), request, pdfPath, feedback);
    REQUIRE(written.ok());
    const QString text = readPdf(pdfPath).all();
    const QStringList ids = column(
        db,
        QStringLiteral("SELECT r.id_number FROM resident r JOIN household h ON h.id = "
                       "r.household_id JOIN dwelling d ON d.id = h.dwelling_id JOIN building "
                       "b ON b.id = d.building_id WHERE r.archived_at IS NULL AND "
                       "r.id_number IS NOT NULL AND b.small_grid_id = ?"),
        {request.roster.scopes.first().id});
    REQUIRE_FALSE(ids.isEmpty());
    for (const QString &id : ids)
        CHECK(text.contains(id));
    CHECK_FALSE(maskedId.match(text).hasMatch());
    CHECK(text.contains(QStringLiteral("Full ID and phone numbers")));

    const auto log = PrintLog::entries(db.connection());
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    const PrintLogEntry &entry = log->first();
    CHECK(entry.report == QStringLiteral("roster"));
    CHECK(entry.scope == QStringLiteral("第2网格"));
    CHECK(entry.osUser == PrintLog::currentUser());
    CHECK_FALSE(entry.osUser.isEmpty());
    CHECK(entry.target.endsWith(QStringLiteral("full.pdf")));
    CHECK(entry.records == ids.size());
    CHECK(entry.pages == written->pages);
    CHECK(entry.printedAt.isValid());
}

TEST_CASE("a roster grouped by building has a subtotal per building and a total", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    RosterReport::Options options;
    options.scopes = {scope(db, QStringLiteral("grid:第1网格"))};
    options.grouping = RosterReport::Grouping::Building;
    options.landscape = true;
    options.columns = {RosterReport::Column::Number, RosterReport::Column::Name,
                       RosterReport::Column::Age, RosterReport::Column::Address};
    options.date = reportDay();
    SilentFeedback quiet;
    const auto doc = RosterReport::build(db.connection(), options, quiet);
    REQUIRE(doc.ok());
    REQUIRE(doc->blocks.size() == 1);
    const ReportTable &table = doc->blocks.first().table;
    REQUIRE(table.columns.size() == 4);
    CHECK(table.columns[1].title == QStringLiteral("Name"));

    const int buildings =
        test::scalar(db, QStringLiteral("SELECT count(DISTINCT b.id) FROM building b JOIN "
                                        "dwelling d ON d.building_id = b.id JOIN household h "
                                        "ON h.dwelling_id = d.id WHERE b.small_grid_id = %1")
                             .arg(options.scopes.first().id))
            .toInt();
    int groups = 0, subtotals = 0, data = 0;
    for (const ReportRow &row : table.rows) {
        groups += row.kind == ReportRow::Kind::Group;
        subtotals += row.kind == ReportRow::Kind::Subtotal;
        data += row.kind == ReportRow::Kind::Data;
    }
    CHECK(groups == buildings);
    CHECK(subtotals == buildings);
    CHECK(data == residentsOfGrid(db, options.scopes.first().id).size());
    CHECK(table.rows.last().kind == ReportRow::Kind::Total);
    CHECK(doc->records == data);

    const QString pdfPath = ledger->dir.filePath(QStringLiteral("grouped.pdf"));
    const auto written = ReportRenderer::writePdf(*doc, pdfPath, quiet);
    REQUIRE(written.ok());
    const PdfText pdf = readPdf(pdfPath);
    checkFrame(pdf, QStringLiteral("Resident roster"),
               {QStringLiteral("No."), QStringLiteral("Name"), QStringLiteral("Age")});
    CHECK(pdf.all().count(QStringLiteral("Subtotal:")) == buildings);
}

TEST_CASE("filters: a care category and an age bound select what SQL selects", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    RosterReport::Options options;
    options.categories = {QStringLiteral("low_income")};
    options.minAge = 60;
    options.date = reportDay();
    options.columns = {RosterReport::Column::Name, RosterReport::Column::Categories};
    SilentFeedback quiet;
    const auto doc = RosterReport::build(db.connection(), options, quiet);
    REQUIRE(doc.ok());
    const qint64 expected =
        test::scalar(db, QStringLiteral("SELECT count(*) FROM resident r JOIN resident_care x ON "
                                        "x.resident_id = r.id JOIN care_category cc ON cc.id = "
                                        "x.category_id WHERE cc.code = 'low_income' AND "
                                        "r.archived_at IS NULL AND x.archived_at IS NULL AND "
                                        "r.birth_date <= '1966-11-24' AND r.household_id IN "
                                        "(SELECT id FROM household WHERE dwelling_id IS NOT NULL)"))
            .toLongLong();
    REQUIRE(expected > 0);
    CHECK(doc->records == expected);
    CHECK(doc->filters.contains(QStringLiteral("低保户")));
    // A category the user filtered on is shown even though it is sensitive.
    for (const ReportRow &row : doc->blocks.first().table.rows) {
        if (row.kind == ReportRow::Kind::Data)
            CHECK(row.cells[1].contains(QStringLiteral("低保户")));
    }

    SECTION("sensitive categories stay off an unfiltered roster unless full values")
    {
        RosterReport::Options all;
        all.columns = {RosterReport::Column::Categories};
        all.date = reportDay();
        const auto masked = RosterReport::build(db.connection(), all, quiet);
        REQUIRE(masked.ok());
        bool sensitiveShown = false;
        for (const ReportRow &row : masked->blocks.first().table.rows)
            sensitiveShown =
                sensitiveShown || row.cells.value(0).contains(QStringLiteral("低保户"));
        CHECK_FALSE(sensitiveShown);
        all.fullValues = true;
        const auto full = RosterReport::build(db.connection(), all, quiet);
        REQUIRE(full.ok());
        for (const ReportRow &row : full->blocks.first().table.rows)
            sensitiveShown =
                sensitiveShown || row.cells.value(0).contains(QStringLiteral("低保户"));
        CHECK(sensitiveShown);
    }
    SECTION("an unknown category code is an error, not an empty roster")
    {
        options.categories = {QStringLiteral("no_such_code")};
        const auto bad = RosterReport::build(db.connection(), options, quiet);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("no_such_code")));
    }
}

TEST_CASE("an empty scope prints one page that says there is nothing to print", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    ReportRequest request;
    request.roster.minAge = 150;
    request.setDate(reportDay());
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("empty.pdf"));
    SilentFeedback quiet;
    const auto written = ReportExporter::writePdf(db.connection(), request, pdfPath, quiet);
    REQUIRE(written.ok());
    CHECK(written->pages == 1);
    const PdfText pdf = readPdf(pdfPath);
    REQUIRE(pdf.infoPages == 1);
    CHECK(pdf.pages.first().contains(QStringLiteral("Nothing to print")));
    CHECK(pdf.pages.first().contains(QStringLiteral("Resident roster")));
    CHECK(pdf.pages.first().contains(QStringLiteral("Page 1 of 1")));

    SECTION("likewise a household file of a building without households")
    {
        // A unit of the demo without households is rare; archive one unit's households.
        const QString unit =
            column(db, QStringLiteral("SELECT uid FROM building_unit LIMIT 1")).first();
        QSqlQuery q(db.connection());
        REQUIRE(
            q.exec(QStringLiteral(
                       "UPDATE household SET archived_at = '2026-01-01' WHERE dwelling_id IN "
                       "(SELECT id FROM "
                       "dwelling WHERE unit_id = (SELECT id FROM building_unit WHERE uid = '%1'))")
                       .arg(unit)));
        ReportRequest files;
        files.kind = ReportRequest::Kind::HouseholdFile;
        files.householdFile.scopes = {scope(db, QStringLiteral("unit:") + unit)};
        const auto out = ReportExporter::writePdf(db.connection(), files, pdfPath, quiet);
        REQUIRE(out.ok());
        const PdfText empty = readPdf(pdfPath);
        REQUIRE(empty.infoPages == 1);
        CHECK(empty.pages.first().contains(QStringLiteral("Nothing to print")));
    }
}

TEST_CASE("a contact book lists the households of the holder's grid with blank visit columns",
          "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    // A grid assistant who is a resident: named by resident uid, unambiguous.
    const QStringList holder = column(
        db, QStringLiteral("SELECT r.uid, gr.small_grid_id, gr.holder_name FROM grid_role gr JOIN "
                           "resident r ON r.id = gr.resident_id WHERE gr.role_code = "
                           "'grid_assistant' ORDER BY gr.id LIMIT 1"));
    REQUIRE(holder.size() == 1);
    const qint64 grid = test::scalar(db, QStringLiteral("SELECT gr.small_grid_id FROM grid_role gr "
                                                        "JOIN resident r ON r.id = gr.resident_id "
                                                        "WHERE r.uid = '%1' AND gr.role_code = "
                                                        "'grid_assistant'")
                                             .arg(holder.first()))
                            .toLongLong();
    ReportRequest request;
    request.kind = ReportRequest::Kind::ContactBook;
    request.contactBook.holders = {holder.first()};
    request.setDate(reportDay());
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("contacts.pdf"));
    SilentFeedback quiet;
    const auto written = ReportExporter::writePdf(db.connection(), request, pdfPath, quiet);
    INFO((written.ok() ? QString() : written.error().details()).toStdString());
    REQUIRE(written.ok());
    const PdfText pdf = readPdf(pdfPath);
    checkFrame(pdf, QStringLiteral("Contact book"),
               {QStringLiteral("Address"), QStringLiteral("Persons"), QStringLiteral("Visit 1"),
                QStringLiteral("Visit 4")});
    const QString text = pdf.all();
    const QStringList heads =
        column(db,
               QStringLiteral("SELECT hd.name FROM household h JOIN dwelling d ON d.id = "
                              "h.dwelling_id JOIN building b ON b.id = d.building_id JOIN resident "
                              "hd ON hd.household_id = h.id AND hd.relation_code = '02' AND "
                              "hd.archived_at IS NULL WHERE h.archived_at IS NULL AND "
                              "b.small_grid_id = ?"),
               {grid});
    REQUIRE_FALSE(heads.isEmpty());
    for (const QString &name : heads)
        CHECK(text.contains(name));
    CHECK(text.contains(QStringLiteral("Total: %1 household").arg(heads.size())));
    CHECK_FALSE(fullMobile.match(text).hasMatch());
    CHECK(maskedMobile.match(text).hasMatch());

    SECTION("a name that several people share asks for the uid")
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE grid_role SET holder_name = '同名人' WHERE id IN "
                                      "(SELECT id FROM grid_role WHERE role_code = "
                                      "'grid_assistant' AND resident_id IS NOT NULL LIMIT 2)")));
        const auto h = ContactBookReport::resolveHolder(db.connection(), QStringLiteral("同名人"),
                                                        reportDay());
        REQUIRE_FALSE(h.ok());
        CHECK(h.error().message.contains(QStringLiteral("uid")));
    }
}

TEST_CASE("a household file gives each household its own pages", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    const QString building =
        column(db,
               QStringLiteral("SELECT co.name || '/' || b.name FROM building b JOIN compound co "
                              "ON co.id = b.compound_id ORDER BY b.id LIMIT 1"))
            .first();
    ReportRequest request;
    request.kind = ReportRequest::Kind::HouseholdFile;
    request.householdFile.scopes = {scope(db, QStringLiteral("building:") + building)};
    request.setDate(reportDay());
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("files.pdf"));
    SilentFeedback quiet;
    const auto written = ReportExporter::writePdf(db.connection(), request, pdfPath, quiet);
    INFO((written.ok() ? QString() : written.error().details()).toStdString());
    REQUIRE(written.ok());
    const PdfText pdf = readPdf(pdfPath);
    checkFrame(pdf, QStringLiteral("Household file"), {});
    const int households =
        test::scalar(db, QStringLiteral("SELECT count(*) FROM household h JOIN dwelling d ON d.id "
                                        "= h.dwelling_id WHERE h.archived_at IS NULL AND "
                                        "d.building_id = %1")
                             .arg(request.householdFile.scopes.first().id))
            .toInt();
    REQUIRE(households > 0);
    CHECK(pdf.infoPages >= households);
    int starts = 0;
    for (const QString &page : pdf.pages) {
        if (page.contains(QStringLiteral("Household:"))) {
            ++starts;
            // Each household's first page holds its members table with its header row.
            CHECK(page.contains(QStringLiteral("Members")));
            CHECK(page.contains(QStringLiteral("Relation")));
        }
    }
    CHECK(starts == households);
    const QString text = pdf.all();
    const QStringList members = column(
        db,
        QStringLiteral("SELECT r.name FROM resident r JOIN household h ON h.id = "
                       "r.household_id JOIN dwelling d ON d.id = h.dwelling_id WHERE "
                       "r.archived_at IS NULL AND h.archived_at IS NULL AND d.building_id = ?"),
        {request.householdFile.scopes.first().id});
    for (const QString &name : members)
        CHECK(text.contains(name));
    CHECK_FALSE(fullId.match(text).hasMatch());
    CHECK_FALSE(fullMobile.match(text).hasMatch());

    SECTION("one household by uid")
    {
        const QString uid = column(db, QStringLiteral("SELECT uid FROM household LIMIT 1")).first();
        ReportRequest one;
        one.kind = ReportRequest::Kind::HouseholdFile;
        one.householdFile.households = {uid};
        const auto single = ReportExporter::writePdf(db.connection(), one, pdfPath, quiet);
        REQUIRE(single.ok());
        CHECK(readPdf(pdfPath).all().count(QStringLiteral("Household:")) == 1);
        one.householdFile.households = {QStringLiteral("00000000-0000-4000-8000-000000000000")};
        const auto missing = ReportExporter::writePdf(db.connection(), one, pdfPath, quiet);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().message.contains(QStringLiteral("00000000")));
    }
}

TEST_CASE("too many pages asks first, and no means no file", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    ReportRequest request;
    request.setDate(reportDay());
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("big.pdf"));
    RecordingFeedback feedback;
    feedback.answer = false;
    RenderOptions options;
    options.askAbovePages = 5;
    const auto declined =
        ReportExporter::writePdf(db.connection(), request, pdfPath, feedback, options);
    REQUIRE(declined.ok());
    CHECK(declined->outcome == RenderSummary::Outcome::Declined);
    REQUIRE(feedback.questions().size() == 1);
    CHECK(feedback.questions().first().contains(QString::number(declined->pages)));
    CHECK_FALSE(QFile::exists(pdfPath));

    RecordingFeedback yes;
    yes.answer = true;
    const auto accepted = ReportExporter::writePdf(db.connection(), request, pdfPath, yes, options);
    REQUIRE(accepted.ok());
    CHECK(accepted->outcome == RenderSummary::Outcome::Written);
    CHECK(readPdf(pdfPath).infoPages == accepted->pages);
}

TEST_CASE("an unwritable output path gets a message naming it, before any work", "[reports]")
{
    auto ledger = demoLedger(500);
    const Database &db = *ledger->db;
    ReportRequest request;
    RecordingFeedback feedback;
    const QString missingDir = ledger->dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
    const auto a = ReportExporter::writePdf(db.connection(), request, missingDir, feedback);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.contains(QStringLiteral("no/such/folder")));
    CHECK(feedback.progressCalls() == 0); // failed before building anything
    const auto b = ReportExporter::writePdf(db.connection(), request, ledger->dir.path(), feedback);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("cancelling stops a long report and leaves no file", "[reports]")
{
    auto ledger = demoLedger();
    const Database &db = *ledger->db;
    ReportRequest request;
    const QString pdfPath = ledger->dir.filePath(QStringLiteral("cancelled.pdf"));
    RecordingFeedback feedback;
    feedback.cancelAfter = 2;
    const auto r = ReportExporter::writePdf(db.connection(), request, pdfPath, feedback);
    REQUIRE(r.ok());
    CHECK(r->outcome == RenderSummary::Outcome::Cancelled);
    CHECK_FALSE(QFile::exists(pdfPath));
}

TEST_CASE("a 10,000-person roster builds on a worker thread with its own connection", "[reports]")
{
    auto ledger = demoLedger(10000, 3);
    RecordingFeedback feedback;
    qint64 records = -1;
    QString failure;
    // What the desktop app does: the worker opens the file on its own connection.
    QThread *worker = QThread::create([&] {
        auto db =
            Database::open(ledger->path, {.create = false, .readOnly = true, .migrate = false});
        if (!db) {
            failure = db.error().details();
            return;
        }
        ReportRequest request;
        request.setDate(reportDay());
        const auto doc = request.build((*db)->connection(), feedback);
        if (doc)
            records = doc->records;
        else
            failure = doc.error().details();
    });
    worker->start();
    REQUIRE(worker->wait(120000));
    delete worker;
    INFO(failure.toStdString());
    CHECK(records == test::scalar(*ledger->db, QStringLiteral("SELECT count(*) FROM resident WHERE "
                                                              "archived_at IS NULL"))
                         .toLongLong());
    CHECK(feedback.progressCalls() >= 10000 / 500);
}

TEST_CASE("scopes are named by kind and name, parent/name or uid", "[reports]")
{
    auto ledger = demoLedger();
    const QSqlDatabase db = ledger->db->connection();
    CHECK(ReportScope::parse(db, QStringLiteral("grid:第1网格")).ok());
    CHECK(ReportScope::parse(db, QStringLiteral("community:和济社区")).ok());
    CHECK(ReportScope::parse(db, QStringLiteral("big-grid:01")).ok());
    const auto ambiguous = ReportScope::parse(db, QStringLiteral("building:1栋"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().message.contains(QStringLiteral("uid")));
    const QString compound =
        column(*ledger->db, QStringLiteral("SELECT name FROM compound LIMIT 1")).first();
    const auto building = ReportScope::parse(db, QStringLiteral("building:%1/1栋").arg(compound));
    REQUIRE(building.ok());
    CHECK(building->label == compound + QStringLiteral("1栋"));
    const auto byUid = ReportScope::parse(db, QStringLiteral("building:") + building->uid);
    REQUIRE(byUid.ok());
    CHECK(byUid->id == building->id);
    CHECK_FALSE(ReportScope::parse(db, QStringLiteral("grid:第99网格")).ok());
    CHECK_FALSE(ReportScope::parse(db, QStringLiteral("street:x")).ok());
    CHECK_FALSE(ReportScope::parse(db, QStringLiteral("第1网格")).ok());
}

TEST_CASE("a zh_CN roster of one grid of the demo community", "[reports]")
{
    // The app's own Chinese translation, embedded in gridbook_models.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gridbook_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    struct Uninstall {
        QTranslator &t;
        ~Uninstall() { QCoreApplication::removeTranslator(&t); }
    } uninstall{translator};

    // The default shape: 和济社区, 21,237 residents in 34 grids.
    auto ledger = demoLedger(21237, 1);
    const Database &db = *ledger->db;
    ReportRequest request;
    request.roster.scopes = {scope(db, QStringLiteral("grid:第3网格"))};
    request.roster.grouping = RosterReport::Grouping::Building;
    request.setDate(reportDay());
    const QString sample = qEnvironmentVariable("GRIDBOOK_REPORT_SAMPLE");
    const QString pdfPath =
        sample.isEmpty() ? ledger->dir.filePath(QStringLiteral("roster-grid.pdf")) : sample;
    SilentFeedback quiet;
    const auto written = ReportExporter::writePdf(db.connection(), request, pdfPath, quiet);
    REQUIRE(written.ok());
    const PdfText pdf = readPdf(pdfPath);
    REQUIRE(pdf.pages.size() == pdf.infoPages);
    const int m = int(pdf.pages.size());
    for (int i = 0; i < m; ++i) {
        const QString page = QString(pdf.pages[i]).remove(QLatin1Char(' '));
        INFO("page " << i + 1 << ":\n" << pdf.pages[i].left(1200).toStdString());
        CHECK(page.contains(QStringLiteral("和济社区居民花名册")));
        for (const char *word : {"序号", "姓名", "性别", "年龄", "身份证号", "联系电话", "住址"})
            CHECK(page.contains(QString::fromUtf8(word)));
        CHECK(page.contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(m)));
        CHECK(page.contains(QStringLiteral("核对人")));
    }
    const QString text = pdf.all();
    // The text reads as drawn: no CJK radical (⽹ for 网, ⼾ for 户) from Qt's glyph map.
    const auto radical = std::find_if(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF;
    });
    CHECK(radical == text.end());
    CHECK(text.contains(QStringLiteral("身份证号和电话已部分隐去")));
    CHECK(text.contains(QStringLiteral("小计")));
    CHECK(text.contains(QStringLiteral("合计")));
    for (const QString &name : residentsOfGrid(db, request.roster.scopes.first().id))
        CHECK(text.contains(name));
    CHECK_FALSE(fullId.match(text).hasMatch());
}
