// SPDX-License-Identifier: MIT
#include "io/XlsxWriter.h"

#include "common/TextColumns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace gridbook {

namespace {

/** XML handed to the compressing thread at a time. */
constexpr qsizetype kChunk = 1 << 20;
/** Excel's longest text cell. */
constexpr int kMaxStringLength = 32767;

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ and no leading '. */
QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'_';
    }
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    return name.left(31);
}

void appendInt(QByteArray &out, qint64 n)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr - buf);
}

void appendDouble(QByteArray &out, double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest exact form
    out.append(buf, r.ptr - buf);
}

/** "A", "Z", "AA", ... for a zero-based column. */
void appendColumn(QByteArray &out, int column)
{
    char letters[4];
    int n = 0;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters[n++] = char('A' + (c - 1) % 26);
    while (n > 0)
        out.append(letters[--n]);
}

void appendRef(QByteArray &out, int row, int column)
{
    appendColumn(out, column);
    appendInt(out, row + 1);
}

/** Text as XML character data: & < > escaped, and the control characters XML cannot hold
 *  written the way Excel does (_x0001_). */
void appendEscaped(QByteArray &out, const char *s, qsizetype n, bool attribute = false)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const char *entity = nullptr;
        if (c == '&')
            entity = "&amp;";
        else if (c == '<')
            entity = "&lt;";
        else if (c == '>')
            entity = "&gt;";
        else if (c == '"' && attribute)
            entity = "&quot;";
        else if (c >= 0x20 || c == '\t' || c == '\n')
            continue;
        out.append(s + run, i - run);
        run = i + 1;
        if (entity) {
            out.append(entity);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "_x%04X_", unsigned(c));
            out.append(buf);
        }
    }
    out.append(s + run, n - run);
}

QByteArray escaped(const QString &text, bool attribute = false)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    appendEscaped(out, utf8.constData(), utf8.size(), attribute);
    return out;
}

int utf8Length(const char *s, int n)
{
    int count = 0;
    for (int i = 0; i < n; ++i)
        count += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return count;
}

/** A stored column width as Excel keeps it: character units plus its cell padding. */
double storedWidth(double width)
{
    const double maxDigit = 7;
    const double padding = 5;
    if (width <= 0)
        return 0;
    const double pixels = width < 1 ? std::floor(width * (maxDigit + padding) + 0.5)
                                    : std::floor(width * maxDigit + 0.5) + padding;
    return std::floor(pixels / maxDigit * 256.0) / 256.0;
}

int styleIndex(XlsxWriter::Style style)
{
    switch (style) {
    case XlsxWriter::Style::General:
        return 0;
    case XlsxWriter::Style::Header:
        return 1;
    case XlsxWriter::Style::Text:
        return 2;
    case XlsxWriter::Style::Date:
        return 3;
    case XlsxWriter::Style::DateTime:
        return 4;
    }
    return 0;
}

/** Raw deflate of a whole small part. */
QByteArray deflated(const QByteArray &data, int flush, int level = Z_DEFAULT_COMPRESSION)
{
    z_stream z{};
    deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size())) + 16), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, flush);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()),
                         uInt(data.size())));
}

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

} // namespace

// ---------------------------------------------------------------------------------- zip

/** The zip container: entries deflated, sizes known when each entry is written. */
class XlsxWriter::Zip {
public:
    explicit Zip(const QString &path) : m_file(path) {}

    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QString errorString() const { return m_error.isEmpty() ? m_file.errorString() : m_error; }

    /** A small part, compressed here. */
    bool add(const QByteArray &name, const QByteArray &data)
    {
        const QByteArray body = deflated(data, Z_FINISH);
        return begin(name, crcOf(data), body.size(), data.size()) && write(body);
    }

    /** A part compressed already: `head` then the rest from `tail`. */
    bool add(const QByteArray &name, quint32 crc, qint64 size, const QByteArray &head, QFile &tail)
    {
        if (!begin(name, crc, head.size() + tail.size(), size) || !write(head))
            return false;
        if (!tail.seek(0)) {
            m_error = tail.errorString();
            return false;
        }
        QByteArray buffer;
        while (!tail.atEnd()) {
            buffer = tail.read(kChunk);
            if (buffer.isEmpty() || !write(buffer)) {
                if (m_error.isEmpty())
                    m_error = tail.errorString();
                return false;
            }
        }
        return true;
    }

    bool finish()
    {
        const qint64 start = m_file.pos();
        QByteArray directory;
        for (const Entry &e : std::as_const(m_entries)) {
            put32(directory, 0x02014b50);
            put16(directory, 20); // made by
            put16(directory, 20); // needed
            put16(directory, 0);
            put16(directory, 8);
            put16(directory, 0);      // time
            put16(directory, 0x0021); // 1980-01-01, as Excel's own files
            put32(directory, e.crc);
            put32(directory, quint32(e.compressed));
            put32(directory, quint32(e.size));
            put16(directory, quint32(e.name.size()));
            put16(directory, 0);
            put16(directory, 0);
            put16(directory, 0);
            put16(directory, 0);
            put32(directory, 0);
            put32(directory, quint32(e.offset));
            directory += e.name;
        }
        QByteArray end;
        put32(end, 0x06054b50);
        put16(end, 0);
        put16(end, 0);
        put16(end, quint32(m_entries.size()));
        put16(end, quint32(m_entries.size()));
        put32(end, quint32(directory.size()));
        put32(end, quint32(start));
        put16(end, 0);
        if (start > 0xFFFFFFFFll) {
            m_error = QStringLiteral("larger than 4 GB, the limit of a zip without ZIP64");
            return false;
        }
        return write(directory) && write(end) && m_file.flush();
    }

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        qint64 compressed = 0;
        qint64 size = 0;
        qint64 offset = 0;
    };

    bool begin(const QByteArray &name, quint32 crc, qint64 compressed, qint64 size)
    {
        if (compressed > 0xFFFFFFFFll || size > 0xFFFFFFFFll || m_file.pos() > 0xFFFFFFFFll) {
            m_error = QStringLiteral("larger than 4 GB, the limit of a zip without ZIP64");
            return false;
        }
        m_entries.append({name, crc, compressed, size, m_file.pos()});
        QByteArray header;
        put32(header, 0x04034b50);
        put16(header, 20);
        put16(header, 0);
        put16(header, 8);
        put16(header, 0);
        put16(header, 0x0021);
        put32(header, crc);
        put32(header, quint32(compressed));
        put32(header, quint32(size));
        put16(header, quint32(name.size()));
        put16(header, 0);
        header += name;
        return write(header);
    }

    bool write(const QByteArray &data)
    {
        if (m_file.write(data) == data.size())
            return true;
        if (m_error.isEmpty())
            m_error = m_file.errorString();
        return false;
    }

    QFile m_file;
    QList<Entry> m_entries;
    QString m_error;
};

// ------------------------------------------------------------------------ sheet stream

/**
 * One sheet's rows: XML chunks compressed on a thread of their own into a temporary file, with
 * their CRC and size. The compressed data ends the zip entry; the sheet's head (columns,
 * frozen pane), known only once the rows are written, is compressed on its own and put before
 * it - a deflate stream may be made of pieces when all but the last end on a sync flush.
 */
class XlsxWriter::SheetStream {
public:
    explicit SheetStream(const QString &dir)
        : m_file(QDir(dir).filePath(QStringLiteral("gridbook-sheet-XXXXXX.part")))
    {
        m_buffer.reserve(kChunk + 4096);
        if (!m_file.open()) {
            m_error = m_file.errorString();
            return;
        }
        // A fast level: the XML repeats itself so much that level 1 still packs it about 7:1,
        // at twice the speed of the default.
        if (deflateInit2(&m_z, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            m_error = QStringLiteral("deflateInit2");
            return;
        }
        m_zReady = true;
        m_thread = std::thread([this] { compressLoop(); });
    }

    ~SheetStream()
    {
        if (m_thread.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_abandoned = true;
            }
            m_wake.notify_all();
            m_thread.join();
        }
        if (m_zReady)
            deflateEnd(&m_z);
    }

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

    QByteArray &buffer() { return m_buffer; }
    /** Hands the buffer over once it is big enough. */
    void flushIfFull()
    {
        if (m_buffer.size() >= kChunk)
            submit(false);
    }

    /** The last chunk; waits until everything is compressed. */
    bool finish()
    {
        if (!m_thread.joinable())
            return false;
        submit(true);
        m_thread.join();
        std::lock_guard lock(m_mutex);
        return m_error.isEmpty() && m_file.flush();
    }

    QFile &file() { return m_file; }
    quint32 crc() const { return m_crc; }
    qint64 size() const { return m_size; }

private:
    void submit(bool last)
    {
        std::unique_lock lock(m_mutex);
        // Two chunks in waiting at most: the XML is made faster than it is compressed.
        m_room.wait(lock, [this] { return m_queue.size() < 2; });
        m_queue.push_back({std::move(m_buffer), last});
        lock.unlock();
        m_wake.notify_one();
        m_buffer = QByteArray();
        m_buffer.reserve(kChunk + 4096);
    }

    void compressLoop()
    {
        QByteArray out(kChunk, Qt::Uninitialized);
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_abandoned; });
                if (m_queue.empty())
                    return; // abandoned
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_room.notify_one();
            bool failed;
            {
                std::lock_guard lock(m_mutex);
                failed = !m_error.isEmpty();
            }
            if (failed) {
                // Keep taking chunks, so that the writer never waits for room that never comes.
                if (chunk.last)
                    return;
                continue;
            }
            m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(chunk.data.constData()),
                                  uInt(chunk.data.size())));
            m_size += chunk.data.size();
            m_z.next_in = reinterpret_cast<Bytef *>(chunk.data.data());
            m_z.avail_in = uInt(chunk.data.size());
            const int flush = chunk.last ? Z_FINISH : Z_NO_FLUSH;
            int rc = Z_OK;
            do {
                m_z.next_out = reinterpret_cast<Bytef *>(out.data());
                m_z.avail_out = uInt(out.size());
                rc = deflate(&m_z, flush);
                const qint64 produced = out.size() - m_z.avail_out;
                if (produced > 0 && m_file.write(out.constData(), produced) != produced) {
                    std::lock_guard lock(m_mutex);
                    m_error = m_file.errorString();
                }
            } while (m_z.avail_out == 0 || (chunk.last && rc != Z_STREAM_END && rc == Z_OK));
            if (chunk.last)
                return;
        }
    }

    struct Chunk {
        QByteArray data;
        bool last = false;
    };

    QTemporaryFile m_file;
    QByteArray m_buffer;
    z_stream m_z{};
    bool m_zReady = false;
    quint32 m_crc = 0;
    qint64 m_size = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::deque<Chunk> m_queue;
    bool m_abandoned = false;
    QString m_error;
};

// ------------------------------------------------------------------------------ sheet

struct XlsxWriter::Sheet {
    QString name;
    int index = 0;
    int row = -1;        ///< the open row, -1 before the first
    int lastColumn = -1; ///< the last cell written in the open row
    int maxRow = -1;
    int maxColumn = -1;
    bool header = false;                           ///< a frozen, taller header row
    std::map<int, std::pair<double, int>> columns; ///< width and style per column
    QByteArray autoFilter;                         ///< "A1:Z1001", or empty
};

XlsxWriter::XlsxWriter(const QString &path) : m_path(path)
{
    // A temporary name in the target folder, so that the final rename cannot cross file systems.
    const QFileInfo target(path);
    QTemporaryFile temp(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        m_status =
            Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), temp.errorString()),
                  QStringLiteral("create workbook"),
                  temp.errorString(),
                  {},
                  {}};
        return;
    }
    m_tempPath = temp.fileName();
    temp.close();
    m_zip = std::make_unique<Zip>(m_tempPath);
    if (!m_zip->open())
        fail(QStringLiteral("create workbook"), m_zip->errorString());
}

XlsxWriter::~XlsxWriter()
{
    m_stream.reset(); // stops its thread, removes its temporary file
    m_zip.reset();
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
}

void XlsxWriter::fail(const QString &operation, const QString &cause)
{
    if (m_status.ok())
        m_status = Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), cause),
                         operation,
                         cause,
                         {},
                         {}};
}

Status XlsxWriter::addSheet(const QString &name)
{
    if (!m_status)
        return m_status;
    if (Status s = finishSheet(); !s)
        return s;
    QString base = sheetName(name);
    QString unique = base;
    for (int n = 2; m_sheetNames.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = base.left(31 - suffix.size()) + suffix;
    }
    m_sheetNames << unique;
    m_sheet = std::make_unique<Sheet>();
    m_sheet->name = unique;
    m_sheet->index = int(m_sheetNames.size()) - 1;
    m_stream = std::make_unique<SheetStream>(QFileInfo(m_tempPath).absolutePath());
    if (!m_stream->ok())
        fail(QStringLiteral("add worksheet"), m_stream->errorString());
    return m_status;
}

Status XlsxWriter::writeHeader(const QStringList &titles)
{
    if (!m_status)
        return m_status;
    if (m_sheet)
        m_sheet->header = true;
    for (int c = 0; c < titles.size(); ++c)
        writeText(0, c, titles[c], Style::Header);
    return m_status;
}

bool XlsxWriter::beginCell(int row, int column, Style style, const char *type)
{
    if (!m_sheet || !m_stream || !m_status)
        return false;
    if (row < m_sheet->row || (row == m_sheet->row && column <= m_sheet->lastColumn) || row < 0 ||
        column < 0 || column >= 16384 || row >= 1048576) {
        // Rows are streamed: a cell behind the last one cannot be written any more.
        fail(QStringLiteral("write cell"), QStringLiteral("cells written out of order"));
        return false;
    }
    QByteArray &b = m_stream->buffer();
    if (row != m_sheet->row) {
        if (m_sheet->row >= 0)
            b += "</row>";
        m_stream->flushIfFull();
        b += "<row r=\"";
        appendInt(b, row + 1);
        b += row == 0 && m_sheet->header ? "\" ht=\"30\" customHeight=\"1\">" : "\">";
        m_sheet->row = row;
        m_sheet->lastColumn = -1;
    }
    m_sheet->lastColumn = column;
    m_sheet->maxRow = std::max(m_sheet->maxRow, row);
    m_sheet->maxColumn = std::max(m_sheet->maxColumn, column);
    b += "<c r=\"";
    appendRef(b, row, column);
    b += '"';
    if (const int s = styleIndex(style); s != 0) {
        b += " s=\"";
        appendInt(b, s);
        b += '"';
    }
    if (type) {
        b += " t=\"";
        b += type;
        b += '"';
    }
    b += '>';
    return true;
}

void XlsxWriter::writeText(int row, int column, const char *utf8, int length, Style style)
{
    if (length <= 0 || !m_sheet)
        return;
    // Longer than Excel allows: left blank, as before.
    if (length > kMaxStringLength && utf8Length(utf8, length) > kMaxStringLength)
        return;
    if (!beginCell(row, column, style, "inlineStr"))
        return;
    QByteArray &b = m_stream->buffer();
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    b += isBlank(utf8[0]) || isBlank(utf8[length - 1]) ? "<is><t xml:space=\"preserve\">"
                                                       : "<is><t>";
    appendEscaped(b, utf8, length);
    b += "</t></is></c>";
}

void XlsxWriter::writeText(int row, int column, const QString &text, Style style)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    writeText(row, column, utf8.constData(), int(utf8.size()), style);
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    if (!std::isfinite(value) || !beginCell(row, column, Style::General, nullptr))
        return;
    QByteArray &b = m_stream->buffer();
    b += "<v>";
    appendDouble(b, value);
    b += "</v></c>";
}

double XlsxWriter::excelSerial(QDate date)
{
    // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was: from
    // 1900-03-01 on, the serial is the day count from 1899-12-30.
    static const QDate epoch(1899, 12, 30);
    const qint64 days = epoch.daysTo(date);
    return double(date < QDate(1900, 3, 1) ? days - 1 : days);
}

void XlsxWriter::writeDate(int row, int column, QDate date)
{
    if (!date.isValid() || date.year() < 1900 || !beginCell(row, column, Style::Date, nullptr))
        return;
    QByteArray &b = m_stream->buffer();
    b += "<v>";
    appendInt(b, qint64(excelSerial(date)));
    b += "</v></c>";
}

void XlsxWriter::writeDateTime(int row, int column, double serial)
{
    if (serial < 1 || !std::isfinite(serial) || !beginCell(row, column, Style::DateTime, nullptr))
        return;
    QByteArray &b = m_stream->buffer();
    b += "<v>";
    appendDouble(b, serial);
    b += "</v></c>";
}

double XlsxWriter::widthFor(const QString &text)
{
    return std::clamp(TextColumns::displayWidth(text) * 1.1 + 2.0, 6.0, 60.0);
}

void XlsxWriter::setColumnWidth(int column, double width, Style style)
{
    if (m_sheet && column >= 0 && column < 16384)
        m_sheet->columns[column] = {width, styleIndex(style)};
}

void XlsxWriter::setAutoFilter(int lastRow, int columns)
{
    if (!m_sheet || columns <= 0)
        return;
    QByteArray ref = "A1:";
    appendRef(ref, std::max(lastRow, 0), columns - 1);
    m_sheet->autoFilter = ref;
}

Status XlsxWriter::finishSheet()
{
    if (!m_sheet || !m_stream)
        return m_status;
    const std::unique_ptr<Sheet> sheet = std::move(m_sheet);
    const std::unique_ptr<SheetStream> stream = std::move(m_stream);
    if (!m_status)
        return m_status;
    QByteArray &b = stream->buffer();
    if (sheet->row >= 0)
        b += "</row>";
    b += "</sheetData>";
    if (!sheet->autoFilter.isEmpty())
        b += "<autoFilter ref=\"" + sheet->autoFilter + "\"/>";
    b += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
         "footer=\"0.3\"/></worksheet>";
    if (!stream->finish()) {
        fail(QStringLiteral("write worksheet"), stream->errorString());
        return m_status;
    }

    // What comes before the rows, now that they are known.
    QByteArray head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    head += "<dimension ref=\"A1";
    if (sheet->maxRow > 0 || sheet->maxColumn > 0) {
        head += ':';
        appendRef(head, std::max(sheet->maxRow, 0), std::max(sheet->maxColumn, 0));
    }
    head += "\"/><sheetViews><sheetView ";
    if (sheet->index == 0)
        head += "tabSelected=\"1\" ";
    head += "workbookViewId=\"0\">";
    if (sheet->header)
        head += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                "state=\"frozen\"/><selection pane=\"bottomLeft\"/>";
    head += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!sheet->columns.empty()) {
        head += "<cols>";
        for (const auto &[column, format] : sheet->columns) {
            head += "<col min=\"";
            appendInt(head, column + 1);
            head += "\" max=\"";
            appendInt(head, column + 1);
            head += "\" width=\"";
            appendDouble(head, storedWidth(format.first));
            head += '"';
            if (format.second != 0) {
                head += " style=\"";
                appendInt(head, format.second);
                head += '"';
            }
            head += " customWidth=\"1\"/>";
        }
        head += "</cols>";
    }
    head += "<sheetData>";
    const QByteArray headDeflated = deflated(head, Z_SYNC_FLUSH);
    const quint32 crc = quint32(crc32_combine(crcOf(head), stream->crc(), stream->size()));
    const QByteArray name = "xl/worksheets/sheet" + QByteArray::number(sheet->index + 1) + ".xml";
    if (!m_zip->add(name, crc, head.size() + stream->size(), headDeflated, stream->file()))
        fail(QStringLiteral("write worksheet"), m_zip->errorString());
    QByteArray filter;
    if (!sheet->autoFilter.isEmpty()) {
        // '居民'!$A$1:$Z$1001 for the hidden name Excel keeps the filter range in.
        QString quoted = sheet->name;
        quoted.replace(u'\'', QStringLiteral("''"));
        const QByteArray range = sheet->autoFilter;
        const qsizetype colon = range.indexOf(':');
        auto absolute = [](const QByteArray &ref) -> QByteArray {
            qsizetype digit = 0;
            while (digit < ref.size() && !(ref[digit] >= '0' && ref[digit] <= '9'))
                ++digit;
            return '$' + ref.left(digit) + '$' + ref.mid(digit);
        };
        filter = escaped(QLatin1Char('\'') + quoted + QLatin1Char('\'')) + '!' +
                 absolute(range.left(colon)) + ':' + absolute(range.mid(colon + 1));
    }
    m_filters << filter;
    return m_status;
}

Status XlsxWriter::close()
{
    if (!m_zip)
        return m_status.ok() ? Status(Error{tr("The workbook was already closed."),
                                            QStringLiteral("close workbook"),
                                            {},
                                            {},
                                            {}})
                             : m_status;
    if (!m_status)
        return m_status; // the destructor throws the partial file away
    if (m_sheetNames.isEmpty()) {
        // A workbook holds at least one sheet.
        if (Status s = addSheet(QStringLiteral("Sheet1")); !s)
            return s;
    }
    if (Status s = finishSheet(); !s)
        return s;

    const int sheets = int(m_sheetNames.size());
    QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<workbookPr/><bookViews><workbookView/></bookViews><sheets>";
    QByteArray names;
    for (int i = 0; i < sheets; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbookRels += "<Relationship Id=\"rId" + n +
                        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/worksheet\" Target=\"worksheets/sheet" +
                        n + ".xml\"/>";
        workbook += "<sheet name=\"" + escaped(m_sheetNames[i], true) + "\" sheetId=\"" + n +
                    "\" r:id=\"rId" + n + "\"/>";
        if (!m_filters.value(i).isEmpty())
            names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" +
                     QByteArray::number(i) + "\" hidden=\"1\">" + m_filters[i] + "</definedName>";
    }
    types += "</Types>";
    workbookRels += "<Relationship Id=\"rId" + QByteArray::number(sheets + 1) +
                    "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    "relationships/styles\" Target=\"styles.xml\"/></Relationships>";
    workbook += "</sheets>";
    if (!names.isEmpty())
        workbook += "<definedNames>" + names + "</definedNames>";
    workbook += "</workbook>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    // Cell formats by index: 0 general, 1 header, 2 text "@", 3 date, 4 date and time.
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
        // No theme part: fonts and colours are given outright.
        "<fonts count=\"2\"><font><sz val=\"11\"/><color rgb=\"FF000000\"/>"
        "<name val=\"Calibri\"/><family val=\"2\"/></font><font><b/><sz val=\"11\"/>"
        "<color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill>"
        "<patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\">"
        "<fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\">"
        "<color auto=\"1\"/></right><top style=\"thin\"><color auto=\"1\"/></top>"
        "<bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        "</cellStyleXfs><cellXfs count=\"5\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
        "applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" "
        "wrapText=\"1\"/></xf>"
        "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
        "</cellStyles></styleSheet>";
    const bool written = m_zip->add("[Content_Types].xml", types) &&
                         m_zip->add("_rels/.rels", rootRels) &&
                         m_zip->add("xl/workbook.xml", workbook) &&
                         m_zip->add("xl/_rels/workbook.xml.rels", workbookRels) &&
                         m_zip->add("xl/styles.xml", styles) && m_zip->finish();
    if (!written) {
        fail(QStringLiteral("close workbook"), m_zip->errorString());
        return m_status;
    }
    m_zip.reset();
    const QByteArray from = QFile::encodeName(m_tempPath);
    const QByteArray to = QFile::encodeName(m_path);
    if (std::rename(from.constData(), to.constData()) != 0) {
        m_status = Error{tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_path)),
                         QStringLiteral("rename workbook"),
                         qt_error_string(errno),
                         {},
                         {}};
        return m_status;
    }
    // The temporary file was created 0600; give the workbook the usual permissions.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    m_tempPath.clear();
    return m_status;
}

} // namespace gridbook
