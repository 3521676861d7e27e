// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliFeedback.h"

#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace gridbook {
struct ReportRequest;
class ReportScope;
} // namespace gridbook

namespace gridbook::cli {

/** Exit codes, so that scripts can tell what happened. */
enum ExitCode {
    Ok = 0,
    ProblemsFound = 1, ///< check found faults; import rejected some rows
    UsageError = 2,    ///< bad command line
    Failed = 3,        ///< the file could not be opened, read or written
    Cancelled = 4,     ///< interrupted by the user
};

/** Shared plumbing of the commands: output, usage errors, option parsing, opening a ledger. */
class CliSupport {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    /** Writes UTF-8 to stdout. */
    static void out(const QString &text);
    /** Prints a usage error on stderr and returns UsageError. */
    static int usage(const QString &message);
    /**
     * Adds --help, parses `args` (program name first). Returns false when the command should
     * stop, with `exitCode` set (usage error, or 0 after printing help).
     */
    static bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode);
    /** Opens a ledger, reporting failure through `feedback`; nullptr on failure. */
    static std::unique_ptr<Database> open(const QString &path, CliFeedback &feedback,
                                          Database::Options options);
    /** Opens an existing ledger named by the --db option; nullptr (and a message) otherwise. */
    static std::unique_ptr<Database> openExisting(const QCommandLineParser &parser,
                                                  const QString &command, CliFeedback &feedback,
                                                  int &exitCode);
};

/** One gridbook-cli command: its name, one line of help, and the function that runs it. */
struct Command {
    const char *name;
    const char *help; ///< translated through QCoreApplication::translate("Cli", help)
    int (*run)(const QStringList &args);
};

// The commands, one file each (DemoCommand.cpp, StatsCommand.cpp, ...).
int demoCommand(const QStringList &args);
int statsCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int rosterCommand(const QStringList &args);
int contactBookCommand(const QStringList &args);
int householdFileCommand(const QStringList &args);
int benchCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int importCommand(const QStringList &args);

// Shared by the report commands (defined in RosterCommand.cpp): their common options
// (--db --out --scope --landscape --full --date --max-pages), reading them into a request
// (scopes: nullptr for a command without --scope),
// and writing the PDF with exit codes.
void addReportOptions(QCommandLineParser &parser, bool withScope);
bool readReportOptions(const QCommandLineParser &parser, const QSqlDatabase &db,
                       ReportRequest &request, QList<ReportScope> *scopes, int &exitCode);
int runReport(const QCommandLineParser &parser, const ReportRequest &request,
              const QSqlDatabase &db, CliFeedback &feedback);

} // namespace gridbook::cli
