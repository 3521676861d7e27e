// SPDX-License-Identifier: MIT
// gridbook-cli: the same core as the desktop app, headless. Each command parses its own
// options, opens the ledger and hands errors to CliFeedback; the work is in models/.

#include "cli/CliFeedback.h"

#include "db/Database.h"
#include "demo/DemoCommunityGenerator.h"
#include "stats/LedgerCheck.h"
#include "stats/LedgerStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace gridbook;

namespace {

/** Exit codes, so that scripts can tell what happened. */
enum ExitCode {
    Ok = 0,
    ProblemsFound = 1, ///< check found faults
    UsageError = 2,    ///< bad command line
    Failed = 3,        ///< the file could not be opened, written, ...
    Cancelled = 4,     ///< interrupted by the user
};

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static void out(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    }

    static int usage(const QString &message)
    {
        CliFeedback().warning(message);
        return UsageError;
    }

    static QString commandsHelp()
    {
        return tr("Usage: gridbook-cli COMMAND [options]\n\n"
                  "Commands:\n"
                  "  demo    generate a demo community into a new ledger file\n"
                  "  stats   counts by grid and by care category\n"
                  "  check   integrity check; exit code 1 if problems are found\n\n"
                  "Run gridbook-cli COMMAND --help for the options of a command.\n");
    }

    /** Parses the options after the command name; returns false (and prints) on error. */
    static bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode)
    {
        parser.addHelpOption();
        if (!parser.parse(args)) {
            exitCode = usage(parser.errorText());
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out(parser.helpText());
            exitCode = Ok;
            return false;
        }
        return true;
    }

    static std::unique_ptr<Database> open(const QString &path, CliFeedback &feedback,
                                          Database::Options options)
    {
        auto db = Database::open(path, options);
        if (!db) {
            feedback.error(db.error());
            return nullptr;
        }
        return std::move(db).value();
    }

    static int demo(const QStringList &args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Generates a demo community into a new ledger file."));
        parser.addOption({QStringLiteral("out"), tr("The ledger file to create."), tr("FILE")});
        parser.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), tr("N"),
                          QStringLiteral("1")});
        parser.addOption({QStringLiteral("residents"),
                          tr("Residents in all (default 21237, one community like 和济社区)."),
                          tr("N"), QString::number(DemoCommunityGenerator::kCommunityResidents)});
        parser.addOption({QStringLiteral("as-of"),
                          tr("The day the ledger is as of, YYYY-MM-DD (default today)."),
                          tr("DATE")});
        int code = Ok;
        if (!parse(parser, args, code))
            return code;
        const QString path = parser.value(QStringLiteral("out"));
        if (path.isEmpty())
            return usage(tr("demo: --out FILE is required."));
        bool ok = false;
        DemoOptions options;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(tr("demo: --seed must be a whole number."));
        options.residents = parser.value(QStringLiteral("residents")).toInt(&ok);
        if (!ok || options.residents < 10 || options.residents > 5'000'000)
            return usage(tr("demo: --residents must be a number from 10 to 5000000."));
        if (parser.isSet(QStringLiteral("as-of"))) {
            options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!options.asOf.isValid())
                return usage(tr("demo: --as-of must be a date like 2026-11-24."));
        }
        if (QFileInfo(path).exists() && QFileInfo(path).size() > 0)
            return usage(tr("demo: %1 already exists; choose a new file.").arg(path));

        CliFeedback feedback;
        auto db = open(path, feedback, {});
        if (!db)
            return Failed;
        QElapsedTimer timer;
        timer.start();
        const auto summary = DemoCommunityGenerator(options).generate(*db, feedback);
        feedback.finishProgress();
        if (!summary) {
            feedback.error(summary.error());
            db.reset();
            // A new file that got nothing is not left behind to confuse the next run.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            return feedback.cancelled() ? Cancelled : Failed;
        }
        if (Status s = db->checkpoint(); !s)
            feedback.warning(s.error().message);
        const QLocale locale;
        out(tr("Generated %1: %2 communities, %3 compounds, %4 buildings, %5 households, %6 "
               "residents, %7 Party members in %8 s.\n")
                .arg(path)
                .arg(summary->communities)
                .arg(locale.toString(summary->compounds), locale.toString(summary->buildings),
                     locale.toString(summary->households), locale.toString(summary->residents),
                     locale.toString(summary->partyMembers))
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return Ok;
    }

    static int stats(const QStringList &args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Counts by grid and by care category."));
        parser.addOption({QStringLiteral("db"), tr("The ledger file."), tr("FILE")});
        parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
        int code = Ok;
        if (!parse(parser, args, code))
            return code;
        if (!parser.isSet(QStringLiteral("db")))
            return usage(tr("stats: --db FILE is required."));
        CliFeedback feedback;
        auto db = open(parser.value(QStringLiteral("db")), feedback,
                       {.create = false, .readOnly = false, .migrate = true});
        if (!db)
            return Failed;
        const auto stats = LedgerStats::compute(*db);
        if (!stats) {
            feedback.error(stats.error());
            return Failed;
        }
        out(parser.isSet(QStringLiteral("json"))
                ? QString::fromUtf8(QJsonDocument(stats->toJson()).toJson(QJsonDocument::Indented))
                : stats->toText());
        return Ok;
    }

    static int check(const QStringList &args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Integrity check of a ledger; exit code 1 if problems are found."));
        parser.addOption({QStringLiteral("db"), tr("The ledger file."), tr("FILE")});
        int code = Ok;
        if (!parse(parser, args, code))
            return code;
        if (!parser.isSet(QStringLiteral("db")))
            return usage(tr("check: --db FILE is required."));
        CliFeedback feedback;
        auto db = open(parser.value(QStringLiteral("db")), feedback,
                       {.create = false, .readOnly = false, .migrate = true});
        if (!db)
            return Failed;
        const auto problems = LedgerCheck::run(*db, feedback);
        feedback.finishProgress();
        if (!problems) {
            feedback.error(problems.error());
            return Failed;
        }
        if (feedback.cancelled())
            return Cancelled;
        out(LedgerCheck::toText(*problems));
        return problems->isEmpty() ? Ok : ProblemsFound;
    }
};

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gridbook"));
    QCoreApplication::setApplicationName(QStringLiteral("gridbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDBOOK_VERSION));
    CliFeedback::installInterruptHandler();

    QStringList args = QCoreApplication::arguments();
    // --lang LANG anywhere before or after the command.
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
        Cli::out(Cli::commandsHelp());
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        Cli::out(QStringLiteral("gridbook-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QString command = args[1];
    // QCommandLineParser wants the program name first.
    QStringList rest = args.mid(2);
    rest.prepend(QStringLiteral("gridbook-cli ") + command);
    if (command == QLatin1String("demo"))
        return Cli::demo(rest);
    if (command == QLatin1String("stats"))
        return Cli::stats(rest);
    if (command == QLatin1String("check"))
        return Cli::check(rest);
    Cli::out(Cli::commandsHelp());
    return Cli::usage(Cli::tr("Unknown command: %1").arg(command));
}
