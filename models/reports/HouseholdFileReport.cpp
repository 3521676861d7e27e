// SPDX-License-Identifier: MIT
#include "reports/HouseholdFileReport.h"

#include "db/SqlErrors.h"
#include "domain/ResidentId.h"
#include "reports/ReportFrame.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gridbook {

namespace {

enum HouseholdField {
    HId,
    HUid,
    HCompound,
    HBuilding,
    HUnit,
    HRoom,
    HArea,
    HNumber,
    HResidence,
    HPhone,
    HGrid,
    HHead
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/** Prepares `sql` on `q`; false (and `error`) on failure. */
bool prepare(QSqlQuery &q, const QString &sql, Error &error)
{
    q.setForwardOnly(true);
    if (q.prepare(sql))
        return true;
    error = SqlErrors::fromQuery(q, QStringLiteral("build household file"));
    return false;
}

} // namespace

QString HouseholdFileReport::requestState(const QString &state)
{
    if (state == QLatin1String("requested"))
        return tr("Requested");
    if (state == QLatin1String("dispatched"))
        return tr("Dispatched");
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

Result<ReportDocument> HouseholdFileReport::build(const QSqlDatabase &db, const Options &options,
                                                  Feedback &feedback)
{
    const QString operation = QStringLiteral("build household file");
    QVariantList bind;
    QString where = QStringLiteral(" WHERE h.archived_at IS NULL AND ");
    const bool named = !options.households.isEmpty();
    if (named) {
        where += QStringLiteral("h.uid IN (%1)").arg(placeholders(options.households.size()));
        for (const QString &uid : options.households)
            bind << uid.trimmed();
    } else {
        where += ReportScope::condition(options.scopes, bind);
    }
    QSqlQuery households(db);
    households.setForwardOnly(true);
    households.prepare(
        QStringLiteral("SELECT h.id, h.uid, co.name, b.name, u.name, d.room, d.area_m2, "
                       "h.household_number, rt.name, coalesce(h.phone, hd.phone), sg.name, hd.name "
                       "FROM household h") +
        ReportScope::placeJoins(named) +
        QStringLiteral(" LEFT JOIN residence_type_code rt ON rt.code = h.residence_type_code"
                       " LEFT JOIN resident hd ON hd.household_id = h.id AND "
                       "hd.relation_code = '02' AND hd.archived_at IS NULL") +
        where +
        QStringLiteral(" ORDER BY co.community_id, co.id, b.number, b.id, u.number, d.floor, "
                       "d.room, h.id"));
    for (const QVariant &v : bind)
        households.addBindValue(v);
    if (!households.exec())
        return SqlErrors::fromQuery(households, operation);

    struct Row {
        qint64 id;
        QString uid, address, area, number, residence, phone, grid, head;
    };
    QList<Row> rows;
    while (households.next()) {
        Row r;
        r.id = households.value(HId).toLongLong();
        r.uid = households.value(HUid).toString();
        r.address = ReportFrame::address(
            households.value(HCompound).toString(), households.value(HBuilding).toString(),
            households.value(HUnit).toString(), households.value(HRoom).toString());
        if (r.address.isEmpty())
            r.address = tr("(no dwelling recorded)");
        r.area = households.value(HArea).isNull()
                     ? QString()
                     : tr("%1 m²").arg(households.value(HArea).toDouble(), 0, 'f', 1);
        r.number = households.value(HNumber).toString();
        r.residence = households.value(HResidence).toString();
        r.phone = households.value(HPhone).toString();
        r.grid = households.value(HGrid).toString();
        r.head = households.value(HHead).toString();
        rows << r;
    }
    if (households.lastError().isValid())
        return SqlErrors::fromQuery(households, operation);
    if (named &&
        rows.size() < QSet<QString>(options.households.begin(), options.households.end()).size()) {
        QStringList missing = options.households;
        for (const Row &r : rows)
            missing.removeAll(r.uid);
        Error e;
        e.message = tr("No live household with uid %1.").arg(missing.join(QStringLiteral(", ")));
        e.field = QStringLiteral("household");
        return e;
    }

    Error error;
    QSqlQuery members(db), visits(db), requests(db), pairing(db);
    if (!prepare(members,
                 QStringLiteral(
                     "SELECT r.name, rel.name, sx.name, r.birth_date, r.id_number, r.phone, "
                     "eth.name, ps.short_name, (SELECT group_concat(name, '、') FROM (SELECT "
                     "cc.name AS name FROM resident_care x JOIN care_category cc ON cc.id = "
                     "x.category_id WHERE x.resident_id = r.id AND x.archived_at IS NULL AND "
                     "cc.archived_at IS NULL AND (cc.sensitive = 0 OR ? = 1) ORDER BY cc.sort)) "
                     "FROM resident r LEFT JOIN relation_code rel ON rel.code = r.relation_code "
                     "LEFT JOIN sex_code sx ON sx.code = r.sex_code "
                     "LEFT JOIN ethnicity_code eth ON eth.code = r.ethnicity_code "
                     "LEFT JOIN political_status_code ps ON ps.code = r.political_status_code "
                     "WHERE r.household_id = ? AND r.archived_at IS NULL "
                     "ORDER BY (r.relation_code = '02') DESC, r.relation_code, r.birth_date, "
                     "r.id"),
                 error) ||
        !prepare(visits,
                 QStringLiteral("SELECT visited_on, visitor_name, purpose, findings, follow_up, "
                                "follow_up_done FROM visit WHERE household_id = ? AND "
                                "archived_at IS NULL ORDER BY visited_on DESC, id DESC LIMIT ?"),
                 error) ||
        !prepare(requests,
                 QStringLiteral(
                     "SELECT substr(s.requested_at, 1, 10), s.title, s.state, a.name, s.rating "
                     "FROM service_request s LEFT JOIN resident a ON a.id = s.assignee_id "
                     "WHERE s.household_id = ? AND s.archived_at IS NULL AND (s.state NOT IN "
                     "('closed', 'cancelled') OR s.id IN (SELECT id FROM service_request WHERE "
                     "household_id = s.household_id AND archived_at IS NULL AND state IN "
                     "('closed', 'cancelled') ORDER BY requested_at DESC LIMIT ?)) "
                     "ORDER BY (s.state IN ('closed', 'cancelled')), s.requested_at DESC"),
                 error) ||
        !prepare(pairing,
                 QStringLiteral("SELECT r.name, p.started_on FROM pairing p JOIN party_member pm "
                                "ON pm.id = p.party_member_id JOIN resident r ON r.id = "
                                "pm.resident_id WHERE p.household_id = ? AND p.archived_at IS "
                                "NULL AND (p.ended_on IS NULL OR p.ended_on >= ?) ORDER BY "
                                "p.started_on"),
                 error))
        return error;

    auto community = ReportFrame::communityName(db);
    if (!community)
        return community.error();
    ReportDocument doc;
    doc.landscape = options.landscape;
    QString scope;
    if (named) {
        QStringList addresses;
        for (const Row &r : rows.mid(0, 3))
            addresses << r.address;
        scope = addresses.join(QStringLiteral("、"));
        if (rows.size() > 3)
            scope = tr("%1 and %n more", nullptr, int(rows.size() - 3)).arg(scope);
    } else {
        scope = ReportScope::describe(options.scopes, *community);
    }
    ReportFrame::apply(doc, *community, tr("Household file"), scope, QString(), options.date,
                       options.fullValues);
    doc.records = rows.size();

    const QString stage = tr("Reading households");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &h = rows[i];
        members.addBindValue(options.fullValues ? 1 : 0);
        members.addBindValue(h.id);
        if (!members.exec())
            return SqlErrors::fromQuery(members, operation);
        ReportTable people;
        people.columns = {{QStringLiteral("name"), tr("Name"), 1.1, false, false},
                          {QStringLiteral("relation"), tr("Relation to head"), 1.35, false, true},
                          {QStringLiteral("sex"), tr("Sex"), 0.7, false, true},
                          {QStringLiteral("age"), tr("Age"), 0.7, false, true},
                          {QStringLiteral("id_number"), tr("ID number"), 2.3, false, false},
                          {QStringLiteral("phone"), tr("Phone"), 1.5, false, false},
                          {QStringLiteral("ethnicity"), tr("Ethnicity"), 1.0, false, true},
                          {QStringLiteral("political"), tr("Political status"), 1.0, false, true},
                          {QStringLiteral("categories"), tr("Categories"), 1.6, false, false}};
        people.emptyText = tr("No live members.");
        while (members.next()) {
            const int age = ResidentId::ageOn(
                QDate::fromString(members.value(3).toString(), Qt::ISODate), options.date);
            people.rows.append(
                {ReportRow::Kind::Data,
                 {members.value(0).toString(), members.value(1).toString(),
                  members.value(2).toString(), age >= 0 ? QString::number(age) : QString(),
                  ReportFrame::idNumber(members.value(4).toString(), options.fullValues),
                  ReportFrame::phone(members.value(5).toString(), options.fullValues),
                  members.value(6).toString(), members.value(7).toString(),
                  members.value(8).toString()},
                 {}});
        }

        pairing.addBindValue(h.id);
        pairing.addBindValue(options.date.toString(Qt::ISODate));
        if (!pairing.exec())
            return SqlErrors::fromQuery(pairing, operation);
        QStringList paired;
        while (pairing.next())
            paired << tr("%1 (since %2)")
                          .arg(pairing.value(0).toString(), pairing.value(1).toString());

        visits.addBindValue(h.id);
        visits.addBindValue(options.lastVisits);
        if (!visits.exec())
            return SqlErrors::fromQuery(visits, operation);
        ReportTable visitTable;
        visitTable.columns = {{QStringLiteral("date"), tr("Date"), 1.0, false, true},
                              {QStringLiteral("visitor"), tr("Visitor"), 0.9, false, false},
                              {QStringLiteral("purpose"), tr("Purpose"), 1.4, false, false},
                              {QStringLiteral("findings"), tr("Findings"), 2.6, false, false},
                              {QStringLiteral("follow_up"), tr("Follow-up"), 2.0, false, false}};
        visitTable.emptyText = tr("No visits recorded.");
        while (visits.next()) {
            QString followUp = visits.value(4).toString();
            if (!followUp.isEmpty())
                followUp = visits.value(5).toInt() ? tr("%1 (done)").arg(followUp)
                                                   : tr("%1 (open)").arg(followUp);
            visitTable.rows.append(
                {ReportRow::Kind::Data,
                 {visits.value(0).toString(), visits.value(1).toString(),
                  visits.value(2).toString(), visits.value(3).toString(), followUp},
                 {}});
        }

        requests.addBindValue(h.id);
        requests.addBindValue(options.closedRequests);
        if (!requests.exec())
            return SqlErrors::fromQuery(requests, operation);
        ReportTable requestTable;
        requestTable.columns = {{QStringLiteral("date"), tr("Requested on"), 1.0, false, true},
                                {QStringLiteral("title"), tr("Request"), 3.0, false, false},
                                {QStringLiteral("state"), tr("State"), 0.9, false, true},
                                {QStringLiteral("assignee"), tr("Taken by"), 1.0, false, false},
                                {QStringLiteral("rating"), tr("Rating"), 0.7, false, true}};
        requestTable.emptyText = tr("No service requests.");
        while (requests.next()) {
            requestTable.rows.append(
                {ReportRow::Kind::Data,
                 {requests.value(0).toString(), requests.value(1).toString(),
                  requestState(requests.value(2).toString()), requests.value(3).toString(),
                  requests.value(4).isNull() ? QString()
                                             : tr("%1/5").arg(requests.value(4).toInt())},
                 {}});
        }

        if (i > 0)
            doc.blocks.append(ReportBlock::pageBreak());
        doc.blocks.append(ReportBlock::heading(tr("Household: %1").arg(h.address)));
        doc.blocks.append(ReportBlock::fieldList({
            {tr("Head of household"), h.head},
            {tr("Household no."), h.number},
            {tr("Residence type"), h.residence},
            {tr("Phone"), ReportFrame::phone(h.phone, options.fullValues)},
            {tr("Grid"), h.grid},
            {tr("Floor area"), h.area},
            {tr("Persons"), QString::number(people.rows.size())},
            {tr("Paired Party member"), paired.isEmpty() ? tr("none") : paired.join(tr(", "))},
        }));
        doc.blocks.append(ReportBlock::heading(tr("Members")));
        doc.blocks.append(ReportBlock::tableBlock(std::move(people)));
        doc.blocks.append(ReportBlock::heading(tr("Latest visits")));
        doc.blocks.append(ReportBlock::tableBlock(std::move(visitTable)));
        doc.blocks.append(ReportBlock::heading(tr("Service requests")));
        doc.blocks.append(ReportBlock::tableBlock(std::move(requestTable)));

        if (i % 50 == 49) {
            feedback.progress(stage, i + 1, rows.size());
            if (feedback.cancelled()) {
                Error e;
                e.message = tr("Cancelled.");
                e.operation = operation;
                return e;
            }
        }
    }
    feedback.progress(stage, rows.size(), rows.size());
    return doc;
}

} // namespace gridbook
