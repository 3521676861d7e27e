// SPDX-License-Identifier: MIT
#include "io/XlsxReader.h"

#include "domain/LedgerDate.h"
#include "io/StringPool.h"
#include "io/XmlScanner.h"
#include "io/ZipReader.h"

#include <QFileInfo>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

Q_LOGGING_CATEGORY(lcXlsx, "gridbook.io.xlsx", QtWarningMsg)

namespace gridbook {

namespace {

const QString kOperation = QStringLiteral("read xlsx");

struct Relationship {
    QString target; // zip path
    QString type;
};

/** "xl/" + "worksheets/sheet1.xml", "/xl/..." and "../" forms to a zip entry name. */
QString resolvePath(const QString &baseDir, const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString &part : path.split(u'/')) {
        if (part == QLatin1String(".."))
            out.removeLast();
        else if (!part.isEmpty() && part != QLatin1String("."))
            out << part;
    }
    return out.join(u'/');
}

QString dirOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash + 1);
}

QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && !a.prefix().isEmpty())
            return a.value().toString();
    }
    return {};
}

Error xmlError(const QString &file, const QString &part, const QXmlStreamReader &xml)
{
    Error e;
    e.message = XlsxReader::tr("%1 is damaged: its part %2 cannot be read (line %3).")
                    .arg(file, part)
                    .arg(xml.lineNumber());
    e.operation = kOperation;
    e.cause = xml.errorString();
    return e;
}

Result<QHash<QString, Relationship>> readRelationships(const ZipReader &zip, const QString &part,
                                                       const QString &file)
{
    QHash<QString, Relationship> rels;
    if (!zip.contains(part))
        return rels;
    auto bytes = zip.read(part);
    if (!bytes)
        return bytes.error();
    // Targets are relative to the folder of the part the .rels file describes.
    const QString relsDir = dirOf(part);
    const QString baseDir = dirOf(relsDir.chopped(1)); // "xl/_rels/" -> "xl/"
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            Relationship r;
            r.type = a.value(QLatin1String("Type")).toString();
            r.target = a.value(QLatin1String("TargetMode")) == u"External"
                           ? QString()
                           : resolvePath(baseDir, a.value(QLatin1String("Target")).toString());
            rels.insert(a.value(QLatin1String("Id")).toString(), r);
        }
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return rels;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

/** True if a custom number format shows a date: y or d outside quotes, escapes and [...]. */
bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'd' || c == u'年' || c == u'日')
                return true;
        }
    }
    return false;
}

struct Styles {
    QList<bool> xfIsDate;
    bool isDate(int index) const
    {
        return index >= 0 && index < xfIsDate.size() && xfIsDate[index];
    }
};

Result<Styles> readStyles(const ZipReader &zip, const QString &part, const QString &file)
{
    Styles styles;
    if (part.isEmpty() || !zip.contains(part))
        return styles;
    auto bytes = zip.read(part);
    if (!bytes)
        return bytes.error();
    QHash<int, QString> custom;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"numFmt") {
                custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                              xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styles.xfIsDate << (custom.contains(id) ? isDateFormatCode(custom.value(id))
                                                        : isBuiltInDateFormat(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return styles;
}

Error scanError(const QString &file, const QString &part, const XmlScanner &xml,
                 QIODevice *device)
{
    Error e;
    e.operation = kOperation;
    if (device && device->property(ZipReader::kDamagedProperty).toBool()) {
        e.message = XlsxReader::tr("%1 is damaged or incomplete: %2").arg(file, device->errorString());
        e.cause = device->errorString();
    } else {
        e.message = XlsxReader::tr("%1 is damaged: its part %2 cannot be read (byte %3).")
                        .arg(file, part)
                        .arg(xml.offset());
        e.cause = xml.errorString();
    }
    return e;
}

int toInt(QByteArrayView v, bool *ok = nullptr)
{
    int n = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ok)
        *ok = ec == std::errc() && p == v.data() + v.size();
    return n;
}

Result<QStringList> readSharedStrings(const ZipReader &zip, const QString &part,
                                      const QString &file, ZipReader::Inflation inflation)
{
    QStringList strings;
    if (part.isEmpty() || !zip.contains(part))
        return strings;
    auto device = zip.device(part, inflation);
    if (!device)
        return device.error();
    XmlScanner xml(device->get());
    while (true) {
        const auto token = xml.next();
        if (token == XmlScanner::Token::End)
            break;
        if (token == XmlScanner::Token::Error)
            return scanError(file, part, xml, device->get());
        if (token != XmlScanner::Token::StartElement)
            continue;
        if (xml.name() == "si") {
            // Plain text or rich text runs; a phonetic guide (rPh) is not part of the text.
            strings << xml.readElementText("rPh");
            if (xml.hasError())
                return scanError(file, part, xml, device->get());
        } else if (xml.name() == "sst") {
            QByteArrayView count;
            if (xml.attribute("uniqueCount", count)) {
                const int n = toInt(count);
                if (n > 0 && n < 50'000'000)
                    strings.reserve(n);
            }
        }
    }
    return strings;
}

/** "BC12" -> column 54 (zero-based), row 11; false for anything else. */
bool parseReference(QByteArrayView ref, int &row, int &column)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
        c = c * 26 + (ref[i] - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size() || c > 16384)
        return false;
    int r = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9')
            return false;
        r = r * 10 + (ref[i] - '0');
        if (r > 1048576)
            return false;
    }
    if (r == 0)
        return false;
    row = r - 1;
    column = c - 1;
    return true;
}

/** The cell types of the t attribute. */
enum class CellType { Number, Shared, InlineString, FormulaString, Boolean, Error, Date, Other };

CellType cellType(QByteArrayView t)
{
    if (t.isEmpty() || XmlScanner::sameBytes(t, "n"))
        return CellType::Number;
    if (XmlScanner::sameBytes(t, "s"))
        return CellType::Shared;
    if (XmlScanner::sameBytes(t, "inlineStr"))
        return CellType::InlineString;
    if (XmlScanner::sameBytes(t, "str"))
        return CellType::FormulaString;
    if (XmlScanner::sameBytes(t, "b"))
        return CellType::Boolean;
    if (XmlScanner::sameBytes(t, "e"))
        return CellType::Error;
    if (XmlScanner::sameBytes(t, "d"))
        return CellType::Date;
    return CellType::Other;
}

/** A shared string index written plainly ("12"); -1 for anything else, which is then read as
 *  text the way it always was. */
int sharedStringIndex(QByteArrayView raw)
{
    const QByteArrayView v = raw.trimmed();
    int n = -1;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    return v.isEmpty() || ec != std::errc() || p != v.data() + v.size() || n < 0 ? -1 : n;
}

class SheetParser {
public:
    SheetParser(const QStringList &strings, const Styles &styles, bool date1904,
                const XlsxReader::Options &options, Feedback &feedback, qint64 totalBytes)
        : m_strings(strings), m_styles(styles), m_date1904(date1904), m_options(options),
          m_feedback(feedback), m_totalBytes(totalBytes)
    {
    }

    Status parse(QIODevice *device, SheetData &sheet, const QString &file, const QString &part);

private:
    void storeCell(SheetData &sheet, int row, int column, SheetCell cell);
    QStringView numberText(QByteArrayView raw, double value);
    QStringView utf16(const XmlScanner::RawText &raw);
    QString elementText(const XmlScanner::RawText &raw) const;

    const QStringList &m_strings;
    const Styles &m_styles;
    bool m_date1904;
    const XlsxReader::Options &m_options;
    Feedback &m_feedback;
    qint64 m_totalBytes;
    // Reused for every cell, so that a repeated value costs no allocation.
    QByteArray m_number; // a <v> of a number cell, trimmed
    QByteArray m_raw;    // the undecoded text of an <is> or a shared string index
    QString m_utf16;     // m_raw decoded
    QString m_decoded;   // m_raw decoded when it has entities
    QString m_numberText;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    /** Per column: one copy of each repeated inline string or number text. */
    std::vector<StringPool> m_pools;
    StringPool &pool(int column)
    {
        while (m_pools.size() <= std::size_t(column))
            m_pools.emplace_back(32, 2048);
        return m_pools[std::size_t(column)];
    }
};

/** A number's text as people write it: integers without ".0" or exponent when exact. */
QStringView SheetParser::numberText(QByteArrayView raw, double value)
{
    char digits[24];
    QByteArrayView ascii = raw;
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        const auto result = std::to_chars(digits, digits + sizeof digits, qint64(value));
        ascii = QByteArrayView(digits, result.ptr - digits);
    }
    // Widened as Latin-1: the bytes of a number that from_chars took are ASCII.
    m_numberText.resize(ascii.size());
    char16_t *out = reinterpret_cast<char16_t *>(m_numberText.data());
    for (qsizetype i = 0; i < ascii.size(); ++i)
        out[i] = uchar(ascii[i]);
    return m_numberText;
}

/** What readElementText() would have returned, as a view into a reused buffer. */
QStringView SheetParser::utf16(const XmlScanner::RawText &raw)
{
    if (!raw.any)
        return {};
    if (raw.escaped) {
        m_decoded = XmlScanner::decode(m_raw);
        return m_decoded;
    }
    // A stateless decoder turns bytes into the same text as QString::fromUtf8 (a leading
    // byte order mark dropped, bad bytes replaced).
    m_utf16.resize(m_raw.size());
    QChar *begin = m_utf16.data();
    const QChar *end = m_decoder.appendToBuffer(begin, m_raw);
    return QStringView(begin, end - begin);
}

QString SheetParser::elementText(const XmlScanner::RawText &raw) const
{
    if (!raw.any)
        return QString();
    return raw.escaped ? XmlScanner::decode(m_raw) : QString::fromUtf8(m_raw);
}

void SheetParser::storeCell(SheetData &sheet, int row, int column, SheetCell cell)
{
    if (row >= sheet.rows.size())
        sheet.rows.resize(row + 1);
    auto &cells = sheet.rows[row];
    if (column >= cells.size()) {
        // As wide as the widest row so far, in one allocation: growing cell by cell doubled
        // the memory of a 100,000-row sheet.
        if (cells.capacity() <= column)
            cells.reserve(std::max(sheet.columnCount, column + 1));
        cells.resize(column + 1);
    }
    cells[column] = std::move(cell);
    sheet.columnCount = std::max(sheet.columnCount, column + 1);
}

Status SheetParser::parse(QIODevice *device, SheetData &sheet, const QString &file,
                          const QString &part)
{
    using T = XmlScanner::Token;
    XmlScanner xml(device);
    int row = -1;
    int nextColumn = 0;
    int rowsSeen = 0;
    const QString stage = XlsxReader::tr("Reading sheet %1").arg(sheet.name);
    m_feedback.progress(stage, 0, m_totalBytes);
    for (;;) {
        const T token = xml.next();
        if (token == T::End)
            break;
        if (token == T::Error)
            return scanError(file, part, xml, device);
        if (token != T::StartElement)
            continue;
        const QByteArrayView name = xml.name();
        if (XmlScanner::sameBytes(name, "row")) {
            QByteArrayView r;
            bool ok = false;
            const int n = xml.attribute("r", r) ? toInt(r, &ok) : 0;
            row = ok ? n - 1 : row + 1;
            if (row < 0)
                row = 0;
            nextColumn = 0;
            if (m_options.maxRows >= 0 && row >= m_options.maxRows) {
                sheet.truncated = true;
                break;
            }
            if (row >= sheet.rows.size())
                sheet.rows.resize(row + 1);
            if ((++rowsSeen & 1023) == 0) {
                m_feedback.progress(QString(), xml.offset(), m_totalBytes);
                if (m_feedback.cancelled())
                    return Error{XlsxReader::tr("Reading cancelled."), kOperation, {}, {}, {}};
            }
        } else if (XmlScanner::sameBytes(name, "c")) {
            int cellRow = row < 0 ? 0 : row;
            int column = nextColumn;
            QByteArrayView ref;
            if (xml.attribute("r", ref) && !parseReference(ref, cellRow, column))
                return scanError(file, part, xml, device);
            nextColumn = column + 1;
            QByteArrayView typeView;
            xml.attribute("t", typeView);
            const CellType type = cellType(typeView);
            QByteArrayView styleView;
            const int style = xml.attribute("s", styleView) ? toInt(styleView) : 0;
            if (xml.isEmptyElement()) {
                xml.next(); // </c>: a styled empty cell
                continue;
            }
            SheetCell cell;
            // The value: `value` for the rarer types; inline strings, shared string indexes
            // and numbers stay in reused buffers and are made QStrings only when new.
            QString value;
            QStringView text;
            bool hasValue = false;
            int sharedIndex = -1;
            m_number.resize(0);
            // The cell's children: <f>, <v>, <is>; read until </c>.
            for (;;) {
                const T t = xml.next();
                if (t == T::Error || t == T::End)
                    return scanError(file, part, xml, device);
                if (t == T::EndElement && XmlScanner::sameBytes(xml.name(), "c"))
                    break;
                if (t != T::StartElement)
                    continue;
                const QByteArrayView child = xml.name();
                if (XmlScanner::sameBytes(child, "v")) {
                    if (type == CellType::Number) {
                        // Numbers stay bytes until they are known to be numbers.
                        if (xml.isEmptyElement()) {
                            xml.next();
                        } else if (xml.next() == T::Text) {
                            const QByteArrayView raw = xml.rawText().trimmed();
                            m_number.resize(raw.size());
                            std::memcpy(m_number.data(), raw.data(), std::size_t(raw.size()));
                            xml.skipElement();
                        }
                        hasValue = !m_number.isEmpty();
                    } else if (type == CellType::Shared && !xml.isEmptyElement()) {
                        m_raw.resize(0);
                        const XmlScanner::RawText raw = xml.readElementRaw(m_raw);
                        sharedIndex = raw.escaped ? -1 : sharedStringIndex(m_raw);
                        value = sharedIndex >= 0 ? QString() : elementText(raw);
                        text = value;
                        hasValue = true;
                    } else {
                        value = xml.isEmptyElement() ? (xml.next(), QString()) : xml.readElementText();
                        sharedIndex = -1;
                        text = value;
                        hasValue = true;
                    }
                } else if (XmlScanner::sameBytes(child, "f")) {
                    cell.formula = true;
                    if (!xml.isEmptyElement())
                        xml.skipElement();
                    else
                        xml.next();
                } else if (XmlScanner::sameBytes(child, "is")) {
                    if (type == CellType::InlineString) {
                        m_raw.resize(0);
                        const XmlScanner::RawText raw = xml.readElementRaw(m_raw, "rPh");
                        text = utf16(raw);
                        value = QString();
                    } else {
                        value = xml.readElementText("rPh");
                        text = value;
                    }
                    sharedIndex = -1;
                    hasValue = true;
                } else if (!xml.isEmptyElement()) {
                    xml.skipElement();
                } else {
                    xml.next();
                }
            }
            const bool noText = text.isEmpty() && sharedIndex < 0;
            if (!hasValue || (cell.formula && noText && m_number.isEmpty())) {
                if (cell.formula)
                    storeCell(sheet, cellRow, column, std::move(cell));
                continue;
            }
            switch (type) {
            case CellType::Shared: {
                bool ok = sharedIndex >= 0;
                const int index = ok ? sharedIndex : value.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= m_strings.size())
                    return scanError(file, part, xml, device);
                cell.text = m_strings[index];
                cell.type = SheetCell::Type::Text;
                break;
            }
            case CellType::InlineString:
            case CellType::FormulaString:
                cell.text = pool(column).intern(text);
                cell.type = SheetCell::Type::Text;
                break;
            case CellType::Boolean:
                cell.text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                cell.type = SheetCell::Type::Boolean;
                break;
            case CellType::Error:
                cell.text = value;
                cell.type = SheetCell::Type::Error;
                break;
            case CellType::Date:
                cell.text = value.left(10); // ISO 8601
                cell.type = SheetCell::Type::Date;
                break;
            case CellType::Number:
            case CellType::Other: {
                double number = 0;
                const char *begin = m_number.constData();
                const char *end = begin + m_number.size();
                const auto [p, ec] = std::from_chars(begin, end, number);
                if (ec != std::errc() || p != end) {
                    cell.text = m_number.isEmpty() ? QString() : QString::fromUtf8(m_number);
                    cell.type = SheetCell::Type::Text;
                } else if (m_styles.isDate(style)) {
                    const double serial = m_date1904 ? number + 1462 : number;
                    const auto check = LedgerDate::fromExcelSerial(serial, QString());
                    if (check.valid) {
                        cell.text = pool(column).intern(check.normalized);
                        cell.type = SheetCell::Type::Date;
                    } else {
                        cell.text = numberText(m_number, number).toString();
                        cell.type = SheetCell::Type::Number;
                    }
                } else {
                    cell.text = pool(column).intern(numberText(m_number, number));
                    cell.type = SheetCell::Type::Number;
                }
                break;
            }
            }
            storeCell(sheet, cellRow, column, std::move(cell));
        } else if (name == "mergeCell") {
            QByteArrayView ref;
            xml.attribute("ref", ref);
            const qsizetype colon = ref.indexOf(':');
            CellRange range;
            if (colon > 0 && parseReference(ref.first(colon), range.firstRow, range.firstColumn) &&
                parseReference(ref.sliced(colon + 1), range.lastRow, range.lastColumn))
                sheet.merges << range;
        }
    }
    return {};
}

struct SheetEntry {
    QString name;
    QString part;
};

struct Workbook {
    QList<SheetEntry> sheets;
    QString sharedStrings;
    QString styles;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(const ZipReader &zip, const QString &file)
{
    Workbook book;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto rootRels = readRelationships(zip, QStringLiteral("_rels/.rels"), file);
    if (!rootRels)
        return rootRels.error();
    for (const Relationship &r : *rootRels) {
        if (r.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = r.target;
    }
    if (!zip.contains(workbookPart)) {
        Error e;
        e.message = XlsxReader::tr("%1 is a zip file but not an Excel workbook (.xlsx).").arg(file);
        e.operation = kOperation;
        return e;
    }
    auto rels = readRelationships(zip,
                                  dirOf(workbookPart) + QStringLiteral("_rels/") +
                                      workbookPart.mid(dirOf(workbookPart).size()) +
                                      QStringLiteral(".rels"),
                                  file);
    if (!rels)
        return rels.error();
    for (const Relationship &r : *rels) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            book.sharedStrings = r.target;
        else if (r.type.endsWith(QLatin1String("/styles")))
            book.styles = r.target;
    }
    auto bytes = zip.read(workbookPart);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            book.date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            const auto a = xml.attributes();
            const QString rid = relationshipId(a);
            const auto it = rels->constFind(rid);
            if (it == rels->cend() || !it->type.endsWith(QLatin1String("/worksheet")))
                continue; // a chart sheet or a dialog sheet: no cells to import
            book.sheets << SheetEntry{a.value(QLatin1String("name")).toString(), it->target};
        }
    }
    if (xml.hasError())
        return xmlError(file, workbookPart, xml);
    if (book.sheets.isEmpty()) {
        Error e;
        e.message = XlsxReader::tr("%1 has no worksheet.").arg(file);
        e.operation = kOperation;
        return e;
    }
    return book;
}

} // namespace

void SheetData::fillMerges()
{
    for (const CellRange &m : std::as_const(merges)) {
        const SheetCell *origin = cell(m.firstRow, m.firstColumn);
        if (!origin)
            continue;
        const SheetCell source = *origin;
        const int lastRow = std::min(m.lastRow, int(rows.size()) - 1);
        for (int r = m.firstRow; r <= lastRow; ++r) {
            auto &cells = rows[r];
            if (m.lastColumn >= cells.size())
                cells.resize(m.lastColumn + 1);
            for (int c = m.firstColumn; c <= m.lastColumn; ++c) {
                if (r != m.firstRow || c != m.firstColumn)
                    cells[c] = source;
            }
        }
        columnCount = std::max(columnCount, m.lastColumn + 1);
    }
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    auto zip = ZipReader::open(path);
    if (!zip)
        return zip.error();
    auto book = readWorkbook(*zip, QFileInfo(path).fileName());
    if (!book)
        return book.error();
    QStringList names;
    for (const SheetEntry &s : book->sheets)
        names << s.name;
    return names;
}

Result<WorkbookData> XlsxReader::read(const QString &path, const Options &options,
                                      Feedback &feedback)
{
    const QString file = QFileInfo(path).fileName();
    auto zip = ZipReader::open(path);
    if (!zip)
        return zip.error();
    auto book = readWorkbook(*zip, file);
    if (!book)
        return book.error();
    feedback.progress(tr("Reading %1").arg(file), 0, 0);
    QElapsedTimer clock;
    clock.start();
    auto strings = readSharedStrings(*zip, book->sharedStrings, file, options.inflation);
    if (!strings)
        return strings.error();
    auto styles = readStyles(*zip, book->styles, file);
    if (!styles)
        return styles.error();
    qCDebug(lcXlsx) << strings->size() << "shared strings and the styles read in" << clock.restart()
                    << "ms";

    WorkbookData out;
    for (const SheetEntry &entry : book->sheets) {
        if (!options.sheet.isEmpty() && entry.name != options.sheet)
            continue;
        auto device = zip->device(entry.part, options.inflation);
        if (!device)
            return device.error();
        SheetData sheet;
        sheet.name = entry.name;
        const qint64 size = zip->size(entry.part);
        SheetParser parser(*strings, *styles, book->date1904, options, feedback, size);
        if (Status s = parser.parse(device->get(), sheet, file, entry.part); !s)
            return s.error();
        sheet.fillMerges();
        qCDebug(lcXlsx) << "sheet of" << sheet.rows.size() << "rows read in" << clock.restart()
                        << "ms";
        out.sheets << std::move(sheet);
    }
    if (out.sheets.isEmpty()) {
        Error e;
        e.message = tr("%1 has no sheet named %2.").arg(file, options.sheet);
        e.operation = kOperation;
        return e;
    }
    return out;
}

} // namespace gridbook
