// SPDX-License-Identifier: MIT
// Reading sheets that span many inflate chunks: the worker thread that inflates them gives the
// same cells as inflating on the reading thread, damage is reported by the file's name as it
// always was, and no thread outlives the read, however it ends.
#include "io/IoTestSupport.h"

#include "io/XlsxReader.h"
#include "io/ZipReader.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <string>

using namespace gridbook;
using namespace gridbook::test;

namespace {

using Inflation = ZipReader::Inflation;
const QString kSheetPart = QStringLiteral("xl/worksheets/sheet1.xml");

/** Where two sheets differ first, for the test's message; empty when they are equal. */
std::string firstDifference(const SheetData &a, const SheetData &b)
{
    if (a.name != b.name || a.columnCount != b.columnCount || a.truncated != b.truncated ||
        a.rows.size() != b.rows.size() || a.merges.size() != b.merges.size())
        return "name, width, truncation, row or merge count";
    for (qsizetype r = 0; r < a.rows.size(); ++r) {
        if (a.rows[r].size() != b.rows[r].size())
            return "width of row " + std::to_string(r);
        for (qsizetype c = 0; c < a.rows[r].size(); ++c) {
            const SheetCell &x = a.rows[r][c];
            const SheetCell &y = b.rows[r][c];
            if (x.text != y.text || x.text.isNull() != y.text.isNull() || x.type != y.type ||
                x.formula != y.formula)
                return "cell " + std::to_string(r) + "," + std::to_string(c);
        }
    }
    return {};
}

SheetData readSheet(const QString &path, Inflation inflation)
{
    XlsxReader::Options options;
    options.inflation = inflation;
    SilentFeedback quiet;
    auto book = XlsxReader::read(path, options, quiet);
    INFO((book ? QString() : book.error().details()).toStdString());
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 1);
    return book->sheets.first();
}

/** Cancels once the sheet's reading has advanced a few times; notes the inflating threads. */
class CancellingFeedback : public SilentFeedback {
public:
    void progress(const QString &, qint64 done, qint64) override
    {
        if (done > 0 && ++m_steps >= 3)
            m_cancelled = true;
        threadsSeen = std::max(threadsSeen, ZipReader::backgroundInflaters());
    }
    bool cancelled() const override { return m_cancelled; }
    int threadsSeen = 0;

private:
    int m_steps = 0;
    bool m_cancelled = false;
};

} // namespace

TEST_CASE("a sheet of many inflate chunks reads the same inflated on a worker thread as on the "
          "reading thread",
          "[io]")
{
    QTemporaryDir dir;
    for (const bool stored : {false, true}) {
        INFO((stored ? "stored" : "deflated"));
        const QString path =
            dir.filePath(stored ? QStringLiteral("stored.xlsx") : QStringLiteral("deflated.xlsx"));
        const QJsonObject expected =
            makeFixture(QStringLiteral("big-sheet"), path,
                        stored ? "{\"rows\": 30000, \"stored\": true}" : "{\"rows\": 30000}")
                .object();
        // Several times the worker's four 1 MiB chunks, so that they are reused.
        REQUIRE(expected.value(QStringLiteral("sheetBytes")).toInt() > 6 << 20);

        // The bytes: the same stream whichever way, and as a whole-entry read gives it.
        auto zip = ZipReader::open(path);
        REQUIRE(zip.ok());
        auto whole = zip->read(kSheetPart);
        REQUIRE(whole.ok());
        for (const Inflation inflation : {Inflation::AsRead, Inflation::InBackground}) {
            auto device = zip->device(kSheetPart, inflation);
            REQUIRE(device.ok());
            const QByteArray streamed = (*device)->readAll();
            CHECK_FALSE((*device)->property(ZipReader::kDamagedProperty).toBool());
            CHECK(streamed.size() == whole->size());
            CHECK((streamed == *whole)); // not decomposed: Catch would print 7 MB
        }
        CHECK(ZipReader::backgroundInflaters() == 0);

        // The cells.
        const SheetData asRead = readSheet(path, Inflation::AsRead);
        const SheetData inBackground = readSheet(path, Inflation::InBackground);
        CHECK(firstDifference(asRead, inBackground) == "");
        CHECK(firstDifference(asRead, readSheet(path, Inflation::Automatic)) == "");
        CHECK(asRead.rows.size() == expected.value(QStringLiteral("rows")).toInt());
        CHECK(asRead.name == QStringLiteral("居民"));
        const auto text = [&](int row, int column) { return inBackground.text(row, column); };
        CHECK(text(1, 0) == expected.value(QStringLiteral("A2")).toString());
        CHECK(inBackground.cell(1, 1)->type == SheetCell::Type::Date);
        CHECK(text(1, 1) == expected.value(QStringLiteral("B2")).toString());
        CHECK(text(1, 2) == expected.value(QStringLiteral("C2")).toString());
        CHECK(text(2, 2) == expected.value(QStringLiteral("C3")).toString());
        CHECK(text(2, 3) == expected.value(QStringLiteral("D3")).toString());
        CHECK(text(3, 3) == expected.value(QStringLiteral("D4")).toString());
        CHECK(text(1, 5) == expected.value(QStringLiteral("F2")).toString());
        CHECK(text(3, 5) == expected.value(QStringLiteral("F4")).toString());
        CHECK(text(3, 5) == QStringLiteral("a&b"));
        CHECK(text(30000, 0) == QStringLiteral("name30001"));
        CHECK(ZipReader::backgroundInflaters() == 0);
    }
}

TEST_CASE("a damaged deflate stream in the middle of a big sheet is reported by the file's "
          "name, as on the reading thread, and leaves no thread behind",
          "[io]")
{
    QTemporaryDir dir;
    struct Case {
        const char *damage;
        const char *json;
        const char *says;
    };
    const Case cases[] = {
        {"truncate", R"({"rows": 30000, "damage": "truncate"})", "is damaged"},
        {"corrupt", R"({"rows": 30000, "damage": "corrupt"})", "is damaged"},
        {"checksum", R"({"rows": 30000, "damage": "checksum"})", "(checksum)"},
        {"stored-checksum", R"({"rows": 30000, "damage": "checksum", "stored": true})",
         "(checksum)"},
    };
    for (const Case &c : cases) {
        INFO(c.damage);
        const QString name = QString::fromLatin1(c.damage) + QStringLiteral("-居民.xlsx");
        const QString path = dir.filePath(name);
        makeFixture(QStringLiteral("big-sheet"), path, c.json);

        QString messages[2];
        int i = 0;
        for (const Inflation inflation : {Inflation::AsRead, Inflation::InBackground}) {
            XlsxReader::Options options;
            options.inflation = inflation;
            SilentFeedback quiet;
            auto book = XlsxReader::read(path, options, quiet);
            REQUIRE_FALSE(book.ok());
            messages[i++] = book.error().message;
            INFO(book.error().message.toStdString());
            CHECK(book.error().message.startsWith(name + QStringLiteral(" is damaged")));
            CHECK(book.error().message.contains(kSheetPart));
            CHECK(book.error().message.contains(QString::fromLatin1(c.says)));
            CHECK(ZipReader::backgroundInflaters() == 0);
        }
        CHECK(messages[0] == messages[1]);

        // The device itself: the data up to the damage, then a failed read that says why.
        auto zip = ZipReader::open(path);
        REQUIRE(zip.ok());
        auto device = zip->device(kSheetPart, Inflation::InBackground);
        REQUIRE(device.ok());
        char buffer[1 << 16];
        qint64 total = 0;
        qint64 n = 0;
        while ((n = (*device)->read(buffer, sizeof buffer)) > 0)
            total += n;
        CHECK(n == -1);
        CHECK(total < zip->size(kSheetPart));
        CHECK((*device)->property(ZipReader::kDamagedProperty).toBool());
        CHECK((*device)->errorString().contains(kSheetPart));
        CHECK((*device)->read(buffer, sizeof buffer) == -1); // and it stays failed
        device->reset();
        CHECK(ZipReader::backgroundInflaters() == 0);
    }
}

TEST_CASE("cancelling the read of a big sheet stops and joins its inflating thread", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    makeFixture(QStringLiteral("big-sheet"), path, R"({"rows": 30000})");

    CancellingFeedback feedback;
    auto book = XlsxReader::read(path, {}, feedback);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().message == XlsxReader::tr("Reading cancelled."));
    CHECK(feedback.threadsSeen == 1); // the sheet was being inflated on a worker thread
    CHECK(ZipReader::backgroundInflaters() == 0);

    // A device dropped before anything was read, its worker waiting for a free chunk.
    auto zip = ZipReader::open(path);
    REQUIRE(zip.ok());
    {
        auto device = zip->device(kSheetPart);
        REQUIRE(device.ok());
        CHECK(ZipReader::backgroundInflaters() == 1);
    }
    CHECK(ZipReader::backgroundInflaters() == 0);
}

TEST_CASE("cell values read from reused buffers: entities, runs, byte order marks, numbers and "
          "shared string indexes come out as before",
          "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cells.xlsx"));
    // Shared strings: 0 户籍人口, 1 流动人口 (two runs).
    const QByteArray rows =
        QStringLiteral(
            R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;b &#x4E2D;</t></is></c>)"
            R"(<c r="B1" t="inlineStr"><is><r><t>东</t></r><r><t xml:space="preserve">京 </t></r>)"
            R"(<rPh><t>トウキョウ</t></rPh></is></c>)"
            R"(<c r="C1" t="inlineStr"><is><t>%1bom</t></is></c>)"
            R"(<c r="D1" t="inlineStr"><is><t></t></is></c><c r="E1" t="inlineStr"><is/></c>)"
            R"(<c r="F1"><v> 12 </v></c><c r="G1"><v>1.5E+17</v></c><c r="H1"><v>-0</v></c>)"
            R"(<c r="I1"><v>2.50</v></c><c r="J1" t="s"><v> 1 </v></c><c r="K1" t="s"><v>+0</v></c>)"
            R"(<c r="L1" t="str"><f>A1</f><v>x &lt; y</v></c><c r="M1"><f>1+1</f></c>)"
            R"(<c r="N1" s="1"><v>20002</v></c><c r="O1" t="inlineStr"><is><t><![CDATA[<t>]]></t></is></c>)"
            R"(</row><row r="2"><c r="A2" t="inlineStr"><is><t>a&amp;b &#x4E2D;</t></is></c>)"
            R"(<c r="F2"><v>12.0</v></c></row>)")
            .arg(QChar(0xFEFF))
            .toUtf8()
            .replace('"', "\\\"");
    makeFixture(QStringLiteral("big-sheet"), path, "{\"cells\": \"" + rows + "\"}");
    for (const Inflation inflation : {Inflation::AsRead, Inflation::InBackground}) {
        const SheetData sheet = readSheet(path, inflation);
        REQUIRE(sheet.rows.size() == 2);
        const auto cell = [&](int row, int column) {
            const SheetCell *c = sheet.cell(row, column);
            return c ? *c : SheetCell();
        };
        CHECK(cell(0, 0).text == QStringLiteral("a&b 中"));
        CHECK(cell(0, 0).type == SheetCell::Type::Text);
        CHECK(cell(0, 1).text == QStringLiteral("东京 "));
        CHECK(cell(0, 2).text == QStringLiteral("bom")); // as QString::fromUtf8 drops it
        CHECK(cell(0, 3).type == SheetCell::Type::Text);
        CHECK(cell(0, 3).text.isNull());
        CHECK(cell(0, 4).text.isNull());
        CHECK(cell(0, 5).text == QStringLiteral("12"));
        CHECK(cell(0, 5).type == SheetCell::Type::Number);
        CHECK(cell(0, 6).text == QStringLiteral("1.5E+17"));
        CHECK(cell(0, 7).text == QStringLiteral("0"));
        CHECK(cell(0, 8).text == QStringLiteral("2.50"));
        CHECK(cell(0, 9).text == QStringLiteral("流动人口"));
        CHECK(cell(0, 10).text == QStringLiteral("户籍人口"));
        CHECK(cell(0, 11).text == QStringLiteral("x < y"));
        CHECK(cell(0, 11).formula);
        CHECK(cell(0, 12).formula);
        CHECK(cell(0, 12).text.isEmpty());
        CHECK(cell(0, 13).type == SheetCell::Type::Date);
        CHECK(cell(0, 14).text == QStringLiteral("<t>"));
        CHECK(cell(1, 0).text == cell(0, 0).text);
        CHECK(cell(1, 5).text == QStringLiteral("12"));
    }
}
