// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * What every report shares: the frame printed on each page (the community's name in the
 * title, the scope, filters and date, the privacy note, the signature line) and the masking
 * of ID and phone numbers, which is on unless the user asked for full values.
 */
class ReportFrame {
    Q_DECLARE_TR_FUNCTIONS(ReportFrame)
public:
    /** The name(s) of the ledger's communities, for titles ("和济社区"). */
    static Result<QString> communityName(const QSqlDatabase &db);

    /**
     * Fills title, subtitle, privacy note and signature of `document`:
     * "<community><reportName>", "Scope: ... Filter: ... Date: ...".
     */
    static void apply(ReportDocument &document, const QString &community, const QString &reportName,
                      const QString &scope, const QString &filters, QDate date, bool fullValues);

    /** The ID number as printed: masked (430102********1234) unless `full`. */
    static QString idNumber(const QString &value, bool full);
    /** The phone number as printed: masked (138****5678) unless `full`. */
    static QString phone(const QString &value, bool full);
    /** "和园小区3栋2单元501" from its parts (unit may be empty). */
    static QString address(const QString &compound, const QString &building, const QString &unit,
                           const QString &room);
    /** The page saying there is nothing to print, for an empty scope. */
    static QString nothingToPrint();
    /** "Date of report: 2026-11-24" style date. */
    static QString date(QDate date);
};

} // namespace gridbook
