// SPDX-License-Identifier: MIT
#include "io/AddressParser.h"

#include <QRegularExpression>

#include <initializer_list>

namespace gridbook {

namespace {

int chineseNumber(QStringView s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return -1;
    int value = 0;
    int current = -1;
    for (const QChar c : s) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            current = int(d);
        } else if (c == u'十') {
            value += (current < 0 ? 1 : current) * 10;
            current = -1;
        } else {
            return -1;
        }
    }
    if (current > 0)
        value += current;
    return value;
}

/** 二单元 -> 2单元, 三栋 -> 3栋, 十二层 -> 12层. */
QString arabicNumbers(const QString &text)
{
    static const QString numerals = QStringLiteral("零一二三四五六七八九十");
    bool any = false;
    for (const QChar c : text)
        any = any || numerals.contains(c);
    if (!any)
        return text;
    static const QRegularExpression re(
        QStringLiteral("([零一二三四五六七八九十]+)(栋|号楼|幢|单元|层|楼|号)"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = chineseNumber(m.capturedView(1));
        if (n <= 0)
            continue;
        out += QStringView(text).mid(last, m.capturedStart(1) - last);
        out += QString::number(n);
        last = m.capturedEnd(1);
    }
    out += QStringView(text).mid(last);
    return out;
}

QString trimSeparators(QString s)
{
    static const QString separators = QStringLiteral("-,，、;；/／");
    while (!s.isEmpty() && separators.contains(s.back()))
        s.chop(1);
    while (!s.isEmpty() && separators.contains(s.front()))
        s.remove(0, 1);
    return s;
}

QString compoundFromPrefix(const QString &prefix, const QStringList &known)
{
    if (prefix.isEmpty())
        return {};
    QString best;
    for (const QString &name : known) {
        const QString folded = AddressParser::fold(name);
        if (folded.size() > best.size() && prefix.contains(folded))
            best = name;
    }
    if (!best.isEmpty())
        return best;
    // The region, street office and community in front are not the compound.
    static const QRegularExpression admin(
        QStringLiteral("(省|自治区|市|县|街道|社区|镇|乡|(?<!小|园|校|景|厂)区)"));
    QString rest = prefix;
    qsizetype cut = -1;
    auto it = admin.globalMatch(rest);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedEnd() < rest.size())
            cut = m.capturedEnd();
    }
    if (cut > 0)
        rest = rest.mid(cut);
    // A street and number in front ("太行东街10号和济小区"), when a name follows them.
    static const QRegularExpression street(QStringLiteral("(路|街|大道|巷|\\d+号)"));
    cut = -1;
    it = street.globalMatch(rest);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedEnd() < rest.size())
            cut = m.capturedEnd();
    }
    if (cut > 0) {
        const QString after = rest.mid(cut);
        static const QRegularExpression compoundLike(
            QStringLiteral("(小区|花园|苑|园|家园|新村|公寓|雅居|名都|华庭|大厦|院|城|里|庭|府|湾|"
                           "居|阁|轩|村|楼|期)$"));
        if (compoundLike.match(after).hasMatch())
            rest = after;
    }
    return trimSeparators(rest);
}

} // namespace

QString AddressParser::fold(const QString &text)
{
    // Printable ASCII and common hanzi are their own NFKC form: most addresses need neither
    // the normalisation nor a copy (an import folds every address part of every row).
    bool plain = true;
    bool change = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7F) {
            change = change || (u >= u'a' && u <= u'z') || u == u'_';
        } else if (u < 0x4E00 || u > 0x9FFF) {
            plain = false;
            break;
        }
    }
    if (plain && !change)
        return text;
    if (plain) {
        QString out = text;
        for (QChar &c : out) {
            if (c == u'_')
                c = u'-';
            else if (c >= u'a' && c <= u'z')
                c = QChar(c.unicode() - u'a' + u'A');
        }
        return out;
    }
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        if (c == u'—' || c == u'－' || c == u'–' || c == u'_')
            out += u'-';
        else
            out += c.toUpper();
    }
    return out;
}

int AddressParser::floorOf(const QString &room)
{
    bool ok = false;
    const int n = room.toInt(&ok);
    if (!ok || room.size() < 3 || room.size() > 4 || n < 100)
        return 0;
    return n / 100;
}

namespace {

/** Leading digits followed by nothing or one of `suffixes`: the number, else 0. (By hand
 *  rather than with an expression: an import asks this for every row.) */
int numberWithSuffix(const QString &text, std::initializer_list<QStringView> suffixes)
{
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit())
        ++digits;
    if (digits == 0)
        return 0;
    const QStringView rest = QStringView(text).sliced(digits);
    bool ok = rest.isEmpty();
    for (const QStringView suffix : suffixes)
        ok = ok || rest == suffix;
    return ok ? QStringView(text).first(digits).toInt() : 0;
}

} // namespace

int AddressParser::buildingNumber(const QString &name)
{
    return numberWithSuffix(arabicNumbers(fold(name)),
                            {u"栋", u"号楼", u"幢", u"座", u"#楼", u"#", u"号", u"楼"});
}

int AddressParser::unitNumber(const QString &name)
{
    return numberWithSuffix(arabicNumbers(fold(name)), {u"单元", u"门"});
}

AddressParser::Parts AddressParser::parse(const QString &text, const QStringList &knownCompounds)
{
    Parts parts;
    parts.normalized = fold(text);
    const QString s = arabicNumbers(parts.normalized);
    if (s.isEmpty())
        return parts;

    // 3栋2单元501, 3号楼2单元5楼501室, 3#2-501, A座1203
    static const QRegularExpression marked(
        QStringLiteral("^(?<prefix>.*?)(?<b>\\d+|[A-Z])(?<bm>栋|号楼|幢|座|#楼|#|号|楼)"
                       "(?:(?<u>\\d+)(?:单元|门|-))?(?:(?<f>\\d+)(?:层|楼))?"
                       "(?<r>[A-Z]?\\d+[A-Z]?)(?:室|号|户)?$"));
    // 3-2-501, 3-501
    static const QRegularExpression dashed(QStringLiteral(
        "^(?<prefix>.*?)(?<b>\\d+)-(?:(?<u>\\d+)-)?(?<r>[A-Z]?\\d+[A-Z]?)(?:室|号)?$"));

    QRegularExpressionMatch m = marked.match(s);
    bool isDashed = false;
    if (!m.hasMatch()) {
        m = dashed.match(s);
        isDashed = true;
    }
    if (!m.hasMatch())
        return parts;

    const QString b = m.captured(u"b");
    bool numeric = false;
    parts.building = b.toInt(&numeric);
    if (!numeric)
        parts.building = 0;
    parts.buildingName = isDashed ? b + QStringLiteral("栋") : b + m.captured(u"bm");
    if (parts.buildingName.endsWith(QLatin1String("#")) ||
        parts.buildingName.endsWith(QLatin1String("#楼")))
        parts.buildingName = b + QStringLiteral("栋");
    parts.unit = m.captured(u"u").toInt();
    parts.room = m.captured(u"r");
    const int floor = m.captured(u"f").toInt();
    parts.floor = floor > 0 ? floor : floorOf(parts.room);
    parts.compound = compoundFromPrefix(trimSeparators(m.captured(u"prefix")), knownCompounds);
    parts.ok = !parts.room.isEmpty() && (parts.building > 0 || !b.isEmpty());
    return parts;
}

} // namespace gridbook
