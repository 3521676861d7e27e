// SPDX-License-Identifier: MIT
#include "domain/ResidentId.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace gridbook {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

/**
 * Province-level codes (GB/T 2260) that can start a number. 83 is not in GB 11643's list
 * but is used since 2018 by residence permits for Taiwan residents (台湾居民居住证,
 * 830000), which carry a number of this same form; 81 and 82 are their Hong Kong and Macao
 * counterparts.
 */
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82 || code == 83;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/**
 * What people paste: full-width digits from Chinese input methods, blanks between groups,
 * and invisible characters from web pages, WeChat and Excel's CSV byte order mark.
 */
QString cleaned(const QString &input)
{
    // Most numbers are typed clean: nothing to fold or drop, and no copy to make (imports
    // check one per row).
    if (std::all_of(input.cbegin(), input.cend(),
                    [](QChar c) { return isAsciiDigit(c) || c == u'X'; }))
        return input;
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        out.append(c == u'x' ? QChar(u'X') : c);
    }
    return out;
}

ResidentId::Check failure(ResidentId::Problem problem, const QString &message)
{
    ResidentId::Check result;
    result.problem = problem;
    result.message = message;
    return result;
}

} // namespace

ResidentId::Check ResidentId::check(const QString &input, QDate today)
{
    const QString id = cleaned(input);
    if (id.isEmpty())
        return failure(Problem::Empty, tr("ID number: empty"));

    // Excel stores an 18-digit number as a double (15 significant digits) and shows it as
    // 4.30102E+17; the lost digits cannot be guessed, so say so instead of "bad characters".
    static const QRegularExpression scientific(QStringLiteral("^[0-9]+(?:[.,][0-9]+)?E\\+?[0-9]+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (id.contains(u'E', Qt::CaseInsensitive) && scientific.match(id).hasMatch())
        return failure(
            Problem::ScientificNotation,
            tr("ID number was turned into a number by a spreadsheet (%1) and cannot be recovered")
                .arg(id));

    for (const QChar c : id) {
        if (!isAsciiDigit(c) && c != u'X')
            return failure(
                Problem::BadCharacters,
                tr("ID number: only digits and a final X are allowed, found \"%1\"").arg(c));
    }

    const qsizetype length = id.size();
    if (length != 18 && length != 15)
        return failure(Problem::WrongLength,
                       tr("ID number: must be 18 characters (15-digit old IDs also accepted), "
                          "got %1")
                           .arg(length));
    const qsizetype firstX = id.indexOf(u'X');
    if (firstX >= 0 && firstX != 17)
        return failure(Problem::BadCharacters,
                       tr("ID number: X is only allowed as the 18th character"));

    const bool fifteen = length == 15;
    const QString full = fifteen ? id.left(6) + QStringLiteral("19") + id.mid(6) : id;

    // Every character is now an ASCII digit (or the final X): the parts are read in place.
    auto number = [&](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i)
            n = n * 10 + (full.at(i).unicode() - u'0');
        return n;
    };
    if (!isProvinceCode(number(0, 2)))
        return failure(Problem::UnknownRegion,
                       tr("ID number: unknown province code %1 at the start").arg(full.left(2)));

    const QDate birth(number(6, 4), number(10, 2), number(12, 2));
    auto shownDate = [&]() -> QString {
        return full.mid(6, 4) + u'-' + full.mid(10, 2) + u'-' + full.mid(12, 2);
    };
    if (!birth.isValid())
        return failure(Problem::BadBirthDate,
                       tr("ID number: impossible birth date %1").arg(shownDate()));
    if (birth.year() < 1900)
        return failure(Problem::BadBirthDate,
                       tr("ID number: birth date %1 is before 1900").arg(shownDate()));
    if (today.isValid() && birth > today)
        return failure(Problem::FutureBirthDate,
                       tr("ID number: birth date %1 is in the future").arg(shownDate()));

    const QStringView sequence = QStringView(full).mid(14, 3);
    if (sequence == u"000")
        return failure(Problem::BadSequence, tr("ID number: sequence number 000 is not allowed"));

    const QChar expected = checkDigit(QStringView(full).left(17));
    if (!fifteen && full.at(17) != expected)
        return failure(Problem::WrongCheckDigit,
                       tr("ID number: wrong check digit (expected %1)").arg(expected));

    Check result;
    result.valid = true;
    result.problem = Problem::None;
    result.normalized = fifteen ? full + expected : full;
    result.birthDate = birth;
    result.sex = (sequence.at(2).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    result.wasFifteenDigit = fifteen;
    return result;
}

QChar ResidentId::checkDigit(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (!isAsciiDigit(c))
            return {};
        sum += (c.unicode() - u'0') * kWeights[static_cast<std::size_t>(i)];
    }
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString ResidentId::upgradeFifteen(const QString &id15)
{
    const QString id = id15.trimmed();
    if (id.size() != 15 || !std::all_of(id.cbegin(), id.cend(), isAsciiDigit))
        return {};
    const QString first17 = id.left(6) + QStringLiteral("19") + id.mid(6);
    return first17 + checkDigit(first17);
}

int ResidentId::ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    // Full years, counted from the birthday itself. (Criminal law counts from the day after;
    // a ledger's age brackets follow the everyday rule.)
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

QString ResidentId::mask(const QString &id)
{
    const QString value = cleaned(id);
    if (value.size() < 15)
        return QString(value.size(), u'*');
    return value.left(6) + QString(value.size() - 10, u'*') + value.right(4);
}

} // namespace gridbook
