// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace gridbook {

/** Sex as coded by GB/T 2261.1; the enumerator values are the codes stored on disk. */
enum class Sex {
    Unknown = 0,    ///< 未知的性别
    Male = 1,       ///< 男性
    Female = 2,     ///< 女性
    Unspecified = 9 ///< 未说明的性别
};

/**
 * Rules for the resident identity number (居民身份证号码, GB 11643-1999): an 18-character
 * number made of a 6-digit region code, an 8-digit birth date, a 3-digit sequence number
 * (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * Old 15-digit numbers (2-digit year, no check character) are recognised and upgraded.
 *
 * Only static functions: the rules, not a record. Never log an unmasked number; use mask().
 */
class ResidentId {
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    /** The first thing found wrong, in the order the fields appear in the number. */
    enum class Problem {
        None,               ///< valid
        Empty,              ///< nothing but blanks
        WrongLength,        ///< neither 18 nor 15 characters
        BadCharacters,      ///< not a digit, or X anywhere but the 18th place
        ScientificNotation, ///< a spreadsheet turned it into "4.30102E+17"; digits are lost
        UnknownRegion,      ///< the first two digits are no province code
        BadBirthDate,       ///< not a calendar date, or before 1900
        FutureBirthDate,    ///< after the "today" passed to check()
        BadSequence,        ///< sequence number 000
        WrongCheckDigit     ///< the 18th character does not match the other 17
    };

    /** The outcome of check(). birthDate, sex and normalized are set only when valid. */
    struct Check {
        bool valid = false;
        Problem problem = Problem::Empty;
        QString normalized; ///< 18 characters, upper-case X; upgraded when 15 digits were given
        QString message;    ///< translated, one line, names the field and the reason
        QDate birthDate;
        Sex sex = Sex::Unknown;
        bool wasFifteenDigit = false; ///< the input was an old 15-digit number
    };

    ResidentId() = delete;

    /**
     * Checks a typed or imported ID number. Surrounding and internal blanks (also zero-width
     * ones and byte order marks) are dropped, full-width characters become ASCII (NFKC) and a
     * lower-case x becomes X. @p today bounds the birth date; tests pass a fixed day.
     */
    static Check check(const QString &input, QDate today = QDate::currentDate());

    /**
     * The check character for the first 17 digits (ISO 7064 MOD 11-2), '0'-'9' or 'X';
     * a null QChar unless @p first17 is exactly 17 ASCII digits.
     */
    static QChar checkDigit(QStringView first17);

    /**
     * Upgrades an old 15-digit number to 18: "19" goes in front of the 2-digit year and the
     * check character is appended. Returns an empty string unless @p id15 is 15 ASCII digits
     * (after trimming); does not check the fields - use check() for that.
     */
    static QString upgradeFifteen(const QString &id15);

    /**
     * Age in full years (周岁) on @p day: it goes up on the birthday itself, and for someone
     * born on 29 February on 1 March in common years. -1 if a date is invalid or @p day is
     * before @p birth.
     */
    static int ageOn(QDate birth, QDate day);

    /**
     * The number for display and logs: the first 6 and last 4 characters kept, the rest '*'
     * ("430102********1234"). Anything shorter than 15 characters is masked completely.
     */
    static QString mask(const QString &id);
};

using ResidentIdCheck = ResidentId::Check;

} // namespace gridbook
