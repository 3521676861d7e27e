// SPDX-License-Identifier: MIT
#include "rosters/GridRoleRosterModel.h"

#include "items/SearchText.h"

namespace gridbook {

GridRoleRosterModel::GridRoleRosterModel(QObject *parent) : RosterModel(parent) {}

QList<RosterModel::ColumnSpec> GridRoleRosterModel::columns() const
{
    return {
        {QStringLiteral("role"), tr("Role"), QStringLiteral("gc.sort")},
        {QStringLiteral("holder_name"), tr("Name"), QStringLiteral("gr.holder_name")},
        {QStringLiteral("holder_phone"), tr("Phone"), QStringLiteral("gr.holder_phone")},
        {QStringLiteral("scope_name"), tr("Responsible for"), QStringLiteral("scope_name")},
        {QStringLiteral("is_resident"), tr("Lives here"), QStringLiteral("is_resident")},
        {QStringLiteral("started_on"), tr("Since"), QStringLiteral("gr.started_on")},
        {QStringLiteral("note"), tr("Note"), QStringLiteral("gr.note")},
    };
}

SqlStatement GridRoleRosterModel::baseSelect() const
{
    return SqlStatement(QStringLiteral(
        "SELECT gr.id AS id, gr.role_code AS role_code, gc.name AS role, "
        "gr.holder_name AS holder_name, gr.holder_phone AS holder_phone, "
        "CASE WHEN gr.community_id IS NOT NULL THEN cm.name "
        " WHEN gr.big_grid_id IS NOT NULL THEN bg.name "
        " WHEN gr.small_grid_id IS NOT NULL THEN sbg.name || ' › ' || sg.name "
        " WHEN gr.building_id IS NOT NULL THEN bc.name || ' ' || bb.name "
        " ELSE uc.name || ' ' || ub.name || uu.name END AS scope_name, "
        "gr.resident_id IS NOT NULL AS is_resident, gr.resident_id AS resident_id, "
        "gr.started_on AS started_on, gr.note AS note "
        "FROM grid_role gr JOIN grid_role_code gc ON gc.code = gr.role_code "
        "LEFT JOIN community cm ON cm.id = gr.community_id "
        "LEFT JOIN big_grid bg ON bg.id = gr.big_grid_id "
        "LEFT JOIN small_grid sg ON sg.id = gr.small_grid_id "
        "LEFT JOIN big_grid sbg ON sbg.id = sg.big_grid_id "
        "LEFT JOIN building bb ON bb.id = gr.building_id "
        "LEFT JOIN compound bc ON bc.id = bb.compound_id "
        "LEFT JOIN building_unit uu ON uu.id = gr.unit_id "
        "LEFT JOIN building ub ON ub.id = uu.building_id "
        "LEFT JOIN compound uc ON uc.id = ub.compound_id "
        "LEFT JOIN resident r ON r.id = gr.resident_id "
        "WHERE gr.archived_at IS NULL"));
}

SqlStatement GridRoleRosterModel::scopeCondition() const
{
    using Level = LedgerScope::Level;
    const LedgerScope s = scope();
    const qint64 id = s.id();
    // The buildings of the scope, then: roles on them, on their units, and on the grids and
    // community at or below the scope's level.
    switch (s.level()) {
    case Level::Everything:
        return {};
    case Level::Community:
        return SqlStatement(
            QStringLiteral(
                " AND (gr.community_id = ? "
                "OR gr.big_grid_id IN (SELECT id FROM big_grid WHERE community_id = ?) "
                "OR gr.small_grid_id IN (SELECT sg2.id FROM small_grid sg2 JOIN big_grid bg2 "
                " ON bg2.id = sg2.big_grid_id WHERE bg2.community_id = ?) "
                "OR gr.building_id IN (SELECT b2.id FROM building b2 JOIN compound c2 "
                " ON c2.id = b2.compound_id WHERE c2.community_id = ?) "
                "OR gr.unit_id IN (SELECT u2.id FROM building_unit u2 JOIN building b2 "
                " ON b2.id = u2.building_id JOIN compound c2 ON c2.id = b2.compound_id "
                " WHERE c2.community_id = ?))"),
            {id, id, id, id, id});
    case Level::BigGrid:
        return SqlStatement(
            QStringLiteral(
                " AND (gr.big_grid_id = ? "
                "OR gr.small_grid_id IN (SELECT id FROM small_grid WHERE big_grid_id = ?) "
                "OR gr.building_id IN (SELECT b2.id FROM building b2 JOIN small_grid sg2 "
                " ON sg2.id = b2.small_grid_id WHERE sg2.big_grid_id = ?) "
                "OR gr.unit_id IN (SELECT u2.id FROM building_unit u2 JOIN building b2 "
                " ON b2.id = u2.building_id JOIN small_grid sg2 ON sg2.id = b2.small_grid_id "
                " WHERE sg2.big_grid_id = ?))"),
            {id, id, id, id});
    case Level::SmallGrid:
        return SqlStatement(
            QStringLiteral(" AND (gr.small_grid_id = ? "
                           "OR gr.building_id IN (SELECT id FROM building WHERE small_grid_id = ?) "
                           "OR gr.unit_id IN (SELECT u2.id FROM building_unit u2 JOIN building b2 "
                           " ON b2.id = u2.building_id WHERE b2.small_grid_id = ?))"),
            {id, id, id});
    case Level::Compound: {
        const QString buildings =
            s.smallGridId() > 0
                ? QStringLiteral("SELECT id FROM building WHERE compound_id = ? AND small_grid_id = ?")
                : QStringLiteral("SELECT id FROM building WHERE compound_id = ?");
        QVariantList values{id};
        if (s.smallGridId() > 0)
            values << s.smallGridId();
        QVariantList all = values;
        all += values;
        return SqlStatement(QStringLiteral(" AND (gr.building_id IN (") + buildings +
                                QStringLiteral(") OR gr.unit_id IN (SELECT id FROM building_unit "
                                               "WHERE building_id IN (") +
                                buildings + QStringLiteral(")))"),
                            all);
    }
    case Level::Building:
        return SqlStatement(QStringLiteral(" AND (gr.building_id = ? OR gr.unit_id IN (SELECT id "
                                           "FROM building_unit WHERE building_id = ?))"),
                            {id, id});
    case Level::Unit:
        return SqlStatement(QStringLiteral(" AND gr.unit_id = ?"), {id});
    }
    return {};
}

SqlStatement GridRoleRosterModel::searchCondition() const
{
    const SearchText search(this->search());
    switch (search.kind()) {
    case SearchText::Kind::Empty:
        return {};
    case SearchText::Kind::Letters: {
        const QString end = SearchText::prefixEnd(search.text());
        return SqlStatement(QStringLiteral(" AND ((r.name_initials >= ? AND r.name_initials < ?) "
                                           "OR (r.name_pinyin >= ? AND r.name_pinyin < ?))"),
                            {search.text(), end, search.text(), end});
    }
    case SearchText::Kind::Digits:
        return SqlStatement(QStringLiteral(" AND (gr.holder_phone LIKE ? || '%' "
                                           "OR gr.holder_phone LIKE '%' || ?)"),
                            {search.text(), search.text()});
    case SearchText::Kind::Text:
        return SqlStatement(QStringLiteral(" AND (instr(gr.holder_name, ?) > 0 "
                                           "OR instr(scope_name, ?) > 0)"),
                            {search.text(), search.text()});
    }
    return {};
}

SqlStatement GridRoleRosterModel::filterConditions() const
{
    if (m_role.isEmpty())
        return {};
    return SqlStatement(QStringLiteral(" AND gr.role_code = ?"), {m_role});
}

QVariant GridRoleRosterModel::display(int row, const ColumnSpec &column) const
{
    const QVariant value = valueAt(row, column.key);
    if (column.key == QLatin1String("is_resident"))
        return value.toInt() != 0 ? tr("Yes") : QString();
    return value;
}

QString GridRoleRosterModel::defaultOrder() const
{
    return QStringLiteral("gc.sort, scope_name, gr.holder_name, gr.id");
}

} // namespace gridbook
