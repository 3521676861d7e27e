// SPDX-License-Identifier: MIT
#include "rosters/PartyMemberRosterModel.h"

#include "domain/ResidentId.h"
#include "items/LedgerSql.h"

#include <QDate>
#include <QLocale>

namespace gridbook {

PartyMemberRosterModel::PartyMemberRosterModel(QObject *parent) : RosterModel(parent) {}

QString PartyMemberRosterModel::membershipName(const QString &membership)
{
    if (membership == QLatin1String("community"))
        return tr("Community-managed");
    if (membership == QLatin1String("registered"))
        return tr("Registered (employed elsewhere)");
    return membership;
}

QList<RosterModel::ColumnSpec> PartyMemberRosterModel::columns() const
{
    return {
        {QStringLiteral("name"), tr("Name"), QStringLiteral("r.name_pinyin")},
        {QStringLiteral("sex"), tr("Sex"), QStringLiteral("r.sex_code")},
        {QStringLiteral("birth_date"), tr("Age"), QStringLiteral("r.birth_date IS NULL, r.birth_date DESC"), true},
        {QStringLiteral("branch_name"), tr("Branch"), QStringLiteral("branch_name")},
        {QStringLiteral("org_name"), tr("Group"), QStringLiteral("o.name")},
        {QStringLiteral("membership"), tr("Membership"), QStringLiteral("pm.membership")},
        {QStringLiteral("joined_on"), tr("Joined"), QStringLiteral("pm.joined_on")},
        {QStringLiteral("years"), tr("Years in Party"), QStringLiteral("pm.joined_on IS NULL, pm.joined_on DESC"), true},
        {QStringLiteral("center_household"), tr("Center household"), QStringLiteral("pm.center_household")},
        {QStringLiteral("points"), tr("Points"), QStringLiteral("points"), true},
        {QStringLiteral("hours"), tr("Volunteer hours"), QStringLiteral("hours"), true},
        {QStringLiteral("phone"), tr("Phone"), QStringLiteral("r.phone")},
        {QStringLiteral("address"), tr("Address"), LedgerSql::addressOrder(QString(), QStringLiteral("h.id"))},
    };
}

SqlStatement PartyMemberRosterModel::baseSelect() const
{
    return SqlStatement(
        QStringLiteral(
            "SELECT pm.id AS id, r.id AS resident_id, r.name AS name, s.name AS sex, "
            "r.birth_date AS birth_date, o.name AS org_name, o.level AS org_level, "
            "CASE o.level WHEN 'group' THEN po.name ELSE o.name END AS branch_name, "
            "pm.membership AS membership, pm.joined_on AS joined_on, pm.joined_on AS years, "
            "pm.center_household AS center_household, pm.employer AS employer, "
            "(SELECT total(pe.points) FROM points_entry pe WHERE pe.party_member_id = pm.id "
            " AND pe.archived_at IS NULL) AS points, "
            "(SELECT total(he.hours) FROM hours_entry he WHERE he.resident_id = r.id "
            " AND he.archived_at IS NULL) AS hours, "
            "r.phone AS phone, "
            "c.name || ' ' || b.name || ifnull(u.name, '') || d.room AS address "
            "FROM party_member pm JOIN resident r ON r.id = pm.resident_id "
            "JOIN party_org o ON o.id = pm.org_id LEFT JOIN party_org po ON po.id = o.parent_id "
            "LEFT JOIN sex_code s ON s.code = r.sex_code "
            "LEFT JOIN household h ON h.id = r.household_id") +
        LedgerSql::addressJoins() + QStringLiteral(" WHERE pm.archived_at IS NULL"));
}

SqlStatement PartyMemberRosterModel::filterConditions() const
{
    SqlStatement s;
    if (m_orgId > 0)
        s += SqlStatement(QStringLiteral(" AND (o.id = ? OR o.parent_id = ? OR po.parent_id = ?)"),
                          {m_orgId, m_orgId, m_orgId});
    if (!m_membership.isEmpty())
        s += SqlStatement(QStringLiteral(" AND pm.membership = ?"), {m_membership});
    if (m_centerOnly)
        s += SqlStatement(QStringLiteral(" AND pm.center_household = 1"));
    return s;
}

QVariant PartyMemberRosterModel::display(int row, const ColumnSpec &column) const
{
    const QVariant value = valueAt(row, column.key);
    const QDate today = QDate::currentDate();
    if (column.key == QLatin1String("birth_date")) {
        const int age = ResidentId::ageOn(QDate::fromString(value.toString(), Qt::ISODate), today);
        return age >= 0 ? QVariant(age) : QVariant();
    }
    if (column.key == QLatin1String("years")) {
        const int years = ResidentId::ageOn(QDate::fromString(value.toString(), Qt::ISODate), today);
        return years >= 0 ? QVariant(years) : QVariant();
    }
    if (column.key == QLatin1String("membership"))
        return membershipName(value.toString());
    if (column.key == QLatin1String("center_household"))
        return value.toInt() != 0 ? tr("Yes") : QString();
    if (column.key == QLatin1String("points"))
        return QLocale().toString(qint64(value.toDouble()));
    if (column.key == QLatin1String("hours"))
        return QLocale().toString(value.toDouble(), 'f', 1);
    if (column.key == QLatin1String("branch_name") &&
        valueAt(row, QStringLiteral("org_level")).toString() == QLatin1String("committee"))
        return QString();
    if (column.key == QLatin1String("org_name") &&
        valueAt(row, QStringLiteral("org_level")).toString() != QLatin1String("group"))
        return QString();
    return value;
}

QString PartyMemberRosterModel::defaultOrder() const
{
    return QStringLiteral("branch_name, o.name, r.name_pinyin, pm.id");
}

} // namespace gridbook
