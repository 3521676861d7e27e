// SPDX-License-Identifier: MIT
#include "domain/PhoneNumber.h"

#include <QRegularExpression>

#include <algorithm>

namespace gridbook {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/** Full-width characters folded to ASCII (NFKC); blanks and invisible characters dropped. */
QString cleaned(const QString &input)
{
    // Most numbers are typed as plain digits: nothing to fold or drop, and no copy to make.
    if (std::all_of(input.cbegin(), input.cend(), isAsciiDigit))
        return input;
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            out.append(c);
    }
    return out;
}

PhoneNumber::Check failure(PhoneNumber::Problem problem, const QString &message)
{
    PhoneNumber::Check result;
    result.problem = problem;
    result.message = message;
    return result;
}

PhoneNumber::Check success(PhoneNumber::Kind kind, const QString &normalized)
{
    PhoneNumber::Check result;
    result.valid = true;
    result.kind = kind;
    result.problem = PhoneNumber::Problem::None;
    result.normalized = normalized;
    return result;
}

} // namespace

PhoneNumber::Check PhoneNumber::check(const QString &input)
{
    const QString text = cleaned(input);
    if (text.isEmpty())
        return failure(Problem::Empty, tr("Phone: empty"));

    // An 11-digit mobile in a narrow Excel column is shown, and saved to CSV, as 1.38123E+10.
    static const QRegularExpression scientific(QStringLiteral("^[0-9]+(?:[.,][0-9]+)?E\\+?[0-9]+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (text.contains(u'E', Qt::CaseInsensitive) && scientific.match(text).hasMatch())
        return failure(
            Problem::ScientificNotation,
            tr("Phone was turned into a number by a spreadsheet (%1) and cannot be recovered")
                .arg(text));

    bool international = false;
    QString digits;
    if (std::all_of(text.cbegin(), text.cend(), isAsciiDigit)) {
        digits = text; // the usual case: nothing to take out
    } else {
        // Brackets and dashes only group digits: "(0355)1234567", "(+86)138-1234-5678".
        QString compact;
        compact.reserve(text.size());
        for (const QChar c : text) {
            if (c != u'(' && c != u')' && c.category() != QChar::Punctuation_Dash)
                compact.append(c);
        }

        qsizetype start = 0;
        if (compact.startsWith(u'+')) {
            if (!compact.startsWith(QLatin1String("+86")))
                return failure(Problem::BadPrefix,
                               tr("Phone: only mainland China numbers (+86) are accepted"));
            international = true;
            start = 3;
        }

        digits.reserve(compact.size());
        for (qsizetype i = start; i < compact.size(); ++i) {
            const QChar c = compact.at(i);
            if (!isAsciiDigit(c))
                return failure(Problem::BadCharacters,
                               tr("Phone: unexpected character \"%1\"").arg(c));
            digits.append(c);
        }
    }
    if (digits.isEmpty() && !international)
        return failure(Problem::Empty, tr("Phone: empty"));

    if (!international && digits.startsWith(QLatin1String("0086"))) {
        digits.remove(0, 4);
        international = true;
    } else if (!international && digits.size() == 13 && digits.startsWith(QLatin1String("861"))) {
        // "86" without + or 00 only in front of a mobile: 86xxxxxxxxxxx cannot be anything else.
        digits.remove(0, 2);
        international = true;
    }
    // In international form a landline drops its trunk 0: +86 355 1234567, +86 10 12345678
    // (Beijing: 10 can never begin a mobile, those begin 13-19).
    const bool mobileStart = digits.size() >= 2 && digits.at(0) == u'1' && digits.at(1) >= u'3';
    if (international && !digits.isEmpty() && digits.at(0) != u'0' && !mobileStart)
        digits.prepend(u'0');
    // Some people write the 0 they dial before another city's mobile: 013812345678.
    if (digits.size() == 12 && digits.startsWith(QLatin1String("01")) && digits.at(2) >= u'3')
        digits.remove(0, 1);
    if (digits.isEmpty())
        return failure(Problem::WrongLength, tr("Phone: no number after the country code"));

    const qsizetype length = digits.size();
    const QChar first = digits.at(0);

    // Service numbers (110, 12345, 10086, 95588, 96xxx, 400/800) are rejected: the phone
    // fields of a ledger are for reaching a resident or household, and a hotline number there
    // is always a mistake (often the contact column filled from a notice board).
    const bool serviceLength = length >= 3 && length <= 6;

    if (first == u'1') {
        if (length == 11) {
            if (digits.at(1) >= u'3')
                return success(Kind::Mobile, digits);
            return failure(
                Problem::BadPrefix,
                tr("Phone: mobile numbers start with 13-19, got %1").arg(digits.left(2)));
        }
        if (serviceLength && !international)
            return failure(Problem::ServiceNumber,
                           tr("Phone: %1 is a service number, not a resident's phone").arg(digits));
        // Bare 7-8 digit local numbers never start with 1, so this is a mobile with digits
        // missing or extra, not a landline.
        return failure(Problem::WrongLength,
                       tr("Phone: mobile numbers have 11 digits, got %1").arg(length));
    }

    if (first == u'0') {
        if (length >= 2 && digits.at(1) == u'0')
            return failure(Problem::BadPrefix,
                           tr("Phone: only mainland China numbers (+86) are accepted"));
        // The numbering plan: 010 and 02x are three-digit area codes, all others four
        // (0311, 0355, 0991...); 011-019 do not exist. So the split needs no separator.
        qsizetype areaLength = 4;
        if (digits.startsWith(QLatin1String("010")) || digits.startsWith(QLatin1String("02")))
            areaLength = 3;
        else if (length >= 2 && digits.at(1) == u'1')
            return failure(Problem::BadPrefix,
                           tr("Phone: unknown area code %1").arg(digits.left(3)));
        const QString area = digits.left(areaLength);
        const QString local = digits.mid(areaLength);
        if (local.size() < 7 || local.size() > 8)
            return failure(Problem::WrongLength,
                           tr("Phone: landline needs 7-8 digits after area code %1, got %2")
                               .arg(area)
                               .arg(local.size()));
        if (local.at(0) == u'0')
            return failure(Problem::BadPrefix,
                           tr("Phone: number after area code %1 cannot start with 0").arg(area));
        return success(Kind::Landline, area + u'-' + local);
    }

    if ((length == 10 &&
         (digits.startsWith(QLatin1String("400")) || digits.startsWith(QLatin1String("800")))) ||
        (serviceLength && first == u'9'))
        return failure(Problem::ServiceNumber,
                       tr("Phone: %1 is a service number, not a resident's phone").arg(digits));

    if (length == 7 || length == 8)
        return success(Kind::Landline, digits);

    return failure(Problem::WrongLength,
                   tr("Phone: %1 digits is neither a mobile (11) nor a landline (7-8 digits, "
                      "with or without area code) number")
                       .arg(length));
}

QString PhoneNumber::mask(const QString &input)
{
    const Check result = check(input);
    if (result.valid) {
        const QString &number = result.normalized;
        if (result.kind == Kind::Mobile)
            return number.left(3) + QStringLiteral("****") + number.right(4);
        const qsizetype dash = number.indexOf(u'-');
        const QString local = number.mid(dash + 1);
        return number.left(dash + 1) + QStringLiteral("****") + local.mid(4);
    }

    // Not a number we understand: hide every digit but the last two, keep the rest as typed.
    QString masked = cleaned(input);
    qsizetype digitsLeft = std::count_if(masked.cbegin(), masked.cend(), isAsciiDigit);
    for (QChar &c : masked) {
        if (isAsciiDigit(c) && digitsLeft-- > 2)
            c = u'*';
    }
    return masked;
}

} // namespace gridbook
