// SPDX-License-Identifier: MIT
#include "bench/Benchmark.h"

#include "bench/BenchSpreadsheetIo.h"
#include "common/TextColumns.h"
#include "db/BulkJournal.h"
#include "db/Database.h"
#include "db/DeferredIndexes.h"
#include "io/ResidentImporter.h"
#include "items/NavigationTreeModel.h"
#include "items/ResidentTableModel.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRequest.h"
#include "reports/ReportScope.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace gridbook {

namespace {

/** Longest we wait for one list's first screen before calling the measure failed. */
constexpr int kFirstScreenTimeoutMs = 120'000;
/** Rows in the first screen of the residents table (1280×800 window: about 30 visible). */
constexpr int kScreenRows = 40;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Reads what a view shows of the first screen: every column of its rows. */
void readFirstScreen(const QAbstractItemModel &model)
{
    const int rows = std::min(model.rowCount(), kScreenRows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c), Qt::DisplayRole);
    }
}

/**
 * Runs `change` (a keystroke, a click on a header or on the tree) and returns the milliseconds
 * until the table's new list has its first screen of rows read, as the window would paint it.
 */
Result<double> timeToFirstScreen(ResidentTableModel &model, const std::function<void()> &change)
{
    bool arrived = false;
    QString failure;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    // The first chunk of a background list resets the model; an in-place one ends loaded.
    const auto reset = QObject::connect(&model, &QAbstractItemModel::modelReset, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    const auto loaded = QObject::connect(&model, &IdListTableModel::listLoaded, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    const auto failed = QObject::connect(&model, &IdListTableModel::loadFailed, &loop,
                                         [&](const QString &message, const QString &) {
                                             failure = message;
                                             loop.quit();
                                         });
    QElapsedTimer timer;
    timer.start();
    change();
    if (!arrived && failure.isEmpty()) {
        timeout.start(kFirstScreenTimeoutMs);
        loop.exec();
    }
    if (arrived)
        readFirstScreen(model);
    const double ms = msSince(timer);
    QObject::disconnect(reset);
    QObject::disconnect(loaded);
    QObject::disconnect(failed);
    if (!failure.isEmpty())
        return benchError(failure);
    if (!arrived)
        return benchError(
            Benchmark::tr("no first screen within %1 s").arg(kFirstScreenTimeoutMs / 1000));
    return ms;
}

/** Peak RSS in kB from a /proc status text; 0 if absent. */
double vmHwmKb(const QByteArray &status)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

/** Value of `key=` in a line of key=value words. */
QString wordValue(const QString &line, const QString &key)
{
    for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(key + QLatin1Char('=')))
            return word.mid(key.size() + 1);
    }
    return {};
}

QString sqlFailure(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

double BenchFigure::judgedValue() const
{
    switch (judged) {
    case Judged::Worst:
        return worst;
    case Judged::P95:
        return p95;
    case Judged::Median:
        return median;
    }
    return worst;
}

Benchmark::Benchmark(BenchContext context) : m_context(std::move(context)) {}

QStringList Benchmark::measureGroups()
{
    // In the order run() takes them.
    return {QStringLiteral("open"), QStringLiteral("lists"), QStringLiteral("spreadsheets"),
            QStringLiteral("roster")};
}

int Benchmark::spreadsheetRows(int residents)
{
    return std::min(residents, 100'000);
}

int Benchmark::rosterResidents(int residents)
{
    return std::min(residents, 10'000);
}

BenchFigure Benchmark::figure(const QString &key, const QString &label, const QString &unit,
                              double target, BenchFigure::Judged judged) const
{
    BenchFigure f;
    f.key = key;
    f.label = label;
    f.unit = unit;
    f.target = target;
    f.judged = judged;
    return f;
}

void Benchmark::progress(const QString &stage)
{
    if (m_context.feedback)
        m_context.feedback->progress(stage, 0, 0);
}

QList<BenchFigure> Benchmark::run()
{
    QList<BenchFigure> figures = prepareLedger();
    if (!QFileInfo::exists(m_context.ledgerPath) ||
        std::any_of(figures.begin(), figures.end(),
                    [](const BenchFigure &f) { return !f.produced && !f.skipped; }))
        return figures; // no ledger: nothing else can be measured
    const QStringList groups = measureGroups();
    const decltype(&Benchmark::measureOpen) measures[] = {
        &Benchmark::measureOpen, &Benchmark::measureItemModels, &Benchmark::measureSpreadsheets,
        &Benchmark::measureRoster};
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (m_context.feedback && m_context.feedback->cancelled())
            break;
        if (m_context.only.isEmpty() || m_context.only.contains(groups[i]))
            figures << (this->*measures[i])();
    }
    BenchFigure rss =
        figure(QStringLiteral("bench_peak_rss"),
               tr("peak memory of the measures above (this process)"), QStringLiteral("MB"), 300);
    const double mb = peakRssMb();
    if (mb > 0)
        summarise({mb}, rss);
    else
        rss.note = tr("/proc/self/status has no VmHWM");
    figures << rss;
    return figures;
}

// ---------------------------------------------------------------- the ledger

namespace {

/** Writes what earlier steps left in the page cache to disk before the next measure starts:
 *  the kernel flushes written files some 30 s later (1.5 GB for a new ledger of a million
 *  residents, 100 MB for each imported one), and that flush would otherwise land on whichever
 *  measure runs then. */
void settleWrites()
{
#ifdef Q_OS_UNIX
    ::sync();
#endif
}

} // namespace

QList<BenchFigure> Benchmark::prepareLedger()
{
    const QLocale locale;
    BenchFigure f =
        figure(QStringLiteral("demo_generation"),
               tr("demo generation of %1 residents").arg(locale.toString(m_context.residents)),
               QStringLiteral("s"),
               // 60 s for a million residents (issue 7), in proportion below that.
               std::max(1.0, 60.0 * m_context.residents / 1'000'000.0));
    if (QFileInfo::exists(m_context.ledgerPath)) {
        auto db = Database::open(m_context.ledgerPath,
                                 {.create = false, .readOnly = true, .migrate = false});
        if (!db) {
            f.note = db.error().message;
            return {f};
        }
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM resident")) || !q.next()) {
            f.note = sqlFailure(q);
            return {f};
        }
        const qint64 count = q.value(0).toLongLong();
        if (count != m_context.residents) {
            f.note = tr("%1 holds %2 residents, not %3: give another --ledger or delete it")
                         .arg(QDir::toNativeSeparators(m_context.ledgerPath),
                              locale.toString(count), locale.toString(m_context.residents));
            return {f};
        }
        f.skipped = true;
        f.note = tr("reused %1; delete it to measure generation again")
                     .arg(QDir::toNativeSeparators(m_context.ledgerPath));
        return {f};
    }

    progress(
        tr("Generating a demo ledger of %1 residents").arg(locale.toString(m_context.residents)));
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    demo.start(m_context.cliPath,
               {QStringLiteral("demo"), QStringLiteral("--out"), m_context.ledgerPath,
                QStringLiteral("--residents"), QString::number(m_context.residents),
                QStringLiteral("--seed"), QStringLiteral("2026")});
    if (!demo.waitForStarted() || !demo.waitForFinished(-1)) {
        f.note = tr("gridbook-cli demo could not run: %1").arg(demo.errorString());
        return {f};
    }
    const double seconds = msSince(timer) / 1000.0;
    if (demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0) {
        f.note = tr("gridbook-cli demo failed (exit code %1)").arg(demo.exitCode());
        return {f};
    }
    summarise({seconds}, f);
    f.note = tr("gridbook-cli demo, process start to exit");
    settleWrites();
    return {f};
}

// ---------------------------------------------------------------- open

QList<BenchFigure> Benchmark::measureOpen()
{
    BenchFigure open = figure(QStringLiteral("open_first_screen"),
                              tr("open: process start to the residents' first screen"),
                              QStringLiteral("ms"), 1000);
    BenchFigure rss =
        figure(QStringLiteral("app_peak_rss"), tr("peak memory of gridbook with the ledger open"),
               QStringLiteral("MB"), 300);
    if (!QFileInfo(m_context.guiPath).isExecutable()) {
        open.note = tr("gridbook not found at %1").arg(QDir::toNativeSeparators(m_context.guiPath));
        rss.note = open.note;
        return {open, rss};
    }
    // Its own settings folder, so that the user's last scope and columns play no part (and
    // the benchmark's ledger does not become the user's last file).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir(m_context.workDir).filePath(QStringLiteral("config")));
    QList<double> times, peaks;
    for (int run = 0; run < m_context.runs; ++run) {
        progress(tr("Opening the ledger in gridbook (%1 of %2)").arg(run + 1).arg(m_context.runs));
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        gui.start(m_context.guiPath,
                  {QStringLiteral("--db"), m_context.ledgerPath, QStringLiteral("--first-screen")});
        QString line;
        double ms = -1;
        while (gui.waitForReadyRead(kFirstScreenTimeoutMs) || gui.canReadLine()) {
            if (!gui.canReadLine())
                continue;
            line = QString::fromUtf8(gui.readLine()).trimmed();
            if (line.startsWith(QLatin1String("first_screen_ms="))) {
                ms = msSince(timer);
                break;
            }
        }
        gui.waitForFinished(kFirstScreenTimeoutMs);
        if (ms < 0 || wordValue(line, QStringLiteral("rows")).toInt() <= 0) {
            open.note =
                tr("gridbook --first-screen showed no rows (exit code %1)").arg(gui.exitCode());
            rss.note = open.note;
            return {open, rss};
        }
        times << ms;
        peaks << wordValue(line, QStringLiteral("peak_rss_kb")).toDouble() / 1024.0;
    }
    summarise(times, open);
    open.note = tr("gridbook --first-screen, offscreen, 1280×800");
    summarise(peaks, rss);
    rss.note = tr("VmHWM at the first screen");
    return {open, rss};
}

// ---------------------------------------------------------------- search, sort, scope

QList<BenchFigure> Benchmark::measureItemModels()
{
    const QLocale locale;
    using J = BenchFigure::Judged;
    QList<BenchFigure> searches{
        figure(QStringLiteral("search_name"), tr("search keystroke: name (张, 张伟, ...)"),
               QStringLiteral("ms"), 50, J::P95),
        figure(QStringLiteral("search_initials"),
               tr("search keystroke: pinyin initials (z, zw, ...)"), QStringLiteral("ms"), 50,
               J::P95),
        figure(QStringLiteral("search_id_prefix"),
               tr("search keystroke: ID number prefix (4, 43, ...)"), QStringLiteral("ms"), 50,
               J::P95),
        figure(QStringLiteral("search_phone_suffix"),
               tr("search keystroke: phone ending (5, 56, 567, 5678)"), QStringLiteral("ms"), 50,
               J::P95),
    };
    QList<BenchFigure> sorts{
        figure(QStringLiteral("sort_name"), tr("sort by name"), QStringLiteral("ms"), 200),
        figure(QStringLiteral("sort_age"), tr("sort by age"), QStringLiteral("ms"), 200),
        figure(QStringLiteral("sort_address"), tr("sort by address"), QStringLiteral("ms"), 200),
    };
    BenchFigure scope = figure(QStringLiteral("scope_small_grid"),
                               tr("scope change to a small grid"), QStringLiteral("ms"), 200);
    auto all = [&] { return searches + sorts + QList<BenchFigure>{scope}; };
    auto failAll = [&](const QString &why) {
        QList<BenchFigure> out = all();
        for (BenchFigure &f : out)
            f.note = why;
        return out;
    };

    auto db =
        Database::open(m_context.ledgerPath, {.create = false, .readOnly = true, .migrate = false});
    if (!db)
        return failAll(db.error().message);
    const QSqlDatabase connection = (*db)->connection();

    // Whom to look for: one resident per run, spread over the ledger.
    struct Sample {
        QString name, initials, idNumber, phone;
    };
    QList<Sample> samples;
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("SELECT max(id) FROM resident")) || !q.next())
            return failAll(sqlFailure(q));
        const qint64 maxId = q.value(0).toLongLong();
        q.prepare(QStringLiteral(
            "SELECT name, name_initials, id_number, phone FROM resident WHERE id >= ? AND "
            "archived_at IS NULL AND length(id_number) = 18 AND length(phone) >= 7 AND "
            "name_initials <> '' ORDER BY id LIMIT 1"));
        for (int run = 0; run < m_context.runs; ++run) {
            q.addBindValue(maxId * (run + 1) / (m_context.runs + 1));
            if (!q.exec())
                return failAll(sqlFailure(q));
            if (q.next())
                samples << Sample{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString()};
        }
        if (samples.isEmpty())
            return failAll(tr("no resident with a name, ID number and phone to search for"));
    }

    ResidentTableModel model(connection);
    model.setBackgroundLoading(true);
    QString failure;
    auto measure = [&](const std::function<void()> &change, QList<double> *into) {
        if (!failure.isEmpty())
            return;
        const auto ms = timeToFirstScreen(model, change);
        if (!ms)
            failure = ms.error().message;
        else if (into)
            *into << *ms;
    };
    progress(tr("Opening the residents table"));
    measure([&] { (void)model.setQuery(ResidentQuery{}); }, nullptr);

    // Search: type each text one keystroke at a time, as the search box would ask.
    QList<QList<double>> searchTimes(searches.size());
    QList<std::pair<double, QString>> slowest(searches.size(), {0.0, QString()});
    for (const Sample &s : samples) {
        progress(tr("Typing into the search box"));
        const QString typed[] = {s.name, s.initials, s.idNumber.left(10), s.phone.right(4)};
        for (qsizetype kind = 0; kind < searches.size(); ++kind) {
            const QString &text = typed[kind];
            for (qsizetype n = 1; n <= text.size(); ++n) {
                measure([&] { (void)model.setSearchText(text.left(n)); }, &searchTimes[kind]);
                // Which keystroke, not what was typed: a --ledger may hold real people.
                if (!searchTimes[kind].isEmpty() && searchTimes[kind].last() > slowest[kind].first)
                    slowest[kind] = {searchTimes[kind].last(),
                                     (model.totalCount() >= 0
                                          ? tr("slowest: keystroke %1 of %2, %3 found")
                                          : tr("slowest: keystroke %1 of %2, more than %3 found"))
                                         .arg(n)
                                         .arg(text.size())
                                         .arg(locale.toString(model.totalCount() >= 0
                                                                  ? model.totalCount()
                                                                  : qint64(model.rowCount())))};
            }
            measure([&] { (void)model.setSearchText(QString()); }, nullptr);
        }
    }
    for (qsizetype kind = 0; kind < searches.size(); ++kind) {
        summarise(searchTimes[kind], searches[kind]);
        searches[kind].note = slowest[kind].second;
    }

    // Sort: a click on the column's header, ascending and descending in turn.
    const ResidentTableModel::Column sortColumns[] = {
        ResidentTableModel::Name, ResidentTableModel::Age, ResidentTableModel::Address};
    QList<QList<double>> sortTimes(sorts.size());
    for (int run = 0; run < m_context.runs; ++run) {
        progress(tr("Sorting"));
        const Qt::SortOrder order = run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        for (qsizetype i = 0; i < sorts.size(); ++i)
            measure([&] { model.sort(sortColumns[i], order); }, &sortTimes[i]);
    }
    for (qsizetype i = 0; i < sorts.size(); ++i)
        summarise(sortTimes[i], sorts[i]);
    measure([&] { model.sort(ResidentTableModel::Address, Qt::AscendingOrder); }, nullptr);

    // Scope: from the whole ledger to a small grid chosen in the navigation tree.
    QList<double> scopeTimes;
    {
        QList<qint64> grids;
        QSqlQuery q(connection);
        if (!q.exec(
                QStringLiteral("SELECT id FROM small_grid WHERE archived_at IS NULL ORDER BY id")))
            return failAll(sqlFailure(q));
        while (q.next())
            grids << q.value(0).toLongLong();
        NavigationTreeModel tree(connection);
        for (int run = 0; run < m_context.runs && !grids.isEmpty(); ++run) {
            progress(tr("Changing scope"));
            const qint64 grid = grids[qsizetype(grids.size()) * run / m_context.runs];
            const QModelIndex node = tree.indexOf(LedgerScope::smallGrid(grid));
            if (!node.isValid()) {
                failure = tr("small grid %1 is not in the navigation tree").arg(grid);
                break;
            }
            measure([&] { (void)model.setScope(tree.scopeAt(node)); }, &scopeTimes);
            measure([&] { (void)model.setScope(LedgerScope::everything()); }, nullptr);
        }
        if (grids.isEmpty() && failure.isEmpty())
            failure = tr("the ledger has no small grids");
    }
    summarise(scopeTimes, scope);

    QList<BenchFigure> out = all();
    for (BenchFigure &f : out) {
        if (!failure.isEmpty())
            f.note = failure;
    }
    return out;
}

// ---------------------------------------------------------------- spreadsheets

QList<BenchFigure> Benchmark::measureSpreadsheets()
{
    using Format = BenchSpreadsheetIo::Format;
    const QLocale locale;
    const int rows = spreadsheetRows(m_context.residents);
    const QString count = locale.toString(rows);
    BenchFigure exportXlsx =
        figure(QStringLiteral("export_xlsx"), tr("export %1 residents to XLSX").arg(count),
               QStringLiteral("s"), 3);
    BenchFigure exportCsv =
        figure(QStringLiteral("export_csv"), tr("export %1 residents to CSV").arg(count),
               QStringLiteral("s"), 0);
    BenchFigure importCsv =
        figure(QStringLiteral("import_csv"), tr("import %1 rows of CSV, validated").arg(count),
               QStringLiteral("s"), 0);
    BenchFigure floor =
        figure(QStringLiteral("sqlite3_import_csv"), tr("floor: sqlite3 .import of the same CSV"),
               QStringLiteral("s"), 0);
    BenchFigure ratio =
        figure(QStringLiteral("import_csv_ratio"), tr("CSV import, times the sqlite3 floor"),
               QStringLiteral("×"), 3, BenchFigure::Judged::Median);
    BenchFigure sqlCopy =
        figure(QStringLiteral("sql_copy_csv_rows"),
               tr("the same rows into Gridbook's tables by SQL alone"), QStringLiteral("s"), 0);
    BenchFigure importXlsx =
        figure(QStringLiteral("import_xlsx"), tr("import %1 rows of XLSX, validated").arg(count),
               QStringLiteral("s"), 5);
    auto all = [&] {
        return QList<BenchFigure>{exportXlsx, exportCsv, importCsv, floor,
                                  ratio,      sqlCopy,   importXlsx};
    };
    auto failAll = [&](const QString &why) {
        QList<BenchFigure> out = all();
        for (BenchFigure &f : out) {
            if (!f.produced)
                f.note = why;
        }
        return out;
    };
    BenchSpreadsheetIo *io = m_context.spreadsheets;
    if (!io || !io->unavailableReason().isEmpty())
        return failAll(io ? io->unavailableReason() : tr("no spreadsheet import and export"));

    // Exactly `rows` residents: the whole ledger when it is that small, else a demo ledger of
    // that many made beside it (exports take a scope, not a row count).
    QString source = m_context.ledgerPath;
    if (rows < m_context.residents) {
        source = QDir(m_context.workDir).filePath(QStringLiteral("demo-%1.sqlite").arg(rows));
        if (!QFileInfo::exists(source)) {
            progress(tr("Generating a demo ledger of %1 residents to export").arg(count));
            QProcess demo;
            demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            demo.start(m_context.cliPath, {QStringLiteral("demo"), QStringLiteral("--out"), source,
                                           QStringLiteral("--residents"), QString::number(rows),
                                           QStringLiteral("--seed"), QStringLiteral("2027")});
            if (!demo.waitForFinished(-1) || demo.exitCode() != 0)
                return failAll(tr("gridbook-cli demo failed (exit code %1)").arg(demo.exitCode()));
            settleWrites();
        }
    }
    auto db = Database::open(source, {.create = false, .readOnly = true, .migrate = false});
    if (!db)
        return failAll(db.error().message);
    SilentFeedback quiet;
    const QDir work(m_context.workDir);
    const QString csv = work.filePath(QStringLiteral("residents-%1.csv").arg(rows));
    const QString xlsx = work.filePath(QStringLiteral("residents-%1.xlsx").arg(rows));

    // Export, K times each; the last file of each is what the imports read.
    for (auto [format, path, target] :
         {std::tuple{Format::Xlsx, xlsx, &exportXlsx}, std::tuple{Format::Csv, csv, &exportCsv}}) {
        QList<double> times;
        for (int run = 0; run < m_context.runs; ++run) {
            progress(tr("Exporting %1 residents").arg(count));
            settleWrites(); // every run starts with the previous runs' files on disk
            QElapsedTimer timer;
            timer.start();
            const auto written = io->exportResidents((*db)->connection(), format, path, quiet);
            const double seconds = msSince(timer) / 1000.0;
            if (!written) {
                target->note = written.error().message;
                break;
            }
            if (*written != rows) {
                target->note =
                    tr("%1 rows were written, not %2").arg(locale.toString(*written), count);
                break;
            }
            times << seconds;
        }
        if (target->note.isEmpty())
            summarise(times, *target);
    }
    db->reset();
    if (!exportCsv.produced || !exportXlsx.produced)
        return failAll(tr("the export above failed"));

    // Import, each run into a new, empty ledger file.
    for (auto [format, path, target] :
         {std::tuple{Format::Csv, csv, &importCsv}, std::tuple{Format::Xlsx, xlsx, &importXlsx}}) {
        QList<double> times;
        for (int run = 0; run < m_context.runs; ++run) {
            progress(tr("Importing %1 rows").arg(count));
            const QString ledger = work.filePath(QStringLiteral("import-%1.sqlite").arg(run));
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(ledger + QString::fromLatin1(suffix));
            auto target_db = Database::open(ledger);
            if (!target_db) {
                target->note = target_db.error().message;
                break;
            }
            settleWrites();
            QElapsedTimer timer;
            timer.start();
            const auto imported =
                io->importResidents((*target_db)->connection(), path, format, quiet);
            const double seconds = msSince(timer) / 1000.0;
            if (!imported) {
                target->note = imported.error().message;
                break;
            }
            if (*imported != rows) {
                target->note =
                    tr("%1 of %2 rows were imported").arg(locale.toString(*imported), count);
                break;
            }
            times << seconds;
        }
        if (target->note.isEmpty())
            summarise(times, *target);
    }

    // The floor: the sqlite3 tool reads the same CSV into a plain table of text columns.
    if (m_context.sqlite3Path.isEmpty()) {
        floor.note = tr("the sqlite3 command-line tool is not installed (apt install sqlite3)");
    } else {
        QList<double> times;
        for (int run = 0; run < m_context.runs; ++run) {
            progress(tr("sqlite3 .import of the same file"));
            const QString plain = work.filePath(QStringLiteral("floor-%1.sqlite").arg(run));
            QFile::remove(plain);
            QProcess sqlite;
            sqlite.setProcessChannelMode(QProcess::MergedChannels);
            settleWrites();
            QElapsedTimer timer;
            timer.start();
            sqlite.start(m_context.sqlite3Path, {plain});
            sqlite.write(QStringLiteral(".mode csv\n.import '%1' resident\n")
                             .arg(QString(csv).replace(QLatin1Char('\''), QStringLiteral("''")))
                             .toUtf8());
            sqlite.closeWriteChannel();
            if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
                floor.note =
                    tr("sqlite3 failed: %1").arg(QString::fromUtf8(sqlite.readAll()).trimmed());
                break;
            }
            times << msSince(timer) / 1000.0;
        }
        if (floor.note.isEmpty())
            summarise(times, floor);
    }
    if (importCsv.produced && floor.produced && floor.median > 0) {
        summarise({importCsv.median / floor.median}, ratio);
        ratio.worst = importCsv.worst / floor.median;
        ratio.note = tr("median of ours over median of sqlite3; worst: our worst over it");
    } else {
        ratio.note = !importCsv.produced ? importCsv.note : floor.note;
    }

    // What the rows cost in Gridbook's own tables, indexes and triggers with nothing read or
    // checked: the imported rows copied by SQL into an empty ledger the way the import writes
    // them. The least any import into this schema can take, beside the floor's plain table.
    const QString imported = work.filePath(QStringLiteral("import-0.sqlite"));
    if (!importCsv.produced && !importXlsx.produced) {
        sqlCopy.note = importCsv.note;
    } else {
        QList<double> times;
        for (int run = 0; run < m_context.runs && sqlCopy.note.isEmpty(); ++run) {
            progress(tr("The same rows by SQL alone"));
            const QString ledger = work.filePath(QStringLiteral("sql-copy-%1.sqlite").arg(run));
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(ledger + QString::fromLatin1(suffix));
            auto db = Database::open(ledger);
            if (!db) {
                sqlCopy.note = db.error().message;
                break;
            }
            settleWrites();
            QElapsedTimer timer;
            timer.start();
            if (const QString error = copyRowsBySql((*db)->connection(), imported);
                !error.isEmpty()) {
                sqlCopy.note = error;
                break;
            }
            times << msSince(timer) / 1000.0;
        }
        if (sqlCopy.note.isEmpty()) {
            summarise(times, sqlCopy);
            if (floor.produced && floor.median > 0)
                sqlCopy.note = tr("%1 × the sqlite3 floor: the least an import into these tables "
                                  "and indexes can take, with nothing read or checked")
                                   .arg(locale.toString(sqlCopy.median / floor.median, 'f', 2));
        }
    }
    return all();
}

QString Benchmark::copyRowsBySql(const QSqlDatabase &db, const QString &source)
{
    // As the import writes a big file into an empty ledger: rollback journal, foreign keys
    // checked once at the end, plain indexes of resident and resident_care built after their
    // rows, in one transaction.
    BulkJournal journal(db);
    QSqlQuery q(db);
    auto run = [&q](const QString &sql) {
        return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" (") + sql + u')';
    };
    if (QString e = run(QStringLiteral("PRAGMA foreign_keys = 0")); !e.isEmpty())
        return e;
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS source"));
    q.addBindValue(source);
    if (!q.exec())
        return q.lastError().text();
    const QStringList &tables = ResidentImporter::writtenTables();
    QString error = run(QStringLiteral("BEGIN"));
    std::vector<std::unique_ptr<DeferredIndexes>> deferred;
    for (const QString &table : tables) {
        if (!error.isEmpty())
            break;
        QStringList columns;
        if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
            while (q.next())
                columns << u'"' + q.value(0).toString() + u'"';
        }
        q.finish();
        if (table.startsWith(QLatin1String("resident"))) {
            auto indexes = std::make_unique<DeferredIndexes>(db, table);
            if (Status s = indexes->drop(); !s) {
                error = s.error().message;
                break;
            }
            deferred.push_back(std::move(indexes));
        }
        // WHERE keeps SQLite from copying the records as they are (its transfer
        // optimisation), which no import could do.
        const QString list = columns.join(u',');
        error = run(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM source.%1 WHERE 1")
                        .arg(table, list));
    }
    if (error.isEmpty())
        error = run(QStringLiteral("PRAGMA temp_store = 1"));
    if (error.isEmpty())
        error = run(QStringLiteral("PRAGMA cache_size = -1024"));
    for (const auto &indexes : deferred) {
        if (!error.isEmpty())
            break;
        if (Status s = indexes->restore(); !s)
            error = s.error().message;
    }
    for (const QString &table : tables) {
        if (!error.isEmpty())
            break;
        error = run(QStringLiteral("PRAGMA main.foreign_key_check(%1)").arg(table));
        if (error.isEmpty() && q.next())
            error = tr("the copy left a reference to nowhere in %1").arg(table);
        q.finish();
    }
    if (error.isEmpty())
        error = run(QStringLiteral("COMMIT"));
    else
        (void)q.exec(QStringLiteral("ROLLBACK"));
    (void)q.exec(QStringLiteral("DETACH DATABASE source"));
    (void)q.exec(QStringLiteral("PRAGMA foreign_keys = 1"));
    return error;
}

// ---------------------------------------------------------------- roster

QList<BenchFigure> Benchmark::measureRoster()
{
    const QLocale locale;
    const int wanted = rosterResidents(m_context.residents);
    BenchFigure f = figure(QStringLiteral("roster_pdf"),
                           tr("roster of %1 residents to PDF").arg(locale.toString(wanted)),
                           QStringLiteral("s"), 10);
    auto db = Database::open(m_context.ledgerPath, {.create = false, .migrate = false});
    if (!db) {
        f.note = db.error().message;
        return {f};
    }
    const QSqlDatabase connection = (*db)->connection();
    // Whole compounds of the first community, until they hold `wanted` residents; a small
    // ledger is printed whole.
    ReportRequest request;
    request.kind = ReportRequest::Kind::Roster;
    qint64 residents = 0;
    if (wanted < m_context.residents) {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral(
                "SELECT b.compound_id, count(*) FROM resident r "
                "JOIN household h ON h.id = r.household_id "
                "JOIN dwelling d ON d.id = h.dwelling_id "
                "JOIN building b ON b.id = d.building_id "
                "WHERE r.archived_at IS NULL AND h.archived_at IS NULL AND b.compound_id IN "
                "(SELECT id FROM compound WHERE archived_at IS NULL AND community_id = "
                "(SELECT min(id) FROM community)) "
                "GROUP BY b.compound_id ORDER BY b.compound_id"))) {
            f.note = sqlFailure(q);
            return {f};
        }
        while (residents < wanted && q.next()) {
            auto scope = ReportScope::fromId(connection, ReportScope::Kind::Compound,
                                             q.value(0).toLongLong());
            if (!scope) {
                f.note = scope.error().message;
                return {f};
            }
            request.roster.scopes << *scope;
            residents += q.value(1).toLongLong();
        }
    } else {
        residents = m_context.residents;
    }
    RenderOptions options;
    options.askAbovePages = 0;
    SilentFeedback quiet;
    const QString pdf = QDir(m_context.workDir).filePath(QStringLiteral("roster.pdf"));
    QList<double> times;
    int pages = 0;
    for (int run = 0; run < m_context.runs; ++run) {
        progress(tr("Printing a roster of %1 residents").arg(locale.toString(residents)));
        QElapsedTimer timer;
        timer.start();
        const auto written = ReportExporter::writePdf(connection, request, pdf, quiet, options);
        if (!written) {
            f.note = written.error().message;
            return {f};
        }
        times << msSince(timer) / 1000.0;
        pages = written->pages;
    }
    summarise(times, f);
    f.note = request.roster.scopes.isEmpty() ? tr("the whole ledger, %1 pages").arg(pages)
                                             : tr("%1 residents in %2 compounds, %3 pages")
                                                   .arg(locale.toString(residents))
                                                   .arg(request.roster.scopes.size())
                                                   .arg(pages);
    return {f};
}

// ---------------------------------------------------------------- statistics and output

double Benchmark::peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    return vmHwmKb(status.readAll()) / 1024.0;
}

void Benchmark::summarise(QList<double> samples, BenchFigure &figure)
{
    if (samples.isEmpty())
        return;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    figure.samples = int(n);
    figure.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    // Nearest rank: the smallest sample at or above 95 % of them.
    figure.p95 =
        samples[std::clamp<qsizetype>(qsizetype(std::ceil(0.95 * double(n))) - 1, 0, n - 1)];
    figure.worst = samples.last();
    figure.produced = true;
}

bool Benchmark::allPass(const QList<BenchFigure> &figures)
{
    return std::all_of(figures.begin(), figures.end(),
                       [](const BenchFigure &f) { return f.skipped || f.pass(); });
}

namespace {

QString number(double v, const QString &unit)
{
    const QLocale locale;
    const int decimals = unit == QLatin1String("MB")   ? 0
                         : unit == QLatin1String("ms") ? (v < 100 ? 1 : 0)
                                                       : 2;
    return locale.toString(v, 'f', decimals) + QLatin1Char(' ') + unit;
}

QString judgedName(BenchFigure::Judged judged)
{
    switch (judged) {
    case BenchFigure::Judged::Worst:
        return QStringLiteral("worst");
    case BenchFigure::Judged::P95:
        return QStringLiteral("p95");
    case BenchFigure::Judged::Median:
        return QStringLiteral("median");
    }
    return {};
}

} // namespace

QString Benchmark::toText(const QList<BenchFigure> &figures)
{
    QString out;
    // Negative: left-aligned.
    const QList<int> widths{-48, 11, 11, 11, -20, -6};
    auto row = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += TextColumns::pad(cells[i], qAbs(widths[i]), widths[i] > 0) + QLatin1Char(' ');
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        out += QLatin1Char('\n');
    };
    auto judgedText = [](BenchFigure::Judged j) {
        switch (j) {
        case BenchFigure::Judged::Worst:
            return tr("worst");
        case BenchFigure::Judged::P95:
            return tr("p95");
        case BenchFigure::Judged::Median:
            return tr("median");
        }
        return QString();
    };
    row({tr("measure"), tr("median"), tr("p95"), tr("worst"), tr("target"), tr("result")});
    for (const BenchFigure &f : figures) {
        const QString target =
            f.hasTarget()
                ? QStringLiteral("≤ %1 (%2)").arg(number(f.target, f.unit), judgedText(f.judged))
                : tr("(for comparison)");
        if (f.produced) {
            row({f.label, number(f.median, f.unit),
                 f.samples > 1 ? number(f.p95, f.unit) : QString(),
                 f.samples > 1 ? number(f.worst, f.unit) : QString(), target,
                 f.hasTarget() ? (f.pass() ? tr("PASS") : tr("FAIL")) : QString()});
        } else {
            row({f.label, f.skipped ? tr("skipped") : tr("not produced"), QString(), QString(),
                 target, f.skipped ? QString() : tr("FAIL")});
        }
        if (!f.note.isEmpty())
            out += QStringLiteral("    ") + f.note + QLatin1Char('\n');
    }
    return out;
}

QJsonObject Benchmark::toJson(const QList<BenchFigure> &figures, const BenchContext &context)
{
    QJsonArray list;
    for (const BenchFigure &f : figures) {
        QJsonObject o{{QStringLiteral("key"), f.key},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("produced"), f.produced},
                      {QStringLiteral("skipped"), f.skipped},
                      {QStringLiteral("samples"), f.samples},
                      {QStringLiteral("judged"), judgedName(f.judged)},
                      {QStringLiteral("pass"), f.pass()},
                      {QStringLiteral("note"), f.note}};
        if (f.produced) {
            o.insert(QStringLiteral("median"), f.median);
            o.insert(QStringLiteral("p95"), f.p95);
            o.insert(QStringLiteral("worst"), f.worst);
        }
        if (f.hasTarget())
            o.insert(QStringLiteral("target"), f.target);
        list.append(o);
    }
    return QJsonObject{
        {QStringLiteral("residents"), context.residents},
        {QStringLiteral("runs"), context.runs},
        {QStringLiteral("ledger"), context.ledgerPath},
        {QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("all_pass"), allPass(figures)},
        {QStringLiteral("figures"), list}};
}

} // namespace gridbook
