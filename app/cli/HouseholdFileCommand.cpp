// SPDX-License-Identifier: MIT
// gridbook-cli household-file --db FILE (--household UID ... | --scope KIND:NAME ...)
//   [--landscape] [--full] [--date YYYY-MM-DD] [--max-pages N] --out files.pdf
#include "cli/CliSupport.h"

#include "reports/ReportRequest.h"

namespace gridbook::cli {

int householdFileCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Prints household files (一户一档) to PDF: each household on its own pages with its "
               "members, visits, service requests and pairing."));
    addReportOptions(parser, true);
    parser.addOption({QStringLiteral("household"),
                      QCoreApplication::translate(
                          "Cli", "A household by uid; repeatable. Without it, every household of "
                                 "--scope."),
                      QCoreApplication::translate("Cli", "UID")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return S::usage(
            QCoreApplication::translate("Cli", "household-file: --out FILE is required."));
    if (parser.isSet(QStringLiteral("household")) && parser.isSet(QStringLiteral("scope")))
        return S::usage(QCoreApplication::translate(
            "Cli", "household-file: give --household or --scope, not both."));

    ReportRequest request;
    request.kind = ReportRequest::Kind::HouseholdFile;
    request.householdFile.households = parser.values(QStringLiteral("household"));
    CliFeedback feedback;
    auto db = S::openExisting(parser, QStringLiteral("household-file"), feedback, code);
    if (!db)
        return code;
    if (!readReportOptions(parser, db->connection(), request, &request.householdFile.scopes, code))
        return code;
    return runReport(parser, request, db->connection(), feedback);
}

} // namespace gridbook::cli
