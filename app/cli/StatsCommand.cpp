// SPDX-License-Identifier: MIT
// gridbook-cli stats --db FILE [--json]
#include "cli/CliSupport.h"

#include "stats/LedgerStats.h"

#include <QJsonDocument>

namespace gridbook::cli {

int statsCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliSupport::tr("Counts by grid and by care category."));
    parser.addOption({QStringLiteral("db"), CliSupport::tr("The ledger file."), CliSupport::tr("FILE")});
    parser.addOption({QStringLiteral("json"), CliSupport::tr("Print JSON instead of text.")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    CliFeedback feedback;
    auto db = S::openExisting(parser, QStringLiteral("stats"), feedback, code);
    if (!db)
        return code;
    const auto stats = LedgerStats::compute(*db);
    if (!stats) {
        feedback.error(stats.error());
        return Failed;
    }
    S::out(parser.isSet(QStringLiteral("json"))
               ? QString::fromUtf8(QJsonDocument(stats->toJson()).toJson(QJsonDocument::Indented))
               : stats->toText());
    return Ok;
}

} // namespace gridbook::cli
