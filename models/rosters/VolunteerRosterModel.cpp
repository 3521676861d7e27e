// SPDX-License-Identifier: MIT
#include "rosters/VolunteerRosterModel.h"

#include "db/SqlErrors.h"
#include "domain/ResidentId.h"
#include "items/LedgerSql.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>

namespace gridbook {

VolunteerRosterModel::VolunteerRosterModel(QObject *parent) : RosterModel(parent) {}

QList<RosterModel::ColumnSpec> VolunteerRosterModel::columns() const
{
    return {
        {QStringLiteral("name"), tr("Name"), QStringLiteral("r.name_pinyin")},
        {QStringLiteral("sex"), tr("Sex"), QStringLiteral("r.sex_code")},
        {QStringLiteral("birth_date"), tr("Age"),
         QStringLiteral("r.birth_date IS NULL, r.birth_date DESC"), true},
        {QStringLiteral("team"), tr("Team"), QStringLiteral("t.name")},
        {QStringLiteral("skills"), tr("Skills"), QStringLiteral("skills")},
        {QStringLiteral("party"), tr("Party member"), QStringLiteral("party")},
        {QStringLiteral("joined_on"), tr("Joined"), QStringLiteral("v.joined_on")},
        {QStringLiteral("hours"), tr("Volunteer hours"), QStringLiteral("hours"), true},
        {QStringLiteral("phone"), tr("Phone"), QStringLiteral("r.phone")},
        {QStringLiteral("address"), tr("Address"),
         LedgerSql::addressOrder(QString(), QStringLiteral("h.id"))},
    };
}

SqlStatement VolunteerRosterModel::baseSelect() const
{
    return SqlStatement(
        QStringLiteral(
            "SELECT v.id AS id, r.id AS resident_id, r.name AS name, s.name AS sex, "
            "r.birth_date AS birth_date, t.name AS team, "
            "(SELECT group_concat(sk.name, '、') FROM volunteer_skill vs "
            " JOIN skill sk ON sk.id = vs.skill_id "
            " WHERE vs.volunteer_id = v.id AND vs.archived_at IS NULL) AS skills, "
            "EXISTS (SELECT 1 FROM party_member pm WHERE pm.resident_id = r.id "
            " AND pm.archived_at IS NULL) AS party, "
            "v.joined_on AS joined_on, "
            "(SELECT total(he.hours) FROM hours_entry he WHERE he.resident_id = r.id "
            " AND he.archived_at IS NULL) AS hours, "
            "r.phone AS phone, "
            "c.name || ' ' || b.name || ifnull(u.name, '') || d.room AS address "
            "FROM volunteer v JOIN resident r ON r.id = v.resident_id "
            "JOIN volunteer_team t ON t.id = v.team_id "
            "LEFT JOIN sex_code s ON s.code = r.sex_code "
            "LEFT JOIN household h ON h.id = r.household_id") +
        LedgerSql::addressJoins() + QStringLiteral(" WHERE v.archived_at IS NULL"));
}

SqlStatement VolunteerRosterModel::filterConditions() const
{
    SqlStatement s;
    if (m_teamId > 0)
        s += SqlStatement(QStringLiteral(" AND v.team_id = ?"), {m_teamId});
    if (m_skillId > 0)
        s += SqlStatement(QStringLiteral(" AND EXISTS (SELECT 1 FROM volunteer_skill vs2 "
                                         "WHERE vs2.volunteer_id = v.id AND vs2.skill_id = ? "
                                         "AND vs2.archived_at IS NULL)"),
                          {m_skillId});
    return s;
}

QVariant VolunteerRosterModel::display(int row, const ColumnSpec &column) const
{
    const QVariant value = valueAt(row, column.key);
    if (column.key == QLatin1String("birth_date")) {
        const int age = ResidentId::ageOn(QDate::fromString(value.toString(), Qt::ISODate),
                                          QDate::currentDate());
        return age >= 0 ? QVariant(age) : QVariant();
    }
    if (column.key == QLatin1String("party"))
        return value.toInt() != 0 ? tr("Yes") : QString();
    if (column.key == QLatin1String("hours"))
        return QLocale().toString(value.toDouble(), 'f', 1);
    return value;
}

QString VolunteerRosterModel::defaultOrder() const
{
    return QStringLiteral("t.name, r.name_pinyin, v.id");
}

Result<QList<VolunteerRosterModel::Team>> VolunteerRosterModel::teams(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT t.id, t.name, coalesce(sg.name, bg.name, ''), "
            "(SELECT count(*) FROM volunteer v WHERE v.team_id = t.id AND v.archived_at IS NULL) "
            "FROM volunteer_team t LEFT JOIN small_grid sg ON sg.id = t.small_grid_id "
            "LEFT JOIN big_grid bg ON bg.id = t.big_grid_id "
            "WHERE t.archived_at IS NULL ORDER BY t.community_id, t.name, t.id")))
        return SqlErrors::fromQuery(q, QStringLiteral("list volunteer teams"));
    QList<Team> teams;
    while (q.next())
        teams.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toLongLong()});
    return teams;
}

} // namespace gridbook
