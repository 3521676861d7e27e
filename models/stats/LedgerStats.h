// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gridbook {

class Database;

/**
 * The ledger in numbers: totals, residents by grid and by care category. Computed as data
 * (tested on the data), rendered as text for people and as JSON for tools.
 * Counts are of live records only; archived ones are counted separately.
 */
struct LedgerStats {
    Q_DECLARE_TR_FUNCTIONS(LedgerStats)
public:
    struct Totals {
        qint64 communities = 0, compounds = 0, buildings = 0, units = 0, dwellings = 0;
        qint64 emptyDwellings = 0, households = 0, residents = 0, archivedResidents = 0;
        qint64 bigGrids = 0, smallGrids = 0;
        qint64 partyBranches = 0, partyGroups = 0, partyMembers = 0;
        qint64 partyMembersCommunity = 0, partyMembersRegistered = 0, centerHouseholds = 0;
        qint64 gridLeaders = 0, gridWorkers = 0, gridAssistants = 0, buildingHeads = 0,
               unitHeads = 0;
        qint64 volunteerTeams = 0, volunteers = 0;
        qint64 visits = 0, pairings = 0, serviceRequests = 0, openServiceRequests = 0;
        qint64 activities = 0, peopleServed = 0, consultations = 0, openIssues = 0;
    };
    struct GridRow {
        QString community, bigGrid, smallGrid;
        qint64 buildings = 0, households = 0, residents = 0, careResidents = 0;
    };
    struct CategoryRow {
        QString code, name, group;
        bool sensitive = false;
        qint64 residents = 0;
    };

    Totals totals;
    QList<GridRow> byGrid;
    QList<CategoryRow> byCategory;

    static Result<LedgerStats> compute(const Database &db);

    /** A plain-text report in the user's language. */
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace gridbook
