// SPDX-License-Identifier: MIT
// gridbook: the desktop ledger. Parses the command line, opens the ledger (offering the demo
// community on a first start), and shows the main window - or renders one page to a PNG.

#include "MainWindow.h"
#include "common/DialogNotifier.h"
#include "document/LedgerDocument.h"
#include "pages/LedgerPage.h"
#include "startup/DemoCommunityRunner.h"
#include "startup/FirstScreenProbe.h"
#include "startup/Localization.h"
#include "startup/ScreenshotRenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <cstring>

using namespace gridbook;

namespace {

/** Exit codes, as gridbook-cli's. */
enum ExitCode { Ok = 0, UsageError = 2, Failed = 3 };

class Gui {
    Q_DECLARE_TR_FUNCTIONS(Gui)
public:
    static void printError(const QString &text)
    {
        const QByteArray utf8 = (text + QLatin1Char('\n')).toUtf8();
        std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
    }
};

/** True if `name` appears among the raw arguments (before QApplication parses them). */
bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        const std::size_t n = std::strlen(name);
        if (std::strncmp(argv[i], name, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // for --first-screen
    sinceStart.start();
    // A screenshot, --first-screen, --help and --version need no display: they run offscreen
    // unless the caller chose a platform.
    const bool headless = hasArgument(argc, argv, "--screenshot") ||
                          hasArgument(argc, argv, "--first-screen") ||
                          hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                          hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gridbook"));
    QCoreApplication::setApplicationName(QStringLiteral("gridbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDBOOK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Gridbook"));

    // The language first, so that --help speaks it too.
    QString language;
    const QStringList raw = QCoreApplication::arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw[i] == QLatin1String("--lang") && i + 1 < raw.size())
            language = raw[i + 1];
        else if (raw[i].startsWith(QLatin1String("--lang=")))
            language = raw[i].mid(7);
    }
    const QLocale locale = Localization::chooseLocale(language);
    Localization::install(app, locale);
    Localization::setFonts(app, locale);
    QApplication::setApplicationDisplayName(Gui::tr("Gridbook"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Gridbook (网格台账): the community grid ledger."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      Gui::tr("Open this ledger file (created if it does not exist)."),
                      Gui::tr("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      Gui::tr("Language: zh_CN or en (default: the system's)."), Gui::tr("LANG")});
    parser.addOption({QStringLiteral("screenshot"),
                      Gui::tr("Render a page to this PNG file and exit (no window is shown)."),
                      Gui::tr("FILE")});
    parser.addOption({QStringLiteral("page"),
                      Gui::tr("The page for --screenshot: residents, households, household, "
                              "party, volunteers or roles."),
                      Gui::tr("NAME"), QStringLiteral("residents")});
    parser.addOption({QStringLiteral("first-screen"),
                      Gui::tr("Open the ledger without showing a window, print the time to the "
                              "residents' first screen of rows, and exit (for gridbook-cli bench).")});
    parser.process(app);

    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    DialogNotifier notifier;

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() && !screenshot) {
        // The ledger used last, if it is still there; else the one in the data folder.
        const QString last = QSettings().value(MainWindow::lastFileKey()).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
    } else if (path.isEmpty()) {
        path = Database::defaultPath();
    }

    auto document = LedgerDocument::open(path);
    if (!document) {
        if (screenshot)
            Gui::printError(document.error().details());
        else
            notifier.error(document.error());
        return Failed;
    }

    if (parser.isSet(QStringLiteral("first-screen")))
        return FirstScreenProbe::run(std::move(document).value(), sinceStart);

    if (screenshot) {
        ScreenshotRenderer renderer(std::move(document).value());
        const Status s = renderer.render(parser.value(QStringLiteral("page")),
                                         parser.value(QStringLiteral("screenshot")));
        if (!s) {
            Gui::printError(s.error().message);
            return s.error().field == QLatin1String("page") ? UsageError : Failed;
        }
        return Ok;
    }

    if ((*document)->database().wasCreated() && !(*document)->isReadOnly() &&
        notifier.question(Gui::tr("This is a new, empty ledger:\n%1\n\nFill in the demo "
                                  "community 和济社区 (about 10,000 households and 21,000 "
                                  "residents, all invented) so that you can try Gridbook out?")
                              .arg(QDir::toNativeSeparators(path)),
                          true)) {
        auto summary = DemoCommunityRunner::run(nullptr, path, notifier);
        if (!summary)
            notifier.error(summary.error());
        (*document)->reload();
    }

    MainWindow window;
    window.setDocument(std::move(document).value());
    window.show();
    return app.exec();
}
