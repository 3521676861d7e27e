// SPDX-License-Identifier: MIT
// gridbook-cli contact-book --db FILE --holder NAME-or-uid ... [--visits N] [--landscape]
//   [--full] [--date YYYY-MM-DD] [--max-pages N] --out book.pdf
#include "cli/CliSupport.h"

#include "reports/ReportRequest.h"

namespace gridbook::cli {

int contactBookCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Prints the contact book (联系册) of grid leaders, workers or assistants to PDF: the "
        "households in their scope, with blank columns for visit dates."));
    addReportOptions(parser, false);
    parser.addOption(
        {QStringLiteral("holder"),
         QCoreApplication::translate(
             "Cli", "The holder of a grid role: their name, or a resident or grid role "
                    "uid when the name is shared; repeatable, one book each."),
         QCoreApplication::translate("Cli", "NAME")});
    parser.addOption({QStringLiteral("visits"),
                      QCoreApplication::translate("Cli", "Blank visit-date columns (default 4)."),
                      QCoreApplication::translate("Cli", "N")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return S::usage(
            QCoreApplication::translate("Cli", "contact-book: --out FILE is required."));
    if (!parser.isSet(QStringLiteral("holder")))
        return S::usage(
            QCoreApplication::translate("Cli", "contact-book: name at least one --holder."));

    ReportRequest request;
    request.kind = ReportRequest::Kind::ContactBook;
    request.contactBook.holders = parser.values(QStringLiteral("holder"));
    if (parser.isSet(QStringLiteral("visits"))) {
        bool ok = false;
        const int visits = parser.value(QStringLiteral("visits")).toInt(&ok);
        if (!ok || visits < 0 || visits > 12)
            return S::usage(
                QCoreApplication::translate("Cli", "--visits: give a number from 0 to 12."));
        request.contactBook.visitColumns = visits;
    }
    CliFeedback feedback;
    auto db = S::openExisting(parser, QStringLiteral("contact-book"), feedback, code);
    if (!db)
        return code;
    if (!readReportOptions(parser, db->connection(), request, nullptr, code))
        return code;
    return runReport(parser, request, db->connection(), feedback);
}

} // namespace gridbook::cli
