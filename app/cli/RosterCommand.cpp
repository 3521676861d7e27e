// SPDX-License-Identifier: MIT
// gridbook-cli roster --db FILE [--scope KIND:NAME ...] [--category CODE ...] [--min-age N]
//   [--max-age N] [--columns KEY,...] [--group building|household] [--landscape] [--full]
//   [--date YYYY-MM-DD] [--max-pages N] --out roster.pdf
// Also the options and the run shared by the three report commands.
#include "cli/CliSupport.h"

#include "reports/ReportExporter.h"
#include "reports/ReportRequest.h"
#include "reports/ReportScope.h"

#include <QFileInfo>

namespace gridbook::cli {

namespace {

/** Values of a repeatable option, each also split at commas. */
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int &value, int &exitCode)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        exitCode = CliSupport::usage(
            QCoreApplication::translate("Cli", "--%1: give a whole number, not \"%2\".")
                .arg(name, parser.value(name)));
        return false;
    }
    return true;
}

} // namespace

void addReportOptions(QCommandLineParser &parser, bool withScope)
{
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "The ledger file."),
                      QCoreApplication::translate("Cli", "FILE")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("Cli", "The PDF file to write."),
                      QCoreApplication::translate("Cli", "FILE")});
    if (withScope)
        parser.addOption(
            {QStringLiteral("scope"),
             QCoreApplication::translate(
                 "Cli", "Where to look, repeatable: KIND:NAME, KIND:PARENT/NAME or KIND:UID, KIND "
                        "one of %1 (e.g. grid:第3网格, building:和园小区/3栋). Default: the whole "
                        "community.")
                 .arg(ReportScope::kindKeywords().join(QStringLiteral(", "))),
             QCoreApplication::translate("Cli", "SCOPE")});
    parser.addOption({QStringLiteral("landscape"),
                      QCoreApplication::translate("Cli", "A4 landscape instead of portrait.")});
    parser.addOption({QStringLiteral("portrait"),
                      QCoreApplication::translate("Cli", "A4 portrait (contact books are landscape "
                                                         "unless this is given).")});
    parser.addOption(
        {QStringLiteral("full"),
         QCoreApplication::translate(
             "Cli", "Print ID and phone numbers in full (and sensitive care categories). "
                    "Each such print is recorded in the ledger's print log.")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate(
                          "Cli", "The report's date, for the title and ages (default: today)."),
                      QCoreApplication::translate("Cli", "YYYY-MM-DD")});
    parser.addOption({QStringLiteral("max-pages"),
                      QCoreApplication::translate(
                          "Cli", "Refuse reports longer than this many pages (default 1000; 0: no "
                                 "limit)."),
                      QCoreApplication::translate("Cli", "N")});
}

bool readReportOptions(const QCommandLineParser &parser, const QSqlDatabase &db,
                       ReportRequest &request, QList<ReportScope> *scopes, int &exitCode)
{
    using S = CliSupport;
    for (const QString &spec : scopes ? parser.values(QStringLiteral("scope")) : QStringList()) {
        auto scope = ReportScope::parse(db, spec);
        if (!scope) {
            exitCode = S::usage(scope.error().message);
            return false;
        }
        *scopes << *scope;
    }
    if (parser.isSet(QStringLiteral("landscape")) && parser.isSet(QStringLiteral("portrait"))) {
        exitCode = S::usage(
            QCoreApplication::translate("Cli", "Give --landscape or --portrait, not both."));
        return false;
    }
    if (parser.isSet(QStringLiteral("landscape")))
        request.setLandscape(true);
    else if (parser.isSet(QStringLiteral("portrait")))
        request.setLandscape(false);
    request.setFullValues(parser.isSet(QStringLiteral("full")));
    if (parser.isSet(QStringLiteral("date"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid()) {
            exitCode = S::usage(
                QCoreApplication::translate("Cli", "--date: give a date as YYYY-MM-DD, not \"%1\".")
                    .arg(parser.value(QStringLiteral("date"))));
            return false;
        }
        request.setDate(date);
    }
    return true;
}

int runReport(const QCommandLineParser &parser, const ReportRequest &request,
              const QSqlDatabase &db, CliFeedback &feedback)
{
    using S = CliSupport;
    RenderOptions options;
    int exitCode = Ok;
    if (!readInt(parser, QStringLiteral("max-pages"), options.askAbovePages, exitCode))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    const auto written = ReportExporter::writePdf(db, request, out, feedback, options);
    feedback.finishProgress();
    if (!written) {
        feedback.error(written.error());
        if (feedback.cancelled())
            return Cancelled;
        // A validation error names the field: an unknown category, holder or household.
        return written.error().field.isEmpty() ? Failed : UsageError;
    }
    switch (written->outcome) {
    case RenderSummary::Outcome::Written:
        S::out(QCoreApplication::translate("Cli", "%1: %n page(s)", nullptr, written->pages)
                   .arg(QFileInfo(out).absoluteFilePath()) +
               QLatin1Char('\n'));
        return Ok;
    case RenderSummary::Outcome::Cancelled:
        feedback.warning(QCoreApplication::translate("Cli", "Cancelled; no PDF was written."));
        return Cancelled;
    case RenderSummary::Outcome::Declined:
        feedback.warning(QCoreApplication::translate(
                             "Cli", "Not written: %1 pages is more than --max-pages %2. Narrow the "
                                    "scope or raise --max-pages.")
                             .arg(written->pages)
                             .arg(options.askAbovePages));
        return Cancelled;
    }
    return Failed;
}

int rosterCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Prints a roster (花名册) of residents to PDF; ID and phone numbers masked unless "
               "--full."));
    addReportOptions(parser, true);
    parser.addOption({QStringLiteral("category"),
                      QCoreApplication::translate(
                          "Cli", "Only residents in this care category (code, e.g. low_income, "
                                 "over_80); repeatable, any of them."),
                      QCoreApplication::translate("Cli", "CODE")});
    parser.addOption({QStringLiteral("min-age"),
                      QCoreApplication::translate("Cli", "Only residents at least this old."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("max-age"),
                      QCoreApplication::translate("Cli", "Only residents at most this old."),
                      QCoreApplication::translate("Cli", "N")});
    QStringList keys;
    for (RosterReport::Column c : RosterReport::allColumns())
        keys << RosterReport::columnKey(c);
    parser.addOption(
        {QStringLiteral("columns"),
         QCoreApplication::translate("Cli", "Columns in order, comma-separated, from: %1.")
             .arg(keys.join(QStringLiteral(", "))),
         QCoreApplication::translate("Cli", "KEYS")});
    parser.addOption(
        {QStringLiteral("group"),
         QCoreApplication::translate("Cli", "Group by building or household, with subtotals."),
         QCoreApplication::translate("Cli", "building|household")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return S::usage(QCoreApplication::translate("Cli", "roster: --out FILE is required."));

    ReportRequest request;
    request.kind = ReportRequest::Kind::Roster;
    RosterReport::Options &roster = request.roster;
    if (parser.isSet(QStringLiteral("columns"))) {
        roster.columns.clear();
        for (const QString &key : listValues(parser, QStringLiteral("columns"))) {
            const auto column = RosterReport::columnFromKey(key);
            if (!column)
                return S::usage(QCoreApplication::translate(
                                    "Cli", "--columns: unknown column \"%1\"; choose from %2.")
                                    .arg(key, keys.join(QStringLiteral(", "))));
            roster.columns << *column;
        }
    }
    if (parser.isSet(QStringLiteral("group"))) {
        const auto grouping = RosterReport::groupingFromKey(parser.value(QStringLiteral("group")));
        if (!grouping)
            return S::usage(
                QCoreApplication::translate("Cli", "--group: choose building or household."));
        roster.grouping = *grouping;
    }
    if (!readInt(parser, QStringLiteral("min-age"), roster.minAge, code) ||
        !readInt(parser, QStringLiteral("max-age"), roster.maxAge, code))
        return code;
    roster.categories = listValues(parser, QStringLiteral("category"));

    CliFeedback feedback;
    auto db = S::openExisting(parser, QStringLiteral("roster"), feedback, code);
    if (!db)
        return code;
    if (!readReportOptions(parser, db->connection(), request, &roster.scopes, code))
        return code;
    return runReport(parser, request, db->connection(), feedback);
}

} // namespace gridbook::cli
