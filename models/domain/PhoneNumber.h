// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace gridbook {

/**
 * Rules for mainland Chinese phone numbers (联系电话) as residents give them:
 * - mobile (手机): 11 digits starting 13-19, optionally after +86, 0086 or 86, or with the
 *   0 that some people dial before another city's mobile;
 * - landline (固定电话): area code 010, 02x or 0xxx plus a 7-8 digit local number, or a bare
 *   7-8 digit local number (the grid's own city), e.g. "0355-1234567", "(0355)1234567",
 *   "035512345678", "+86 355 1234567". A bare local number must start with 2-9: with a
 *   leading 1 it is far more likely a mobile with digits missing.
 * Blanks, dashes and brackets are ignored; full-width characters become ASCII.
 *
 * Only static functions. Never log an unmasked number; use mask().
 */
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Kind { None, Mobile, Landline };

    /** The first thing found wrong. */
    enum class Problem {
        None,               ///< valid
        Empty,              ///< nothing but blanks
        BadCharacters,      ///< letters or punctuation other than + - ( )
        ScientificNotation, ///< a spreadsheet showed it as "1.38123E+10"; digits are lost
        WrongLength,        ///< too few or too many digits for a mobile or landline
        BadPrefix,          ///< 10x/11x/12x "mobiles", unknown area codes, non-Chinese numbers
        ServiceNumber       ///< 110, 12345, 95588, 400/800 numbers: they reach no resident
    };

    /** The outcome of check(). kind and normalized are set only when valid. */
    struct Check {
        bool valid = false;
        Kind kind = Kind::None;
        Problem problem = Problem::Empty;
        /// Mobile: 11 digits ("13812345678"). Landline: "0355-1234567" with an area code,
        /// or the bare local number ("2345678").
        QString normalized;
        QString message; ///< translated, one line, "Phone: ..."
    };

    PhoneNumber() = delete;

    /** Checks a typed or imported phone number. */
    static Check check(const QString &input);

    /**
     * The number for display and logs. Valid numbers: mobile "138****5678"; landline keeps
     * the area code and hides four digits of the local number ("0355-****567",
     * "010-****5678"). Anything else: every digit but the last two becomes '*'.
     */
    static QString mask(const QString &input);
};

using PhoneCheck = PhoneNumber::Check;

} // namespace gridbook
