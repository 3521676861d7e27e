// SPDX-License-Identifier: MIT
// gridbook-cli: the same core as the desktop app, headless. Each command lives in its own
// file, parses its own options, opens the ledger and hands errors to CliFeedback; the work
// itself is in models/.

#include "cli/CliSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <iterator>

using namespace gridbook;
using namespace gridbook::cli;

namespace {

// Add a command here and declare its function in CliSupport.h.
const Command commands[] = {
    {"demo", QT_TRANSLATE_NOOP("Cli", "generate a demo community into a new ledger file"),
     demoCommand},
    {"stats", QT_TRANSLATE_NOOP("Cli", "counts by grid and by care category"), statsCommand},
    {"check", QT_TRANSLATE_NOOP("Cli", "integrity check; exit code 1 if problems are found"),
     checkCommand},
    {"roster", QT_TRANSLATE_NOOP("Cli", "print a roster (花名册) of residents to PDF"), rosterCommand},
    {"contact-book", QT_TRANSLATE_NOOP("Cli", "print grid workers' contact books (联系册) to PDF"),
     contactBookCommand},
    {"household-file", QT_TRANSLATE_NOOP("Cli", "print household files (一户一档) to PDF"),
     householdFileCommand},
    {"bench", QT_TRANSLATE_NOOP("Cli", "measure speed and memory on a demo ledger of N residents"),
     benchCommand},
    {"export", QT_TRANSLATE_NOOP("Cli", "export a table to XLSX or CSV (IDs and phones masked "
                                        "unless --full)"),
     exportCommand},
    {"import", QT_TRANSLATE_NOOP("Cli", "import residents and households from XLSX or CSV"),
     importCommand},
};

QString commandsHelp()
{
    QString text = QCoreApplication::translate("Cli", "Usage: gridbook-cli COMMAND [options]") +
                   QStringLiteral("\n\n") + QCoreApplication::translate("Cli", "Commands:") +
                   QLatin1Char('\n');
    qsizetype width = 0;
    for (const Command &c : commands)
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name), -int(width))
                    .arg(QCoreApplication::translate("Cli", c.help));
    text += QLatin1Char('\n') +
            QCoreApplication::translate("Cli", "Run gridbook-cli COMMAND --help for the options of "
                                               "a command; --lang zh_CN|en picks the language.") +
            QLatin1Char('\n');
    return text;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("gridbook"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    // Reports render through QtGui (PDF, fonts) without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gridbook"));
    QCoreApplication::setApplicationName(QStringLiteral("gridbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDBOOK_VERSION));
    CliFeedback::installInterruptHandler();

    QStringList args = QCoreApplication::arguments();
    // --lang LANG anywhere on the line.
    QString language;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang")) {
            language = args[i + 1];
            args.remove(i, 2);
            break;
        }
    }
    installTranslations(app, language);

    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        CliSupport::out(commandsHelp());
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        CliSupport::out(QStringLiteral("gridbook-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QString name = args[1];
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name)) {
            // QCommandLineParser wants the program name first.
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("gridbook-cli ") + name);
            return c.run(rest);
        }
    }
    CliSupport::out(commandsHelp());
    return CliSupport::usage(QCoreApplication::translate("Cli", "Unknown command: %1").arg(name));
}
