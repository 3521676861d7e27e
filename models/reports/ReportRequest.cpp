// SPDX-License-Identifier: MIT
#include "reports/ReportRequest.h"

namespace gridbook {

QString ReportRequest::key() const
{
    switch (kind) {
    case Kind::Roster:
        return QStringLiteral("roster");
    case Kind::ContactBook:
        return QStringLiteral("contact_book");
    case Kind::HouseholdFile:
        return QStringLiteral("household_file");
    }
    return {};
}

bool ReportRequest::fullValues() const
{
    switch (kind) {
    case Kind::Roster:
        return roster.fullValues;
    case Kind::ContactBook:
        return contactBook.fullValues;
    case Kind::HouseholdFile:
        return householdFile.fullValues;
    }
    return false;
}

void ReportRequest::setFullValues(bool full)
{
    roster.fullValues = contactBook.fullValues = householdFile.fullValues = full;
}

bool ReportRequest::landscape() const
{
    switch (kind) {
    case Kind::Roster:
        return roster.landscape;
    case Kind::ContactBook:
        return contactBook.landscape;
    case Kind::HouseholdFile:
        return householdFile.landscape;
    }
    return false;
}

void ReportRequest::setLandscape(bool landscape)
{
    roster.landscape = contactBook.landscape = householdFile.landscape = landscape;
}

QDate ReportRequest::date() const
{
    switch (kind) {
    case Kind::Roster:
        return roster.date;
    case Kind::ContactBook:
        return contactBook.date;
    case Kind::HouseholdFile:
        return householdFile.date;
    }
    return {};
}

void ReportRequest::setDate(QDate date)
{
    roster.date = contactBook.date = householdFile.date = date;
}

Result<ReportDocument> ReportRequest::build(const QSqlDatabase &db, Feedback &feedback) const
{
    switch (kind) {
    case Kind::Roster:
        return RosterReport::build(db, roster, feedback);
    case Kind::ContactBook:
        return ContactBookReport::build(db, contactBook, feedback);
    case Kind::HouseholdFile:
        return HouseholdFileReport::build(db, householdFile, feedback);
    }
    return Error{};
}

} // namespace gridbook
