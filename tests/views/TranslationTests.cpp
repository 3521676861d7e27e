// SPDX-License-Identifier: MIT
// The Chinese translation is complete: every message of the .ts is translated, the sources
// hold no string the .ts lacks, and the compiled translation is embedded and loads.

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsProblems {
    int messages = 0;
    QStringList unfinished; ///< "context: source" of messages without a finished translation
};

TsProblems readTs(const QString &path)
{
    TsProblems result;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++result.messages;
            const auto type = xml.attributes().value(QLatin1String("type"));
            QString text;
            bool emptyForm = false;
            // Either plain text or <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                    text += form;
                }
                if (xml.atEnd())
                    break;
            }
            const bool finished = type != QLatin1String("unfinished") &&
                                  type != QLatin1String("vanished") &&
                                  type != QLatin1String("obsolete");
            if (!finished || text.trimmed().isEmpty() || emptyForm)
                result.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE(!xml.hasError());
    return result;
}

QString tsPath()
{
    return QStringLiteral(GRIDBOOK_TS_DIR) + QStringLiteral("/gridbook_zh_CN.ts");
}

} // namespace

TEST_CASE("every message of the Chinese translation is translated", "[i18n]")
{
    const TsProblems problems = readTs(tsPath());
    CHECK(problems.messages > 100);
    INFO("unfinished:\n" << problems.unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.unfinished.isEmpty());
}

TEST_CASE("the Chinese translation holds every string of the sources", "[i18n]")
{
    // lupdate on a copy: strings added to the sources since the last update_translations
    // show up as unfinished there.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("gridbook_zh_CN.ts"));
    REQUIRE(QFile::copy(tsPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QDir source(QStringLiteral(GRIDBOOK_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GRIDBOOK_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), source.filePath(QStringLiteral("models")),
                   source.filePath(QStringLiteral("views")), source.filePath(QStringLiteral("app")),
                   QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromUtf8(lupdate.readAll()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const TsProblems problems = readTs(copy);
    INFO("not in the .ts yet (build the target update_translations, then translate):\n"
         << problems.unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.unfinished.isEmpty());
}

TEST_CASE("the compiled Chinese translation is embedded and translates", "[i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gridbook_zh_CN.qm")));
    CHECK(translator.translate("gridbook::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    // A context named by Q_DECLARE_TR_FUNCTIONS in a namespace: lupdate and the runtime agree.
    CHECK(!translator.translate("ResidentId", "ID number: empty").isEmpty());
}
