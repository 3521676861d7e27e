// SPDX-License-Identifier: MIT
#include "io/ResidentImporter.h"

#include "db/BulkInsert.h"
#include "db/BulkJournal.h"
#include "db/DeferredIndexes.h"
#include "db/RecordUid.h"
#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"
#include "db/TransactionGuard.h"
#include "domain/LedgerDate.h"
#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"
#include "io/AddressParser.h"
#include "records/RecordStore.h"
#include "records/ResidentRepository.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>

#include <array>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

Q_LOGGING_CATEGORY(lcImport, "gridbook.io.import", QtWarningMsg)

namespace gridbook {

namespace {

using F = ImportField;
constexpr int kFields = int(F::HouseholdUid) + 1;
constexpr int kProgressEvery = 2048;
/** Rows per INSERT for households, places and care categories. (One per statement for
 *  residents, so that a failure names its row.) */
constexpr int kRowsPerStatement = 16;
/** Sheets with at least this many rows are checked on two threads. */
constexpr int kParallelCheckRows = 8192;
const QString kOperation = QStringLiteral("import residents");
/** Values handed to SQLite per JSON array: a whole file's worth as one text would cost tens
 *  of megabytes while bound (and those megabytes come on top of the sheet and its rows). */
constexpr qsizetype kJsonChunk = 4096;

/** `count` texts of `values` from `from` as a compact JSON array. */
QString jsonArray(const QStringList &values, qsizetype from, qsizetype count)
{
    QString out;
    out.reserve(count * 24 + 2);
    out += u'[';
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            out += u',';
        out += u'"';
        for (const QChar c : values[i]) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += u'"';
    }
    out += u']';
    return out;
}

/** A connection PRAGMA changed for part of an import and put back as it was at the end of
 *  the scope, whatever the outcome. Best effort: a setting SQLite refuses (temp_store inside
 *  a transaction the caller opened) only costs time. */
class PragmaScope {
public:
    PragmaScope(const QSqlDatabase &db, const char *name, const char *value)
        : m_db(db), m_name(QString::fromLatin1(name))
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA ") + m_name) || !q.next())
            return;
        const QString old = q.value(0).toString();
        q.finish();
        if (old != QLatin1String(value) &&
            q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, QLatin1String(value))))
            m_old = old;
    }
    ~PragmaScope()
    {
        if (m_old.isEmpty())
            return;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, m_old)))
            qCWarning(lcImport) << "could not put back PRAGMA" << m_name;
    }
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

    /** True when the setting was changed (and is put back at the end of the scope). */
    bool changed() const { return !m_old.isEmpty(); }

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_old;
};

/** A Chinese character (CJK Unified Ideographs and Extension A): NFKC leaves it as it is, it
 *  is no blank and has no case. */
bool isChineseCharacter(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

/** The cell's text without blanks at either end, as trimmed() gives it; a text that starts
 *  and ends with an ASCII letter or digit or a Chinese character (nearly every cell) is
 *  handed back as it is, without the Unicode look-ups of the general test. */
QString trimmedCell(const QString &text)
{
    auto plain = [](QChar c) {
        return (c.unicode() > u' ' && c.unicode() < 0x7f) || isChineseCharacter(c);
    };
    if (text.isEmpty() || (plain(text.front()) && plain(text.back())))
        return text;
    return text.trimmed();
}

/** Lower-case, NFKC-folded, blank-free text for matching code names ("汉 族" = "汉族"). */
QString key(const QString &text)
{
    // Chinese characters, and ASCII that is neither a capital nor a blank, are their own key:
    // most names of codes and places are made of nothing else.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            const char16_t u = c.unicode();
            return isChineseCharacter(c) || (u > u' ' && u < 0x7f && !(u >= u'A' && u <= u'Z'));
        }))
        return text;
    QString folded = text;
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0xFF00 || c.isSpace() || c.category() == QChar::Other_Format) {
            plain = false;
            break;
        }
    }
    if (!plain)
        folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            out += c.toLower();
    }
    return out;
}

// ------------------------------------------------------------------------------ code lookups

struct Codes {
    QHash<QString, QString> sex;
    QHash<QString, QString> ethnicity;
    QHash<QString, QString> political;
    QHash<QString, QString> relation;
    QHash<QString, QString> residence;
    QHash<QString, qint64> care;
};

Status loadCodes(const QSqlDatabase &db, Codes &codes)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto load = [&](const QString &sql, QHash<QString, QString> &into) -> Status {
        if (!q.exec(sql))
            return SqlErrors::fromQuery(q, QStringLiteral("load codes"));
        while (q.next()) {
            const QString code = q.value(0).toString();
            into.insert(key(code), code);
            for (int i = 1; i < q.record().count(); ++i) {
                if (!q.value(i).isNull())
                    into.insert(key(q.value(i).toString()), code);
            }
        }
        return {};
    };
    if (Status s = load(QStringLiteral("SELECT code, name FROM sex_code"), codes.sex); !s)
        return s;
    if (Status s =
            load(QStringLiteral("SELECT code, name, roman FROM ethnicity_code"), codes.ethnicity);
        !s)
        return s;
    if (Status s = load(QStringLiteral("SELECT code, name, short_name FROM political_status_code"),
                        codes.political);
        !s)
        return s;
    if (Status s = load(QStringLiteral("SELECT code, name FROM relation_code"), codes.relation); !s)
        return s;
    if (Status s =
            load(QStringLiteral("SELECT code, name FROM residence_type_code"), codes.residence);
        !s)
        return s;
    // What sheets write besides the standard names.
    auto alias = [](QHash<QString, QString> &map, const QString &code,
                    std::initializer_list<const char *> names) {
        for (const char *n : names)
            map.insert(key(QString::fromUtf8(n)), code);
    };
    alias(codes.sex, QStringLiteral("1"), {"男性", "m", "male"});
    alias(codes.sex, QStringLiteral("2"), {"女性", "f", "female"});
    // "汉" for 汉族, "回" for 回族, ...: every name without its 族.
    const QHash<QString, QString> ethnicities = codes.ethnicity;
    for (auto it = ethnicities.cbegin(); it != ethnicities.cend(); ++it) {
        if (it.key().endsWith(u'族') && it.key().size() >= 2)
            codes.ethnicity.insert(it.key().chopped(1), it.value());
    }
    alias(codes.political, QStringLiteral("01"), {"党员", "共产党员", "中国共产党员"});
    alias(codes.political, QStringLiteral("02"), {"预备党员"});
    alias(codes.political, QStringLiteral("03"), {"团员", "共青团员"});
    alias(codes.political, QStringLiteral("12"), {"无党派", "无党派民主人士"});
    alias(codes.political, QStringLiteral("13"), {"无", "普通群众"});
    alias(codes.relation, QStringLiteral("02"), {"本人", "户主本人", "本人(户主)"});
    alias(codes.relation, QStringLiteral("11"), {"丈夫", "夫"});
    alias(codes.relation, QStringLiteral("12"), {"妻子", "妻"});
    alias(codes.relation, QStringLiteral("10"), {"配偶", "爱人"});
    alias(codes.relation, QStringLiteral("20"), {"儿子", "之子"});
    alias(codes.relation, QStringLiteral("30"), {"女儿", "之女"});
    alias(codes.relation, QStringLiteral("38"), {"媳妇"});
    alias(codes.relation, QStringLiteral("51"), {"父", "爸爸"});
    alias(codes.relation, QStringLiteral("52"), {"母", "妈妈"});
    alias(codes.relation, QStringLiteral("70"), {"兄弟", "姐妹"});
    alias(codes.relation, QStringLiteral("75"), {"姐"});
    alias(codes.relation, QStringLiteral("77"), {"妹"});
    alias(codes.relation, QStringLiteral("60"), {"祖父母"});
    alias(codes.relation, QStringLiteral("99"), {"租户", "租客", "保姆", "朋友", "同住"});
    alias(codes.residence, QStringLiteral("1"), {"户籍", "本地户籍", "户籍人员", "常住户籍"});
    alias(codes.residence, QStringLiteral("2"), {"常住", "常住人员", "非户籍常住"});
    alias(codes.residence, QStringLiteral("3"),
          {"流动", "流动人员", "外来人口", "外来", "暂住", "暂住人口"});
    alias(codes.residence, QStringLiteral("4"), {"人户分离人员", "空挂户", "空挂", "户在人不在"});
    alias(codes.residence, QStringLiteral("5"), {"境外", "外籍", "境外人口"});

    if (!q.exec(
            QStringLiteral("SELECT id, code, name FROM care_category WHERE archived_at IS NULL")))
        return SqlErrors::fromQuery(q, QStringLiteral("load care categories"));
    while (q.next()) {
        codes.care.insert(key(q.value(1).toString()), q.value(0).toLongLong());
        codes.care.insert(key(q.value(2).toString()), q.value(0).toLongLong());
    }
    // Short forms: 低保 for 低保户, 残疾 for 残疾人, 高龄 for 80岁以上高龄老人, ...
    const QHash<QString, qint64> byName = codes.care;
    auto careAlias = [&](const char *code, std::initializer_list<const char *> names) {
        const auto it = byName.constFind(key(QString::fromUtf8(code)));
        if (it == byName.cend())
            return;
        for (const char *n : names)
            codes.care.insert(key(QString::fromUtf8(n)), *it);
    };
    careAlias("low_income", {"低保", "低保对象", "低保人员"});
    careAlias("hardship", {"困难户", "困难群众", "困难"});
    careAlias("widowed_elderly", {"孤寡"});
    careAlias("living_alone", {"独居"});
    careAlias("empty_nest", {"空巢"});
    careAlias("disabled", {"残疾", "残障人士", "残疾人员"});
    careAlias("disabled_elderly", {"失能"});
    careAlias("over_80", {"高龄", "高龄老人", "80岁以上"});
    careAlias("left_behind_child", {"留守"});
    careAlias("military_family", {"军属", "军烈属", "优抚对象"});
    careAlias("veteran", {"退伍军人"});
    careAlias("special_hardship", {"特困", "特困人员", "五保户"});
    return {};
}

// ------------------------------------------------------------------------------ rows

struct Row {
    enum class Action : quint8 { Insert, Update, Skip, Review, Reject };

    ImportRowRef ref;
    int sheet = 0;
    int index = 0; ///< zero-based row of the sheet
    /** The row's cells in its sheet, which the caller holds for the whole run. */
    const SheetCell *cells = nullptr;
    quint32 given = 0;
    QList<qint64> care;
    QString initials;
    QString pinyin;
    QStringList reasons;
    Action action = Action::Insert;
    // The person in the ledger with this ID number or record id.
    qint64 existingId = 0;
    qint64 existingHousehold = 0;
    bool existingArchived = false;
    QString existingName;
    int group = -1;

    bool has(F f) const { return given & (1u << int(f)); }
    const QString &value(F f) const
    {
        const qint32 s = m_source[std::size_t(f)];
        if (s >= 0)
            return cells[s].text;
        return s == kNone ? emptyText() : m_own[-1 - s];
    }
    /** The value is the text of cell `column` as it stands (no copy of it is kept). */
    void setCell(F f, int column)
    {
        m_source[std::size_t(f)] = qint32(column);
        mark(f, cells[column].text.isEmpty());
    }
    void set(F f, QString text)
    {
        // An unchanged value keeps pointing at its cell: no copy per checked ID number, date
        // or phone, and no 24-byte string per field and row beside the sheet's.
        if (value(f) == text)
            return;
        qint32 &s = m_source[std::size_t(f)];
        if (text.isEmpty()) {
            s = kNone;
        } else if (s >= 0 || s == kNone) {
            m_own.append(std::move(text));
            s = qint32(-m_own.size());
        } else {
            m_own[-1 - s] = std::move(text);
        }
        mark(f, s == kNone);
    }

private:
    static constexpr qint32 kNone = std::numeric_limits<qint32>::min();
    static const QString &emptyText()
    {
        static const QString empty;
        return empty;
    }
    void mark(F f, bool empty)
    {
        if (empty)
            given &= ~(1u << int(f));
        else
            given |= 1u << int(f);
    }

    /** Per field: a column of `cells`, -1 - n for m_own[n], or kNone. */
    std::array<qint32, kFields> m_source = [] {
        std::array<qint32, kFields> a;
        a.fill(kNone);
        return a;
    }();
    /** The values the checks changed (codes for names, normalized numbers): a handful. */
    QVarLengthArray<QString, 6> m_own;
};

/** Checks rows against the rules; collects issues. */
class RowChecker {
public:
    RowChecker(const Codes &codes, const ImportOptions &options, QList<ImportIssue> &issues)
        : m_codes(codes), m_options(options), m_issues(issues)
    {
    }

    /** False for a row to leave out without a word (blank, a repeated header, a total). */
    bool check(const ImportSheet &sheet, int sheetIndex, int index, Row &row);

private:
    void reject(Row &row, const ImportSheet &sheet, int column, const QString &value,
                const QString &reason);
    void warn(Row &row, const ImportSheet &sheet, int column, const QString &value,
              const QString &reason,
              ImportIssue::Severity severity = ImportIssue::Severity::Warning);
    QString code(const QHash<QString, QString> &map, Row &row, const ImportSheet &sheet, int column,
                 const QString &text, const char *what);

    const Codes &m_codes;
    const ImportOptions &m_options;
    QList<ImportIssue> &m_issues;
    /** Per code table, the texts of this sheet already found in it: a sheet writes a handful
     *  of names (男, 汉族, 群众) in every row, folded once each rather than once per cell. */
    std::unordered_map<const void *, QHash<QString, QString>> m_found;
};

void RowChecker::reject(Row &row, const ImportSheet &sheet, int column, const QString &value,
                        const QString &reason)
{
    row.action = Row::Action::Reject;
    const QString header = column >= 0 && column < sheet.layout.headers.size()
                               ? sheet.layout.headers[column]
                               : QString();
    row.reasons << (header.isEmpty() ? reason : header + QStringLiteral(": ") + reason);
    m_issues << ImportIssue{row.ref, sheet.data.name, header,
                            value,   reason,          ImportIssue::Severity::Error};
}

void RowChecker::warn(Row &row, const ImportSheet &sheet, int column, const QString &value,
                      const QString &reason, ImportIssue::Severity severity)
{
    const QString header = column >= 0 && column < sheet.layout.headers.size()
                               ? sheet.layout.headers[column]
                               : QString();
    m_issues << ImportIssue{row.ref, sheet.data.name, header, value, reason, severity};
}

QString RowChecker::code(const QHash<QString, QString> &map, Row &row, const ImportSheet &sheet,
                         int column, const QString &text, const char *what)
{
    QHash<QString, QString> &found = m_found[&map];
    if (const auto known = found.constFind(text); known != found.cend())
        return *known;
    const auto it = map.constFind(key(text));
    if (it != map.cend()) {
        if (found.size() < 4096)
            found.insert(text, *it);
        return *it;
    }
    // Translated only here: tr() takes the translator's lock, and both check threads would
    // take it for every cell.
    reject(row, sheet, column, text,
           ResidentImporter::tr("not a known %1").arg(ResidentImporter::tr(what)));
    return {};
}

bool RowChecker::check(const ImportSheet &sheet, int sheetIndex, int index, Row &row)
{
    const SheetLayout &layout = sheet.layout;
    const auto &cells = sheet.data.rows[index];
    row.ref = {sheetIndex, index + 1};
    row.sheet = sheetIndex;
    row.index = index;
    row.cells = cells.constData();

    // Blank rows, and headers repeated further down (sheets pasted together), are not data.
    int filled = 0;
    int sameAsHeader = 0;
    for (int c = 0; c < layout.fields.size(); ++c) {
        if (layout.fields[c] == F::Ignore || c >= cells.size())
            continue;
        const SheetCell &cell = cells[c];
        if (cell.isEmpty() && !cell.formula)
            continue;
        ++filled;
        const QString text = trimmedCell(cell.text);
        if (text == layout.headers[c] ||
            (!text.isEmpty() && layout.headers[c].endsWith(text) &&
             ColumnMapper::fieldForHeader(cell.text) == layout.fields[c]))
            ++sameAsHeader;
    }
    if (filled == 0 || sameAsHeader * 2 >= filled)
        return false;

    for (int c = 0; c < layout.fields.size() && c < cells.size(); ++c) {
        const F field = layout.fields[c];
        if (field == F::Ignore)
            continue;
        const SheetCell &cell = cells[c];
        if (cell.formula && cell.type == SheetCell::Type::Empty) {
            reject(row, sheet, c, QString(),
                   ResidentImporter::tr(
                       "a formula whose result the file does not hold; open the file in Excel or "
                       "WPS, save it, and import again"));
            continue;
        }
        if (cell.type == SheetCell::Type::Error) {
            reject(row, sheet, c, cell.text,
                   ResidentImporter::tr("the cell shows an error instead of a value"));
            continue;
        }
        if (cell.isEmpty())
            continue;
        QString text = trimmedCell(cell.text);

        switch (field) {
        case F::IdNumber:
            if (cell.type == SheetCell::Type::Number &&
                (std::fabs(cell.number()) >= 1e15 || text.contains(u'E', Qt::CaseInsensitive))) {
                // An 18-digit number in a number cell keeps 15 significant digits.
                reject(row, sheet, c, text,
                       ResidentImporter::tr(
                           "stored as a number, so the spreadsheet kept only its first 15 "
                           "digits; the number cannot be recovered - type it again as text"));
                continue;
            }
            if (text.contains(u'*')) {
                reject(row, sheet, c, text,
                       ResidentImporter::tr(
                           "masked (an export without --full); the digits are not in the file"));
                continue;
            }
            break;
        case F::Phone:
            if (cell.type == SheetCell::Type::Number && std::fabs(cell.number()) >= 1e15) {
                reject(row, sheet, c, text,
                       ResidentImporter::tr(
                           "stored as a number that lost its last digits; type it again as text"));
                continue;
            }
            break;
        case F::BirthDate:
            if (cell.type == SheetCell::Type::Number) {
                // 19800101 typed as a number, or an Excel day number without a date format.
                const double number = cell.number();
                if (number >= 19000101 && number <= 21001231)
                    text = QString::number(qint64(number));
                else {
                    const auto d = LedgerDate::fromExcelSerial(number, layout.headers.value(c));
                    if (!d.valid) {
                        reject(row, sheet, c, text, d.message);
                        continue;
                    }
                    text = d.normalized;
                }
            }
            break;
        default:
            break;
        }
        // Text with nothing to trim shares the cell's characters: the cell's own text.
        if (text.constData() == cell.text.constData() && text.size() == cell.text.size())
            row.setCell(field, c);
        else
            row.set(field, text);
    }

    const auto col = [&](F f) { return layout.column(f); };

    // Name, unless this is a total line.
    const QString name = row.value(F::Name);
    if (name.isEmpty()) {
        if (row.action != Row::Action::Reject)
            reject(row, sheet, col(F::Name), QString(), ResidentImporter::tr("the name is empty"));
    } else {
        static const QStringList totals = {QStringLiteral("合计"), QStringLiteral("总计"),
                                           QStringLiteral("小计"), QStringLiteral("总数")};
        if (totals.contains(key(name)) && !row.has(F::IdNumber))
            return false;
        // A name of Chinese characters alone (nearly every one) is as NFKC and simplified()
        // would leave it: the general path is for the rest.
        const bool plain = std::all_of(name.cbegin(), name.cend(), isChineseCharacter);
        QString cleaned =
            plain ? name : name.normalized(QString::NormalizationForm_KC).simplified();
        // Blanks inside a Chinese name are typing slips (张 三); Latin names keep theirs.
        if (cleaned.contains(u' ')) {
            if (std::any_of(cleaned.cbegin(), cleaned.cend(), isChineseCharacter))
                cleaned.remove(u' ');
        }
        if (cleaned.size() > 60)
            reject(row, sheet, col(F::Name), name,
                   ResidentImporter::tr("longer than 60 characters"));
        row.set(F::Name, cleaned);
    }

    if (row.has(F::IdNumber)) {
        const ResidentId::Check check = ResidentId::check(row.value(F::IdNumber), m_options.today);
        if (!check.valid)
            reject(row, sheet, col(F::IdNumber), row.value(F::IdNumber), check.message);
        else
            row.set(F::IdNumber, check.normalized);
    }
    if (row.has(F::Sex))
        row.set(F::Sex, code(m_codes.sex, row, sheet, col(F::Sex), row.value(F::Sex),
                             QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "sex")));
    if (row.has(F::BirthDate)) {
        const auto d =
            LedgerDate::parse(row.value(F::BirthDate), layout.headers.value(col(F::BirthDate)));
        if (!d.valid)
            reject(row, sheet, col(F::BirthDate), row.value(F::BirthDate), d.message);
        else if (d.date > m_options.today)
            reject(row, sheet, col(F::BirthDate), row.value(F::BirthDate),
                   ResidentImporter::tr("a birth date in the future"));
        else
            row.set(F::BirthDate, d.normalized);
    }
    if (row.has(F::Ethnicity))
        row.set(F::Ethnicity,
                code(m_codes.ethnicity, row, sheet, col(F::Ethnicity), row.value(F::Ethnicity),
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "ethnicity")));
    if (row.has(F::Political))
        row.set(F::Political,
                code(m_codes.political, row, sheet, col(F::Political), row.value(F::Political),
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "political status")));
    if (row.has(F::Relation))
        row.set(F::Relation,
                code(m_codes.relation, row, sheet, col(F::Relation), row.value(F::Relation),
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter",
                                       "relation to the head of household")));
    if (row.has(F::ResidenceType))
        row.set(F::ResidenceType,
                code(m_codes.residence, row, sheet, col(F::ResidenceType),
                     row.value(F::ResidenceType),
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "residence type")));
    if (row.has(F::Phone)) {
        // "13812345678/0355-1234567": the first number is the resident's; say what was left.
        static const QRegularExpression separators(QStringLiteral("[,，;；/、]|\\s{2,}"));
        const QString text = row.value(F::Phone);
        // Most cells hold one number: the expression runs only where a separator could be.
        bool several = false;
        for (qsizetype i = 0; i < text.size() && !several; ++i) {
            const QChar c = text[i];
            several = c == u',' || c == u'，' || c == u';' || c == u'；' || c == u'/' ||
                      c == u'、' || (c.isSpace() && i + 1 < text.size() && text[i + 1].isSpace());
        }
        QStringList numbers =
            several ? text.split(separators, Qt::SkipEmptyParts) : QStringList{text};
        const PhoneNumber::Check check = PhoneNumber::check(numbers.value(0));
        if (!check.valid) {
            reject(row, sheet, col(F::Phone), text, check.message);
        } else {
            row.set(F::Phone, check.normalized);
            if (numbers.size() > 1)
                warn(row, sheet, col(F::Phone), text,
                     ResidentImporter::tr(
                         "only the first number was imported; the others are in the note"),
                     ImportIssue::Severity::Note);
            if (numbers.size() > 1) {
                numbers.removeFirst();
                const QString extra =
                    ResidentImporter::tr("Other phone: %1").arg(numbers.join(QStringLiteral(", ")));
                row.set(F::Note, row.value(F::Note).isEmpty()
                                     ? extra
                                     : row.value(F::Note) + QStringLiteral("; ") + extra);
            }
        }
    }
    if (row.has(F::CareCategories)) {
        // Names are separated by 、 , ; or blanks; a name may itself hold a '/'
        // (社区戒毒/康复人员), so a part is tried whole before it is split there.
        static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
        QStringList unknown;
        auto add = [&](const QString &name) {
            const auto it = m_codes.care.constFind(key(name));
            if (it == m_codes.care.cend())
                return false;
            if (!row.care.contains(*it))
                row.care << *it;
            return true;
        };
        const QString categories = row.value(F::CareCategories);
        // One category alone (most cells) needs no splitting by the expression.
        const bool one = std::none_of(categories.cbegin(), categories.cend(), [](QChar c) {
            return c == u'、' || c == u',' || c == u'，' || c == u';' || c == u'；' || c.isSpace();
        });
        const QStringList parts =
            one ? QStringList{categories} : categories.split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (add(part))
                continue;
            for (const QString &piece : part.split(u'/', Qt::SkipEmptyParts)) {
                if (!add(piece))
                    unknown << piece;
            }
        }
        if (!unknown.isEmpty())
            warn(row, sheet, col(F::CareCategories), row.value(F::CareCategories),
                 ResidentImporter::tr("not a care category of this ledger, left out: %1")
                     .arg(unknown.join(QStringLiteral("、"))));
    }
    for (F f : {F::ResidentUid, F::HouseholdUid}) {
        if (row.has(f) && !RecordUid::isValid(row.value(f).toLower())) {
            warn(row, sheet, col(f), row.value(f),
                 ResidentImporter::tr("not a record id; ignored"));
            row.set(f, QString());
        } else if (row.has(f)) {
            row.set(f, row.value(f).toLower());
        }
    }
    for (F f : {F::Education, F::Marital, F::WorkStatus, F::Workplace, F::RegisteredAddress,
                F::Note, F::HouseholdNumber, F::Community, F::Compound, F::Building, F::Unit,
                F::Room, F::Address}) {
        if (row.has(f) && row.value(f).size() > 500)
            reject(row, sheet, col(f), row.value(f).left(40),
                   ResidentImporter::tr("longer than 500 characters"));
    }
    if (row.action == Row::Action::Reject)
        return true;

    // The resident rules in one place: ID number, birth date and sex agree; pinyin keys.
    Record record;
    record.insert(QStringLiteral("name"), row.value(F::Name));
    if (row.has(F::IdNumber))
        record.insert(QStringLiteral("id_number"), row.value(F::IdNumber));
    if (row.has(F::BirthDate))
        record.insert(QStringLiteral("birth_date"), row.value(F::BirthDate));
    if (row.has(F::Sex))
        record.insert(QStringLiteral("sex_code"), row.value(F::Sex));
    if (row.has(F::Phone))
        record.insert(QStringLiteral("phone"), row.value(F::Phone));
    const auto valid = ResidentRepository::validated(record, Record(), m_options.today);
    if (!valid) {
        const QString field = valid.error().field;
        const F f = field == QLatin1String("birth_date") ? F::BirthDate
                    : field == QLatin1String("sex_code") ? F::Sex
                    : field == QLatin1String("phone")    ? F::Phone
                    : field == QLatin1String("name")     ? F::Name
                                                         : F::IdNumber;
        reject(row, sheet, col(f), row.value(f), valid.error().message);
        return true;
    }
    row.initials = valid->value(QStringLiteral("name_initials")).toString();
    row.pinyin = valid->value(QStringLiteral("name_pinyin")).toString();
    if (!row.has(F::BirthDate))
        row.set(F::BirthDate, valid->value(QStringLiteral("birth_date")).toString());
    if (!row.has(F::Sex))
        row.set(F::Sex, valid->value(QStringLiteral("sex_code")).toString());
    return true;
}

// ------------------------------------------------------------------------------ places

/** The ledger's places, and the ones this import adds, with lookups by name and number. */
class Places {
public:
    struct Node {
        qint64 id = 0; ///< record id; for a new node assigned when written
        int parent = -1;
        QString name;
        int number = 0;
        int floor = 0;
        bool isNew = false;
    };

    explicit Places(QSqlDatabase db) : m_db(std::move(db)) {}

    Status load();

    /** The dwelling for a row, or -1 with `reason` set. */
    int resolve(const Row &row, const ImportOptions &options, QString &reason);

    std::vector<Node> communities, compounds, buildings, units, dwellings;

    int newCount(const std::vector<Node> &nodes) const
    {
        return int(
            std::count_if(nodes.begin(), nodes.end(), [](const Node &n) { return n.isNew; }));
    }

private:
    int community(const QString &name);
    int compound(int community, const QString &name);
    int building(int compound, int number, const QString &name);
    int unit(int building, int number, const QString &name);
    int dwelling(int building, int unit, const QString &room, int floor);
    Status loadDwellings(int building);

    QSqlDatabase m_db;
    QHash<QString, int> m_communityByName;
    QHash<QString, int> m_compoundByName; // "community|name"
    QHash<QString, int> m_buildingByKey;  // "compound|#3" or "compound|name"
    QHash<QString, int> m_unitByKey;      // "building|#2" or "building|name"
    QHash<QString, int> m_dwellingByKey;  // "building|unit|room"
    QSet<int> m_dwellingsLoaded;
    QHash<int, QStringList> m_compoundNames; // community -> names, for the address parser
    QStringList m_allCompoundNames;
    Status m_status;

public:
    const Status &status() const { return m_status; }
};

Status Places::load()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name FROM community WHERE archived_at IS NULL ORDER BY id")))
        return SqlErrors::fromQuery(q, QStringLiteral("load communities"));
    QHash<qint64, int> communityIndex;
    while (q.next()) {
        communityIndex.insert(q.value(0).toLongLong(), int(communities.size()));
        m_communityByName.insert(key(q.value(1).toString()), int(communities.size()));
        communities.push_back({q.value(0).toLongLong(), -1, q.value(1).toString(), 0, 0, false});
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, community_id, name FROM compound WHERE archived_at IS NULL")))
        return SqlErrors::fromQuery(q, QStringLiteral("load compounds"));
    QHash<qint64, int> compoundIndex;
    while (q.next()) {
        const int parent = communityIndex.value(q.value(1).toLongLong(), -1);
        if (parent < 0)
            continue;
        const QString name = q.value(2).toString();
        compoundIndex.insert(q.value(0).toLongLong(), int(compounds.size()));
        m_compoundByName.insert(QString::number(parent) + u'|' + key(name), int(compounds.size()));
        m_compoundNames[parent] << name;
        m_allCompoundNames << name;
        compounds.push_back({q.value(0).toLongLong(), parent, name, 0, 0, false});
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, compound_id, name, number FROM building WHERE archived_at IS NULL")))
        return SqlErrors::fromQuery(q, QStringLiteral("load buildings"));
    QHash<qint64, int> buildingIndex;
    while (q.next()) {
        const int parent = compoundIndex.value(q.value(1).toLongLong(), -1);
        if (parent < 0)
            continue;
        const QString name = q.value(2).toString();
        int number = q.value(3).isNull() ? 0 : q.value(3).toInt();
        if (number <= 0)
            number = AddressParser::buildingNumber(name);
        buildingIndex.insert(q.value(0).toLongLong(), int(buildings.size()));
        const QString prefix = QString::number(parent) + u'|';
        if (number > 0)
            m_buildingByKey.insert(prefix + u'#' + QString::number(number), int(buildings.size()));
        m_buildingByKey.insert(prefix + key(AddressParser::fold(name)), int(buildings.size()));
        buildings.push_back({q.value(0).toLongLong(), parent, name, number, 0, false});
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, building_id, name, number FROM building_unit WHERE archived_at IS NULL")))
        return SqlErrors::fromQuery(q, QStringLiteral("load units"));
    while (q.next()) {
        const int parent = buildingIndex.value(q.value(1).toLongLong(), -1);
        if (parent < 0)
            continue;
        const QString name = q.value(2).toString();
        int number = q.value(3).isNull() ? 0 : q.value(3).toInt();
        if (number <= 0)
            number = AddressParser::unitNumber(name);
        const QString prefix = QString::number(parent) + u'|';
        if (number > 0)
            m_unitByKey.insert(prefix + u'#' + QString::number(number), int(units.size()));
        m_unitByKey.insert(prefix + key(AddressParser::fold(name)), int(units.size()));
        units.push_back({q.value(0).toLongLong(), parent, name, number, 0, false});
    }
    return {};
}

Status Places::loadDwellings(int building)
{
    if (m_dwellingsLoaded.contains(building))
        return {};
    m_dwellingsLoaded.insert(building);
    const Node &b = buildings[std::size_t(building)];
    if (b.isNew)
        return {};
    // Units of this building by record id, for the keys.
    QHash<qint64, int> unitIndex;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i].parent == building && !units[i].isNew)
            unitIndex.insert(units[i].id, int(i));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, unit_id, room, floor FROM dwelling "
                             "WHERE building_id = ? AND archived_at IS NULL"));
    q.addBindValue(b.id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("load dwellings"));
    while (q.next()) {
        const int unit = q.value(1).isNull() ? -1 : unitIndex.value(q.value(1).toLongLong(), -2);
        if (unit == -2)
            continue;
        const QString room = q.value(2).toString();
        m_dwellingByKey.insert(QStringLiteral("%1|%2|%3").arg(building).arg(unit).arg(key(room)),
                               int(dwellings.size()));
        dwellings.push_back({q.value(0).toLongLong(), unit, room, 0, q.value(3).toInt(), false});
    }
    return {};
}

int Places::community(const QString &name)
{
    const QString k = key(name);
    const auto it = m_communityByName.constFind(k);
    if (it != m_communityByName.cend())
        return *it;
    communities.push_back({0, -1, name.trimmed(), 0, 0, true});
    m_communityByName.insert(k, int(communities.size() - 1));
    return int(communities.size() - 1);
}

int Places::compound(int community, const QString &name)
{
    const QString k = QString::number(community) + u'|' + key(name);
    const auto it = m_compoundByName.constFind(k);
    if (it != m_compoundByName.cend())
        return *it;
    compounds.push_back({0, community, name.trimmed(), 0, 0, true});
    m_compoundByName.insert(k, int(compounds.size() - 1));
    m_compoundNames[community] << name.trimmed();
    m_allCompoundNames << name.trimmed();
    return int(compounds.size() - 1);
}

int Places::building(int compound, int number, const QString &name)
{
    const QString prefix = QString::number(compound) + u'|';
    if (number > 0) {
        const auto it = m_buildingByKey.constFind(prefix + u'#' + QString::number(number));
        if (it != m_buildingByKey.cend())
            return *it;
    }
    const QString folded = key(AddressParser::fold(name));
    const auto it = m_buildingByKey.constFind(prefix + folded);
    if (it != m_buildingByKey.cend())
        return *it;
    const int index = int(buildings.size());
    buildings.push_back({0, compound, name, number, 0, true});
    if (number > 0)
        m_buildingByKey.insert(prefix + u'#' + QString::number(number), index);
    m_buildingByKey.insert(prefix + folded, index);
    return index;
}

int Places::unit(int building, int number, const QString &name)
{
    const QString prefix = QString::number(building) + u'|';
    if (number > 0) {
        const auto it = m_unitByKey.constFind(prefix + u'#' + QString::number(number));
        if (it != m_unitByKey.cend())
            return *it;
    }
    const QString folded = key(AddressParser::fold(name));
    const auto it = m_unitByKey.constFind(prefix + folded);
    if (it != m_unitByKey.cend())
        return *it;
    const int index = int(units.size());
    units.push_back({0, building, name, number, 0, true});
    if (number > 0)
        m_unitByKey.insert(prefix + u'#' + QString::number(number), index);
    m_unitByKey.insert(prefix + folded, index);
    return index;
}

int Places::dwelling(int building, int unit, const QString &room, int floor)
{
    if (Status s = loadDwellings(building); !s) {
        m_status = s;
        return -1;
    }
    const QString k = QStringLiteral("%1|%2|%3").arg(building).arg(unit).arg(key(room));
    const auto it = m_dwellingByKey.constFind(k);
    if (it != m_dwellingByKey.cend())
        return *it;
    dwellings.push_back({0, unit, room, 0, floor, true});
    // Remember the building: a dwelling's parent is its unit, or -1 with the building below.
    dwellings.back().number = building;
    m_dwellingByKey.insert(k, int(dwellings.size() - 1));
    return int(dwellings.size() - 1);
}

int Places::resolve(const Row &row, const ImportOptions &options, QString &reason)
{
    const bool hasParts = row.has(F::Building) || row.has(F::Room);
    if (!hasParts && !row.has(F::Address))
        return -1;

    // The community.
    int communityIndex = -1;
    QString communityName = row.value(F::Community);
    if (communityName.isEmpty())
        communityName = options.community;

    // The address text, parsed with the ledger's compound names, when the columns leave a
    // part to it (a sheet with 小区, 楼栋, 单元 and 房号 columns is not parsed twice over).
    AddressParser::Parts parsed;
    if (row.has(F::Address) &&
        (!row.has(F::Compound) || !row.has(F::Building) || !row.has(F::Unit) || !row.has(F::Room)))
        parsed = AddressParser::parse(row.value(F::Address), m_allCompoundNames);

    QString compoundName = row.value(F::Compound);
    if (compoundName.isEmpty())
        compoundName = parsed.compound;

    if (!communityName.isEmpty()) {
        communityIndex = community(communityName);
    } else if (communities.size() == 1) {
        communityIndex = 0;
    } else if (communities.empty()) {
        communityIndex = community(ResidentImporter::tr("Imported community"));
    } else {
        // Several communities: the one whose compound the address names, if only one has it.
        QList<int> having;
        if (!compoundName.isEmpty()) {
            for (auto it = m_compoundNames.cbegin(); it != m_compoundNames.cend(); ++it) {
                for (const QString &n : it.value()) {
                    if (key(n) == key(compoundName))
                        having << it.key();
                }
            }
        }
        if (having.size() != 1) {
            reason = ResidentImporter::tr(
                "the ledger has several communities; say which one (a 社区 column, or "
                "the community option)");
            return -1;
        }
        communityIndex = having.first();
    }

    if (compoundName.isEmpty())
        compoundName = options.defaultCompound;
    if (compoundName.isEmpty()) {
        const QStringList names = m_compoundNames.value(communityIndex);
        if (names.size() == 1)
            compoundName = names.first();
    }
    if (compoundName.isEmpty()) {
        reason = ResidentImporter::tr(
            "the address names no compound (小区); add a 小区 column or choose a default "
            "compound");
        return -1;
    }

    // Building, unit, room: the columns win, the parsed address fills what they leave.
    int buildingNumber = 0;
    QString buildingName;
    if (row.has(F::Building)) {
        buildingName = AddressParser::fold(row.value(F::Building));
        buildingNumber = AddressParser::buildingNumber(buildingName);
        if (buildingNumber > 0 && QStringView(buildingName).toInt() == buildingNumber)
            buildingName = QString::number(buildingNumber) + QStringLiteral("栋");
    } else if (parsed.ok) {
        buildingName = parsed.buildingName;
        buildingNumber = parsed.building;
    }
    int unitNumber = 0;
    QString unitName;
    if (row.has(F::Unit)) {
        unitName = AddressParser::fold(row.value(F::Unit));
        unitNumber = AddressParser::unitNumber(unitName);
        if (unitNumber > 0 && QStringView(unitName).toInt() == unitNumber)
            unitName = QString::number(unitNumber) + QStringLiteral("单元");
    } else if (parsed.ok && parsed.unit > 0) {
        unitNumber = parsed.unit;
        unitName = QString::number(parsed.unit) + QStringLiteral("单元");
    }
    QString room = row.has(F::Room) ? AddressParser::fold(row.value(F::Room)) : parsed.room;
    if (room.endsWith(u'室'))
        room.chop(1);
    const int floor = row.has(F::Room) ? AddressParser::floorOf(room) : parsed.floor;

    if (buildingName.isEmpty() || room.isEmpty()) {
        reason = ResidentImporter::tr("building and room cannot be told from the address");
        return -1;
    }
    const int compoundIndex = compound(communityIndex, compoundName);
    const int buildingIndex = building(compoundIndex, buildingNumber, buildingName);
    const int unitIndex = unitName.isEmpty() ? -1 : unit(buildingIndex, unitNumber, unitName);
    return dwelling(buildingIndex, unitIndex, room, floor);
}

// ------------------------------------------------------------------------------ the run

struct Group {
    QList<int> rows; ///< all rows (new and existing people), file order
    qint64 existingHousehold = 0;
    bool existingHasHead = false;
    int dwelling = -1;
    QString unparsedAddress;
    QString number;
    QString uid;
    qint64 newId = 0;
    bool fromRelationSequence = false;
};

class Run {
public:
    Run(QSqlDatabase db, const QList<ImportSheet> &sheets, const ImportOptions &options,
        Feedback &feedback)
        : m_db(std::move(db)), m_sheets(sheets), m_options(options), m_feedback(feedback),
          m_places(m_db)
    {
    }

    Result<ImportResult> exec();

private:
    Status checkRows();
    Status matchLedger();
    void decideDuplicates();
    Status formHouseholds();
    Status resolvePlaces();
    Status write();
    Status writePlaces(const QString &now);
    Status updateExisting();
    Status checkReferences();

    void rejectRow(Row &row, const QString &reason, F field = F::Ignore);
    QString header(const Row &row, F field) const;
    bool cancelled(qint64 done, qint64 total);
    Error cancelError() const
    {
        return Error{ResidentImporter::tr("Import cancelled; the ledger was left as it was."),
                     kOperation,
                     {},
                     {},
                     {}};
    }

    QSqlDatabase m_db;
    const QList<ImportSheet> &m_sheets;
    const ImportOptions &m_options;
    Feedback &m_feedback;
    Codes m_codes;
    Places m_places;
    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    ImportResult m_result;
    bool m_relationMapped = false;
    bool m_ledgerEmpty = false; ///< no resident and no household before this import
    QElapsedTimer m_clock;
    void phase(const char *name)
    {
        qCDebug(lcImport) << name << "took" << m_clock.restart() << "ms";
    }
    QHash<QString, qint64> m_householdByUid;    ///< -1: archived
    QHash<QString, qint64> m_householdByNumber; ///< -1: ambiguous
};

QString Run::header(const Row &row, F field) const
{
    const SheetLayout &layout = m_sheets[row.sheet].layout;
    const int c = layout.column(field);
    return c >= 0 ? layout.headers.value(c) : QString();
}

void Run::rejectRow(Row &row, const QString &reason, F field)
{
    row.action = Row::Action::Reject;
    const QString column = field == F::Ignore ? QString() : header(row, field);
    row.reasons << (column.isEmpty() ? reason : column + QStringLiteral(": ") + reason);
    // The value as the file has it ("子", not the relation code it was turned into).
    const int c = field == F::Ignore ? -1 : m_sheets[row.sheet].layout.column(field);
    const QString value =
        c >= 0 ? m_sheets[row.sheet].data.text(row.index, c).trimmed() : QString();
    m_result.issues << ImportIssue{row.ref, m_sheets[row.sheet].data.name, column, value,
                                   reason,  ImportIssue::Severity::Error};
}

bool Run::cancelled(qint64 done, qint64 total)
{
    m_feedback.progress(QString(), done, total);
    return m_feedback.cancelled();
}

Status Run::checkRows()
{
    qint64 total = 0;
    for (const ImportSheet &s : m_sheets) {
        if (s.layout.usable())
            total += std::max<qint64>(0, s.data.rows.size() - s.layout.firstDataRow);
    }
    m_feedback.progress(ResidentImporter::tr("Checking rows"), 0, total);
    m_rows.reserve(std::size_t(total));
    RowChecker checker(m_codes, m_options, m_result.issues);
    qint64 done = 0;
    for (int si = 0; si < m_sheets.size(); ++si) {
        const ImportSheet &sheet = m_sheets[si];
        if (!sheet.layout.usable())
            continue;
        m_relationMapped = m_relationMapped || sheet.layout.has(F::Relation);
        // Each row is checked on its own: a large sheet's second half is checked on a second
        // thread (the checks, not SQLite, are most of an import's time before the writes).
        // Both halves are checked into their places in m_rows, then the rows left out (blank,
        // repeated headers, totals) are squeezed out: no second list of rows in memory.
        const int first = sheet.layout.firstDataRow;
        const int end = int(sheet.data.rows.size());
        if (end <= first)
            continue;
        const int split = end - first >= kParallelCheckRows ? first + (end - first) / 2 : end;
        const std::size_t base = m_rows.size();
        m_rows.resize(base + std::size_t(end - first));
        std::vector<char> kept(std::size_t(end - first), 0);
        auto checkRow = [&](RowChecker &c, int r) {
            Row &row = m_rows[base + std::size_t(r - first)];
            kept[std::size_t(r - first)] = c.check(sheet, si, r, row);
        };
        QList<ImportIssue> tailIssues;
        std::atomic<bool> stop = false;
        std::thread helper;
        if (split < end) {
            helper = std::thread([&] {
                RowChecker other(m_codes, m_options, tailIssues);
                for (int r = split; r < end && !stop.load(std::memory_order_relaxed); ++r)
                    checkRow(other, r);
            });
        }
        // The first half here, with progress (counted twice: the other half keeps pace) and
        // cancel.
        const int step = split < end ? 2 : 1;
        bool cancel = false;
        for (int r = first; r < split && !cancel; ++r) {
            checkRow(checker, r);
            done += step;
            cancel = (r - first + 1) % kProgressEvery == 0 && cancelled(done, total);
        }
        if (helper.joinable()) {
            stop = cancel;
            helper.join();
        }
        if (cancel)
            return cancelError();
        done = done - qint64(split - first) * step + (end - first);
        std::size_t to = base;
        for (std::size_t i = 0; i < kept.size(); ++i) {
            if (!kept[i])
                continue;
            if (to != base + i)
                m_rows[to] = std::move(m_rows[base + i]);
            ++to;
        }
        m_rows.resize(to);
        m_result.issues << tailIssues;
    }
    m_result.summary.rowsRead = int(m_rows.size());

    // The same person twice in the file: the first row stands, the others are rejected.
    QHash<QString, int> firstById;
    QHash<QString, int> firstByUid;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &row = m_rows[std::size_t(i)];
        if (row.action == Row::Action::Reject)
            continue;
        if (row.has(F::IdNumber)) {
            const auto it = firstById.constFind(row.value(F::IdNumber));
            if (it != firstById.cend()) {
                const Row &first = m_rows[std::size_t(*it)];
                rejectRow(
                    row,
                    first.sheet == row.sheet
                        ? ResidentImporter::tr("the same ID number as row %1").arg(first.ref.row)
                        : ResidentImporter::tr("the same ID number as row %1 of sheet %2")
                              .arg(first.ref.row)
                              .arg(m_sheets[first.sheet].data.name),
                    F::IdNumber);
                continue;
            }
            firstById.insert(row.value(F::IdNumber), i);
        }
        if (row.has(F::ResidentUid)) {
            if (firstByUid.contains(row.value(F::ResidentUid)))
                row.set(F::ResidentUid, QString()); // a copied row keeps its person, not the id
            else
                firstByUid.insert(row.value(F::ResidentUid), i);
        }
    }
    return {};
}

Status Run::matchLedger()
{
    m_feedback.progress(ResidentImporter::tr("Matching with the ledger"), 0, 0);
    m_householdByUid.clear();
    m_householdByNumber.clear();
    // A new ledger (the first import of an office's sheets) has no one to match: the file's
    // values need not be gathered, handed over and looked up.
    auto anyRows = [&](const char *table) -> Result<bool> {
        QSqlQuery any(m_db);
        if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)")
                          .arg(QString::fromLatin1(table))) ||
            !any.next())
            return SqlErrors::fromQuery(any, QStringLiteral("match with the ledger"));
        return any.value(0).toBool();
    };
    auto anyResident = anyRows("resident");
    if (!anyResident)
        return anyResident.error();
    auto anyHousehold = anyRows("household");
    if (!anyHousehold)
        return anyHousehold.error();
    m_ledgerEmpty = !*anyResident && !*anyHousehold;
    if (m_ledgerEmpty)
        return {};
    // People already in the ledger, by ID number, then by record id: one query each, the
    // file's values handed over as a JSON array (SQLite's json_each), joined on the index.
    QStringList ids;
    QList<int> idRows;
    QStringList uids;
    QList<int> uidRows;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[std::size_t(i)];
        if (row.action == Row::Action::Reject)
            continue;
        if (row.has(F::IdNumber)) {
            ids << row.value(F::IdNumber);
            idRows << i;
        } else if (row.has(F::ResidentUid)) {
            uids << row.value(F::ResidentUid);
            uidRows << i;
        }
    }
    const QString columns = QStringLiteral(
        "SELECT j.key, r.id, r.household_id, r.archived_at IS NOT NULL, r.name, r.sex_code, "
        "r.birth_date, r.ethnicity_code, r.political_status_code, r.residence_type_code, r.phone, "
        "r.education, r.marital_status, r.work_status, r.workplace, r.registered_address, r.note "
        "FROM json_each(?) j JOIN resident r ON ");
    struct Pass {
        QStringList values;
        QList<int> rows;
        QString join;
    };
    const Pass passes[] = {
        {ids, idRows, QStringLiteral("r.id_number = j.value AND r.id_number IS NOT NULL")},
        {uids, uidRows, QStringLiteral("r.uid = j.value")},
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (const Pass &pass : passes) {
        if (pass.values.isEmpty())
            continue;
        q.prepare(columns + pass.join);
        for (qsizetype from = 0; from < pass.values.size(); from += kJsonChunk) {
            q.addBindValue(
                jsonArray(pass.values, from, std::min(kJsonChunk, pass.values.size() - from)));
            if (!q.exec())
                return SqlErrors::fromQuery(q, QStringLiteral("match residents"));
            while (q.next()) {
                const int index = pass.rows.value(from + q.value(0).toInt(), -1);
                if (index < 0)
                    continue;
                Row &row = m_rows[std::size_t(index)];
                row.existingId = q.value(1).toLongLong();
                row.existingHousehold = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
                row.existingArchived = q.value(3).toBool();
                row.existingName = q.value(4).toString();
                if (row.has(F::Name) && row.existingName != row.value(F::Name))
                    // One ID, two names: a typing slip in the ID, or a changed name. Say so
                    // whatever is done with the row.
                    m_result.issues << ImportIssue{
                        row.ref,
                        m_sheets[row.sheet].data.name,
                        header(row, F::IdNumber),
                        ResidentId::mask(row.value(F::IdNumber)),
                        ResidentImporter::tr(
                            "this ID number is in the ledger under another name (%1)")
                            .arg(row.existingName),
                        ImportIssue::Severity::Warning};
                // What the row would change, for the review list.
                DuplicateRow d;
                d.ref = row.ref;
                d.residentId = row.existingId;
                d.name = row.value(F::Name);
                d.ledgerName = row.existingName;
                d.maskedId = ResidentId::mask(row.value(F::IdNumber));
                const struct {
                    F field;
                    int column;
                    const char *label;
                } compare[] = {
                    {F::Name, 4, QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Name")},
                    {F::Sex, 5, QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Sex")},
                    {F::BirthDate, 6,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Date of birth")},
                    {F::Ethnicity, 7, QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Ethnicity")},
                    {F::Political, 8,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Political status")},
                    {F::ResidenceType, 9,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Residence type")},
                    {F::Phone, 10, QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Phone")},
                    {F::Education, 11,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Education")},
                    {F::Marital, 12,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Marital status")},
                    {F::WorkStatus, 13,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Work status")},
                    {F::Workplace, 14,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Workplace")},
                    {F::RegisteredAddress, 15,
                     QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Registered address")},
                    {F::Note, 16, QT_TRANSLATE_NOOP("gridbook::ResidentImporter", "Note")},
                };
                for (const auto &c : compare) {
                    if (!row.has(c.field))
                        continue;
                    const QString old = q.value(c.column).toString();
                    if (old == row.value(c.field))
                        continue;
                    const bool phone = c.field == F::Phone;
                    d.differences << QStringLiteral("%1: %2 → %3")
                                         .arg(ResidentImporter::tr(c.label),
                                              phone ? PhoneNumber::mask(old) : old,
                                              phone ? PhoneNumber::mask(row.value(c.field))
                                                    : row.value(c.field));
                }
                if (!row.care.isEmpty())
                    d.differences << ResidentImporter::tr("Care categories: added where missing");
                m_result.duplicates << d;
            }
        }
    }

    // Households named by record id or 户号.
    QStringList householdUids;
    QStringList numbers;
    QSet<QString> seenUid;
    QSet<QString> seenNumber;
    for (const Row &row : m_rows) {
        if (row.action == Row::Action::Reject)
            continue;
        if (row.has(F::HouseholdUid) && !seenUid.contains(row.value(F::HouseholdUid))) {
            seenUid.insert(row.value(F::HouseholdUid));
            householdUids << row.value(F::HouseholdUid);
        }
        if (row.has(F::HouseholdNumber) && !seenNumber.contains(row.value(F::HouseholdNumber))) {
            seenNumber.insert(row.value(F::HouseholdNumber));
            numbers << row.value(F::HouseholdNumber);
        }
    }
    if (!householdUids.isEmpty())
        q.prepare(
            QStringLiteral("SELECT h.uid, h.id, h.archived_at IS NOT NULL FROM json_each(?) j "
                           "JOIN household h ON h.uid = j.value"));
    for (qsizetype from = 0; from < householdUids.size(); from += kJsonChunk) {
        q.addBindValue(
            jsonArray(householdUids, from, std::min(kJsonChunk, householdUids.size() - from)));
        if (!q.exec())
            return SqlErrors::fromQuery(q, QStringLiteral("match households"));
        while (q.next())
            m_householdByUid.insert(q.value(0).toString(),
                                    q.value(2).toBool() ? -1 : q.value(1).toLongLong());
    }
    if (!numbers.isEmpty())
        q.prepare(QStringLiteral("SELECT household_number, id FROM household WHERE archived_at IS "
                                 "NULL AND household_number IN (SELECT value FROM json_each(?))"));
    // Each number is in one slice only, so "used twice" is still seen within its slice.
    for (qsizetype from = 0; from < numbers.size(); from += kJsonChunk) {
        q.addBindValue(jsonArray(numbers, from, std::min(kJsonChunk, numbers.size() - from)));
        if (!q.exec())
            return SqlErrors::fromQuery(q, QStringLiteral("match households"));
        while (q.next()) {
            const QString n = q.value(0).toString();
            // A 户号 used by two live households names neither.
            m_householdByNumber.insert(
                n, m_householdByNumber.contains(n) ? -1 : q.value(1).toLongLong());
        }
    }
    return {};
}

void Run::decideDuplicates()
{
    QHash<ImportRowRef, int> duplicateIndex;
    for (int i = 0; i < m_result.duplicates.size(); ++i)
        duplicateIndex.insert(m_result.duplicates[i].ref, i);
    for (Row &row : m_rows) {
        if (row.action == Row::Action::Reject || row.existingId == 0)
            continue;
        DuplicatePolicy policy = m_options.decisions.value(row.ref, m_options.onDuplicate);
        if (row.existingArchived && policy == DuplicatePolicy::Update) {
            m_result.issues << ImportIssue{
                row.ref,
                m_sheets[row.sheet].data.name,
                header(row, F::IdNumber),
                ResidentId::mask(row.value(F::IdNumber)),
                ResidentImporter::tr("this person is archived in the ledger (moved out "
                                     "or deceased); restore them there first"),
                ImportIssue::Severity::Warning};
            policy = DuplicatePolicy::Skip;
        }
        const int d = duplicateIndex.value(row.ref, -1);
        if (d >= 0)
            m_result.duplicates[d].action = policy;
        switch (policy) {
        case DuplicatePolicy::Skip:
            row.action = Row::Action::Skip;
            break;
        case DuplicatePolicy::Update:
            row.action = Row::Action::Update;
            break;
        case DuplicatePolicy::Review:
            row.action = Row::Action::Review;
            row.reasons << ResidentImporter::tr("already in the ledger; choose skip or update");
            break;
        }
    }
}

Status Run::formHouseholds()
{
    m_feedback.progress(ResidentImporter::tr("Forming households"), 0, 0);
    const QString head = ResidentRepository::headRelation();
    QHash<QString, int> byKey;
    // Address groups: the household the last 户主 at an address started, per address.
    QHash<QString, int> currentAtAddress;
    int sequence = -1;       // the group the last 户主 row started (relation column order)
    QString sequenceAddress; // that row's address key
    int lastSheet = -1;

    // Rows at one address share a key however the address was written: "和济小区3栋2单元501"
    // and "和济小区 3号楼 2单元 501室" are one door, so parsed parts are compared, not text.
    // Members of a household follow each other with its address: the last text parsed is
    // remembered (a table of every address would cost more memory than it saves time).
    QString lastAddress;
    AddressParser::Parts lastParts;
    auto parse = [&](const QString &text) -> const AddressParser::Parts & {
        if (text != lastAddress || lastAddress.isNull()) {
            lastParts = AddressParser::parse(text);
            lastAddress = text;
        }
        return lastParts;
    };
    auto addressKey = [&](const Row &row) {
        QString k;
        bool any = false;
        auto add = [&](const QString &part) {
            any = any || !part.isEmpty();
            k += part + u'|';
        };
        auto room = [](QString r) {
            r = AddressParser::fold(r);
            if (r.endsWith(u'室'))
                r.chop(1);
            return r;
        };
        auto numbered = [](const QString &text, int number) {
            return number > 0 ? QString::number(number) : AddressParser::fold(text);
        };
        add(AddressParser::fold(row.value(F::Community)));
        add(AddressParser::fold(row.value(F::Compound)));
        add(numbered(row.value(F::Building),
                     AddressParser::buildingNumber(row.value(F::Building))));
        add(numbered(row.value(F::Unit), AddressParser::unitNumber(row.value(F::Unit))));
        add(room(row.value(F::Room)));
        if (row.has(F::Address)) {
            const AddressParser::Parts &p = parse(row.value(F::Address));
            if (p.ok) {
                add(p.compound);
                add(p.building > 0 ? QString::number(p.building) : p.buildingName);
                add(QString::number(p.unit));
                add(room(p.room));
            } else {
                add(AddressParser::fold(row.value(F::Address)));
            }
        }
        return any ? k : QString();
    };
    auto newGroup = [&]() {
        m_groups.emplace_back();
        return int(m_groups.size() - 1);
    };

    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &row = m_rows[std::size_t(i)];
        if (row.action == Row::Action::Reject)
            continue;
        if (row.sheet != lastSheet) {
            sequence = -1;
            lastSheet = row.sheet;
        }
        const bool isHead = row.value(F::Relation) == head;
        // Only rows without a record id or 户号 are grouped by address: the key is made for
        // them alone (a sheet with 户号 skips the parsing and folding of every address).
        const bool keyed = row.has(F::HouseholdUid) || row.has(F::HouseholdNumber);
        const QString address = keyed ? QString() : addressKey(row);
        // Someone already in the ledger stays in their household. They anchor a household of
        // the file only as its head or through its record id or 户号, never by standing next
        // to other rows.
        if (row.existingId != 0 && !keyed && !isHead)
            continue;
        int g = -1;
        if (row.has(F::HouseholdUid)) {
            const QString k = QStringLiteral("u:") + row.value(F::HouseholdUid);
            g = byKey.value(k, -1);
            if (g < 0) {
                g = newGroup();
                byKey.insert(k, g);
                m_groups[std::size_t(g)].uid = row.value(F::HouseholdUid);
            }
        } else if (row.has(F::HouseholdNumber)) {
            const QString k = QStringLiteral("n:") + row.value(F::HouseholdNumber);
            g = byKey.value(k, -1);
            if (g < 0) {
                g = newGroup();
                byKey.insert(k, g);
            }
        } else if (m_relationMapped && isHead) {
            g = newGroup();
            m_groups[std::size_t(g)].fromRelationSequence = true;
            sequence = g;
            sequenceAddress = address;
            if (!address.isEmpty())
                currentAtAddress.insert(address, g);
        } else if (m_relationMapped && sequence >= 0 &&
                   (address.isEmpty() || sequenceAddress == address)) {
            g = sequence;
        } else if (!address.isEmpty()) {
            g = currentAtAddress.value(address, -1);
            if (g < 0) {
                g = newGroup();
                currentAtAddress.insert(address, g);
            }
        } else {
            g = newGroup(); // nobody to live with: a household of one
        }
        row.group = g;
        Group &group = m_groups[std::size_t(g)];
        group.rows << i;
        if (group.number.isEmpty() && row.has(F::HouseholdNumber))
            group.number = row.value(F::HouseholdNumber);
    }

    // Existing households: by record id, by 户号, or by a member already in the ledger.
    QJsonArray candidates;
    for (Group &group : m_groups) {
        qint64 existing = 0;
        if (!group.uid.isEmpty())
            existing = m_householdByUid.value(group.uid, 0);
        if (existing == 0 && !group.number.isEmpty())
            existing = m_householdByNumber.value(group.number, 0);
        if (existing <= 0) {
            existing = 0;
            for (int r : std::as_const(group.rows)) {
                const Row &row = m_rows[std::size_t(r)];
                if (row.existingId != 0 && row.existingHousehold != 0 && !row.existingArchived) {
                    existing = row.existingHousehold;
                    break;
                }
            }
        }
        group.existingHousehold = existing;
        if (existing > 0)
            candidates.append(existing);
    }
    if (!candidates.isEmpty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT h.id, h.archived_at IS NOT NULL, (SELECT count(*) FROM resident r WHERE "
            "r.household_id = h.id AND r.relation_code = '02' AND r.archived_at IS NULL) "
            "FROM household h WHERE h.id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(candidates).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return SqlErrors::fromQuery(q, QStringLiteral("read households"));
        QHash<qint64, QPair<bool, int>> state;
        while (q.next())
            state.insert(q.value(0).toLongLong(), {q.value(1).toBool(), q.value(2).toInt()});
        for (Group &group : m_groups) {
            if (group.existingHousehold == 0)
                continue;
            const auto s = state.value(group.existingHousehold, {true, 0});
            if (s.first) {
                group.existingHousehold = 0; // archived: the rows form a new household
                continue;
            }
            group.existingHasHead = s.second > 0;
        }
    }

    // Exactly one head per household.
    for (Group &group : m_groups) {
        QList<int> inserts;
        QList<int> heads;
        for (int r : std::as_const(group.rows)) {
            const Row &row = m_rows[std::size_t(r)];
            if (row.action != Row::Action::Insert)
                continue;
            inserts << r;
            if (row.value(F::Relation) == head)
                heads << r;
        }
        if (inserts.isEmpty())
            continue;
        if (group.existingHousehold > 0) {
            for (int r : std::as_const(heads)) {
                if (group.existingHasHead)
                    rejectRow(m_rows[std::size_t(r)],
                              ResidentImporter::tr(
                                  "the household already has a head (户主) in the ledger"),
                              F::Relation);
            }
            if (!group.existingHasHead && heads.isEmpty()) {
                for (int r : std::as_const(inserts))
                    rejectRow(m_rows[std::size_t(r)],
                              ResidentImporter::tr(
                                  "the household in the ledger has no head (户主), and these rows "
                                  "name none"));
            }
            // More than one new head for a household without one: the first stands.
            for (int k = 1; !group.existingHasHead && k < heads.size(); ++k)
                rejectRow(m_rows[std::size_t(heads[k])],
                          ResidentImporter::tr("a second head (户主) for the household of row %1")
                              .arg(m_rows[std::size_t(heads.first())].ref.row),
                          F::Relation);
            continue;
        }
        if (heads.isEmpty()) {
            if (!m_relationMapped) {
                // Nothing says who the head is: the first person listed, as sheets list them.
                Row &first = m_rows[std::size_t(inserts.first())];
                first.set(F::Relation, head);
                m_result.issues << ImportIssue{
                    first.ref,
                    m_sheets[first.sheet].data.name,
                    QString(),
                    first.value(F::Name),
                    ResidentImporter::tr("no relation column: taken as the head (户主) of "
                                         "the household"),
                    ImportIssue::Severity::Note};
            } else {
                QStringList rows;
                for (int r : std::as_const(inserts))
                    rows << QString::number(m_rows[std::size_t(r)].ref.row);
                for (int r : std::as_const(inserts))
                    rejectRow(m_rows[std::size_t(r)],
                              ResidentImporter::tr(
                                  "no head of household (户主) among the household's rows (%1)")
                                  .arg(rows.join(QStringLiteral(", "))),
                              F::Relation);
            }
        }
        for (int k = 1; k < heads.size(); ++k)
            rejectRow(m_rows[std::size_t(heads[k])],
                      ResidentImporter::tr("a second head (户主) for the household of row %1")
                          .arg(m_rows[std::size_t(heads.first())].ref.row),
                      F::Relation);
    }
    return {};
}

Status Run::resolvePlaces()
{
    m_feedback.progress(ResidentImporter::tr("Matching addresses"), 0, qint64(m_groups.size()));
    QSet<QString> listed;
    qint64 done = 0;
    for (Group &group : m_groups) {
        if ((++done % kProgressEvery) == 0 && cancelled(done, qint64(m_groups.size())))
            return cancelError();
        if (group.existingHousehold > 0)
            continue;
        // The head's address, or the first member's that has one.
        int source = -1;
        for (int r : std::as_const(group.rows)) {
            const Row &row = m_rows[std::size_t(r)];
            if (row.action != Row::Action::Insert)
                continue;
            const bool hasAddress = row.has(F::Address) || row.has(F::Building) || row.has(F::Room);
            if (hasAddress &&
                (source < 0 || row.value(F::Relation) == ResidentRepository::headRelation()))
                source = r;
        }
        if (source < 0)
            continue;
        const Row &row = m_rows[std::size_t(source)];
        QString reason;
        group.dwelling = m_places.resolve(row, m_options, reason);
        if (!m_places.status())
            return m_places.status();
        if (group.dwelling < 0) {
            QStringList parts;
            for (F f : {F::Community, F::Compound, F::Building, F::Unit, F::Room, F::Address}) {
                if (row.has(f))
                    parts << row.value(f);
            }
            group.unparsedAddress = parts.join(u' ');
            m_result.issues << ImportIssue{
                row.ref,
                m_sheets[row.sheet].data.name,
                header(row, row.has(F::Address) ? F::Address : F::Room),
                group.unparsedAddress,
                ResidentImporter::tr("address not matched to a place (%1); kept as text "
                                     "in the household's note")
                    .arg(reason),
                ImportIssue::Severity::Warning};
            if (!listed.contains(group.unparsedAddress)) {
                listed.insert(group.unparsedAddress);
                m_result.summary.unparsedAddresses << group.unparsedAddress;
            }
        }
    }
    return {};
}

Status Run::writePlaces(const QString &now)
{
    auto nextId = [&](const QString &table) -> Result<qint64> {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM ") + table) || !q.next())
            return SqlErrors::fromQuery(q, QStringLiteral("next id"));
        return q.value(0).toLongLong();
    };
    struct Level {
        QString table;
        QStringList columns;
        std::vector<Places::Node> *nodes;
        std::vector<Places::Node> *parents;
    };
    const Level levels[] = {
        {QStringLiteral("community"), {QStringLiteral("name")}, &m_places.communities, nullptr},
        {QStringLiteral("compound"),
         {QStringLiteral("community_id"), QStringLiteral("name")},
         &m_places.compounds,
         &m_places.communities},
        {QStringLiteral("building"),
         {QStringLiteral("compound_id"), QStringLiteral("name"), QStringLiteral("number")},
         &m_places.buildings,
         &m_places.compounds},
        {QStringLiteral("building_unit"),
         {QStringLiteral("building_id"), QStringLiteral("name"), QStringLiteral("number")},
         &m_places.units,
         &m_places.buildings},
    };
    for (const Level &level : levels) {
        if (m_places.newCount(*level.nodes) == 0)
            continue;
        auto id = nextId(level.table);
        if (!id)
            return id.error();
        QStringList columns = {QStringLiteral("id"), QStringLiteral("uid"),
                               QStringLiteral("created_at"), QStringLiteral("updated_at")};
        columns << level.columns;
        // Several rows per statement (kRowsPerStatement) spare SQLite its per-statement work.
        BulkInsert insert(m_db, level.table, columns, kRowsPerStatement);
        if (!insert.ok())
            return insert.error();
        qint64 next = *id;
        for (Places::Node &node : *level.nodes) {
            if (!node.isNew)
                continue;
            node.id = next++;
            std::array<SqlValue, 7> values;
            std::size_t n = 0;
            values[n++] = node.id;
            values[n++] = RecordUid::create();
            values[n++] = now;
            values[n++] = now;
            if (level.parents)
                values[n++] = (*level.parents)[std::size_t(node.parent)].id;
            values[n++] = node.name;
            if (level.columns.contains(QStringLiteral("number"))) {
                if (node.number > 0)
                    values[n] = qint64(node.number);
                ++n;
            }
            if (Status s = insert.insert(values.data(), n); !s)
                return s;
        }
        // Written before the next level, whose rows refer to these.
        if (Status s = insert.finish(); !s)
            return s;
    }
    if (m_places.newCount(m_places.dwellings) > 0) {
        auto id = nextId(QStringLiteral("dwelling"));
        if (!id)
            return id.error();
        BulkInsert insert(m_db, QStringLiteral("dwelling"),
                          {QStringLiteral("id"), QStringLiteral("uid"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("building_id"), QStringLiteral("unit_id"),
                           QStringLiteral("floor"), QStringLiteral("room")},
                          kRowsPerStatement);
        if (!insert.ok())
            return insert.error();
        qint64 next = *id;
        for (Places::Node &node : m_places.dwellings) {
            if (!node.isNew)
                continue;
            node.id = next++;
            const qint64 building = m_places.buildings[std::size_t(node.number)].id;
            const SqlValue unit = node.parent >= 0
                                      ? SqlValue(m_places.units[std::size_t(node.parent)].id)
                                      : SqlValue();
            const SqlValue floor = node.floor != 0 ? SqlValue(qint64(node.floor)) : SqlValue();
            if (Status s = insert.insert(
                    {node.id, RecordUid::create(), now, now, building, unit, floor, node.name});
                !s)
                return s;
        }
        if (Status s = insert.finish(); !s)
            return s;
    }
    m_result.summary.communitiesCreated = m_places.newCount(m_places.communities);
    m_result.summary.compoundsCreated = m_places.newCount(m_places.compounds);
    m_result.summary.buildingsCreated = m_places.newCount(m_places.buildings);
    m_result.summary.unitsCreated = m_places.newCount(m_places.units);
    m_result.summary.dwellingsCreated = m_places.newCount(m_places.dwellings);
    return {};
}

SqlValue text(const QString &s)
{
    return s.isEmpty() ? SqlValue() : SqlValue(s);
}

Status Run::write()
{
    const QString now = RecordStore::now();
    m_feedback.progress(ResidentImporter::tr("Writing"), 0, qint64(m_rows.size()));

    if (Status s = writePlaces(now); !s)
        return s;
    phase("write places");

    QSqlQuery q(m_db);
    auto nextId = [&](const QString &table) -> Result<qint64> {
        if (!q.exec(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM ") + table) || !q.next())
            return SqlErrors::fromQuery(q, QStringLiteral("next id"));
        return q.value(0).toLongLong();
    };

    // Household record ids from the file are kept when the ledger does not use them yet.
    QSet<QString> takenUids;
    if (!m_ledgerEmpty) {
        QStringList wanted;
        for (const Group &g : m_groups) {
            if (!g.uid.isEmpty() && g.existingHousehold == 0)
                wanted << g.uid;
        }
        for (const Row &row : m_rows) {
            if (row.action == Row::Action::Insert && row.has(F::ResidentUid))
                wanted << row.value(F::ResidentUid);
        }
        QSqlQuery taken(m_db);
        taken.setForwardOnly(true);
        if (!wanted.isEmpty())
            taken.prepare(
                QStringLiteral("SELECT value FROM json_each(?) WHERE value IN (SELECT uid "
                               "FROM household) OR value IN (SELECT uid FROM resident)"));
        for (qsizetype from = 0; from < wanted.size(); from += kJsonChunk) {
            taken.addBindValue(jsonArray(wanted, from, std::min(kJsonChunk, wanted.size() - from)));
            if (!taken.exec())
                return SqlErrors::fromQuery(taken, QStringLiteral("check record ids"));
            while (taken.next())
                takenUids.insert(taken.value(0).toString());
        }
    }

    auto householdId = nextId(QStringLiteral("household"));
    if (!householdId)
        return householdId.error();
    BulkInsert households(m_db, QStringLiteral("household"),
                          {QStringLiteral("id"), QStringLiteral("uid"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("dwelling_id"), QStringLiteral("household_number"),
                           QStringLiteral("residence_type_code"), QStringLiteral("note")},
                          kRowsPerStatement);
    if (!households.ok())
        return households.error();
    qint64 nextHousehold = *householdId;
    QSet<qint64> joined;
    for (Group &group : m_groups) {
        int headRow = -1;
        bool anyInsert = false;
        for (int r : std::as_const(group.rows)) {
            const Row &row = m_rows[std::size_t(r)];
            if (row.action != Row::Action::Insert)
                continue;
            anyInsert = true;
            if (row.value(F::Relation) == ResidentRepository::headRelation())
                headRow = r;
        }
        if (!anyInsert)
            continue;
        if (group.existingHousehold > 0) {
            group.newId = group.existingHousehold;
            joined.insert(group.existingHousehold);
            continue;
        }
        if (headRow < 0)
            continue; // its rows were rejected
        const Row &headOf = m_rows[std::size_t(headRow)];
        group.newId = nextHousehold++;
        const QString uid = (!group.uid.isEmpty() && !takenUids.contains(group.uid))
                                ? group.uid
                                : RecordUid::create();
        takenUids.insert(uid);
        const QString residence =
            headOf.has(F::ResidenceType) ? headOf.value(F::ResidenceType) : QStringLiteral("1");
        const QString note =
            group.unparsedAddress.isEmpty()
                ? QString()
                : ResidentImporter::tr("Address as imported: %1").arg(group.unparsedAddress);
        const SqlValue dwelling = group.dwelling >= 0
                                      ? SqlValue(m_places.dwellings[std::size_t(group.dwelling)].id)
                                      : SqlValue();
        if (Status s = households.insert(
                {group.newId, uid, now, now, dwelling, text(group.number), residence, text(note)});
            !s)
            return s;
        ++m_result.summary.householdsCreated;
    }
    if (Status s = households.finish(); !s)
        return s;
    m_result.summary.householdsJoined = int(joined.size());
    phase("write households");

    auto residentId = nextId(QStringLiteral("resident"));
    if (!residentId)
        return residentId.error();
    BulkInsert residents(m_db, QStringLiteral("resident"),
                         {QStringLiteral("id"),
                          QStringLiteral("uid"),
                          QStringLiteral("created_at"),
                          QStringLiteral("updated_at"),
                          QStringLiteral("household_id"),
                          QStringLiteral("relation_code"),
                          QStringLiteral("name"),
                          QStringLiteral("name_initials"),
                          QStringLiteral("name_pinyin"),
                          QStringLiteral("sex_code"),
                          QStringLiteral("id_number"),
                          QStringLiteral("birth_date"),
                          QStringLiteral("ethnicity_code"),
                          QStringLiteral("political_status_code"),
                          QStringLiteral("residence_type_code"),
                          QStringLiteral("phone"),
                          QStringLiteral("registered_address"),
                          QStringLiteral("education"),
                          QStringLiteral("marital_status"),
                          QStringLiteral("work_status"),
                          QStringLiteral("workplace"),
                          QStringLiteral("note")});
    if (!residents.ok())
        return residents.error();
    BulkInsert care(m_db, QStringLiteral("resident_care"),
                    {QStringLiteral("uid"), QStringLiteral("created_at"),
                     QStringLiteral("updated_at"), QStringLiteral("resident_id"),
                     QStringLiteral("category_id")},
                    kRowsPerStatement);
    if (!care.ok())
        return care.error();
    // Many residents into a small ledger: the resident table's dozen plain indexes (and the
    // care table's) are built once after the rows rather than kept up to date row by row.
    // Only around these inserts: a household insert (it has a trigger) looks up residents by
    // household, which needs their indexes.
    std::vector<std::unique_ptr<DeferredIndexes>> deferred;
    {
        qint64 residents = 0;
        qint64 careRows = 0;
        for (const Row &row : m_rows) {
            if (row.action == Row::Action::Insert) {
                ++residents;
                careRows += row.care.size();
            }
        }
        for (const auto &[table, rows] : {std::pair{QStringLiteral("resident"), residents},
                                          std::pair{QStringLiteral("resident_care"), careRows}}) {
            // max(id) stands in for the row count: it reads one index entry, not all.
            if (!q.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM ") + table) || !q.next())
                return SqlErrors::fromQuery(q, QStringLiteral("size of ") + table);
            const qint64 existing = q.value(0).toLongLong();
            q.finish(); // SQLite drops no index while a statement of the connection reads
            if (!DeferredIndexes::worthIt(rows, existing))
                continue;
            auto indexes = std::make_unique<DeferredIndexes>(m_db, table);
            if (Status s = indexes->drop(); !s)
                return s;
            deferred.push_back(std::move(indexes));
        }
    }
    qint64 nextResident = *residentId;
    qint64 done = 0;
    for (Row &row : m_rows) {
        if ((++done % kProgressEvery) == 0 && cancelled(done, qint64(m_rows.size())))
            return cancelError();
        if (row.action != Row::Action::Insert)
            continue;
        const Group &group = m_groups[std::size_t(row.group)];
        if (group.newId == 0) {
            rejectRow(row, ResidentImporter::tr("its household could not be formed"));
            continue;
        }
        const qint64 id = nextResident++;
        const bool keepUid =
            row.has(F::ResidentUid) && !takenUids.contains(row.value(F::ResidentUid));
        const QString uid = keepUid ? row.value(F::ResidentUid) : RecordUid::create();
        // The file's record ids are each on one row only (checkRows), so only a made one is
        // remembered, lest a later row of the file bring the same.
        if (!keepUid)
            takenUids.insert(uid);
        const QString residence =
            row.has(F::ResidenceType) ? row.value(F::ResidenceType) : QStringLiteral("1");
        const Status s = residents.insert({id,
                                           uid,
                                           now,
                                           now,
                                           group.newId,
                                           text(row.value(F::Relation)),
                                           row.value(F::Name),
                                           text(row.initials),
                                           text(row.pinyin),
                                           text(row.value(F::Sex)),
                                           text(row.value(F::IdNumber)),
                                           text(row.value(F::BirthDate)),
                                           text(row.value(F::Ethnicity)),
                                           text(row.value(F::Political)),
                                           residence,
                                           text(row.value(F::Phone)),
                                           text(row.value(F::RegisteredAddress)),
                                           text(row.value(F::Education)),
                                           text(row.value(F::Marital)),
                                           text(row.value(F::WorkStatus)),
                                           text(row.value(F::Workplace)),
                                           text(row.value(F::Note))});
        if (!s) {
            Error e = s.error();
            e.message = ResidentImporter::tr(
                            "Row %1 of sheet %2 could not be written (%3); nothing was imported.")
                            .arg(row.ref.row)
                            .arg(m_sheets[row.sheet].data.name, e.message);
            return e;
        }
        for (qint64 category : std::as_const(row.care)) {
            if (Status c = care.insert({RecordUid::create(), now, now, id, category}); !c)
                return c;
        }
        ++m_result.summary.inserted;
    }
    if (Status s = care.finish(); !s)
        return s;
    phase("write residents");
    {
        // CREATE INDEX sorts its keys in runs the size of the page cache when temp_store is
        // FILE (the runs stay in the OS cache); in memory it makes one run of all keys, which
        // misses the CPU cache at every step. Runs of a megabyte sort within the CPU cache and
        // are merged in one streaming pass: a quarter less time than the browsing cache's
        // 32 MB, and the cache's dirty pages go to the WAL now rather than at the commit.
        // Only here: with temp_store FILE, the statement journals of the inserts above spill
        // to files too. (SQLite refuses the change while the connection has temporary
        // tables; the indexes are then sorted in memory, as before.)
        std::optional<PragmaScope> tempStore, smallCache;
        if (!deferred.empty()) {
            tempStore.emplace(m_db, "temp_store", "1");
            smallCache.emplace(m_db, "cache_size", "-1024");
        }
        for (const auto &indexes : deferred) {
            if (Status s = indexes->restore(); !s)
                return s;
        }
    }
    phase("rebuild indexes");
    if (Status s = updateExisting(); !s)
        return s;

    // The household rule, checked once for every household this import touched.
    QJsonArray touched;
    for (qint64 id : std::as_const(joined))
        touched.append(id);
    q.prepare(QStringLiteral(
        "SELECT h.id FROM household h WHERE (h.id >= ? OR h.id IN (SELECT value FROM "
        "json_each(?))) "
        "AND h.archived_at IS NULL AND EXISTS (SELECT 1 FROM resident m WHERE m.household_id = "
        "h.id "
        "AND m.archived_at IS NULL) AND (SELECT count(*) FROM resident r WHERE r.household_id = "
        "h.id AND r.relation_code = '02' AND r.archived_at IS NULL) <> 1 LIMIT 1"));
    q.addBindValue(*householdId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(touched).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("check households"));
    if (q.next()) {
        Error e;
        e.message =
            ResidentImporter::tr(
                "Household %1 would be left without exactly one head; nothing was imported.")
                .arg(q.value(0).toLongLong());
        e.operation = kOperation;
        return e;
    }
    return {};
}

Status Run::updateExisting()
{
    ResidentRepository repository(m_db);
    for (Row &row : m_rows) {
        if (row.action != Row::Action::Update)
            continue;
        const struct {
            F field;
            const char *column;
        } columns[] = {
            {F::Name, "name"},
            {F::Sex, "sex_code"},
            {F::BirthDate, "birth_date"},
            {F::Ethnicity, "ethnicity_code"},
            {F::Political, "political_status_code"},
            {F::ResidenceType, "residence_type_code"},
            {F::Phone, "phone"},
            {F::RegisteredAddress, "registered_address"},
            {F::Education, "education"},
            {F::Marital, "marital_status"},
            {F::WorkStatus, "work_status"},
            {F::Workplace, "workplace"},
            {F::Note, "note"},
        };
        auto current = repository.get(row.existingId);
        if (!current)
            return current.error();
        Record changes;
        for (const auto &c : columns) {
            const QString column = QString::fromLatin1(c.column);
            if (row.has(c.field) && current->value(column).toString() != row.value(c.field))
                changes.insert(column, row.value(c.field));
        }
        bool changed = false;
        if (!changes.isEmpty()) {
            if (Status s = repository.update(row.existingId, changes); !s) {
                Error e = s.error();
                e.message = ResidentImporter::tr("Row %1 of sheet %2: %3")
                                .arg(row.ref.row)
                                .arg(m_sheets[row.sheet].data.name, e.message);
                return e;
            }
            changed = true;
        }
        if (!row.care.isEmpty()) {
            auto have = repository.careCategories(row.existingId);
            if (!have)
                return have.error();
            QList<qint64> wanted = *have;
            for (qint64 c : std::as_const(row.care)) {
                if (!wanted.contains(c))
                    wanted << c;
            }
            if (wanted.size() != have->size()) {
                if (Status s = repository.setCareCategories(row.existingId, wanted); !s)
                    return s;
                changed = true;
            }
        }
        if (changed)
            ++m_result.summary.updated;
        else
            ++m_result.summary.skipped; // nothing new in the row
    }
    return {};
}

Status Run::checkReferences()
{
    // Every table this import writes or updates, each row's references as the schema's
    // foreign keys define them.
    for (const QString &table : ResidentImporter::writtenTables()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table)))
            return SqlErrors::fromQuery(q, QStringLiteral("check references"));
        if (q.next()) {
            // table, rowid, the table referred to, which foreign key
            Error e;
            e.message = ResidentImporter::tr("Record %1 of table %2 would refer to a record of "
                                             "table %3 that does not exist; nothing was "
                                             "imported.")
                            .arg(q.value(1).toLongLong())
                            .arg(q.value(0).toString(), q.value(2).toString());
            e.operation = kOperation;
            return e;
        }
    }
    return {};
}

Result<ImportResult> Run::exec()
{
    m_result.summary.dryRun = m_options.dryRun;
    m_clock.start();
    if (Status s = loadCodes(m_db, m_codes); !s)
        return s.error();
    bool anyUsable = false;
    for (const ImportSheet &s : m_sheets)
        anyUsable = anyUsable || s.layout.usable();
    if (!anyUsable) {
        Error e;
        e.message = ResidentImporter::tr(
            "No sheet has a name column (姓名): the header row was not found. Choose "
            "the header row and map the columns by hand.");
        e.operation = kOperation;
        return e;
    }
    if (Status s = checkRows(); !s)
        return s.error();
    phase("check rows");

    // A bulk import into a ledger no bigger than the file: SQLite's foreign key checks, a
    // look-up for every code and household of every row as it is written, are set aside for
    // the writes, and each table written is checked whole before the commit instead, at a
    // third of the cost (checkReferences). Only outside a caller's transaction, where the
    // setting can change; it is put back after this one ends, however it ends.
    // Such an import also writes through the rollback journal rather than the WAL when no
    // other connection has the ledger open (BulkJournal): it writes most pages of the ledger.
    // Both are put back after the transaction, which is opened after them.
    std::optional<BulkJournal> journal;
    std::optional<PragmaScope> foreignKeys;
    if (!SqliteHandle::inTransaction(m_db)) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM resident")) || !q.next())
            return SqlErrors::fromQuery(q, QStringLiteral("size of resident"));
        const qint64 existing = q.value(0).toLongLong();
        q.finish();
        if (DeferredIndexes::worthIt(qint64(m_rows.size()), existing)) {
            if (!m_options.dryRun)
                journal.emplace(m_db);
            foreignKeys.emplace(m_db, "foreign_keys", "0");
        }
    }
    const bool checkAfterwards = foreignKeys && foreignKeys->changed();

    // Everything from here on sees and changes the ledger in one transaction.
    TransactionGuard tx(m_db, QStringLiteral("import residents"));
    if (!tx.ok())
        return tx.error();
    if (Status s = m_places.load(); !s)
        return s.error();
    if (Status s = matchLedger(); !s)
        return s.error();
    phase("match ledger");
    decideDuplicates();
    if (Status s = formHouseholds(); !s)
        return s.error();
    phase("form households");
    if (Status s = resolvePlaces(); !s)
        return s.error();
    phase("resolve places");
    if (Status s = write(); !s)
        return s.error();
    phase("write");

    // The report: rejected and review rows, in file order, with all their reasons.
    for (const Row &row : m_rows) {
        if (row.action == Row::Action::Reject) {
            ++m_result.summary.rejected;
            m_result.rejected << RejectedRow{row.ref, row.reasons.join(QStringLiteral("; "))};
        } else if (row.action == Row::Action::Review) {
            ++m_result.summary.review;
            m_result.rejected << RejectedRow{row.ref, row.reasons.join(QStringLiteral("; "))};
        } else if (row.action == Row::Action::Skip) {
            ++m_result.summary.skipped;
        }
    }
    std::stable_sort(m_result.issues.begin(), m_result.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) {
                         return a.ref.sheet != b.ref.sheet ? a.ref.sheet < b.ref.sheet
                                                           : a.ref.row < b.ref.row;
                     });

    if (m_feedback.cancelled())
        return cancelError();
    const bool refuse = m_options.strict && m_result.summary.rejected > 0;
    if (m_options.dryRun || refuse) {
        tx.rollback();
        return m_result;
    }
    if (checkAfterwards) {
        if (Status s = checkReferences(); !s)
            return s.error();
        phase("check references");
    }
    m_feedback.progress(ResidentImporter::tr("Saving"), 0, 0);
    if (Status s = tx.commit(); !s)
        return s.error();
    phase("commit");
    m_result.summary.committed = true;
    qCInfo(lcImport) << "imported" << m_result.summary.inserted << "residents,"
                     << m_result.summary.rejected << "rows rejected";
    return m_result;
}

} // namespace

ResidentImporter::ResidentImporter(QSqlDatabase db) : m_db(std::move(db)) {}

const QStringList &ResidentImporter::writtenTables()
{
    static const QStringList tables{QStringLiteral("community"), QStringLiteral("compound"),
                                    QStringLiteral("building"),  QStringLiteral("building_unit"),
                                    QStringLiteral("dwelling"),  QStringLiteral("household"),
                                    QStringLiteral("resident"),  QStringLiteral("resident_care")};
    return tables;
}

Result<ImportResult> ResidentImporter::run(const QList<ImportSheet> &sheets,
                                           const ImportOptions &options, Feedback &feedback)
{
    Run run(m_db, sheets, options, feedback);
    return run.exec();
}

} // namespace gridbook
