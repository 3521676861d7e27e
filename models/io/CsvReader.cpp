// SPDX-License-Identifier: MIT
#include "io/CsvReader.h"

#include "io/StringPool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace gridbook {

namespace {

/** The separator that splits the first lines into the same number of fields most often. */
QChar guessSeparator(const QString &text)
{
    const QChar candidates[] = {u',', u'\t', u';'};
    QChar best = u',';
    int bestScore = -1;
    for (const QChar sep : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text[i];
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == sep)
                ++count;
            else if (!quoted && c == u'\n') {
                counts << count;
                count = 0;
            }
        }
        if (count > 0)
            counts << count;
        // Score: lines that have the most common non-zero count.
        QHash<int, int> freq;
        for (int n : counts) {
            if (n > 0)
                ++freq[n];
        }
        int score = 0;
        for (auto it = freq.cbegin(); it != freq.cend(); ++it)
            score = std::max(score, it.value() * 1000 + it.key());
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

SheetCell textCell(QStringView text, StringPool &pool)
{
    SheetCell cell;
    // ="0123": the Excel formula form some systems export to keep text as text.
    if (text.size() >= 3 && text.startsWith(u"=\"") && text.endsWith(u'"'))
        text = text.sliced(2, text.size() - 3);
    cell.text = pool.intern(text);
    cell.type = text.isEmpty() ? SheetCell::Type::Empty : SheetCell::Type::Text;
    return cell;
}

} // namespace

WorkbookData CsvReader::parse(const QByteArray &bytes, const QString &name, const Options &options)
{
    WorkbookData out;
    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes, options.encoding);
    out.encoding = TextEncoding::displayName(decoded.kind);
    if (decoded.mixed)
        out.warnings << tr("The file mixes UTF-8 and GBK lines; each line was read in its own "
                           "encoding. Check the names in the preview.");
    if (decoded.replacements)
        out.warnings << tr("Some bytes fit no text encoding and were replaced by \uFFFD; those "
                           "rows will be reported.");

    const QString &text = decoded.text;
    const QChar sep = guessSeparator(text.left(64 * 1024));
    SheetData sheet;
    sheet.name = name;
    // One pool per column: a column of unique phone numbers does not crowd out the names.
    std::vector<StringPool> pools;
    QList<SheetCell> row;
    // A field is a view into `text` from `start`, unless it went through quotes: then its
    // text is gathered in `field` (rare; the common field costs one exact allocation).
    qsizetype start = 0;
    QString field;
    bool buffered = false;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    auto endField = [&](qsizetype end) {
        if (std::size_t(row.size()) >= pools.size())
            pools.emplace_back(32, 2048);
        StringPool &pool = pools[std::size_t(row.size())];
        row << textCell(buffered ? QStringView(field) : QStringView(p + start, end - start), pool);
        field.clear();
        buffered = false;
        fieldStarted = false;
    };
    auto endRow = [&](qsizetype end) {
        endField(end);
        // A line with nothing at all is a blank row, kept so that row numbers match the file.
        if (row.size() == 1 && row.first().type == SheetCell::Type::Empty)
            row.clear();
        sheet.columnCount = std::max(sheet.columnCount, int(row.size()));
        sheet.rows << std::move(row);
        row = QList<SheetCell>();
        row.reserve(sheet.columnCount);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && p[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            buffered = true;
        } else if (c == sep) {
            endField(i);
            start = i + 1;
        } else if (c == u'\r' || c == u'\n') {
            const qsizetype end = i;
            if (c == u'\r' && i + 1 < n && p[i + 1] == u'\n')
                ++i;
            endRow(end);
            start = i + 1;
            if (options.maxRows >= 0 && sheet.rows.size() >= options.maxRows) {
                sheet.truncated = i + 1 < n;
                break;
            }
        } else {
            // Text after a closing quote ("ab"c) is kept, as Excel does.
            if (buffered)
                field += c;
            fieldStarted = true;
        }
    }
    if (!sheet.truncated && (fieldStarted || !field.isEmpty() || !row.isEmpty()))
        endRow(n);
    out.sheets << std::move(sheet);
    return out;
}

Result<WorkbookData> CsvReader::read(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("read csv"),
            file.errorString(),
            {},
            {}};
    // A preview needs only the start of the file.
    const QByteArray bytes =
        options.maxRows >= 0 ? file.read(qint64(options.maxRows + 1) * 4096) : file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("read csv"),
            file.errorString(),
            {},
            {}};
    return parse(bytes, QFileInfo(path).completeBaseName(), options);
}

} // namespace gridbook
