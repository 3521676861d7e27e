// SPDX-License-Identifier: MIT
// gridbook-cli check --db FILE: exit code 1 if problems are found.
#include "cli/CliSupport.h"

#include "stats/LedgerCheck.h"

namespace gridbook::cli {

int checkCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliSupport::tr("Integrity check of a ledger; exit code 1 if problems are found."));
    parser.addOption({QStringLiteral("db"), CliSupport::tr("The ledger file."), CliSupport::tr("FILE")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    CliFeedback feedback;
    auto db = S::openExisting(parser, QStringLiteral("check"), feedback, code);
    if (!db)
        return code;
    const auto problems = LedgerCheck::run(*db, feedback);
    feedback.finishProgress();
    if (!problems) {
        feedback.error(problems.error());
        return Failed;
    }
    if (feedback.cancelled())
        return Cancelled;
    S::out(LedgerCheck::toText(*problems));
    return problems->isEmpty() ? Ok : ProblemsFound;
}

} // namespace gridbook::cli
