// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gridbook {

class BenchSpreadsheetIo;

/** An Error with only its message: what the benchmark reports of a measure it could not take. */
inline Error benchError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

/** What a benchmark run works on: the ledger of N residents and a folder for its files. */
struct BenchContext {
    int residents = 1'000'000;
    int runs = 3;
    QString ledgerPath;  ///< the demo ledger of `residents` residents (made if missing)
    QString workDir;     ///< scratch files (CSV, XLSX, PDF, empty ledgers) live here
    QString cliPath;     ///< gridbook-cli, which generates the demo ledger
    QString guiPath;     ///< gridbook, for "process start to first screen"
    QString sqlite3Path; ///< the sqlite3 command-line tool, for the floor; empty: not found
    Feedback *feedback = nullptr;
    /** Spreadsheet import and export (models/io); see BenchSpreadsheetIo. */
    BenchSpreadsheetIo *spreadsheets = nullptr;
    /** Which groups of measures to take (see Benchmark::measureGroups()); empty: all. */
    QStringList only;
};

/**
 * One figure of the benchmark: the statistics of its samples against its target.
 * A figure that could not be measured is not produced and says why in `note`; it never shows a
 * number it did not measure.
 */
struct BenchFigure {
    /** Which statistic is held against the target. */
    enum class Judged { Worst, P95, Median };

    QString key;   ///< stable name for tooling, e.g. "search_name"
    QString label; ///< translated description
    QString unit;  ///< "ms", "s", "MB", "×"
    int samples = 0;
    double median = 0;
    double p95 = 0;
    double worst = 0;
    Judged judged = Judged::Worst;
    /** Pass when the judged statistic is at or under it; 0: no target (shown for comparison). */
    double target = 0;
    bool produced = false;
    /** Not measured on purpose (a reused ledger was not generated); not a failure. */
    bool skipped = false;
    QString note; ///< why it was not produced, or what it was measured on

    double judgedValue() const;
    bool hasTarget() const { return target > 0; }
    bool pass() const { return produced && (!hasTarget() || judgedValue() <= target); }
};

/**
 * `gridbook-cli bench`: generates (or reuses) a demo ledger of N residents and measures, through
 * the code the desktop app runs, what a street office (街道) feels at that size: opening the
 * window, typing into the search box, sorting, changing scope, spreadsheet import and export,
 * a roster PDF and peak memory, each against the target of issue 7. Speed is measured here and
 * only here; the test suite runs it small and checks only that every figure is produced.
 */
class Benchmark {
    Q_DECLARE_TR_FUNCTIONS(gridbook::Benchmark)
public:
    explicit Benchmark(BenchContext context);

    /** Runs every measure; a measure that fails gives figures marked not produced. */
    QList<BenchFigure> run();

    /** Names of the groups of measures, for `--only`: open, lists, spreadsheets, roster. */
    static QStringList measureGroups();

    /** Rows of the import and export measures: 100,000, or all residents of a smaller ledger. */
    static int spreadsheetRows(int residents);
    /** Residents in the roster measure: 10,000, or all of a smaller ledger. */
    static int rosterResidents(int residents);

    /** Peak resident set size of this process so far, in MB (Linux VmHWM); 0 if unknown. */
    static double peakRssMb();
    /** Fills samples, median, 95th percentile and worst of `samples`; produced if any. */
    static void summarise(QList<double> samples, BenchFigure &figure);

    /** The table printed by gridbook-cli bench. */
    static QString toText(const QList<BenchFigure> &figures);
    /** The same figures for tooling (`--json`). */
    static QJsonObject toJson(const QList<BenchFigure> &figures, const BenchContext &context);
    /** True if every figure was produced and meets its target. */
    static bool allPass(const QList<BenchFigure> &figures);

private:
    QList<BenchFigure> prepareLedger();
    QList<BenchFigure> measureOpen();
    QList<BenchFigure> measureItemModels();
    QList<BenchFigure> measureSpreadsheets();
    QList<BenchFigure> measureRoster();
    /** Copies the rows an import wrote into `source` into the empty ledger `db` by SQL, as the
     *  import writes them; an empty string, or what went wrong. */
    static QString copyRowsBySql(const QSqlDatabase &db, const QString &source);
    BenchFigure figure(const QString &key, const QString &label, const QString &unit, double target,
                       BenchFigure::Judged judged = BenchFigure::Judged::Worst) const;
    void progress(const QString &stage);

    BenchContext m_context;
};

} // namespace gridbook
