// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace gridbook {

/**
 * The household file (一户一档): for each household, starting on a new page, its dwelling,
 * all live members, their care categories, the Party member paired with it (一对一帮扶), its
 * last visits, and its open and recently closed service requests.
 */
class HouseholdFileReport {
    Q_DECLARE_TR_FUNCTIONS(HouseholdFileReport)
public:
    struct Options {
        /** Household uids; when empty, every household of `scopes`. */
        QStringList households;
        QList<ReportScope> scopes; ///< empty (and no households): every community
        int lastVisits = 5;        ///< how many of the latest visits to print
        int closedRequests = 5;    ///< how many closed or cancelled requests besides open ones
        bool landscape = false;
        bool fullValues = false;
        QDate date = QDate::currentDate();
    };

    static Result<ReportDocument> build(const QSqlDatabase &db, const Options &options,
                                        Feedback &feedback);
    /** The translated name of a service request state ("closed" -> 已办结). */
    static QString requestState(const QString &state);
};

} // namespace gridbook
