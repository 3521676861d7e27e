// SPDX-License-Identifier: MIT
#include "domain/LedgerDate.h"

#include <QRegularExpression>

#include <cmath>

namespace gridbook {

namespace {

/** The last day Excel can represent, 9999-12-31. */
constexpr double kLastExcelSerial = 2958465;

/**
 * Full-width digits and punctuation (２０２４／３／５) folded to ASCII by NFKC; invisible
 * characters (zero-width spaces, Excel's CSV byte order mark) dropped; blanks trimmed.
 */
QString cleaned(const QString &input)
{
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.category() != QChar::Other_Format)
            out.append(c);
    }
    return out.trimmed();
}

LedgerDate::Check failure(LedgerDate::Problem problem, const QString &message)
{
    LedgerDate::Check result;
    result.problem = problem;
    result.message = message;
    return result;
}

/** Whatever the user typed, cut short so that a pasted paragraph does not flood the message. */
QString shortened(const QString &text)
{
    constexpr qsizetype kMax = 24;
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(u'\u2026');
}

/** The checks shared by every accepted form, once the numbers are read. */
LedgerDate::Check fromParts(int year, int month, int day, const QString &fieldName)
{
    if (year < LedgerDate::kMinYear || year > LedgerDate::kMaxYear)
        return failure(LedgerDate::Problem::OutOfRange,
                       QCoreApplication::translate("LedgerDate", "%1: year %2 is outside %3-%4")
                           .arg(fieldName)
                           .arg(year)
                           .arg(LedgerDate::kMinYear)
                           .arg(LedgerDate::kMaxYear));
    const QDate date(year, month, day);
    if (!date.isValid()) {
        const QString shown = QStringLiteral("%1-%2-%3")
                                  .arg(year, 4, 10, QLatin1Char('0'))
                                  .arg(month, 2, 10, QLatin1Char('0'))
                                  .arg(day, 2, 10, QLatin1Char('0'));
        return failure(LedgerDate::Problem::ImpossibleDate,
                       QCoreApplication::translate("LedgerDate", "%1: impossible date %2")
                           .arg(fieldName, shown));
    }
    LedgerDate::Check result;
    result.valid = true;
    result.problem = LedgerDate::Problem::None;
    result.date = date;
    result.normalized = LedgerDate::toStorage(date);
    return result;
}

} // namespace

LedgerDate::Check LedgerDate::parse(const QString &text, const QString &fieldName)
{
    // The storage form itself (2024-03-05), as exports and most sheets write it: read in
    // place, without folding or the patterns below (an import reads one per row).
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        int parts[3] = {0, 0, 0};
        bool digits = true;
        for (qsizetype i = 0, part = 0; i < 10 && digits; ++i) {
            if (i == 4 || i == 7) {
                ++part;
                continue;
            }
            const char16_t c = text.at(i).unicode();
            digits = c >= u'0' && c <= u'9';
            parts[part] = parts[part] * 10 + (c - u'0');
        }
        if (digits)
            return fromParts(parts[0], parts[1], parts[2], fieldName);
    }
    const QString value = cleaned(text);
    if (value.isEmpty())
        return failure(Problem::Empty, tr("%1: empty").arg(fieldName));

    // 2024-03-05, 2024/3/5, 2024.3.5 - one separator throughout - with an optional time of
    // day after a blank or T, which Excel adds when it writes a date cell to CSV.
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})"
                       "(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    // 2024年3月5日; 号 is the spoken form of 日 and turns up in typed lists too.
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));

    QRegularExpressionMatch match = separated.match(value);
    if (match.hasMatch())
        return fromParts(match.captured(1).toInt(), match.captured(3).toInt(),
                         match.captured(4).toInt(), fieldName);
    for (const QRegularExpression *form : {&chinese, &compact}) {
        match = form->match(value);
        if (match.hasMatch())
            return fromParts(match.captured(1).toInt(), match.captured(2).toInt(),
                             match.captured(3).toInt(), fieldName);
    }
    return failure(Problem::BadFormat,
                   tr("%1: cannot read \"%2\" as a date (write it like 2024-03-05)")
                       .arg(fieldName, shortened(value)));
}

LedgerDate::Check LedgerDate::fromExcelSerial(double serial, const QString &fieldName)
{
    if (!std::isfinite(serial) || serial < 1)
        return failure(Problem::BadFormat, tr("%1: spreadsheet day number %2 is not a date")
                                               .arg(fieldName, QString::number(serial)));
    const double whole = std::floor(serial);
    if (whole > kLastExcelSerial)
        return failure(Problem::OutOfRange,
                       tr("%1: spreadsheet day number %2 is beyond the year 9999")
                           .arg(fieldName, QString::number(whole, 'f', 0)));
    // Excel took Lotus 1-2-3's leap day 1900-02-29 over: day 60. Days 1-59 count from
    // 1899-12-31, days from 61 on from 1899-12-30.
    if (whole == 60)
        return failure(
            Problem::ImpossibleDate,
            tr("%1: spreadsheet day 60 is 1900-02-29, which did not exist").arg(fieldName));
    const auto days = static_cast<qint64>(whole);
    const QDate date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
    return fromParts(date.year(), date.month(), date.day(), fieldName);
}

QString LedgerDate::toStorage(QDate date)
{
    if (!date.isValid())
        return QString();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    // By hand: QDate::toString goes through a printf-style formatter, thousands of
    // instructions for ten characters, and an import stores two dates per row.
    QString text(10, Qt::Uninitialized);
    QChar *p = text.data();
    auto digits = [&p](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            p[i] = QChar(u'0' + value % 10);
        p += count;
    };
    digits(year, 4);
    *p++ = u'-';
    digits(month, 2);
    *p++ = u'-';
    digits(day, 2);
    return text;
}

QDate LedgerDate::fromStorage(const QString &stored)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(stored).hasMatch())
        return {};
    return QDate::fromString(stored, Qt::ISODate);
}

} // namespace gridbook
