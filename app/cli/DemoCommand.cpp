// SPDX-License-Identifier: MIT
// gridbook-cli demo --out FILE [--seed N] [--residents N] [--as-of DATE]
#include "cli/CliSupport.h"

#include "demo/DemoCommunityGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace gridbook::cli {

int demoCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliSupport::tr("Generates a demo community into a new ledger file."));
    parser.addOption({QStringLiteral("out"), CliSupport::tr("The ledger file to create."), CliSupport::tr("FILE")});
    parser.addOption({QStringLiteral("seed"), CliSupport::tr("Random seed (default 1)."), CliSupport::tr("N"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("residents"),
                      CliSupport::tr("Residents in all (default 21237, one community like 和济社区)."),
                      CliSupport::tr("N"), QString::number(DemoCommunityGenerator::kCommunityResidents)});
    parser.addOption({QStringLiteral("as-of"),
                      CliSupport::tr("The day the ledger is as of, YYYY-MM-DD (default today)."),
                      CliSupport::tr("DATE")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return S::usage(CliSupport::tr("demo: --out FILE is required."));
    bool ok = false;
    DemoOptions options;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return S::usage(CliSupport::tr("demo: --seed must be a whole number."));
    options.residents = parser.value(QStringLiteral("residents")).toInt(&ok);
    if (!ok || options.residents < 10 || options.residents > 5'000'000)
        return S::usage(CliSupport::tr("demo: --residents must be a number from 10 to 5000000."));
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return S::usage(CliSupport::tr("demo: --as-of must be a date like 2026-11-24."));
    }
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        return S::usage(CliSupport::tr("demo: %1 already exists; choose a new file.").arg(path));

    CliFeedback feedback;
    // The file is new, and removed below if generation fails.
    options.scratchFile = true;
    auto db = S::open(path, feedback, {});
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
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        return feedback.cancelled() ? Cancelled : Failed;
    }
    if (Status s = db->checkpoint(); !s)
        feedback.warning(s.error().message);
    const QLocale locale;
    S::out(CliSupport::tr("Generated %1: %2 communities, %3 compounds, %4 buildings, %5 households, %6 "
                 "residents, %7 Party members in %8 s.\n")
               .arg(path)
               .arg(summary->communities)
               .arg(locale.toString(summary->compounds), locale.toString(summary->buildings),
                    locale.toString(summary->households), locale.toString(summary->residents),
                    locale.toString(summary->partyMembers))
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace gridbook::cli
