// SPDX-License-Identifier: MIT
// gridbook-cli import --db FILE IN [--dry-run] [--on-duplicate skip|update|review]
//                     [--errors OUT.xlsx] [--strict] [--sheet NAME] [--encoding utf-8|gbk]
//                     [--header-row N] [--map COLUMN=FIELD ...] [--community NAME]
//                     [--compound NAME] [--max-issues N]
#include "cli/CliSupport.h"

#include "io/ColumnMapper.h"
#include "io/ImportErrorSheet.h"
#include "io/ResidentImporter.h"
#include "io/SpreadsheetReader.h"
#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gridbook::cli {

namespace {

/** A cell for the terminal: every run of seven or more digits (an ID or phone number, right
 *  or wrong) masked as exports mask them, so that a report pasted anywhere shows no one's
 *  number. */
QString maskNumbers(const QString &value)
{
    QString out;
    qsizetype i = 0;
    while (i < value.size()) {
        qsizetype j = i;
        while (j < value.size() && (value[j].isDigit() ||
                                    (j > i && (value[j] == u'X' || value[j] == u'x'))))
            ++j;
        if (j - i >= 7) {
            const QString number = value.mid(i, j - i);
            out += number.size() >= 15 ? ResidentId::mask(number) : PhoneNumber::mask(number);
            i = j;
        } else if (j > i) {
            out += value.mid(i, j - i);
            i = j;
        } else {
            out += value[i++];
        }
    }
    return out;
}

} // namespace

namespace {

/** "C", "3" (1-based) or a header text -> zero-based column, or -1. */
int columnOf(const QString &spec, const SheetLayout &layout)
{
    bool number = false;
    const int n = spec.toInt(&number);
    if (number)
        return n >= 1 && n <= layout.fields.size() ? n - 1 : -1;
    bool letters = !spec.isEmpty();
    int c = 0;
    for (const QChar ch : spec) {
        const QChar u = ch.toUpper();
        if (u < u'A' || u > u'Z') {
            letters = false;
            break;
        }
        c = c * 26 + (u.unicode() - u'A' + 1);
    }
    if (letters && spec.size() <= 3)
        return c - 1 < layout.fields.size() ? c - 1 : -1;
    return int(layout.headers.indexOf(spec));
}

void removeLedger(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int importCommand(const QStringList &args)
{
    using S = CliSupport;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliSupport::tr("Reads residents from an XLSX or CSV file into a ledger (created if it does not "
              "exist). Valid rows go in and rejected rows are listed - or, with --strict, "
              "nothing changes unless every row is valid.\n\nExit codes: 0 all rows imported, "
              "1 some rows rejected or waiting for review, 2 bad command line, 3 the file or "
              "ledger could not be read or written (nothing changed), 4 cancelled (nothing "
              "changed)."));
    parser.addPositionalArgument(CliSupport::tr("IN"), CliSupport::tr("The .xlsx or .csv file to import."));
    parser.addOption({QStringLiteral("db"), CliSupport::tr("The ledger file."), CliSupport::tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), CliSupport::tr("Check and report; change nothing.")});
    parser.addOption({QStringLiteral("on-duplicate"),
                      CliSupport::tr("People already in the ledger (same ID number): skip (default), "
                            "update, or review (list them, import nothing for them)."),
                      CliSupport::tr("POLICY")});
    parser.addOption({QStringLiteral("errors"),
                      CliSupport::tr("Write the rejected rows with their reasons to this .xlsx, to fix "
                            "and import again."),
                      CliSupport::tr("OUT.xlsx")});
    parser.addOption(
        {QStringLiteral("strict"), CliSupport::tr("Import nothing unless every row is valid.")});
    parser.addOption(
        {QStringLiteral("sheet"), CliSupport::tr("Only this sheet of a workbook."), CliSupport::tr("SHEET")});
    parser.addOption({QStringLiteral("encoding"),
                      CliSupport::tr("CSV encoding, when detection guesses wrong: utf-8 or gbk."),
                      CliSupport::tr("ENCODING")});
    parser.addOption({QStringLiteral("header-row"),
                      CliSupport::tr("The row (1-based) holding the column headers, when it is not "
                            "found by itself."),
                      CliSupport::tr("N")});
    parser.addOption({QStringLiteral("map"),
                      CliSupport::tr("Map a column by hand: COLUMN=FIELD, COLUMN a letter (C), a number "
                            "(3) or the header text, FIELD one of %1. Repeatable.")
                          .arg([] {
                              QStringList keys;
                              for (ImportField f : ColumnMapper::fields())
                                  keys << ColumnMapper::key(f);
                              return keys.join(QStringLiteral(", "));
                          }()),
                      CliSupport::tr("COLUMN=FIELD")});
    parser.addOption({QStringLiteral("community"),
                      CliSupport::tr("The community new compounds belong to (when the ledger has several, "
                            "or none)."),
                      CliSupport::tr("COMMUNITY")});
    parser.addOption({QStringLiteral("compound"),
                      CliSupport::tr("The compound of addresses that name none (like 3-2-501)."),
                      CliSupport::tr("COMPOUND")});
    parser.addOption({QStringLiteral("full"),
                      CliSupport::tr("Show ID and phone numbers in the list of problems as they are in "
                                     "the file (masked by default).")});
    parser.addOption({QStringLiteral("max-issues"),
                      CliSupport::tr("List at most N problems (default 200; 0 lists all)."), CliSupport::tr("N")});
    int code = Ok;
    if (!S::parse(parser, args, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return S::usage(CliSupport::tr("import: give exactly one file to import."));
    if (!parser.isSet(QStringLiteral("db")))
        return S::usage(CliSupport::tr("import: --db FILE is required."));
    const QString input = positional.first();
    const QString ledgerPath = parser.value(QStringLiteral("db"));

    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.community = parser.value(QStringLiteral("community")).trimmed();
    options.defaultCompound = parser.value(QStringLiteral("compound")).trimmed();
    const QString policy = parser.value(QStringLiteral("on-duplicate"));
    if (policy.isEmpty() || policy == QLatin1String("skip"))
        options.onDuplicate = DuplicatePolicy::Skip;
    else if (policy == QLatin1String("update"))
        options.onDuplicate = DuplicatePolicy::Update;
    else if (policy == QLatin1String("review"))
        options.onDuplicate = DuplicatePolicy::Review;
    else
        return S::usage(CliSupport::tr("import: --on-duplicate must be skip, update or review."));
    int maxIssues = 200;
    if (parser.isSet(QStringLiteral("max-issues"))) {
        bool ok = false;
        maxIssues = parser.value(QStringLiteral("max-issues")).toInt(&ok);
        if (!ok || maxIssues < 0)
            return S::usage(CliSupport::tr("import: --max-issues must be a number."));
    }
    SpreadsheetReader::Options readOptions;
    readOptions.sheet = parser.value(QStringLiteral("sheet"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        readOptions.encoding = TextEncoding::fromName(parser.value(QStringLiteral("encoding")));
        if (!readOptions.encoding)
            return S::usage(CliSupport::tr("import: --encoding must be utf-8 or gbk."));
    }
    int headerRow = 0;
    if (parser.isSet(QStringLiteral("header-row"))) {
        bool ok = false;
        headerRow = parser.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || headerRow < 1)
            return S::usage(CliSupport::tr("import: --header-row must be a row number from 1."));
    }

    CliFeedback feedback;
    auto workbook = SpreadsheetReader::read(input, readOptions, feedback);
    feedback.finishProgress();
    if (!workbook) {
        feedback.error(workbook.error());
        return feedback.cancelled() ? Cancelled : Failed;
    }
    for (const QString &w : std::as_const(workbook->warnings))
        feedback.warning(w);

    QList<ImportSheet> sheets;
    for (SheetData &data : workbook->sheets) {
        ImportSheet sheet;
        sheet.layout = headerRow > 0 ? ColumnMapper::withHeaderRow(data, headerRow - 1)
                                     : ColumnMapper::detect(data);
        for (const QString &m : parser.values(QStringLiteral("map"))) {
            const qsizetype eq = m.lastIndexOf(u'=');
            const auto field = eq > 0 ? ColumnMapper::fromKey(m.mid(eq + 1)) : std::nullopt;
            if (!field)
                return S::usage(
                    CliSupport::tr("import: --map %1: give COLUMN=FIELD with a known field.").arg(m));
            if (sheet.layout.headerRow < 0)
                sheet.layout = ColumnMapper::withHeaderRow(data, 0);
            const int column = columnOf(m.left(eq).trimmed(), sheet.layout);
            if (column < 0)
                return S::usage(
                    CliSupport::tr("import: --map %1: no such column in sheet %2.").arg(m, data.name));
            // One column per field: the hand-made mapping replaces the automatic one.
            for (ImportField &f : sheet.layout.fields) {
                if (f == *field && *field != ImportField::Ignore)
                    f = ImportField::Ignore;
            }
            sheet.layout.fields[column] = *field;
        }
        if (!sheet.layout.usable()) {
            if (workbook->sheets.size() > 1)
                feedback.warning(CliSupport::tr("Sheet %1: no header row with a name column (姓名) was "
                                       "found; the sheet is left out.")
                                     .arg(data.name));
            continue;
        }
        sheet.data = std::move(data);
        sheets << std::move(sheet);
    }
    if (sheets.isEmpty()) {
        feedback.error(Error{CliSupport::tr("%1: no header row with a name column (姓名) was found. Give "
                                   "--header-row N, or --map COLUMN=name.")
                                 .arg(QFileInfo(input).fileName()),
                             QStringLiteral("import"),
                             {},
                             {},
                             {}});
        return Failed;
    }

    // The ledger: created if it does not exist (and removed again if nothing went in);
    // a dry run against a file that does not exist checks against an empty in-memory one.
    const bool existed = QFileInfo::exists(ledgerPath);
    std::unique_ptr<Database> db;
    if (options.dryRun && !existed) {
        auto memory = Database::openInMemory();
        if (!memory) {
            feedback.error(memory.error());
            return Failed;
        }
        db = std::move(memory).value();
    } else {
        db = S::open(ledgerPath, feedback, {.create = true, .readOnly = false, .migrate = true});
        if (!db)
            return Failed;
    }
    const bool created = !existed && !options.dryRun;

    ResidentImporter importer(db->connection());
    auto result = importer.run(sheets, options, feedback);
    feedback.finishProgress();
    if (!result || !result->summary.committed) {
        if (created) {
            db.reset();
            removeLedger(ledgerPath);
        }
    }
    if (!result) {
        feedback.error(result.error());
        return feedback.cancelled() ? Cancelled : Failed;
    }

    const bool full = parser.isSet(QStringLiteral("full"));
    const ImportSummary &s = result->summary;
    int listed = 0;
    for (const ImportIssue &issue : std::as_const(result->issues)) {
        if (maxIssues > 0 && listed >= maxIssues) {
            S::out(CliSupport::tr("... and %1 more (see --errors).\n").arg(result->issues.size() - listed));
            break;
        }
        ++listed;
        const QString where = sheets.size() > 1
                                  ? CliSupport::tr("%1 row %2").arg(issue.sheetName).arg(issue.ref.row)
                                  : CliSupport::tr("Row %1").arg(issue.ref.row);
        const QString kind = issue.severity == ImportIssue::Severity::Error     ? CliSupport::tr("error")
                             : issue.severity == ImportIssue::Severity::Warning ? CliSupport::tr("warning")
                                                                                : CliSupport::tr("note");
        S::out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(where, kind, issue.column,
                        full ? issue.value : maskNumbers(issue.value), issue.reason));
    }
    S::out(CliSupport::tr("Rows read: %1; imported: %2; updated: %3; already in the ledger: %4; waiting "
                 "for review: %5; rejected: %6.\n")
               .arg(s.rowsRead)
               .arg(s.inserted)
               .arg(s.updated)
               .arg(s.skipped)
               .arg(s.review)
               .arg(s.rejected));
    S::out(CliSupport::tr("Households: %1 new, %2 existing joined. New places: %3 communities, %4 "
                 "compounds, %5 buildings, %6 units, %7 dwellings.\n")
               .arg(s.householdsCreated)
               .arg(s.householdsJoined)
               .arg(s.communitiesCreated)
               .arg(s.compoundsCreated)
               .arg(s.buildingsCreated)
               .arg(s.unitsCreated)
               .arg(s.dwellingsCreated));
    if (!s.unparsedAddresses.isEmpty())
        S::out(CliSupport::tr("Addresses kept as text (not matched to a place): %1\n")
                   .arg(s.unparsedAddresses.join(QStringLiteral("; "))));
    if (s.dryRun)
        S::out(CliSupport::tr("Dry run: nothing was changed.\n"));
    else if (!s.committed)
        S::out(CliSupport::tr("Rows were rejected and --strict was given: nothing was imported.\n"));
    else
        S::out(CliSupport::tr("Saved to %1.\n").arg(QDir::toNativeSeparators(ledgerPath)));

    if (parser.isSet(QStringLiteral("errors")) && !result->rejected.isEmpty()) {
        const QString errorsPath = parser.value(QStringLiteral("errors"));
        if (Status w = ImportErrorSheet::write(errorsPath, sheets, *result); !w) {
            feedback.error(w.error());
            return Failed;
        }
        S::out(CliSupport::tr("Rejected rows written to %1.\n").arg(QDir::toNativeSeparators(errorsPath)));
    }
    return (s.rejected > 0 || s.review > 0) ? ProblemsFound : Ok;
}

} // namespace gridbook::cli
