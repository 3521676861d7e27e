// SPDX-License-Identifier: MIT
#include "io/TableExporter.h"

#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"
#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcExport, "gridbook.io.export", QtWarningMsg)

namespace gridbook {

namespace {

using Kind = ExportColumn::Kind;

/** Rows between progress reports and cancel checks. */
constexpr int kProgressEvery = 2048;
/** Rows of each sheet looked at to size its columns. */
constexpr int kWidthSampleRows = 500;

struct StatementDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

/** Terminal-style width of UTF-8 text without decoding it: CJK (3-byte lead E3-E9, EA-ED
 *  and 4-byte) count two columns, everything else one. Only used to size columns. */
int approxWidth(const char *s, int n)
{
    int width = 0;
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80)
            ++width;
        else if (c >= 0xE2 && c < 0xF0)
            width += 2, i += 2;
        else if (c >= 0xF0)
            width += 2, i += 3;
        else if (c >= 0xC0)
            ++width, ++i;
    }
    return width;
}

int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/** "yyyy-MM-dd" at the start of `s`; an invalid date otherwise. */
QDate isoDate(const char *s, int n)
{
    if (n < 10 || s[4] != '-' || s[7] != '-')
        return {};
    return QDate(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2));
}

/** Excel serial of "yyyy-MM-ddTHH:mm[:ss...]"; 0 if unreadable. */
double isoDateTimeSerial(const char *s, int n)
{
    const QDate date = isoDate(s, n);
    if (!date.isValid() || date.year() < 1900)
        return 0;
    double serial = XlsxWriter::excelSerial(date);
    if (n >= 16 && (s[10] == 'T' || s[10] == ' ') && s[13] == ':') {
        const int h = digits(s + 11, 2);
        const int m = digits(s + 14, 2);
        if (h >= 0 && m >= 0)
            serial += (h * 60 + m) / 1440.0;
    }
    return serial;
}

/** Masks for a non-full export, as printed rosters do. */
QString masked(Kind kind, const char *s, int n)
{
    const QString value = QString::fromUtf8(s, n);
    return kind == Kind::IdNumber ? ResidentId::mask(value) : PhoneNumber::mask(value);
}

bool needsExcelGuard(Kind kind, const char *s, int n)
{
    if (kind != Kind::IdNumber && kind != Kind::Phone && kind != Kind::Code)
        return false;
    if (n < 2)
        return false;
    for (int i = 0; i < n; ++i) {
        const char c = s[i];
        if (!((c >= '0' && c <= '9') || (i == n - 1 && (c == 'X' || c == 'x'))))
            return false;
    }
    return n >= 11 || s[0] == '0';
}

void appendCsvField(QByteArray &out, const char *s, int n)
{
    bool quote = false;
    for (int i = 0; i < n && !quote; ++i)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        out.append(s, n);
        return;
    }
    out.append('"');
    for (int i = 0; i < n; ++i) {
        if (s[i] == '"')
            out.append('"');
        out.append(s[i]);
    }
    out.append('"');
}

/** The text written for one stored value in CSV (and for mapped and masked XLSX cells). */
QByteArray displayText(Kind kind, const char *s, int n, bool full)
{
    switch (kind) {
    case Kind::IdNumber:
    case Kind::Phone:
        return full ? QByteArray(s, n) : masked(kind, s, n).toUtf8();
    case Kind::YesNo:
    case Kind::Membership:
    case Kind::State:
        return ExportTables::mappedValue(kind, QString::fromUtf8(s, n)).toUtf8();
    case Kind::DateTime: {
        QByteArray t(s, std::min(n, 16));
        if (t.size() > 10 && t[10] == 'T')
            t[10] = ' ';
        return t;
    }
    case Kind::Number: {
        // total() gives 12.0; write 12 and 12.5 as people write them.
        const double v = QByteArray(s, n).toDouble();
        return QByteArray::number(v, 'g', 12);
    }
    default:
        return QByteArray(s, n);
    }
}

/** One cell as the workbook gets it, made ready on the reading thread. */
struct PreparedCell {
    enum class Type : quint8 { Blank, Number, Date, DateTime, Text };
    Type type = Type::Blank;
    XlsxWriter::Style style = XlsxWriter::Style::General;
    int width = 0;       ///< approximate display width, for sizing the column
    double number = 0;   ///< Number; the serial of a DateTime; the Julian day of a Date
    qsizetype begin = 0; ///< Text: its NUL-terminated bytes in RowBatch::text
    int size = 0;
};

/** Rows of the export query, ready to be written. */
struct RowBatch {
    int rows = 0;
    std::vector<PreparedCell> cells; ///< columns × rows
    QByteArray text;
    /** Sheet per grid: each row's small grid (0: none), and where the grid changes from the
     *  row before, the grid's and its community's names. */
    std::vector<qint64> grids;
    std::vector<std::pair<QString, QString>> gridNames;
};

/**
 * Runs an export query on a thread of its own, a few batches ahead of the workbook writer.
 * libxlsxwriter formats and compresses on the calling thread; reading and preparing the rows
 * beside it rather than between its calls takes the query's time (a third of a large export)
 * off the wall clock. The reader uses the connection alone while it runs: the writer does not
 * touch the database until next() has returned the end or the reader is destroyed.
 */
class RowReader {
public:
    RowReader(sqlite3_stmt *statement, const QList<ExportColumn> &columns, bool full, bool byGrid)
        : m_statement(statement), m_columns(columns), m_full(full), m_byGrid(byGrid)
    {
        m_thread = std::thread([this] { read(); });
    }

    ~RowReader()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /** The next batch; null once every row was read or the query failed (see resultCode()). */
    std::unique_ptr<RowBatch> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return {};
        auto batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }

    /** Hands a written batch back, so that its memory is filled again rather than freed and
     *  allocated anew for every 512 rows. */
    void recycle(std::unique_ptr<RowBatch> batch)
    {
        batch->rows = 0;
        batch->cells.clear();
        batch->text.resize(0); // keeps the capacity (clear() would free it)
        batch->grids.clear();
        batch->gridNames.clear();
        const std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }

    /** SQLITE_DONE, or the query's error code once next() has returned null. */
    int resultCode() const { return m_resultCode; }

private:
    static constexpr int kBatchRows = 512;
    static constexpr std::size_t kBatchesAhead = 4;

    void read()
    {
        const int n = int(m_columns.size());
        qint64 lastGrid = -1;
        int rc = SQLITE_ROW;
        QElapsedTimer clock;
        clock.start();
        bool first = true;
        while (rc == SQLITE_ROW) {
            auto batch = reusedBatch();
            batch->cells.reserve(std::size_t(kBatchRows) * std::size_t(n));
            batch->text.reserve(kBatchRows * 256);
            while (batch->rows < kBatchRows && (rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
                for (int c = 0; c < n; ++c)
                    batch->cells.push_back(prepare(c, batch->text));
                if (m_byGrid) {
                    const qint64 grid = sqlite3_column_type(m_statement, n) == SQLITE_NULL
                                            ? 0
                                            : sqlite3_column_int64(m_statement, n);
                    batch->grids.push_back(grid);
                    if (grid != lastGrid)
                        batch->gridNames.emplace_back(columnText(n + 1), columnText(n + 2));
                    else
                        batch->gridNames.emplace_back();
                    lastGrid = grid;
                }
                ++batch->rows;
            }
            if (first) {
                // How long the writer waits before it has anything to write.
                qCDebug(lcExport) << "first rows read after" << clock.elapsed() << "ms";
                first = false;
            }
            std::unique_lock lock(m_mutex);
            if (batch->rows > 0) {
                m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stop; });
                m_ready.push_back(std::move(batch));
            }
            if (m_stop)
                break;
            m_changed.notify_all();
        }
        qCDebug(lcExport) << "all rows read after" << clock.elapsed() << "ms";
        const std::lock_guard lock(m_mutex);
        m_resultCode = rc == SQLITE_ROW ? SQLITE_DONE : rc;
        m_finished = true;
        m_changed.notify_all();
    }

    std::unique_ptr<RowBatch> reusedBatch()
    {
        const std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return std::make_unique<RowBatch>();
        auto batch = std::move(m_spare.back());
        m_spare.pop_back();
        return batch;
    }

    QString columnText(int c) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c)),
            sqlite3_column_bytes(m_statement, c));
    }

    PreparedCell text(QByteArray &store, const char *s, int n, XlsxWriter::Style style) const
    {
        PreparedCell cell;
        cell.type = PreparedCell::Type::Text;
        cell.style = style;
        cell.begin = store.size();
        cell.size = n;
        cell.width = approxWidth(s, n);
        store.append(s, n);
        store.append('\0');
        return cell;
    }

    PreparedCell prepare(int c, QByteArray &store) const
    {
        sqlite3_stmt *st = m_statement;
        PreparedCell cell;
        if (sqlite3_column_type(st, c) == SQLITE_NULL)
            return cell;
        const Kind kind = m_columns[c].kind;
        if (kind == Kind::Integer || kind == Kind::Number) {
            cell.type = PreparedCell::Type::Number;
            cell.number = sqlite3_column_double(st, c);
            cell.width = 8;
            return cell;
        }
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
        const int bytes = sqlite3_column_bytes(st, c);
        if (kind == Kind::Date) {
            const QDate d = isoDate(t, bytes);
            if (!d.isValid())
                return text(store, t, bytes, XlsxWriter::Style::General);
            cell.type = PreparedCell::Type::Date;
            cell.number = double(d.toJulianDay());
            return cell;
        }
        if (kind == Kind::DateTime) {
            const double serial = isoDateTimeSerial(t, bytes);
            if (serial <= 0)
                return text(store, t, bytes, XlsxWriter::Style::General);
            cell.type = PreparedCell::Type::DateTime;
            cell.number = serial;
            return cell;
        }
        const bool textStyle = kind == Kind::IdNumber || kind == Kind::Phone || kind == Kind::Code;
        const auto style = textStyle ? XlsxWriter::Style::Text : XlsxWriter::Style::General;
        if (kind == Kind::Text || kind == Kind::Code ||
            ((kind == Kind::IdNumber || kind == Kind::Phone) && m_full))
            return text(store, t, bytes, style);
        const QByteArray shown = displayText(kind, t, bytes, m_full);
        return text(store, shown.constData(), int(shown.size()), style);
    }

    sqlite3_stmt *m_statement;
    const QList<ExportColumn> &m_columns;
    const bool m_full;
    const bool m_byGrid;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_ready;
    std::vector<std::unique_ptr<RowBatch>> m_spare;
    bool m_stop = false;
    bool m_finished = false;
    int m_resultCode = SQLITE_DONE;
};

class Run {
public:
    Run(sqlite3 *db, const ExportOptions &options, Feedback &feedback)
        : m_db(db), m_options(options), m_feedback(feedback)
    {
    }

    Result<ExportSummary> exec();

private:
    Result<Statement> prepare(const QString &sql) const;
    Status exportXlsx();
    Status exportCsv();
    Status sqlError(const QString &operation) const;
    Result<qint64> fillOrder(int index);
    bool cancelled();
    void finishSheet(XlsxWriter &xlsx, const QList<ExportColumn> &columns, qint64 rows);

    sqlite3 *m_db;
    const ExportOptions &m_options;
    Feedback &m_feedback;
    ExportSummary m_summary;
    qint64 m_total = 0;
    qint64 m_done = 0;
    std::vector<int> m_widths;
    /** Per table of the options: the query reading its rows in export order. */
    QStringList m_rowQueries;
};

/** The temporary table holding the export order of the options' table `index`. */
QString orderTable(int index)
{
    return QStringLiteral("export_order_%1").arg(index);
}

Status Run::sqlError(const QString &operation) const
{
    return SqlErrors::fromCode(sqlite3_extended_errcode(m_db),
                               QString::fromUtf8(sqlite3_errmsg(m_db)), operation, QString());
}

/** Puts the records of the options' table `index`, in export order, into its temporary table
 *  and returns how many there are. (The temporary database is writable even when the ledger
 *  is opened read-only, and writing it takes no lock on the ledger.) */
Result<qint64> Run::fillOrder(int index)
{
    const ExportTable table = m_options.tables[index];
    const QString name = orderTable(index);
    const QByteArray create =
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 "
                       "(pos INTEGER PRIMARY KEY, record_id INTEGER NOT NULL); "
                       "DELETE FROM temp.%1")
            .arg(name)
            .toUtf8();
    if (sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(QStringLiteral("prepare export order")).error();
    const bool byGrid = m_options.format == ExportFormat::Xlsx && m_options.sheetPerGrid;
    const ExportTables::OrderedQuery query =
        ExportTables::orderedSql(table, m_options.scope, m_options.full, byGrid, name);
    auto fill = prepare(query.fillOrder);
    if (!fill)
        return fill.error();
    if (sqlite3_step(fill->get()) != SQLITE_DONE)
        return sqlError(QStringLiteral("sort export rows")).error();
    m_rowQueries << query.rows;
    return qint64(sqlite3_changes(m_db));
}

Result<Statement> Run::prepare(const QString &sql) const
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return SqlErrors::fromCode(sqlite3_extended_errcode(m_db),
                                   QString::fromUtf8(sqlite3_errmsg(m_db)),
                                   QStringLiteral("prepare export query"), sql);
    }
    return Statement(s);
}

bool Run::cancelled()
{
    m_feedback.progress(QString(), m_done, m_total);
    return m_feedback.cancelled();
}

void Run::finishSheet(XlsxWriter &xlsx, const QList<ExportColumn> &columns, qint64 rows)
{
    for (int c = 0; c < columns.size(); ++c) {
        const Kind kind = columns[c].kind;
        double width = std::clamp(m_widths[std::size_t(c)] * 1.1 + 2.0, 6.0, 50.0);
        if (kind == Kind::Date)
            width = std::max(width, 12.0);
        else if (kind == Kind::DateTime)
            width = std::max(width, 17.0);
        else if (kind == Kind::IdNumber)
            width = std::max(width, 21.0);
        // Text-like columns get the "@" format for the whole column, so that a value typed
        // into an empty cell later stays text too.
        const bool text = kind == Kind::IdNumber || kind == Kind::Phone || kind == Kind::Code;
        xlsx.setColumnWidth(c, width, text ? XlsxWriter::Style::Text : XlsxWriter::Style::General);
    }
    xlsx.setAutoFilter(int(rows), int(columns.size()));
}

Status Run::exportXlsx()
{
    XlsxWriter xlsx(m_options.path);
    if (!xlsx.ok())
        return xlsx.status();
    bool multiCommunity = false;
    if (m_options.sheetPerGrid) {
        auto s =
            prepare(QStringLiteral("SELECT count(*) FROM community WHERE archived_at IS NULL"));
        if (!s)
            return s.error();
        multiCommunity =
            sqlite3_step(s->get()) == SQLITE_ROW && sqlite3_column_int(s->get(), 0) > 1;
    }
    for (int t = 0; t < m_options.tables.size(); ++t) {
        const ExportTable table = m_options.tables[t];
        const QList<ExportColumn> &columns = ExportTables::columns(table);
        const QStringList headers = ExportTables::headers(table);
        const int n = int(columns.size());
        m_feedback.progress(TableExporter::tr("Exporting %1").arg(ExportTables::title(table)),
                            m_done, m_total);
        auto statement = prepare(m_rowQueries[t]);
        if (!statement)
            return statement.error();
        sqlite3_stmt *st = statement->get();

        qint64 tableRows = 0;
        int row = 0; // within the current sheet; 0 is the header
        bool sheetOpen = false;
        qint64 currentGrid = -1;
        auto openSheet = [&](const QString &name) -> Status {
            if (sheetOpen)
                finishSheet(xlsx, columns, row);
            if (Status s = xlsx.addSheet(name); !s)
                return s;
            ++m_summary.sheets;
            if (Status s = xlsx.writeHeader(headers); !s)
                return s;
            m_widths.assign(std::size_t(n), 0);
            for (int c = 0; c < n; ++c)
                m_widths[std::size_t(c)] =
                    approxWidth(headers[c].toUtf8().constData(), int(headers[c].toUtf8().size()));
            sheetOpen = true;
            row = 0;
            return {};
        };
        if (!m_options.sheetPerGrid) {
            if (Status s = openSheet(ExportTables::title(table)); !s)
                return s;
        }

        std::optional<RowReader> reader;
        reader.emplace(st, columns, m_options.full, m_options.sheetPerGrid);
        while (auto batch = reader->next()) {
            for (int r = 0; r < batch->rows; ++r) {
                if (m_options.sheetPerGrid) {
                    const qint64 grid = batch->grids[std::size_t(r)];
                    if (grid != currentGrid || !sheetOpen) {
                        currentGrid = grid;
                        const auto &[gridName, communityName] = batch->gridNames[std::size_t(r)];
                        QString name = grid == 0 ? TableExporter::tr("No grid") : gridName;
                        if (grid != 0 && multiCommunity)
                            name = communityName + u' ' + name;
                        if (m_options.tables.size() > 1)
                            name = ExportTables::title(table) + u' ' + name;
                        if (Status s = openSheet(name); !s)
                            return s;
                    }
                }
                ++row;
                const bool sample = row <= kWidthSampleRows;
                const PreparedCell *cells = batch->cells.data() + std::size_t(r) * std::size_t(n);
                for (int c = 0; c < n; ++c) {
                    const PreparedCell &cell = cells[c];
                    switch (cell.type) {
                    case PreparedCell::Type::Blank:
                        continue;
                    case PreparedCell::Type::Number:
                        xlsx.writeNumber(row, c, cell.number);
                        break;
                    case PreparedCell::Type::Date:
                        xlsx.writeDate(row, c, QDate::fromJulianDay(qint64(cell.number)));
                        break;
                    case PreparedCell::Type::DateTime:
                        xlsx.writeDateTime(row, c, cell.number);
                        break;
                    case PreparedCell::Type::Text:
                        xlsx.writeText(row, c, batch->text.constData() + cell.begin, cell.size,
                                       cell.style);
                        break;
                    }
                    if (sample)
                        m_widths[std::size_t(c)] = std::max(m_widths[std::size_t(c)], cell.width);
                }
                ++tableRows;
                if ((++m_done % kProgressEvery) == 0) {
                    if (!xlsx.ok())
                        return xlsx.status();
                    if (cancelled())
                        return Error{TableExporter::tr("Export cancelled; no file was written."),
                                     QStringLiteral("export"),
                                     {},
                                     {},
                                     {}};
                }
            }
            reader->recycle(std::move(batch));
        }
        const int rc = reader->resultCode();
        reader.reset(); // the connection is this thread's again
        if (rc != SQLITE_DONE)
            return sqlError(QStringLiteral("read export rows"));
        if (m_options.sheetPerGrid && !sheetOpen) {
            // Nothing in scope: still one sheet with the header, so the file says so.
            if (Status s = openSheet(ExportTables::title(table)); !s)
                return s;
        }
        if (sheetOpen)
            finishSheet(xlsx, columns, row);
        m_summary.rows.append({table, tableRows});
    }
    m_feedback.progress(
        TableExporter::tr("Writing %1").arg(QDir::toNativeSeparators(m_options.path)), m_done,
        m_total);
    QElapsedTimer clock;
    clock.start();
    const Status closed = xlsx.close();
    qCDebug(lcExport) << "workbook written and compressed in" << clock.elapsed() << "ms";
    return closed;
}

Status Run::exportCsv()
{
    if (m_options.tables.size() != 1)
        return Error{
            TableExporter::tr("A CSV file holds one table; choose one, or export to XLSX."),
            QStringLiteral("export csv"),
            {},
            {},
            QStringLiteral("table")};
    const ExportTable table = m_options.tables.first();
    const QList<ExportColumn> &columns = ExportTables::columns(table);
    const int n = int(columns.size());
    QSaveFile file(m_options.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{TableExporter::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_options.path), file.errorString()),
                     QStringLiteral("export csv"),
                     file.errorString(),
                     {},
                     {}};
    const TextEncoding::Kind encoding = m_options.encoding;
    const bool utf8 =
        encoding == TextEncoding::Kind::Utf8 || encoding == TextEncoding::Kind::Utf8Bom;
    QStringEncoder encoder(encoding == TextEncoding::Kind::Gb18030 ? "GB18030" : "UTF-8");
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&]() -> Status {
        const QByteArray bytes =
            utf8 ? buffer : QByteArray(encoder.encode(QString::fromUtf8(buffer)));
        if (file.write(bytes) != bytes.size())
            return Error{TableExporter::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(m_options.path), file.errorString()),
                         QStringLiteral("export csv"),
                         file.errorString(),
                         {},
                         {}};
        buffer.clear();
        return {};
    };
    buffer += TextEncoding::bom(encoding);
    if (!utf8) {
        if (Status s = flush(); !s)
            return s;
    }
    const QStringList headers = ExportTables::headers(table);
    for (int c = 0; c < n; ++c) {
        if (c > 0)
            buffer.append(',');
        const QByteArray h = headers[c].toUtf8();
        appendCsvField(buffer, h.constData(), int(h.size()));
    }
    buffer.append("\r\n");

    auto statement = prepare(m_rowQueries.first());
    if (!statement)
        return statement.error();
    sqlite3_stmt *st = statement->get();
    m_feedback.progress(TableExporter::tr("Exporting %1").arg(ExportTables::title(table)), 0,
                        m_total);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < n; ++c) {
            if (c > 0)
                buffer.append(',');
            if (sqlite3_column_type(st, c) == SQLITE_NULL)
                continue;
            const Kind kind = columns[c].kind;
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
            const int bytes = sqlite3_column_bytes(st, c);
            if (kind == Kind::Text || kind == Kind::Code || kind == Kind::Date ||
                kind == Kind::Integer ||
                ((kind == Kind::IdNumber || kind == Kind::Phone) && m_options.full)) {
                if (m_options.excelSafeCsv && needsExcelGuard(kind, t, bytes))
                    buffer.append('\t');
                appendCsvField(buffer, t, bytes);
            } else {
                const QByteArray shown = displayText(kind, t, bytes, m_options.full);
                appendCsvField(buffer, shown.constData(), int(shown.size()));
            }
        }
        buffer.append("\r\n");
        ++rows;
        if (buffer.size() > (1 << 20)) {
            if (Status s = flush(); !s)
                return s;
        }
        if ((++m_done % kProgressEvery) == 0 && cancelled()) {
            file.cancelWriting();
            return Error{TableExporter::tr("Export cancelled; no file was written."),
                         QStringLiteral("export"),
                         {},
                         {},
                         {}};
        }
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("read export rows"));
    if (Status s = flush(); !s)
        return s;
    if (!file.commit())
        return Error{TableExporter::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_options.path), file.errorString()),
                     QStringLiteral("export csv"),
                     file.errorString(),
                     {},
                     {}};
    m_summary.rows.append({table, rows});
    m_summary.sheets = 1;
    return {};
}

Result<ExportSummary> Run::exec()
{
    if (m_options.tables.isEmpty())
        return Error{TableExporter::tr("Choose at least one table to export."),
                     QStringLiteral("export"),
                     {},
                     {},
                     QStringLiteral("table")};
    if (m_options.path.isEmpty())
        return Error{TableExporter::tr("Choose the file to export to."),
                     QStringLiteral("export"),
                     {},
                     {},
                     QStringLiteral("out")};
    if (m_options.format == ExportFormat::Csv && m_options.sheetPerGrid)
        return Error{TableExporter::tr("One sheet per grid needs the XLSX format."),
                     QStringLiteral("export"),
                     {},
                     {},
                     QStringLiteral("format")};

    // One read transaction: every table of the workbook from the same snapshot, and
    // nobody's write half-seen.
    const bool ownTransaction = sqlite3_get_autocommit(m_db) != 0;
    if (ownTransaction && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(QStringLiteral("begin export")).error();
    struct End {
        sqlite3 *db;
        bool own;
        qsizetype tables;
        ~End()
        {
            for (int i = 0; i < tables; ++i)
                sqlite3_exec(db,
                             (QStringLiteral("DROP TABLE IF EXISTS temp.") + orderTable(i))
                                 .toUtf8()
                                 .constData(),
                             nullptr, nullptr, nullptr);
            if (own)
                sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
    } end{m_db, ownTransaction, m_options.tables.size()};

    // Sorting each table's record ids counts them too, for the progress.
    m_feedback.progress(TableExporter::tr("Counting rows"), 0, 0);
    for (int t = 0; t < m_options.tables.size(); ++t) {
        auto c = fillOrder(t);
        if (!c)
            return c.error();
        m_total += *c;
    }
    const Status s = m_options.format == ExportFormat::Xlsx ? exportXlsx() : exportCsv();
    if (!s)
        return s.error();
    m_feedback.progress(QString(), m_total, m_total);
    qCDebug(lcExport) << "exported" << m_summary.totalRows() << "rows";
    return m_summary;
}

} // namespace

qint64 ExportSummary::totalRows() const
{
    qint64 n = 0;
    for (const auto &r : rows)
        n += r.second;
    return n;
}

TableExporter::TableExporter(QSqlDatabase db) : m_db(std::move(db)) {}

Result<ExportSummary> TableExporter::run(const ExportOptions &options, Feedback &feedback)
{
    sqlite3 *handle = SqliteHandle::of(m_db);
    if (!handle)
        return SqlErrors::notOpen(QStringLiteral("export"));
    Run run(handle, options, feedback);
    return run.exec();
}

} // namespace gridbook
