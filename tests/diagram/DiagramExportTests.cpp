// SPDX-License-Identifier: MIT
#include "TestDatabase.h"
#include "diagram/DiagramTestData.h"

#include "diagram/BuildingPlanRepository.h"
#include "diagram/BuildingRenderer.h"
#include "diagram/DiagramExporter.h"
#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace gridbook;

namespace {

/** The text of a PDF, by poppler's pdftotext (an independent reader). */
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    // Compatibility forms back to the ordinary ones: the CJK font maps 一 and the Kangxi
    // radical ⼀ to one glyph, and the PDF's text map may name the radical; likewise ligatures.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

/** Parses an SVG file as XML; returns the text of its <title> (empty on a parse error). */
QString svgTitle(const QString &path, int *elements)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title;
    *elements = 0;
    bool rootIsSvg = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (*elements == 0)
            rootIsSvg = xml.name() == QStringLiteral("svg");
        ++*elements;
        if (xml.name() == QStringLiteral("title") && title.isEmpty())
            title = xml.readElementText();
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(rootIsSvg);
    return title;
}

} // namespace

TEST_CASE("export the community diagram and a building to PNG, SVG and PDF", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    DiagramModel model(db->connection());
    REQUIRE(model.load(p.community));
    const DiagramPage community = DiagramRenderer(model).page(QImage());
    CHECK(community.title.contains(QStringLiteral("测试社区")));
    CHECK_FALSE(community.legend.isEmpty());

    auto plan = BuildingPlanRepository(db->connection()).load(p.inA);
    REQUIRE(plan);
    const DiagramPage building = BuildingRenderer(*plan).page();
    CHECK(building.title.contains(QStringLiteral("1栋")));

    QTemporaryDir dir;
    for (const auto &[name, page] : {std::pair{QStringLiteral("community"), community},
                                     std::pair{QStringLiteral("building"), building}}) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString png = dir.filePath(name + QStringLiteral(".png"));
            REQUIRE(DiagramExporter::write(page, png, 1200));
            const QImage image(png);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.width() == 1200);
            // Not a blank page: the drawing put colour on it.
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7) {
                    const QColor c = image.pixelColor(x, y);
                    coloured += c.saturation() > 60 ? 1 : 0;
                }
            CHECK(coloured > 50);

            const QString svg = dir.filePath(name + QStringLiteral(".svg"));
            REQUIRE(DiagramExporter::write(page, svg));
            int elements = 0;
            CHECK(svgTitle(svg, &elements) == page.title);
            CHECK(elements > 20);

            const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
            REQUIRE(DiagramExporter::write(page, pdf));
            QFile pdfFile(pdf);
            REQUIRE(pdfFile.open(QIODevice::ReadOnly));
            CHECK(pdfFile.read(5) == "%PDF-");
            const QString text = pdfText(pdf);
            if (text.isEmpty()) {
                WARN("pdftotext not found; PDF text not checked");
            } else {
                INFO(text.toStdString());
                CHECK(text.contains(page.title.simplified()));
                CHECK(text.contains(page.legend.last().text));
            }
        }
    }
    // An unknown suffix is refused.
    CHECK_FALSE(DiagramExporter::write(community, dir.filePath(QStringLiteral("x.bmp"))).ok());
}
