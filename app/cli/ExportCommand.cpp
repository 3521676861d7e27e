// SPDX-License-Identifier: MIT
// gridbook-cli export --db FILE --table TABLE[,TABLE...] [--scope KIND:NAME] --format xlsx|csv
//                     [--encoding utf-8-bom|utf-8|gbk] [--full] [--sheet-per-grid] --out FILE
#include "cli/CliSupport.h"

#include "io/TableExporter.h"

#include <QDir>
#include <QFileInfo>

namespace gridbook::cli {

int exportCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliSupport::tr("Writes ledger tables to an XLSX workbook or a CSV file. ID and phone numbers are "
              "masked, and sensitive care categories left out, unless --full is given."));
    QStringList keys;
    for (ExportTable t : ExportTables::all())
        keys << ExportTables::key(t);
    parser.addOption({QStringLiteral("db"), CliSupport::tr("The ledger file."), CliSupport::tr("FILE")});
    parser.addOption({QStringLiteral("table"),
                      CliSupport::tr("What to export: %1. Several, comma-separated, give one sheet each "
                            "(XLSX only). Default: residents.")
                          .arg(keys.join(QStringLiteral(", "))),
                      CliSupport::tr("TABLE")});
    parser.addOption({QStringLiteral("scope"),
                      CliSupport::tr("Only this part of the ledger: community:NAME, big-grid:NAME, "
                            "small-grid:NAME (or grid:NAME), compound:NAME, building:COMPOUND/NAME or "
                            "unit:COMPOUND/BUILDING/NAME (or the record's uid instead of a name). "
                            "Default: all."),
                      CliSupport::tr("KIND:NAME")});
    parser.addOption({QStringLiteral("format"),
                      CliSupport::tr("xlsx or csv; default: from the --out file's suffix."),
                      CliSupport::tr("FORMAT")});
    parser.addOption({QStringLiteral("encoding"),
                      CliSupport::tr("CSV text encoding: utf-8-bom (default, opens right in Excel), "
                            "utf-8, or gbk (GB18030)."),
                      CliSupport::tr("ENCODING")});
    parser.addOption({QStringLiteral("full"),
                      CliSupport::tr("Unmasked ID and phone numbers, and sensitive care categories.")});
    parser.addOption({QStringLiteral("sheet-per-grid"), CliSupport::tr("XLSX: one sheet per small grid.")});
    parser.addOption({QStringLiteral("excel-text"),
                      CliSupport::tr("CSV: put a tab in front of long numbers, so that Excel keeps "
                                     "full ID numbers as text instead of 4.30102E+17 (other "
                                     "programs then see the tab).")});
    parser.addOption({QStringLiteral("out"), CliSupport::tr("The file to write."), CliSupport::tr("FILE")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return S::usage(
            CliSupport::tr("export: unexpected argument %1").arg(parser.positionalArguments().first()));

    ExportOptions options;
    options.path = parser.value(QStringLiteral("out"));
    if (options.path.isEmpty())
        return S::usage(CliSupport::tr("export: --out FILE is required."));

    options.tables.clear();
    const QString tableText = parser.isSet(QStringLiteral("table"))
                                  ? parser.value(QStringLiteral("table"))
                                  : QStringLiteral("residents");
    for (const QString &key : tableText.split(u',', Qt::SkipEmptyParts)) {
        const auto t = ExportTables::fromKey(key);
        if (!t)
            return S::usage(CliSupport::tr("export: unknown table \"%1\"; choose from %2.")
                                .arg(key.trimmed(), keys.join(QStringLiteral(", "))));
        if (!options.tables.contains(*t))
            options.tables << *t;
    }
    if (options.tables.isEmpty())
        return S::usage(CliSupport::tr("export: --table names no table."));

    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(options.path).suffix().toLower();
    if (format == QLatin1String("xlsx"))
        options.format = ExportFormat::Xlsx;
    else if (format == QLatin1String("csv"))
        options.format = ExportFormat::Csv;
    else
        return S::usage(CliSupport::tr("export: --format must be xlsx or csv."));

    if (parser.isSet(QStringLiteral("encoding"))) {
        if (options.format != ExportFormat::Csv)
            return S::usage(CliSupport::tr("export: --encoding applies to CSV only."));
        const auto e = TextEncoding::fromName(parser.value(QStringLiteral("encoding")));
        if (!e || (*e != TextEncoding::Kind::Utf8 && *e != TextEncoding::Kind::Utf8Bom &&
                   *e != TextEncoding::Kind::Gb18030))
            return S::usage(CliSupport::tr("export: --encoding must be utf-8-bom, utf-8 or gbk."));
        options.encoding = *e;
    }
    options.full = parser.isSet(QStringLiteral("full"));
    options.sheetPerGrid = parser.isSet(QStringLiteral("sheet-per-grid"));
    options.excelSafeCsv = parser.isSet(QStringLiteral("excel-text"));
    if (options.sheetPerGrid && options.format != ExportFormat::Xlsx)
        return S::usage(CliSupport::tr("export: --sheet-per-grid needs --format xlsx."));
    if (options.format == ExportFormat::Csv && options.tables.size() > 1)
        return S::usage(CliSupport::tr("export: a CSV file holds one table; use xlsx for several."));

    CliFeedback feedback;
    auto db = S::openExisting(parser, QStringLiteral("export"), feedback, code);
    if (!db)
        return code;
    auto scope = ExportScope::resolve(db->connection(), parser.value(QStringLiteral("scope")));
    if (!scope) {
        feedback.error(scope.error());
        return UsageError;
    }
    options.scope = *scope;

    TableExporter exporter(db->connection());
    const auto summary = exporter.run(options, feedback);
    feedback.finishProgress();
    if (!summary) {
        feedback.error(summary.error());
        return feedback.cancelled() ? Cancelled : Failed;
    }
    for (const auto &r : summary->rows)
        S::out(CliSupport::tr("%1: %n row(s)\n", nullptr, int(r.second))
                   .arg(ExportTables::title(r.first)));
    S::out(CliSupport::tr("Wrote %1 (%n sheet(s), %2%3).\n", nullptr, summary->sheets)
               .arg(QDir::toNativeSeparators(options.path))
               .arg(options.scope.label)
               .arg(options.full ? CliSupport::tr(", unmasked") : CliSupport::tr(", ID and phone numbers masked")));
    return Ok;
}

} // namespace gridbook::cli
