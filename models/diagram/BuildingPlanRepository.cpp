// SPDX-License-Identifier: MIT
#include "diagram/BuildingPlanRepository.h"

#include "db/SqlErrors.h"
#include "records/RecordStore.h"

#include <QHash>
#include <QSqlQuery>

namespace gridbook {

namespace {

int ageOn(QDate birth, QDate asOf)
{
    int age = asOf.year() - birth.year();
    if (asOf.month() < birth.month() || (asOf.month() == birth.month() && asOf.day() < birth.day()))
        --age;
    return age;
}

} // namespace

BuildingPlanRepository::BuildingPlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<QPair<qint64, QString>>> BuildingPlanRepository::buildings(qint64 communityId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT b.id, c.name || ' ' || b.name FROM building b "
        "JOIN compound c ON c.id = b.compound_id AND c.archived_at IS NULL "
        "WHERE c.community_id = ? AND b.archived_at IS NULL ORDER BY c.id, b.number, b.id"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("list buildings"));
    QList<QPair<qint64, QString>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

Result<BuildingPlan> BuildingPlanRepository::load(qint64 buildingId, QDate asOf) const
{
    const QString operation = QStringLiteral("load building plan");
    BuildingPlan plan;
    plan.buildingId = buildingId;
    auto scheme = HouseholdColourScheme::load(m_db);
    if (!scheme)
        return scheme.error();
    plan.scheme = std::move(scheme).value();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT b.name, ifnull(b.floors, 0), c.name, m.name FROM building b "
        "JOIN compound c ON c.id = b.compound_id JOIN community m ON m.id = c.community_id "
        "WHERE b.id = ?"));
    q.addBindValue(buildingId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    if (!q.next())
        return RecordStore::noSuchRecord(QStringLiteral("building"), buildingId, operation);
    plan.buildingName = q.value(0).toString();
    plan.floors = q.value(1).toInt();
    plan.compoundName = q.value(2).toString();
    plan.communityName = q.value(3).toString();

    q.prepare(QStringLiteral("SELECT id, name, ifnull(floors, 0) FROM building_unit "
                             "WHERE building_id = ? AND archived_at IS NULL "
                             "ORDER BY number, name, id"));
    q.addBindValue(buildingId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    QHash<qint64, int> unitIndex;
    while (q.next()) {
        unitIndex.insert(q.value(0).toLongLong(), int(plan.units.size()));
        plan.units.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    }

    // Dwellings with their households and the facts the colour rules need, in one pass; the
    // correlated subqueries run on the resident_household and party/care indexes.
    q.prepare(QStringLiteral(
        "SELECT d.id, ifnull(d.unit_id, 0), d.floor, d.room, h.id, h.residence_type_code, "
        "  (SELECT count(*) FROM resident r JOIN party_member pm ON pm.resident_id = r.id "
        "     AND pm.archived_at IS NULL WHERE r.household_id = h.id AND r.archived_at IS NULL), "
        "  (SELECT group_concat(cc.code || ':' || cc.category_group) FROM resident r "
        "     JOIN resident_care rc ON rc.resident_id = r.id AND rc.archived_at IS NULL "
        "     JOIN care_category cc ON cc.id = rc.category_id AND cc.archived_at IS NULL "
        "     WHERE r.household_id = h.id AND r.archived_at IS NULL), "
        "  (SELECT count(*) FROM resident r WHERE r.household_id = h.id "
        "     AND r.archived_at IS NULL), "
        "  (SELECT count(*) FROM resident r WHERE r.household_id = h.id "
        "     AND r.archived_at IS NULL AND r.birth_date IS NULL), "
        "  (SELECT max(r.birth_date) FROM resident r WHERE r.household_id = h.id "
        "     AND r.archived_at IS NULL) "
        "FROM dwelling d "
        "LEFT JOIN household h ON h.dwelling_id = d.id AND h.archived_at IS NULL "
        "WHERE d.building_id = ? AND d.archived_at IS NULL "
        "ORDER BY ifnull(d.unit_id, 0), d.floor, length(d.room), d.room, d.id, h.id"));
    q.addBindValue(buildingId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    QHash<qint64, QPair<int, int>> householdAt; // household -> (dwelling index, household index)
    bool unitless = false;
    while (q.next()) {
        const qint64 dwellingId = q.value(0).toLongLong();
        if (plan.dwellings.isEmpty() || plan.dwellings.last().id != dwellingId) {
            PlanDwelling d;
            d.id = dwellingId;
            d.unitId = q.value(1).toLongLong();
            d.hasFloor = !q.value(2).isNull();
            d.floor = q.value(2).toInt();
            d.room = q.value(3).toString();
            if (d.unitId == 0 || !unitIndex.contains(d.unitId)) {
                d.unitId = 0;
                unitless = true;
            }
            plan.dwellings.append(d);
        }
        if (q.value(4).isNull())
            continue;
        PlanHousehold h;
        h.id = q.value(4).toLongLong();
        h.facts.householdId = h.id;
        h.facts.residenceType = q.value(5).toString();
        h.facts.partyMember = q.value(6).toInt() > 0;
        for (const QString &pair :
             q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = pair.section(QLatin1Char(':'), 0, 0);
            h.facts.careCodes.append(code);
            if (pair.section(QLatin1Char(':'), 1) == QStringLiteral("care"))
                h.facts.careGroupCodes.append(code);
        }
        h.facts.members = q.value(8).toInt();
        h.facts.membersWithoutBirth = q.value(9).toInt();
        h.facts.youngestBirth = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        h.rule = plan.scheme.classify(h.facts, asOf);
        householdAt.insert(
            h.id, {int(plan.dwellings.size() - 1), int(plan.dwellings.last().households.size())});
        plan.dwellings.last().households.append(h);
    }
    if (unitless)
        plan.units.append({0, tr("No unit"), 0});

    // Members for the hover, heads first.
    q.prepare(QStringLiteral(
        "SELECT r.household_id, r.name, ifnull(rc.name, ''), r.birth_date, r.relation_code "
        "FROM dwelling d JOIN household h ON h.dwelling_id = d.id AND h.archived_at IS NULL "
        "JOIN resident r ON r.household_id = h.id AND r.archived_at IS NULL "
        "LEFT JOIN relation_code rc ON rc.code = r.relation_code "
        "WHERE d.building_id = ? AND d.archived_at IS NULL "
        "ORDER BY r.household_id, r.relation_code IS NOT '02', r.relation_code, r.birth_date"));
    q.addBindValue(buildingId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    while (q.next()) {
        const auto at = householdAt.value(q.value(0).toLongLong(), {-1, -1});
        if (at.first < 0)
            continue;
        PlanHousehold &h = plan.dwellings[at.first].households[at.second];
        const QString name = q.value(1).toString();
        const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const bool head = q.value(4).toString() == QStringLiteral("02");
        if (head && h.headName.isEmpty())
            h.headName = name;
        QStringList details;
        if (!q.value(2).toString().isEmpty())
            details.append(q.value(2).toString());
        if (birth.isValid())
            details.append(tr("%n year(s)", nullptr, ageOn(birth, asOf)));
        h.members.append(details.isEmpty()
                             ? name
                             : name + QStringLiteral(" (") + details.join(QStringLiteral(", ")) +
                                   QLatin1Char(')'));
    }
    return plan;
}

} // namespace gridbook
