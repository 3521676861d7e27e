// SPDX-License-Identifier: MIT
// gridbook-cli bench [--residents N] [--runs K] [--json OUT] [--ledger FILE] [--keep] [--only G]
#include "cli/CliSupport.h"

#include "bench/BenchSpreadsheetIo.h"
#include "bench/Benchmark.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace gridbook::cli {

int benchCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliSupport::tr(
        "Measures Gridbook on a demo ledger of N residents against the targets for a street "
        "office (issue 7): open, search, sort, scope, import, export, roster, memory. Exit "
        "code 1 if a target is missed."));
    parser.addOption({QStringLiteral("residents"),
                      CliSupport::tr("Residents in the demo ledger (default 1000000)."),
                      CliSupport::tr("N"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("runs"),
         CliSupport::tr("Runs of each measure; median and worst are reported (default 3)."),
         CliSupport::tr("K"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("json"),
                      CliSupport::tr("Also write the figures to this JSON file."),
                      CliSupport::tr("FILE")});
    parser.addOption(
        {QStringLiteral("ledger"),
         CliSupport::tr("Use this demo ledger if it holds N residents, else generate it "
                        "there; it is kept."),
         CliSupport::tr("FILE")});
    parser.addOption(
        {QStringLiteral("keep"),
         CliSupport::tr("Keep the scratch folder (generated ledger, CSV, XLSX, PDF) and print "
                        "where it is.")});
    parser.addOption({QStringLiteral("only"),
                      CliSupport::tr("Take only these groups of measures, separated by commas: "
                                     "open, lists (search, sort, scope), spreadsheets, roster."),
                      CliSupport::tr("GROUPS")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;

    BenchContext context;
    bool ok = false;
    context.residents = parser.value(QStringLiteral("residents")).toInt(&ok);
    if (!ok || context.residents < 1000 || context.residents > 5'000'000)
        return S::usage(
            CliSupport::tr("bench: --residents must be a number from 1000 to 5000000."));
    context.runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || context.runs < 1 || context.runs > 100)
        return S::usage(CliSupport::tr("bench: --runs must be a number from 1 to 100."));

    if (parser.isSet(QStringLiteral("only"))) {
        context.only =
            parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &group : context.only) {
            group = group.trimmed();
            if (!Benchmark::measureGroups().contains(group))
                return S::usage(
                    CliSupport::tr("bench: --only: unknown group \"%1\"; the groups are %2.")
                        .arg(group, Benchmark::measureGroups().join(QStringLiteral(", "))));
        }
    }

    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("gridbook-bench-XXXXXX")));
    if (!scratch.isValid()) {
        CliFeedback feedback;
        feedback.error(
            benchError(CliSupport::tr("bench: no scratch folder: %1").arg(scratch.errorString())));
        return Failed;
    }
    const bool keep = parser.isSet(QStringLiteral("keep"));
    scratch.setAutoRemove(!keep);
    context.workDir = scratch.path();
    context.ledgerPath =
        parser.isSet(QStringLiteral("ledger"))
            ? QFileInfo(parser.value(QStringLiteral("ledger"))).absoluteFilePath()
            : scratch.filePath(QStringLiteral("demo-%1.sqlite").arg(context.residents));
    const QString binDir = QCoreApplication::applicationDirPath();
    context.cliPath = QCoreApplication::applicationFilePath();
    context.guiPath = QDir(binDir).filePath(QStringLiteral("gridbook"));
    context.sqlite3Path = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const auto spreadsheets = BenchSpreadsheetIo::create();
    context.spreadsheets = spreadsheets.get();
    CliFeedback feedback;
    context.feedback = &feedback;

    const QList<BenchFigure> figures = Benchmark(context).run();
    feedback.finishProgress();
    S::out(CliSupport::tr("Gridbook benchmark: %1 residents, %2 run(s) of each measure\n\n")
               .arg(QLocale().toString(context.residents))
               .arg(context.runs) +
           Benchmark::toText(figures));
    if (keep)
        S::out(CliSupport::tr("\nScratch files kept in %1\n")
                   .arg(QDir::toNativeSeparators(scratch.path())));

    if (parser.isSet(QStringLiteral("json"))) {
        QFile json(parser.value(QStringLiteral("json")));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            json.write(QJsonDocument(Benchmark::toJson(figures, context)).toJson()) < 0) {
            feedback.error(benchError(
                CliSupport::tr("bench: %1 could not be written: %2")
                    .arg(QDir::toNativeSeparators(json.fileName()), json.errorString())));
            return Failed;
        }
    }
    if (feedback.cancelled())
        return Cancelled;
    return Benchmark::allPass(figures) ? Ok : ProblemsFound;
}

} // namespace gridbook::cli
