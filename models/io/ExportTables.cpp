// SPDX-License-Identifier: MIT
#include "io/ExportTables.h"

namespace gridbook {

namespace {

using K = ExportColumn::Kind;

/** The context of the column headers and words below (literal at each call, for lupdate). */
const char *const kContext = "gridbook::ExportColumns";

/** The place path from a household alias `h`: dwelling, building, unit, compound, community,
 *  small and big grid, under the aliases ExportScope::sqlCondition() uses. */
const char *const kPlaceJoins = R"(
    LEFT JOIN dwelling d ON d.id = h.dwelling_id
    LEFT JOIN building b ON b.id = d.building_id
    LEFT JOIN building_unit u ON u.id = d.unit_id
    LEFT JOIN compound c ON c.id = b.compound_id
    LEFT JOIN community cm ON cm.id = c.community_id
    LEFT JOIN small_grid sg ON sg.id = b.small_grid_id
    LEFT JOIN big_grid bg ON bg.id = sg.big_grid_id)";

/** The same path for a scoped export. Every scope names a building or something above it, so
 *  only rows with a household, dwelling and building can match; saying so with inner joins
 *  lets SQLite start from the scope's own rows (a small grid's buildings, their dwellings,
 *  households, residents, through indexes) instead of reading every resident of the ledger
 *  (0.5 s to 10 ms for a grid of a 100,000-resident ledger). */
const char *const kScopedPlaceJoins = R"(
    JOIN dwelling d ON d.id = h.dwelling_id
    JOIN building b ON b.id = d.building_id
    LEFT JOIN building_unit u ON u.id = d.unit_id
    LEFT JOIN compound c ON c.id = b.compound_id
    LEFT JOIN community cm ON cm.id = c.community_id
    LEFT JOIN small_grid sg ON sg.id = b.small_grid_id
    LEFT JOIN big_grid bg ON bg.id = sg.big_grid_id)";

/** 和济小区3栋2单元501 */
const char *const kAddress = "CASE WHEN d.id IS NULL THEN NULL ELSE ifnull(c.name, '') || "
                             "ifnull(b.name, '') || ifnull(u.name, '') || d.room END";

/** The three trailing columns every query has: grid id, grid name, community name. */
const char *const kGridColumns = "sg.id, sg.name, cm.name";

/** Door-by-door order after the optional grid. */
const char *const kPlaceOrder = "cm.id, c.id, b.number, b.id, u.number, d.floor, d.room";

QString fill(QString sql, const ExportScope &scope, bool full, bool byGrid, const QString &order)
{
    const bool whole = scope.kind == ExportScope::Kind::All;
    if (!whole)
        sql.replace(QLatin1String("LEFT JOIN household h ON"),
                    QLatin1String("JOIN household h ON"));
    sql.replace(QLatin1String("%PLACE%"), QLatin1String(whole ? kPlaceJoins : kScopedPlaceJoins));
    // The whole residents table is read in storage order: left to itself SQLite walks one of
    // the search indexes (they hold archived_at) and fetches each row from it, which reads the
    // table in random order (2.2 s instead of 0.9 s for 100,000 residents).
    sql.replace(QLatin1String("%SCAN%"), QLatin1String(whole ? "NOT INDEXED" : ""));
    sql.replace(QLatin1String("%ADDRESS%"), QLatin1String(kAddress));
    sql.replace(QLatin1String("%GRID%"), QLatin1String(kGridColumns));
    sql.replace(QLatin1String("%FULL%"), full ? QLatin1String("1") : QLatin1String("0"));
    sql += QStringLiteral(" AND (") + scope.sqlCondition() + QStringLiteral(") ORDER BY ");
    if (byGrid)
        sql += QStringLiteral("sg.id IS NULL, sg.id, ");
    sql += order;
    return sql;
}

} // namespace

const QList<ExportTable> &ExportTables::all()
{
    static const QList<ExportTable> tables = {
        ExportTable::Residents,  ExportTable::Households, ExportTable::PartyMembers,
        ExportTable::Volunteers, ExportTable::GridRoles,  ExportTable::ServiceRequests,
        ExportTable::Visits,
    };
    return tables;
}

QString ExportTables::key(ExportTable table)
{
    switch (table) {
    case ExportTable::Residents:
        return QStringLiteral("residents");
    case ExportTable::Households:
        return QStringLiteral("households");
    case ExportTable::PartyMembers:
        return QStringLiteral("party-members");
    case ExportTable::Volunteers:
        return QStringLiteral("volunteers");
    case ExportTable::GridRoles:
        return QStringLiteral("grid-roles");
    case ExportTable::ServiceRequests:
        return QStringLiteral("service-requests");
    case ExportTable::Visits:
        return QStringLiteral("visits");
    }
    return {};
}

std::optional<ExportTable> ExportTables::fromKey(const QString &key)
{
    for (ExportTable t : all()) {
        if (ExportTables::key(t) == key.trimmed())
            return t;
    }
    return std::nullopt;
}

QString ExportTables::title(ExportTable table)
{
    switch (table) {
    case ExportTable::Residents:
        return QCoreApplication::translate("gridbook::ExportColumns", "居民");
    case ExportTable::Households:
        return QCoreApplication::translate("gridbook::ExportColumns", "住户");
    case ExportTable::PartyMembers:
        return QCoreApplication::translate("gridbook::ExportColumns", "党员");
    case ExportTable::Volunteers:
        return QCoreApplication::translate("gridbook::ExportColumns", "志愿者");
    case ExportTable::GridRoles:
        return QCoreApplication::translate("gridbook::ExportColumns", "网格角色");
    case ExportTable::ServiceRequests:
        return QCoreApplication::translate("gridbook::ExportColumns", "服务点单");
    case ExportTable::Visits:
        return QCoreApplication::translate("gridbook::ExportColumns", "入户走访");
    }
    return {};
}

const QList<ExportColumn> &ExportTables::columns(ExportTable table)
{
    static const QList<ExportColumn> residents = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "姓名"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "性别"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "身份证号"), K::IdNumber},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "出生日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "民族"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "政治面貌"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "与户主关系"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户号"), K::Code},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "人口类型"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "联系电话"), K::Phone},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "社区"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "小区"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "楼栋"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "单元"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "房号"), K::Code},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "住址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "网格"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "文化程度"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "婚姻状况"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "就业状况"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "工作单位"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "关爱类别"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户籍地址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "备注"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "居民记录编号"), K::Code},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户记录编号"), K::Code},
    };
    static const QList<ExportColumn> households = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户号"), K::Code},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户主姓名"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户主身份证号"), K::IdNumber},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "人口类型"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "人数"), K::Integer},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "联系电话"), K::Phone},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "社区"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "小区"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "楼栋"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "单元"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "房号"), K::Code},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "住址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "网格"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "备注"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户记录编号"), K::Code},
    };
    static const QList<ExportColumn> partyMembers = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "姓名"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "性别"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "身份证号"), K::IdNumber},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "出生日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "联系电话"), K::Phone},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "所在党组织"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "党员类别"), K::Membership},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "入党日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "工作单位"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "党员中心户"), K::YesNo},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "积分"), K::Integer},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "住址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "网格"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "备注"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "党员记录编号"), K::Code},
    };
    static const QList<ExportColumn> volunteers = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "姓名"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "性别"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "身份证号"), K::IdNumber},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "联系电话"), K::Phone},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "服务队"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "技能特长"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "加入日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "志愿服务时长"), K::Number},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "住址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "网格"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "备注"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "志愿者记录编号"), K::Code},
    };
    static const QList<ExportColumn> gridRoles = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "角色"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "姓名"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "联系电话"), K::Phone},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "负责范围"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "社区"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "任职日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "离任日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "备注"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "角色记录编号"), K::Code},
    };
    static const QList<ExportColumn> serviceRequests = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "点单时间"), K::DateTime},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "事项"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "服务类别"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "点单居民"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "联系电话"), K::Phone},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "住址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "状态"), K::State},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "派单服务队"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "接单人"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "接单时间"), K::DateTime},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "完成时间"), K::DateTime},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "办结时间"), K::DateTime},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "评价"), K::Integer},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "居民反馈"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "网格"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "点单记录编号"), K::Code},
    };
    static const QList<ExportColumn> visits = {
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "走访日期"), K::Date},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户号"), K::Code},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "户主姓名"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "住址"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "走访人"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "走访事由"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "走访情况"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "后续事项"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "已跟进"), K::YesNo},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "网格"), K::Text},
        {QT_TRANSLATE_NOOP("gridbook::ExportColumns", "走访记录编号"), K::Code},
    };
    switch (table) {
    case ExportTable::Residents:
        return residents;
    case ExportTable::Households:
        return households;
    case ExportTable::PartyMembers:
        return partyMembers;
    case ExportTable::Volunteers:
        return volunteers;
    case ExportTable::GridRoles:
        return gridRoles;
    case ExportTable::ServiceRequests:
        return serviceRequests;
    case ExportTable::Visits:
        return visits;
    }
    return residents;
}

QStringList ExportTables::headers(ExportTable table)
{
    QStringList out;
    for (const ExportColumn &c : columns(table))
        out << QCoreApplication::translate(kContext, c.header);
    return out;
}

QString ExportTables::mappedValue(ExportColumn::Kind kind, const QString &stored)
{
    if (stored.isEmpty())
        return {};
    switch (kind) {
    case K::YesNo:
        return stored == QLatin1String("1")
                   ? QCoreApplication::translate("gridbook::ExportColumns", "是")
                   : QCoreApplication::translate("gridbook::ExportColumns", "否");
    case K::Membership:
        if (stored == QLatin1String("community"))
            return QCoreApplication::translate("gridbook::ExportColumns", "社区自管党员");
        if (stored == QLatin1String("registered"))
            return QCoreApplication::translate("gridbook::ExportColumns", "在职报到党员");
        break;
    case K::State:
        if (stored == QLatin1String("requested"))
            return QCoreApplication::translate("gridbook::ExportColumns", "已点单");
        if (stored == QLatin1String("dispatched"))
            return QCoreApplication::translate("gridbook::ExportColumns", "已派单");
        if (stored == QLatin1String("accepted"))
            return QCoreApplication::translate("gridbook::ExportColumns", "已接单");
        if (stored == QLatin1String("done"))
            return QCoreApplication::translate("gridbook::ExportColumns", "已完成");
        if (stored == QLatin1String("closed"))
            return QCoreApplication::translate("gridbook::ExportColumns", "已办结");
        if (stored == QLatin1String("cancelled"))
            return QCoreApplication::translate("gridbook::ExportColumns", "已取消");
        break;
    default:
        break;
    }
    return stored;
}

QString ExportTables::sql(ExportTable table, const ExportScope &scope, bool full, bool byGrid)
{
    switch (table) {
    case ExportTable::Residents:
        return fill(QStringLiteral(R"(
SELECT r.name, sx.name, r.id_number, r.birth_date, eth.name,
       coalesce(ps.short_name, ps.name), rel.name, h.household_number, rt.name, r.phone,
       cm.name, c.name, b.name, u.name, d.room, %ADDRESS%, sg.name,
       r.education, r.marital_status, r.work_status, r.workplace,
       (SELECT group_concat(cc.name, '、') FROM resident_care rc
          JOIN care_category cc ON cc.id = rc.category_id
         WHERE rc.resident_id = r.id AND rc.archived_at IS NULL
           AND (cc.sensitive = 0 OR %FULL%)),
       r.registered_address, r.note, r.uid, h.uid, %GRID%
  FROM resident r %SCAN%
  LEFT JOIN household h ON h.id = r.household_id %PLACE%
  LEFT JOIN sex_code sx ON sx.code = r.sex_code
  LEFT JOIN ethnicity_code eth ON eth.code = r.ethnicity_code
  LEFT JOIN political_status_code ps ON ps.code = r.political_status_code
  LEFT JOIN relation_code rel ON rel.code = r.relation_code
  LEFT JOIN residence_type_code rt ON rt.code = r.residence_type_code
 WHERE r.archived_at IS NULL)"),
                    scope, full, byGrid,
                    QLatin1String(kPlaceOrder) +
                        QStringLiteral(", h.id, r.relation_code IS NOT '02', r.relation_code, "
                                       "r.birth_date, r.id"));
    case ExportTable::Households:
        return fill(QStringLiteral(R"(
SELECT h.household_number, hr.name, hr.id_number, rt.name,
       (SELECT count(*) FROM resident m WHERE m.household_id = h.id AND m.archived_at IS NULL),
       coalesce(h.phone, hr.phone), cm.name, c.name, b.name, u.name, d.room, %ADDRESS%, sg.name,
       h.note, h.uid, %GRID%
  FROM household h %PLACE%
  LEFT JOIN resident hr ON hr.household_id = h.id AND hr.relation_code = '02'
                       AND hr.archived_at IS NULL
  LEFT JOIN residence_type_code rt ON rt.code = h.residence_type_code
 WHERE h.archived_at IS NULL)"),
                    scope, full, byGrid, QLatin1String(kPlaceOrder) + QStringLiteral(", h.id"));
    case ExportTable::PartyMembers:
        return fill(QStringLiteral(R"(
SELECT r.name, sx.name, r.id_number, r.birth_date, r.phone, po.name, pm.membership,
       pm.joined_on, pm.employer, pm.center_household,
       (SELECT ifnull(sum(pe.points), 0) FROM points_entry pe
         WHERE pe.party_member_id = pm.id AND pe.archived_at IS NULL),
       %ADDRESS%, sg.name, pm.note, pm.uid, %GRID%
  FROM party_member pm
  JOIN resident r ON r.id = pm.resident_id
  JOIN party_org po ON po.id = pm.org_id
  LEFT JOIN household h ON h.id = r.household_id %PLACE%
  LEFT JOIN sex_code sx ON sx.code = r.sex_code
 WHERE pm.archived_at IS NULL)"),
                    scope, full, byGrid,
                    QStringLiteral("po.id, ") + QLatin1String(kPlaceOrder) +
                        QStringLiteral(", pm.id"));
    case ExportTable::Volunteers:
        return fill(QStringLiteral(R"(
SELECT r.name, sx.name, r.id_number, r.phone, vt.name,
       (SELECT group_concat(s.name, '、') FROM volunteer_skill vs
          JOIN skill s ON s.id = vs.skill_id
         WHERE vs.volunteer_id = v.id AND vs.archived_at IS NULL),
       v.joined_on,
       (SELECT total(he.hours) FROM hours_entry he
         WHERE he.resident_id = r.id AND he.archived_at IS NULL),
       %ADDRESS%, sg.name, v.note, v.uid, %GRID%
  FROM volunteer v
  JOIN resident r ON r.id = v.resident_id
  JOIN volunteer_team vt ON vt.id = v.team_id
  LEFT JOIN household h ON h.id = r.household_id %PLACE%
  LEFT JOIN sex_code sx ON sx.code = r.sex_code
 WHERE v.archived_at IS NULL)"),
                    scope, full, byGrid,
                    QStringLiteral("vt.id, ") + QLatin1String(kPlaceOrder) +
                        QStringLiteral(", v.id"));
    case ExportTable::GridRoles:
        // A role's own scope column says where it belongs; the place aliases are joined
        // from it so that the scope filter reads the same as for the other tables.
        return fill(QStringLiteral(R"(
SELECT grc.name, gr.holder_name, gr.holder_phone,
       CASE WHEN gr.unit_id IS NOT NULL THEN c.name || b.name || u.name
            WHEN gr.building_id IS NOT NULL THEN c.name || b.name
            WHEN gr.small_grid_id IS NOT NULL THEN sg.name
            WHEN gr.big_grid_id IS NOT NULL THEN bg.name
            ELSE cm.name END,
       cm.name, gr.started_on, gr.ended_on, gr.note, gr.uid, %GRID%
  FROM grid_role gr
  JOIN grid_role_code grc ON grc.code = gr.role_code
  LEFT JOIN building_unit u ON u.id = gr.unit_id
  LEFT JOIN building b ON b.id = coalesce(gr.building_id, u.building_id)
  LEFT JOIN compound c ON c.id = b.compound_id
  LEFT JOIN small_grid sg ON sg.id = coalesce(gr.small_grid_id, b.small_grid_id)
  LEFT JOIN big_grid bg ON bg.id = coalesce(gr.big_grid_id, sg.big_grid_id)
  LEFT JOIN community cm ON cm.id = coalesce(gr.community_id, bg.community_id, c.community_id)
 WHERE gr.archived_at IS NULL)"),
                    scope, full, byGrid,
                    QStringLiteral("cm.id, grc.sort, bg.id, sg.id, b.id, u.id, gr.id"));
    case ExportTable::ServiceRequests:
        return fill(QStringLiteral(R"(
SELECT sr.requested_at, sr.title, sk.name, rq.name, rq.phone, %ADDRESS%, sr.state, vt.name,
       asg.name, sr.accepted_at, sr.done_at, sr.closed_at, sr.rating, sr.feedback, sg.name,
       sr.uid, %GRID%
  FROM service_request sr
  JOIN resident rq ON rq.id = sr.requester_id
  LEFT JOIN household h ON h.id = coalesce(sr.household_id, rq.household_id) %PLACE%
  LEFT JOIN skill sk ON sk.id = sr.skill_id
  LEFT JOIN volunteer_team vt ON vt.id = sr.team_id
  LEFT JOIN resident asg ON asg.id = sr.assignee_id
 WHERE sr.archived_at IS NULL)"),
                    scope, full, byGrid, QStringLiteral("sr.requested_at, sr.id"));
    case ExportTable::Visits:
        return fill(QStringLiteral(R"(
SELECT vi.visited_on, h.household_number, hr.name, %ADDRESS%, vi.visitor_name, vi.purpose,
       vi.findings, vi.follow_up, vi.follow_up_done, sg.name, vi.uid, %GRID%
  FROM visit vi
  JOIN household h ON h.id = vi.household_id %PLACE%
  LEFT JOIN resident hr ON hr.household_id = h.id AND hr.relation_code = '02'
                       AND hr.archived_at IS NULL
 WHERE vi.archived_at IS NULL)"),
                    scope, full, byGrid, QStringLiteral("vi.visited_on, vi.id"));
    }
    return {};
}

ExportTables::OrderedQuery ExportTables::orderedSql(ExportTable table, const ExportScope &scope,
                                                    bool full, bool byGrid,
                                                    const QString &orderTable)
{
    // Every query above is "SELECT <columns>\n  FROM <table> <alias> <joins> WHERE ... ORDER BY
    // ..."; the subqueries among the columns never start a line with FROM.
    const QString sql = ExportTables::sql(table, scope, full, byGrid);
    const QLatin1String from("\n  FROM ");
    const qsizetype at = sql.indexOf(from);
    const qsizetype orderAt = sql.lastIndexOf(QLatin1String(" ORDER BY "));
    Q_ASSERT(at > 0 && orderAt > at);
    const QString columns = sql.left(at);
    const QString source = sql.mid(at + from.size()); // "<table> <alias> <joins> WHERE ..."
    const QString alias = source.simplified().section(u' ', 1, 1); // "resident r\n  JOIN" → r
    OrderedQuery q;
    q.fillOrder = QStringLiteral("INSERT INTO temp.") + orderTable +
                  QStringLiteral(" (record_id) SELECT ") + alias + QStringLiteral(".id") + from +
                  source;
    q.rows = columns + from + QStringLiteral("temp.") + orderTable +
             QStringLiteral(" eo CROSS JOIN ") + source.left(orderAt - at - from.size()) +
             QStringLiteral(" AND ") + alias + QStringLiteral(".id = eo.record_id ORDER BY eo.pos");
    return q;
}

} // namespace gridbook
