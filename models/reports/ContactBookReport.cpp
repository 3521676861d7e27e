// SPDX-License-Identifier: MIT
#include "reports/ContactBookReport.h"

#include "db/SqlErrors.h"
#include "reports/ReportFrame.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace gridbook {

namespace {

enum HouseholdField {
    HId,
    HCompound,
    HBuildingId,
    HBuilding,
    HUnit,
    HRoom,
    HHead,
    HPhone,
    HMembers,
    HCategories,
    HGrid
};

} // namespace

Result<QList<ContactBookReport::Holder>> ContactBookReport::listHolders(const QSqlDatabase &db,
                                                                        QDate date)
{
    using Kind = ReportScope::Kind;
    QHash<int, QHash<qint64, ReportScope>> scopes;
    for (Kind kind :
         {Kind::Community, Kind::BigGrid, Kind::SmallGrid, Kind::Building, Kind::Unit}) {
        auto all = ReportScope::list(db, kind);
        if (!all)
            return all.error();
        for (const ReportScope &s : *all)
            scopes[int(kind)].insert(s.id, s);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT gr.uid, gr.holder_name, gr.holder_phone, rc.name, res.uid, gr.community_id, "
        "gr.big_grid_id, gr.small_grid_id, gr.building_id, gr.unit_id FROM grid_role gr "
        "JOIN grid_role_code rc ON rc.code = gr.role_code "
        "LEFT JOIN resident res ON res.id = gr.resident_id "
        "WHERE gr.archived_at IS NULL AND (gr.ended_on IS NULL OR gr.ended_on >= ?) "
        "ORDER BY rc.sort, gr.id"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("list grid role holders"));
    QList<Holder> holders;
    QHash<QString, qsizetype> byKey;
    while (q.next()) {
        const QString residentUid = q.value(4).toString();
        // Staff who do not live here have no resident row: one person per name.
        const QString key =
            residentUid.isEmpty() ? QStringLiteral("staff:") + q.value(1).toString() : residentUid;
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            Holder h;
            h.name = q.value(1).toString();
            h.phone = q.value(2).toString();
            h.key = residentUid.isEmpty() ? q.value(0).toString() : residentUid;
            holders << h;
            it = byKey.insert(key, holders.size() - 1);
        }
        Holder &h = holders[*it];
        h.roleUids << q.value(0).toString();
        const QString role = q.value(3).toString();
        if (!h.roles.contains(role))
            h.roles << role;
        if (h.phone.isEmpty())
            h.phone = q.value(2).toString();
        const Kind kinds[] = {Kind::Community, Kind::BigGrid, Kind::SmallGrid, Kind::Building,
                              Kind::Unit};
        for (int i = 0; i < 5; ++i) {
            if (q.value(5 + i).isNull())
                continue;
            const auto found = scopes[int(kinds[i])].find(q.value(5 + i).toLongLong());
            if (found != scopes[int(kinds[i])].end() && !h.scopes.contains(*found))
                h.scopes << *found;
        }
    }
    if (q.lastError().isValid())
        return SqlErrors::fromQuery(q, QStringLiteral("list grid role holders"));
    return holders;
}

Result<ContactBookReport::Holder> ContactBookReport::resolveHolder(const QSqlDatabase &db,
                                                                   const QString &spec, QDate date)
{
    auto all = listHolders(db, date);
    if (!all)
        return all.error();
    const QString want = spec.trimmed();
    QList<Holder> found;
    for (const Holder &h : *all) {
        if (h.name == want || h.key == want || h.roleUids.contains(want))
            found << h;
    }
    if (found.size() == 1)
        return found.first();
    Error e;
    e.field = QStringLiteral("holder");
    if (found.isEmpty()) {
        e.message = tr("Nobody named \"%1\" holds a grid role.").arg(want);
    } else {
        QStringList keys;
        for (const Holder &h : found)
            keys << h.key;
        e.message = tr("\"%1\" names %n people with grid roles; give one of these uids: %2",
                       nullptr, int(found.size()))
                        .arg(want, keys.join(QStringLiteral(", ")));
    }
    return e;
}

Result<ReportDocument> ContactBookReport::build(const QSqlDatabase &db, const Options &options,
                                                Feedback &feedback)
{
    const QString operation = QStringLiteral("build contact book");
    QList<Holder> holders;
    for (const QString &spec : options.holders) {
        auto h = resolveHolder(db, spec, options.date);
        if (!h)
            return h.error();
        holders << *h;
    }
    if (holders.isEmpty()) {
        Error e;
        e.message = tr("Name at least one grid leader, worker or assistant for the contact book.");
        e.field = QStringLiteral("holder");
        return e;
    }
    auto community = ReportFrame::communityName(db);
    if (!community)
        return community.error();

    ReportDocument doc;
    doc.landscape = options.landscape;
    QStringList names;
    for (const Holder &h : holders)
        names << h.name;
    ReportFrame::apply(doc, *community, tr("Contact book"), names.join(QStringLiteral("、")),
                       QString(), options.date, options.fullValues);

    const QString stage = tr("Reading households");
    for (qsizetype hi = 0; hi < holders.size(); ++hi) {
        const Holder &holder = holders[hi];
        QVariantList bind;
        bind << (options.fullValues ? 1 : 0);
        // A holder whose places are all gone looks after nobody (not the whole community).
        const QString where =
            QStringLiteral(" WHERE h.archived_at IS NULL AND ") +
            (holder.scopes.isEmpty() ? QStringLiteral("0")
                                     : ReportScope::condition(holder.scopes, bind));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral(
                "SELECT h.id, co.name, b.id, b.name, u.name, d.room, hd.name, "
                "coalesce(h.phone, hd.phone), "
                "(SELECT count(*) FROM resident m WHERE m.household_id = h.id AND "
                "m.archived_at IS NULL), "
                "(SELECT group_concat(name, '、') FROM (SELECT DISTINCT cc.name AS name, cc.sort "
                "FROM resident m JOIN resident_care x ON x.resident_id = m.id JOIN care_category "
                "cc ON cc.id = x.category_id WHERE m.household_id = h.id AND m.archived_at IS "
                "NULL AND x.archived_at IS NULL AND cc.archived_at IS NULL AND (cc.sensitive = 0 "
                "OR ? = 1) ORDER BY cc.sort)), sg.name "
                "FROM household h") +
            ReportScope::placeJoins() +
            QStringLiteral(" LEFT JOIN resident hd ON hd.household_id = h.id AND "
                           "hd.relation_code = '02' AND hd.archived_at IS NULL") +
            where +
            QStringLiteral(" ORDER BY co.community_id, co.id, b.number, b.id, u.number, "
                           "d.floor, d.room, h.id"));
        for (const QVariant &v : bind)
            q.addBindValue(v);
        if (!q.exec())
            return SqlErrors::fromQuery(q, operation);

        ReportTable table;
        table.columns = {{QStringLiteral("number"), tr("No."), 0.6, false, true},
                         {QStringLiteral("address"), tr("Address"), 1.3, false, false},
                         {QStringLiteral("head"), tr("Head of household"), 1.1, false, false},
                         {QStringLiteral("phone"), tr("Phone"), 1.5, false, false},
                         {QStringLiteral("members"), tr("Persons"), 0.85, false, true},
                         {QStringLiteral("categories"), tr("Categories"), 2.4, false, false}};
        for (int v = 0; v < options.visitColumns; ++v)
            table.columns.append({QStringLiteral("visit%1").arg(v + 1), tr("Visit %1").arg(v + 1),
                                  0.9, false, true});
        table.emptyText = tr("No households in this holder's scope.");
        qint64 number = 0;
        qint64 inGroup = 0;
        qint64 building = -1;
        while (q.next()) {
            if (q.value(HBuildingId).toLongLong() != building) {
                if (building >= 0)
                    table.rows.append({ReportRow::Kind::Subtotal,
                                       {},
                                       tr("Subtotal: %n household(s)", nullptr, int(inGroup))});
                building = q.value(HBuildingId).toLongLong();
                inGroup = 0;
                table.rows.append({ReportRow::Kind::Group,
                                   {},
                                   q.value(HCompound).toString() + q.value(HBuilding).toString()});
            }
            ++number;
            ++inGroup;
            QStringList cells{QString::number(number),
                              q.value(HUnit).toString() + q.value(HRoom).toString(),
                              q.value(HHead).toString(),
                              ReportFrame::phone(q.value(HPhone).toString(), options.fullValues),
                              q.value(HMembers).toString(),
                              q.value(HCategories).toString()};
            for (int v = 0; v < options.visitColumns; ++v)
                cells << QString();
            table.rows.append({ReportRow::Kind::Data, cells, {}});
            if (number % 200 == 0 && feedback.cancelled()) {
                Error e;
                e.message = tr("Cancelled.");
                e.operation = operation;
                return e;
            }
        }
        if (q.lastError().isValid())
            return SqlErrors::fromQuery(q, operation);
        if (building >= 0) {
            table.rows.append({ReportRow::Kind::Subtotal,
                               {},
                               tr("Subtotal: %n household(s)", nullptr, int(inGroup))});
            table.rows.append(
                {ReportRow::Kind::Total, {}, tr("Total: %n household(s)", nullptr, int(number))});
        }
        doc.records += number;

        if (hi > 0)
            doc.blocks.append(ReportBlock::pageBreak());
        doc.blocks.append(ReportBlock::heading(
            tr("%1 %2").arg(holder.roles.join(QStringLiteral("、")), holder.name)));
        doc.blocks.append(ReportBlock::fieldList(
            {{tr("Responsible for"), ReportScope::describe(holder.scopes, *community)},
             {tr("Phone"), ReportFrame::phone(holder.phone, options.fullValues)},
             {tr("Households"), QString::number(number)}}));
        doc.blocks.append(ReportBlock::tableBlock(std::move(table)));
        feedback.progress(stage, hi + 1, holders.size());
    }
    return doc;
}

} // namespace gridbook
