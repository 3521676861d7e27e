// SPDX-License-Identifier: MIT
#include "stats/LedgerStats.h"

#include "common/TextColumns.h"
#include "db/Database.h"
#include "db/SqlErrors.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace gridbook {

namespace {

Result<qint64> count(const QSqlDatabase &db, const char *sql)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(sql)) || !q.next())
        return SqlErrors::fromQuery(q, QStringLiteral("compute statistics"));
    return q.value(0).toLongLong();
}

} // namespace

Result<LedgerStats> LedgerStats::compute(const Database &database)
{
    const QSqlDatabase db = database.connection();
    LedgerStats s;
    Totals &t = s.totals;
    struct Item {
        qint64 *target;
        const char *sql;
    };
    const Item items[] = {
        {&t.communities, "SELECT count(*) FROM community WHERE archived_at IS NULL"},
        {&t.compounds, "SELECT count(*) FROM compound WHERE archived_at IS NULL"},
        {&t.buildings, "SELECT count(*) FROM building WHERE archived_at IS NULL"},
        {&t.units, "SELECT count(*) FROM building_unit WHERE archived_at IS NULL"},
        {&t.dwellings, "SELECT count(*) FROM dwelling WHERE archived_at IS NULL"},
        {&t.emptyDwellings,
         "SELECT count(*) FROM dwelling d WHERE d.archived_at IS NULL AND NOT EXISTS (SELECT 1 "
         "FROM household h WHERE h.dwelling_id = d.id AND h.archived_at IS NULL)"},
        {&t.households, "SELECT count(*) FROM household WHERE archived_at IS NULL"},
        {&t.residents, "SELECT count(*) FROM resident WHERE archived_at IS NULL"},
        {&t.archivedResidents, "SELECT count(*) FROM resident WHERE archived_at IS NOT NULL"},
        {&t.bigGrids, "SELECT count(*) FROM big_grid WHERE archived_at IS NULL"},
        {&t.smallGrids, "SELECT count(*) FROM small_grid WHERE archived_at IS NULL"},
        {&t.partyBranches,
         "SELECT count(*) FROM party_org WHERE level = 'branch' AND archived_at IS NULL"},
        {&t.partyGroups,
         "SELECT count(*) FROM party_org WHERE level = 'group' AND archived_at IS NULL"},
        {&t.partyMembers, "SELECT count(*) FROM party_member WHERE archived_at IS NULL"},
        {&t.partyMembersCommunity, "SELECT count(*) FROM party_member WHERE archived_at IS NULL "
                                   "AND membership = 'community'"},
        {&t.partyMembersRegistered, "SELECT count(*) FROM party_member WHERE archived_at IS NULL "
                                    "AND membership = 'registered'"},
        {&t.centerHouseholds, "SELECT count(*) FROM party_member WHERE archived_at IS NULL AND "
                              "center_household = 1"},
        {&t.gridLeaders, "SELECT count(*) FROM grid_role WHERE archived_at IS NULL AND role_code "
                         "IN ('chief_grid_leader', 'big_grid_leader', 'grid_leader')"},
        {&t.gridWorkers,
         "SELECT count(*) FROM grid_role WHERE archived_at IS NULL AND role_code = 'grid_worker'"},
        {&t.gridAssistants, "SELECT count(*) FROM grid_role WHERE archived_at IS NULL AND "
                            "role_code = 'grid_assistant'"},
        {&t.buildingHeads, "SELECT count(*) FROM grid_role WHERE archived_at IS NULL AND "
                           "role_code = 'building_head'"},
        {&t.unitHeads,
         "SELECT count(*) FROM grid_role WHERE archived_at IS NULL AND role_code = 'unit_head'"},
        {&t.volunteerTeams, "SELECT count(*) FROM volunteer_team WHERE archived_at IS NULL"},
        {&t.volunteers,
         "SELECT count(DISTINCT resident_id) FROM volunteer WHERE archived_at IS NULL"},
        {&t.visits, "SELECT count(*) FROM visit WHERE archived_at IS NULL"},
        {&t.pairings, "SELECT count(*) FROM pairing WHERE archived_at IS NULL AND ended_on IS NULL"},
        {&t.serviceRequests, "SELECT count(*) FROM service_request WHERE archived_at IS NULL"},
        {&t.openServiceRequests,
         "SELECT count(*) FROM service_request WHERE archived_at IS NULL AND state IN "
         "('requested', 'dispatched', 'accepted')"},
        {&t.activities, "SELECT count(*) FROM activity WHERE archived_at IS NULL"},
        {&t.peopleServed,
         "SELECT ifnull(sum(people_served), 0) FROM activity WHERE archived_at IS NULL"},
        {&t.consultations, "SELECT count(*) FROM consultation WHERE archived_at IS NULL"},
        {&t.openIssues, "SELECT count(*) FROM consultation_issue WHERE archived_at IS NULL AND "
                        "state IN ('open', 'in_progress')"},
    };
    for (const Item &item : items) {
        auto r = count(db, item.sql);
        if (!r)
            return r.error();
        *item.target = *r;
    }

    // Residents by small grid: each resident counted once, through household -> dwelling ->
    // building -> small grid; care = has any live care category.
    QSqlQuery q(db);
    const QString byGrid = QStringLiteral(
        "SELECT c.name, bg.name, sg.name, "
        "  (SELECT count(*) FROM building b WHERE b.small_grid_id = sg.id AND b.archived_at IS NULL), "
        "  ifnull(x.households, 0), ifnull(x.residents, 0), ifnull(x.care, 0) "
        "FROM small_grid sg JOIN big_grid bg ON bg.id = sg.big_grid_id "
        "JOIN community c ON c.id = bg.community_id "
        "LEFT JOIN (SELECT b.small_grid_id AS grid, count(DISTINCT h.id) AS households, "
        "    count(r.id) AS residents, "
        "    sum(EXISTS (SELECT 1 FROM resident_care rc WHERE rc.resident_id = r.id "
        "                AND rc.archived_at IS NULL)) AS care "
        "  FROM resident r JOIN household h ON h.id = r.household_id "
        "  JOIN dwelling d ON d.id = h.dwelling_id JOIN building b ON b.id = d.building_id "
        "  WHERE r.archived_at IS NULL AND h.archived_at IS NULL "
        "  GROUP BY b.small_grid_id) x ON x.grid = sg.id "
        "WHERE sg.archived_at IS NULL ORDER BY c.id, bg.id, sg.id");
    if (!q.exec(byGrid))
        return SqlErrors::fromQuery(q, QStringLiteral("residents by grid"));
    while (q.next()) {
        GridRow row;
        row.community = q.value(0).toString();
        row.bigGrid = q.value(1).toString();
        row.smallGrid = q.value(2).toString();
        row.buildings = q.value(3).toLongLong();
        row.households = q.value(4).toLongLong();
        row.residents = q.value(5).toLongLong();
        row.careResidents = q.value(6).toLongLong();
        s.byGrid << row;
    }

    const QString byCategory = QStringLiteral(
        "SELECT cc.code, cc.name, cc.category_group, cc.sensitive, "
        "  (SELECT count(*) FROM resident_care rc JOIN resident r ON r.id = rc.resident_id "
        "   WHERE rc.category_id = cc.id AND rc.archived_at IS NULL AND r.archived_at IS NULL) "
        "FROM care_category cc WHERE cc.archived_at IS NULL ORDER BY cc.category_group, cc.sort");
    if (!q.exec(byCategory))
        return SqlErrors::fromQuery(q, QStringLiteral("residents by care category"));
    while (q.next()) {
        CategoryRow row;
        row.code = q.value(0).toString();
        row.name = q.value(1).toString();
        row.group = q.value(2).toString();
        row.sensitive = q.value(3).toBool();
        row.residents = q.value(4).toLongLong();
        s.byCategory << row;
    }
    return s;
}

QString LedgerStats::toText() const
{
    const QLocale locale;
    auto n = [&](qint64 v) { return locale.toString(v); };
    const Totals &t = totals;
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += QStringLiteral("  ") + TextColumns::pad(label, 18) + QLatin1Char(' ') + value +
               QLatin1Char('\n');
    };
    auto row = [&](const QStringList &cells, const QList<int> &widths) {
        out += QStringLiteral(" ");
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += QLatin1Char(' ') + TextColumns::pad(cells[i], qAbs(widths[i]), widths[i] > 0);
        out += QLatin1Char('\n');
    };
    const QList<int> gridWidths{-12, -24, 10, 11, 10, 8};
    out += tr("Ledger totals") + QLatin1Char('\n');
    line(tr("Communities"), n(t.communities));
    line(tr("Compounds"), n(t.compounds));
    line(tr("Buildings"), n(t.buildings));
    line(tr("Units"), n(t.units));
    line(tr("Dwellings"), tr("%1 (%2 empty)").arg(n(t.dwellings), n(t.emptyDwellings)));
    line(tr("Households"), n(t.households));
    line(tr("Residents"), tr("%1 (%2 archived)").arg(n(t.residents), n(t.archivedResidents)));
    line(tr("Big grids"), n(t.bigGrids));
    line(tr("Small grids"), n(t.smallGrids));
    line(tr("Party branches"), n(t.partyBranches));
    line(tr("Party groups"), n(t.partyGroups));
    line(tr("Party members"), tr("%1 (%2 community-managed, %3 registered from work, %4 "
                                 "centre households)")
                                  .arg(n(t.partyMembers), n(t.partyMembersCommunity),
                                       n(t.partyMembersRegistered), n(t.centerHouseholds)));
    line(tr("Grid leaders"), n(t.gridLeaders));
    line(tr("Grid workers"), n(t.gridWorkers));
    line(tr("Grid assistants"), n(t.gridAssistants));
    line(tr("Building heads"), n(t.buildingHeads));
    line(tr("Unit heads"), n(t.unitHeads));
    line(tr("Volunteer teams"), n(t.volunteerTeams));
    line(tr("Volunteers"), n(t.volunteers));
    line(tr("Visits"), n(t.visits));
    line(tr("Pairings"), n(t.pairings));
    line(tr("Service requests"), tr("%1 (%2 open)").arg(n(t.serviceRequests), n(t.openServiceRequests)));
    line(tr("Activities"), tr("%1 (%2 people served)").arg(n(t.activities), n(t.peopleServed)));
    line(tr("Consultations"), tr("%1 (%2 open issues)").arg(n(t.consultations), n(t.openIssues)));

    out += QLatin1Char('\n') + tr("Residents by grid") + QLatin1Char('\n');
    row({tr("Community"), tr("Grid"), tr("Buildings"), tr("Households"), tr("Residents"),
         tr("Care")},
        gridWidths);
    for (const GridRow &g : byGrid)
        row({g.community, g.bigGrid + QLatin1Char('/') + g.smallGrid, n(g.buildings),
             n(g.households), n(g.residents), n(g.careResidents)},
            gridWidths);

    out += QLatin1Char('\n') + tr("Residents by care category") + QLatin1Char('\n');
    for (const CategoryRow &c : byCategory)
        row({c.name,
             c.group == QLatin1String("special") ? tr("special management") : tr("care"),
             n(c.residents)},
            {-20, -20, 10});
    return out;
}

QJsonObject LedgerStats::toJson() const
{
    const Totals &t = totals;
    QJsonObject totalsJson{
        {QStringLiteral("communities"), t.communities},
        {QStringLiteral("compounds"), t.compounds},
        {QStringLiteral("buildings"), t.buildings},
        {QStringLiteral("units"), t.units},
        {QStringLiteral("dwellings"), t.dwellings},
        {QStringLiteral("empty_dwellings"), t.emptyDwellings},
        {QStringLiteral("households"), t.households},
        {QStringLiteral("residents"), t.residents},
        {QStringLiteral("archived_residents"), t.archivedResidents},
        {QStringLiteral("big_grids"), t.bigGrids},
        {QStringLiteral("small_grids"), t.smallGrids},
        {QStringLiteral("party_branches"), t.partyBranches},
        {QStringLiteral("party_groups"), t.partyGroups},
        {QStringLiteral("party_members"), t.partyMembers},
        {QStringLiteral("party_members_community"), t.partyMembersCommunity},
        {QStringLiteral("party_members_registered"), t.partyMembersRegistered},
        {QStringLiteral("center_households"), t.centerHouseholds},
        {QStringLiteral("grid_leaders"), t.gridLeaders},
        {QStringLiteral("grid_workers"), t.gridWorkers},
        {QStringLiteral("grid_assistants"), t.gridAssistants},
        {QStringLiteral("building_heads"), t.buildingHeads},
        {QStringLiteral("unit_heads"), t.unitHeads},
        {QStringLiteral("volunteer_teams"), t.volunteerTeams},
        {QStringLiteral("volunteers"), t.volunteers},
        {QStringLiteral("visits"), t.visits},
        {QStringLiteral("pairings"), t.pairings},
        {QStringLiteral("service_requests"), t.serviceRequests},
        {QStringLiteral("open_service_requests"), t.openServiceRequests},
        {QStringLiteral("activities"), t.activities},
        {QStringLiteral("people_served"), t.peopleServed},
        {QStringLiteral("consultations"), t.consultations},
        {QStringLiteral("open_issues"), t.openIssues},
    };
    QJsonArray grids;
    for (const GridRow &row : byGrid)
        grids.append(QJsonObject{{QStringLiteral("community"), row.community},
                                 {QStringLiteral("big_grid"), row.bigGrid},
                                 {QStringLiteral("small_grid"), row.smallGrid},
                                 {QStringLiteral("buildings"), row.buildings},
                                 {QStringLiteral("households"), row.households},
                                 {QStringLiteral("residents"), row.residents},
                                 {QStringLiteral("care_residents"), row.careResidents}});
    QJsonArray categories;
    for (const CategoryRow &row : byCategory)
        categories.append(QJsonObject{{QStringLiteral("code"), row.code},
                                      {QStringLiteral("name"), row.name},
                                      {QStringLiteral("group"), row.group},
                                      {QStringLiteral("sensitive"), row.sensitive},
                                      {QStringLiteral("residents"), row.residents}});
    return QJsonObject{{QStringLiteral("totals"), totalsJson},
                       {QStringLiteral("by_grid"), grids},
                       {QStringLiteral("by_category"), categories}};
}

} // namespace gridbook
