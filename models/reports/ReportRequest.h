// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "reports/ContactBookReport.h"
#include "reports/HouseholdFileReport.h"
#include "reports/ReportDocument.h"
#include "reports/RosterReport.h"

#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * Which report, with which options: what the report options dialog produces and the print
 * preview, the PDF export and gridbook-cli consume. A plain value, so it can be handed to a
 * worker thread that builds the report on its own connection.
 */
struct ReportRequest {
    enum class Kind { Roster, ContactBook, HouseholdFile };

    Kind kind = Kind::Roster;
    RosterReport::Options roster;
    ContactBookReport::Options contactBook;
    HouseholdFileReport::Options householdFile;

    /** The print log's name of the report: "roster", "contact_book", "household_file". */
    QString key() const;
    /** True if this print shows full ID and phone numbers (and so must be logged). */
    bool fullValues() const;
    void setFullValues(bool full);
    bool landscape() const;
    void setLandscape(bool landscape);
    /** The report's date (title, ages). */
    QDate date() const;
    void setDate(QDate date);

    /** Builds the report as data; progress and cancel through `feedback`. */
    Result<ReportDocument> build(const QSqlDatabase &db, Feedback &feedback) const;
};

} // namespace gridbook
