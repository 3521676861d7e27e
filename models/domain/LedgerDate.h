// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace gridbook {

/**
 * Dates as offices type them, and as spreadsheets hand them over: "2024-03-05", "2024/3/5",
 * "2024.3.5", "20240305", "2024年3月5日" (full-width digits too), and Excel day numbers.
 * Dates are stored as ISO text, "yyyy-MM-dd", and must fall in years kMinYear..kMaxYear.
 *
 * Only static functions; messages name the field whose display name the caller passes in.
 */
class LedgerDate {
    Q_DECLARE_TR_FUNCTIONS(LedgerDate)

public:
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2100;

    enum class Problem {
        None,           ///< valid
        Empty,          ///< nothing but blanks; optional fields treat this as "no date"
        BadFormat,      ///< not one of the accepted forms (or not a usable day number)
        ImpossibleDate, ///< a form we know, but no such day (2023-02-29, Excel's day 60)
        OutOfRange      ///< a real day outside kMinYear..kMaxYear, almost always a typo
    };

    /** The outcome of parse() and fromExcelSerial(). date and normalized are set when valid. */
    struct Check {
        bool valid = false;
        Problem problem = Problem::Empty;
        QDate date;
        QString normalized; ///< "yyyy-MM-dd"
        QString message;    ///< translated, one line, starts with the field's name
    };

    LedgerDate() = delete;

    /**
     * Reads a typed date. Year first, four digits; month and day may lack the leading zero.
     * Separators - / . may not be mixed; a trailing time of day ("2024/3/5 0:00", as Excel
     * writes date cells to CSV) is ignored. Two-digit years and day-first orders are refused:
     * they are ambiguous. @p fieldName is the translated display name, e.g. "Move-in date".
     */
    static Check parse(const QString &text, const QString &fieldName);

    /**
     * Converts an Excel day number (1900 date system, as in .xlsx cells) to a date. Serial 1
     * is 1900-01-01; Excel counts a 29 February 1900 that never was, so serial 60 is refused
     * and from 61 (1900-03-01) on the count is shifted by one. A fraction (time of day) is
     * ignored. @p fieldName as for parse().
     */
    static Check fromExcelSerial(double serial, const QString &fieldName);

    /** "yyyy-MM-dd" for storage; empty for an invalid date. */
    static QString toStorage(QDate date);

    /** Reads the storage form back, strictly "yyyy-MM-dd"; an invalid QDate otherwise. */
    static QDate fromStorage(const QString &stored);
};

using LedgerDateCheck = LedgerDate::Check;

} // namespace gridbook
