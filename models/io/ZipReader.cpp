// SPDX-License-Identifier: MIT
#include "io/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace gridbook {

struct ZipReader::Archive {
    QString path;
    QFile file;
    const uchar *data = nullptr;
    qint64 size = 0;
    QList<Entry> entries;
    QHash<QString, qsizetype> index;
};

namespace {

quint16 u16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}
quint32 u32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}
quint64 u64(const uchar *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64End = 0x06064b50;

/** Inflates (or copies, for stored entries) one entry chunk by chunk. */
class Inflater {
public:
    Inflater(QByteArrayView input, quint16 method) : m_input(input), m_method(method)
    {
        if (m_method == 8) {
            std::memset(&m_z, 0, sizeof m_z);
            m_ok = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
            m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_input.data()));
            m_z.avail_in = uInt(m_input.size());
        }
    }
    ~Inflater()
    {
        if (m_method == 8 && m_ok)
            inflateEnd(&m_z);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_end; }
    quint32 crc() const { return m_crc; }
    qint64 produced() const { return m_produced; }

    /** Fills up to `max` bytes; returns how many, or -1 on damaged data. */
    qint64 read(char *out, qint64 max)
    {
        if (!m_ok)
            return -1;
        if (m_end || max <= 0)
            return 0;
        qint64 n = 0;
        if (m_method == 0) {
            n = std::min<qint64>(max, m_input.size() - m_position);
            std::memcpy(out, m_input.data() + m_position, std::size_t(n));
            m_position += n;
            m_end = m_position >= m_input.size();
        } else {
            m_z.next_out = reinterpret_cast<Bytef *>(out);
            m_z.avail_out = uInt(std::min<qint64>(max, 1 << 30));
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            n = qint64(reinterpret_cast<char *>(m_z.next_out) - out);
            if (rc == Z_STREAM_END)
                m_end = true;
            else if (rc != Z_OK && !(rc == Z_BUF_ERROR && n > 0)) {
                m_ok = false;
                return -1;
            }
            if (rc == Z_BUF_ERROR && m_z.avail_in == 0 && n == 0) {
                m_ok = false; // the deflate stream ends before its end marker
                return -1;
            }
        }
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(out), uInt(n)));
        m_produced += n;
        return n;
    }

private:
    QByteArrayView m_input;
    quint16 m_method;
    z_stream m_z{};
    bool m_ok = true;
    bool m_end = false;
    qint64 m_position = 0;
    quint32 m_crc = 0;
    qint64 m_produced = 0;
};

class EntryDevice : public QIODevice {
public:
    EntryDevice(std::shared_ptr<ZipReader::Archive> archive, QByteArrayView input,
                ZipReader::Entry entry)
        : m_archive(std::move(archive)), m_inflater(input, entry.method), m_entry(std::move(entry))
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_inflater.read(data, maxSize);
        if (n < 0) {
            setErrorString(ZipReader::tr("the part %1 is damaged").arg(m_entry.name));
            setProperty(ZipReader::kDamagedProperty, true);
            return -1;
        }
        if (m_inflater.atEnd() && !m_checked) {
            m_checked = true;
            if (m_inflater.crc() != m_entry.crc || m_inflater.produced() != m_entry.size) {
                setErrorString(
                    ZipReader::tr("the part %1 is damaged (checksum)").arg(m_entry.name));
                setProperty(ZipReader::kDamagedProperty, true);
                return -1;
            }
        }
        if (n == 0 && !m_inflater.atEnd())
            return -1;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<ZipReader::Archive> m_archive; // keeps the mapping alive
    Inflater m_inflater;
    ZipReader::Entry m_entry;
    bool m_checked = false;
};

std::atomic<int> g_backgroundInflaters{0};

/**
 * Inflates the entry on a worker thread into a few reused chunks while the caller parses the
 * ones before: inflating a 138 MB sheet and scanning its XML then overlap on two cores. Errors
 * are reported at the point of the data where they happened, as EntryDevice does.
 */
class BackgroundEntryDevice : public QIODevice {
public:
    static constexpr qint64 kChunkSize = 1 << 20;
    static constexpr int kChunks = 4;

    BackgroundEntryDevice(std::shared_ptr<ZipReader::Archive> archive, QByteArrayView input,
                          ZipReader::Entry entry)
        : m_archive(std::move(archive)), m_entry(std::move(entry))
    {
        m_chunks.resize(kChunks);
        for (int i = 0; i < kChunks; ++i)
            m_free.push_back(i);
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // Counted from here to the end of the thread's work, which the destructor waits for.
        ++g_backgroundInflaters;
        m_worker = std::thread([this, input] {
            inflateAll(input);
            --g_backgroundInflaters;
        });
    }
    ~BackgroundEntryDevice() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize) {
            if (m_current < 0) {
                std::unique_lock lock(m_mutex);
                // Hand over what is here rather than wait for more.
                if (done > 0 && m_full.empty())
                    break;
                m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
                if (m_full.empty()) {
                    if (done > 0)
                        break; // the error, if any, on the next read
                    return fail(m_failure);
                }
                m_current = m_full.front();
                m_full.pop_front();
                m_offset = 0;
            }
            const Chunk &chunk = m_chunks[std::size_t(m_current)];
            const qint64 n = std::min(maxSize - done, chunk.size - m_offset);
            std::memcpy(data + done, chunk.data.data() + m_offset, std::size_t(n));
            done += n;
            m_offset += n;
            if (m_offset == chunk.size) {
                {
                    std::lock_guard lock(m_mutex);
                    m_free.push_back(m_current);
                }
                m_changed.notify_all();
                m_current = -1;
            }
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class Failure { None, Damaged, Checksum };
    struct Chunk {
        std::vector<char> data;
        qint64 size = 0;
    };

    qint64 fail(Failure failure)
    {
        if (failure == Failure::None)
            return 0; // the end of the entry
        setErrorString(failure == Failure::Checksum
                           ? ZipReader::tr("the part %1 is damaged (checksum)").arg(m_entry.name)
                           : ZipReader::tr("the part %1 is damaged").arg(m_entry.name));
        setProperty(ZipReader::kDamagedProperty, true);
        return -1;
    }

    /** The worker: fills free chunks until the entry ends, fails or the device goes. */
    void inflateAll(QByteArrayView input)
    {
        Inflater inflater(input, m_entry.method);
        Failure failure = inflater.ok() ? Failure::None : Failure::Damaged;
        bool end = failure != Failure::None;
        while (!end) {
            int index = -1;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
                if (m_stop)
                    return;
                index = m_free.front();
                m_free.pop_front();
            }
            Chunk &chunk = m_chunks[std::size_t(index)];
            chunk.data.resize(std::size_t(kChunkSize));
            chunk.size = 0;
            while (chunk.size < kChunkSize && !inflater.atEnd()) {
                const qint64 n =
                    inflater.read(chunk.data.data() + chunk.size, kChunkSize - chunk.size);
                if (n <= 0) {
                    // Damaged data; also no progress without the end (which would spin here).
                    failure = Failure::Damaged;
                    break;
                }
                chunk.size += n;
            }
            if (failure == Failure::None && inflater.atEnd() &&
                (inflater.crc() != m_entry.crc || inflater.produced() != m_entry.size))
                failure = Failure::Checksum;
            end = failure != Failure::None || inflater.atEnd();
            {
                std::lock_guard lock(m_mutex);
                // As EntryDevice, the read that hits a checksum error delivers nothing of it.
                if (chunk.size > 0 && failure != Failure::Checksum)
                    m_full.push_back(index);
                else
                    m_free.push_back(index);
                if (end) {
                    m_failure = failure;
                    m_finished = true;
                }
            }
            m_changed.notify_all();
        }
    }

    std::shared_ptr<ZipReader::Archive> m_archive; // keeps the mapping alive
    ZipReader::Entry m_entry;
    std::vector<Chunk> m_chunks;
    // Guarded by m_mutex: chunk indexes that wait to be filled, and filled ones in order.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<int> m_free;
    std::deque<int> m_full;
    bool m_stop = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    // The reader's chunk, touched by the reader only.
    int m_current = -1;
    qint64 m_offset = 0;
    std::thread m_worker;
};

} // namespace

int ZipReader::backgroundInflaters()
{
    return g_backgroundInflaters.load();
}

Error ZipReader::damaged(const QString &detail) const
{
    Error e;
    e.message = tr("%1 is damaged or incomplete (was the copy or download cut short?).")
                    .arg(QFileInfo(m_archive->path).fileName());
    e.operation = QStringLiteral("read zip");
    e.cause = detail;
    return e;
}

Result<ZipReader> ZipReader::open(const QString &path)
{
    ZipReader reader;
    reader.m_archive = std::make_shared<Archive>();
    Archive &a = *reader.m_archive;
    a.path = path;
    a.file.setFileName(path);
    const QString fileName = QFileInfo(path).fileName();
    if (!a.file.open(QIODevice::ReadOnly))
        return Error{
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), a.file.errorString()),
            QStringLiteral("open zip"),
            a.file.errorString(),
            {},
            {}};
    a.size = a.file.size();
    if (a.size < 22)
        return reader.damaged(QStringLiteral("shorter than an end-of-directory record"));
    a.data = a.file.map(0, a.size);
    if (!a.data)
        return Error{
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), a.file.errorString()),
            QStringLiteral("map zip"),
            a.file.errorString(),
            {},
            {}};

    // The end-of-directory record is in the last 64 KiB + 22 bytes (after an optional comment).
    qint64 eocd = -1;
    for (qint64 p = a.size - 22; p >= std::max<qint64>(0, a.size - 22 - 65535); --p) {
        if (u32(a.data + p) == kEndOfDirectory) {
            eocd = p;
            break;
        }
    }
    if (eocd < 0) {
        if (u32(a.data) == kLocalHeader)
            return reader.damaged(QStringLiteral("no end-of-directory record"));
        return Error{tr("%1 is not a zip file, so not an .xlsx workbook.").arg(fileName),
                     QStringLiteral("open zip"),
                     {},
                     {},
                     {}};
    }
    qint64 count = u16(a.data + eocd + 10);
    qint64 dirSize = u32(a.data + eocd + 12);
    qint64 dirOffset = u32(a.data + eocd + 16);
    if (eocd >= 20 && u32(a.data + eocd - 20) == kZip64Locator) {
        const qint64 z64 = qint64(u64(a.data + eocd - 20 + 8));
        if (z64 < 0 || z64 + 56 > a.size || u32(a.data + z64) != kZip64End)
            return reader.damaged(QStringLiteral("bad ZIP64 end record"));
        count = qint64(u64(a.data + z64 + 32));
        dirSize = qint64(u64(a.data + z64 + 40));
        dirOffset = qint64(u64(a.data + z64 + 48));
    }
    if (dirOffset < 0 || dirSize < 0 || dirOffset + dirSize > a.size)
        return reader.damaged(QStringLiteral("directory outside the file"));

    const uchar *p = a.data + dirOffset;
    const uchar *end = p + dirSize;
    for (qint64 i = 0; i < count; ++i) {
        if (end - p < 46 || u32(p) != kCentralHeader)
            return reader.damaged(QStringLiteral("bad directory entry"));
        Entry e;
        e.flags = u16(p + 8);
        e.method = u16(p + 10);
        e.crc = u32(p + 16);
        e.compressedSize = u32(p + 20);
        e.size = u32(p + 24);
        const int nameLength = u16(p + 28);
        const int extraLength = u16(p + 30);
        const int commentLength = u16(p + 32);
        e.localHeaderOffset = u32(p + 42);
        if (end - p < 46 + nameLength + extraLength + commentLength)
            return reader.damaged(QStringLiteral("bad directory entry"));
        e.name = QString::fromUtf8(reinterpret_cast<const char *>(p + 46), nameLength);
        // ZIP64: the 0xFFFFFFFF fields are in the extra field 0x0001, in this order.
        const uchar *x = p + 46 + nameLength;
        const uchar *xEnd = x + extraLength;
        while (xEnd - x >= 4) {
            const int id = u16(x);
            const int len = u16(x + 2);
            if (xEnd - x - 4 < len)
                break;
            if (id == 0x0001) {
                const uchar *f = x + 4;
                const uchar *fEnd = f + len;
                if (e.size == 0xFFFFFFFF && fEnd - f >= 8)
                    e.size = qint64(u64(f)), f += 8;
                if (e.compressedSize == 0xFFFFFFFF && fEnd - f >= 8)
                    e.compressedSize = qint64(u64(f)), f += 8;
                if (e.localHeaderOffset == 0xFFFFFFFF && fEnd - f >= 8)
                    e.localHeaderOffset = qint64(u64(f));
            }
            x += 4 + len;
        }
        p += 46 + nameLength + extraLength + commentLength;
        a.index.insert(e.name, a.entries.size());
        a.entries << e;
    }
    return reader;
}

QStringList ZipReader::entries() const
{
    QStringList names;
    for (const Entry &e : m_archive->entries)
        names << e.name;
    return names;
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive->index.contains(name);
}

qint64 ZipReader::size(const QString &name) const
{
    const auto it = m_archive->index.constFind(name);
    return it == m_archive->index.cend() ? 0 : m_archive->entries[*it].size;
}

Result<QByteArrayView> ZipReader::compressedData(const Entry &e) const
{
    const Archive &a = *m_archive;
    if (e.flags & 0x1)
        return Error{tr("%1 is password-protected; save it without a password first.")
                         .arg(QFileInfo(a.path).fileName()),
                     QStringLiteral("read zip entry"),
                     {},
                     {},
                     {}};
    if (e.method != 0 && e.method != 8)
        return Error{tr("%1 uses a zip compression Gridbook cannot read (method %2); open and "
                        "save it again in Excel or WPS.")
                         .arg(QFileInfo(a.path).fileName())
                         .arg(e.method),
                     QStringLiteral("read zip entry"),
                     {},
                     {},
                     {}};
    if (e.localHeaderOffset < 0 || e.localHeaderOffset + 30 > a.size ||
        u32(a.data + e.localHeaderOffset) != kLocalHeader)
        return damaged(QStringLiteral("bad local header"));
    const uchar *h = a.data + e.localHeaderOffset;
    const qint64 start = e.localHeaderOffset + 30 + u16(h + 26) + u16(h + 28);
    if (start + e.compressedSize > a.size || e.compressedSize < 0)
        return damaged(QStringLiteral("entry data beyond the end of the file"));
    return QByteArrayView(reinterpret_cast<const char *>(a.data + start), e.compressedSize);
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxSize) const
{
    const auto it = m_archive->index.constFind(name);
    if (it == m_archive->index.cend())
        return Error{tr("%1 has no part %2.").arg(QFileInfo(m_archive->path).fileName(), name),
                     QStringLiteral("read zip entry"),
                     {},
                     {},
                     {}};
    const Entry &e = m_archive->entries[*it];
    if (e.size > maxSize)
        return Error{
            tr("%1 is too large to read.").arg(name), QStringLiteral("read zip entry"), {}, {}, {}};
    auto input = compressedData(e);
    if (!input)
        return input.error();
    QByteArray out;
    out.resize(e.size);
    Inflater inflater(*input, e.method);
    qint64 done = 0;
    while (!inflater.atEnd()) {
        if (done == out.size())
            out.resize(std::max<qint64>(out.size() * 2, 4096)); // the directory lied
        const qint64 n = inflater.read(out.data() + done, out.size() - done);
        if (n < 0 || (n == 0 && !inflater.atEnd()))
            return damaged(QStringLiteral("inflate failed for ") + name);
        done += n;
    }
    out.resize(done);
    if (inflater.crc() != e.crc || done != e.size)
        return damaged(QStringLiteral("checksum mismatch for ") + name);
    return out;
}

Result<std::unique_ptr<QIODevice>> ZipReader::device(const QString &name, Inflation inflation) const
{
    const auto it = m_archive->index.constFind(name);
    if (it == m_archive->index.cend())
        return Error{tr("%1 has no part %2.").arg(QFileInfo(m_archive->path).fileName(), name),
                     QStringLiteral("read zip entry"),
                     {},
                     {},
                     {}};
    const Entry &e = m_archive->entries[*it];
    auto input = compressedData(e);
    if (!input)
        return input.error();
    // A thread pays off once an entry takes a few chunks; small parts are read as they are.
    if (inflation == Inflation::InBackground ||
        (inflation == Inflation::Automatic && e.size >= 2 * BackgroundEntryDevice::kChunkSize))
        return std::unique_ptr<QIODevice>(
            std::make_unique<BackgroundEntryDevice>(m_archive, *input, e));
    return std::unique_ptr<QIODevice>(std::make_unique<EntryDevice>(m_archive, *input, e));
}

} // namespace gridbook
