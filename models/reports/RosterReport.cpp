// SPDX-License-Identifier: MIT
#include "reports/RosterReport.h"

#include "db/SqlErrors.h"
#include "domain/ResidentId.h"
#include "reports/ReportFrame.h"

#include <QSqlQuery>

namespace gridbook {

namespace {

struct ColumnInfo {
    RosterReport::Column column;
    const char *key;
    double weight;
    bool center;
};

using C = RosterReport::Column;
constexpr ColumnInfo columnInfo[] = {
    {C::Number, "number", 0.75, true},
    {C::Name, "name", 1.0, false},
    {C::Sex, "sex", 0.7, true},
    {C::Age, "age", 0.7, true},
    {C::BirthDate, "birth_date", 1.2, true},
    {C::IdNumber, "id_number", 2.55, false},
    {C::Phone, "phone", 1.65, false},
    {C::Address, "address", 2.45, false},
    {C::Relation, "relation", 1.35, true},
    {C::Categories, "categories", 1.35, false},
    {C::Ethnicity, "ethnicity", 0.8, true},
    {C::Political, "political", 1.0, true},
    {C::ResidenceType, "residence_type", 1.1, true},
    {C::HouseholdNumber, "household_number", 1.4, false},
    {C::Grid, "grid", 1.0, false},
};

const ColumnInfo &info(C column)
{
    for (const auto &c : columnInfo) {
        if (c.column == column)
            return c;
    }
    return columnInfo[0];
}

/** "?, ?, ?" for `count` values. */
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The columns of the roster query, by name rather than by number.
enum Field {
    FName,
    FSex,
    FBirth,
    FId,
    FPhone,
    FRelation,
    FHousehold,
    FHouseholdNumber,
    FCompound,
    FBuildingId,
    FBuilding,
    FUnit,
    FRoom,
    FEthnicity,
    FPolitical,
    FResidence,
    FGrid,
    FHead,
    FCategories
};

} // namespace

QList<RosterReport::Column> RosterReport::defaultColumns()
{
    return {C::Number, C::Name,    C::Sex,      C::Age,       C::IdNumber,
            C::Phone,  C::Address, C::Relation, C::Categories};
}

QList<RosterReport::Column> RosterReport::allColumns()
{
    QList<Column> out;
    for (const auto &c : columnInfo)
        out << c.column;
    return out;
}

QString RosterReport::columnKey(Column column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<RosterReport::Column> RosterReport::columnFromKey(const QString &key)
{
    for (const auto &c : columnInfo) {
        if (key.trimmed() == QLatin1String(c.key))
            return c.column;
    }
    return std::nullopt;
}

QString RosterReport::columnTitle(Column column)
{
    switch (column) {
    case C::Number:
        return tr("No.");
    case C::Name:
        return tr("Name");
    case C::Sex:
        return tr("Sex");
    case C::Age:
        return tr("Age");
    case C::BirthDate:
        return tr("Date of birth");
    case C::IdNumber:
        return tr("ID number");
    case C::Phone:
        return tr("Phone");
    case C::Address:
        return tr("Address");
    case C::Relation:
        return tr("Relation to head");
    case C::Categories:
        return tr("Categories");
    case C::Ethnicity:
        return tr("Ethnicity");
    case C::Political:
        return tr("Political status");
    case C::ResidenceType:
        return tr("Residence type");
    case C::HouseholdNumber:
        return tr("Household no.");
    case C::Grid:
        return tr("Grid");
    }
    return {};
}

QString RosterReport::groupingKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::None:
        return QStringLiteral("none");
    case Grouping::Building:
        return QStringLiteral("building");
    case Grouping::Household:
        return QStringLiteral("household");
    }
    return {};
}

std::optional<RosterReport::Grouping> RosterReport::groupingFromKey(const QString &key)
{
    for (Grouping g : {Grouping::None, Grouping::Building, Grouping::Household}) {
        if (groupingKey(g) == key.trimmed())
            return g;
    }
    return std::nullopt;
}

Result<QString> RosterReport::describeFilters(const QSqlDatabase &db, const Options &options)
{
    QStringList parts;
    if (!options.categories.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM care_category WHERE archived_at IS NULL AND "
                                 "code IN (%1) ORDER BY sort")
                      .arg(placeholders(options.categories.size())));
        for (const QString &code : options.categories)
            q.addBindValue(code);
        if (!q.exec())
            return SqlErrors::fromQuery(q, QStringLiteral("read care category names"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        parts << names.join(tr(" or "));
    }
    if (options.minAge >= 0 && options.maxAge >= 0)
        parts << tr("aged %1 to %2").arg(options.minAge).arg(options.maxAge);
    else if (options.minAge >= 0)
        parts << tr("aged %1 or over").arg(options.minAge);
    else if (options.maxAge >= 0)
        parts << tr("aged %1 or under").arg(options.maxAge);
    if (!options.residenceTypes.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM residence_type_code WHERE code IN (%1) "
                                 "ORDER BY sort")
                      .arg(placeholders(options.residenceTypes.size())));
        for (const QString &code : options.residenceTypes)
            q.addBindValue(code);
        if (!q.exec())
            return SqlErrors::fromQuery(q, QStringLiteral("read residence type names"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        parts << names.join(tr(" or "));
    }
    return parts.join(tr("; "));
}

Result<ReportDocument> RosterReport::build(const QSqlDatabase &db, const Options &options,
                                           Feedback &feedback)
{
    const QString operation = QStringLiteral("build roster");
    if (options.columns.isEmpty()) {
        Error e;
        e.message = tr("Choose at least one column for the roster.");
        e.field = QStringLiteral("columns");
        return e;
    }
    // Unknown category codes would silently print nobody: say so instead.
    if (!options.categories.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM care_category WHERE archived_at IS NULL "
                                 "AND code IN (%1)")
                      .arg(placeholders(options.categories.size())));
        for (const QString &code : options.categories)
            q.addBindValue(code);
        if (!q.exec() || !q.next())
            return SqlErrors::fromQuery(q, operation);
        if (q.value(0).toInt() !=
            QSet<QString>(options.categories.begin(), options.categories.end()).size()) {
            Error e;
            e.message = tr("Unknown care category among %1.")
                            .arg(options.categories.join(QStringLiteral(", ")));
            e.field = QStringLiteral("category");
            return e;
        }
    }

    // The WHERE clause, shared by the count and the rows; every value is bound.
    QVariantList whereBind;
    QString where = QStringLiteral(" WHERE r.archived_at IS NULL AND h.archived_at IS NULL AND ") +
                    ReportScope::condition(options.scopes, whereBind);
    if (!options.categories.isEmpty()) {
        where += QStringLiteral(
                     " AND EXISTS (SELECT 1 FROM resident_care x JOIN care_category cc ON "
                     "cc.id = x.category_id WHERE x.resident_id = r.id AND x.archived_at IS NULL "
                     "AND cc.archived_at IS NULL AND cc.code IN (%1))")
                     .arg(placeholders(options.categories.size()));
        for (const QString &code : options.categories)
            whereBind << code;
    }
    // Age a on `date`: born on or before date - a years; under a+1: born after date - (a+1).
    if (options.minAge >= 0) {
        where += QStringLiteral(" AND r.birth_date <= ?");
        whereBind << options.date.addYears(-options.minAge).toString(Qt::ISODate);
    }
    if (options.maxAge >= 0) {
        where += QStringLiteral(" AND r.birth_date > ?");
        whereBind << options.date.addYears(-(options.maxAge + 1)).toString(Qt::ISODate);
    }
    if (!options.residenceTypes.isEmpty()) {
        where += QStringLiteral(" AND r.residence_type_code IN (%1)")
                     .arg(placeholders(options.residenceTypes.size()));
        for (const QString &code : options.residenceTypes)
            whereBind << code;
    }
    const QString from = QStringLiteral(" FROM resident r JOIN household h ON h.id = "
                                        "r.household_id") +
                         ReportScope::placeJoins();

    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*), count(DISTINCT h.id)") + from + where);
    for (const QVariant &v : whereBind)
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return SqlErrors::fromQuery(count, operation);
    const qint64 total = count.value(0).toLongLong();

    // Sensitive categories (低保, 残疾, 重点人员...) stay off the paper unless the user asked
    // for full values or filtered on that very category.
    QVariantList selectBind;
    QString shown = QStringLiteral("cc.sensitive = 0 OR ? = 1");
    selectBind << (options.fullValues ? 1 : 0);
    if (!options.categories.isEmpty()) {
        shown += QStringLiteral(" OR cc.code IN (%1)").arg(placeholders(options.categories.size()));
        for (const QString &code : options.categories)
            selectBind << code;
    }
    const QString select =
        QStringLiteral(
            "SELECT r.name, sx.name, r.birth_date, r.id_number, r.phone, rel.name, h.id, "
            "h.household_number, co.name, b.id, b.name, u.name, d.room, eth.name, "
            "ps.short_name, rt.name, sg.name, "
            "(SELECT hd.name FROM resident hd WHERE hd.household_id = h.id AND "
            "hd.relation_code = '02' AND hd.archived_at IS NULL), "
            "(SELECT group_concat(name, '、') FROM (SELECT cc.name AS name FROM resident_care x "
            "JOIN care_category cc ON cc.id = x.category_id WHERE x.resident_id = r.id AND "
            "x.archived_at IS NULL AND cc.archived_at IS NULL AND (%1) ORDER BY cc.sort))")
            .arg(shown) +
        from +
        QStringLiteral(" LEFT JOIN sex_code sx ON sx.code = r.sex_code"
                       " LEFT JOIN relation_code rel ON rel.code = r.relation_code"
                       " LEFT JOIN ethnicity_code eth ON eth.code = r.ethnicity_code"
                       " LEFT JOIN political_status_code ps ON ps.code = r.political_status_code"
                       " LEFT JOIN residence_type_code rt ON rt.code = r.residence_type_code") +
        where +
        QStringLiteral(" ORDER BY co.community_id, co.id, b.number, b.id, u.number, d.floor, "
                       "d.room, h.id, (r.relation_code = '02') DESC, r.relation_code, "
                       "r.birth_date, r.id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select);
    for (const QVariant &v : selectBind)
        q.addBindValue(v);
    for (const QVariant &v : whereBind)
        q.addBindValue(v);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);

    ReportTable table;
    for (Column c : options.columns) {
        const ColumnInfo &ci = info(c);
        table.columns.append(
            {QString::fromLatin1(ci.key), columnTitle(c), ci.weight, false, ci.center});
    }
    table.emptyText = ReportFrame::nothingToPrint();

    const QString stage = tr("Reading residents");
    feedback.progress(stage, 0, total);
    qint64 number = 0;
    qint64 households = 0;
    qint64 groupPeople = 0;
    qint64 groupHouseholds = 0;
    qint64 group = -1;
    qint64 lastHousehold = -1;
    auto closeGroup = [&] {
        if (group < 0)
            return;
        const QString text =
            options.grouping == Grouping::Household
                ? tr("Subtotal: %n person(s)", nullptr, int(groupPeople))
                : tr("Subtotal: %1 persons in %2 households").arg(groupPeople).arg(groupHouseholds);
        table.rows.append({ReportRow::Kind::Subtotal, {}, text});
    };
    while (q.next()) {
        const qint64 householdId = q.value(FHousehold).toLongLong();
        const qint64 groupKey = options.grouping == Grouping::Building
                                    ? q.value(FBuildingId).toLongLong()
                                    : householdId;
        const QString compound = q.value(FCompound).toString();
        const QString building = q.value(FBuilding).toString();
        const QString unit = q.value(FUnit).toString();
        const QString room = q.value(FRoom).toString();
        if (options.grouping != Grouping::None && groupKey != group) {
            closeGroup();
            group = groupKey;
            groupPeople = 0;
            groupHouseholds = 0;
            QString heading;
            if (options.grouping == Grouping::Building) {
                heading = compound + building;
                if (!q.value(FGrid).toString().isEmpty())
                    heading = tr("%1 (%2)").arg(heading, q.value(FGrid).toString());
            } else {
                heading = ReportFrame::address(compound, building, unit, room);
                if (!q.value(FHead).toString().isEmpty())
                    heading +=
                        QStringLiteral("    ") + tr("Head: %1").arg(q.value(FHead).toString());
                if (!q.value(FHouseholdNumber).toString().isEmpty())
                    heading += QStringLiteral("    ") +
                               tr("Household no. %1").arg(q.value(FHouseholdNumber).toString());
            }
            table.rows.append({ReportRow::Kind::Group, {}, heading});
        }
        if (householdId != lastHousehold) {
            ++households;
            ++groupHouseholds;
            lastHousehold = householdId;
        }
        ++groupPeople;
        ++number;

        const QDate birth = QDate::fromString(q.value(FBirth).toString(), Qt::ISODate);
        QStringList cells;
        for (Column c : options.columns) {
            switch (c) {
            case C::Number:
                cells << QString::number(number);
                break;
            case C::Name:
                cells << q.value(FName).toString();
                break;
            case C::Sex:
                cells << q.value(FSex).toString();
                break;
            case C::Age: {
                const int age = ResidentId::ageOn(birth, options.date);
                cells << (age >= 0 ? QString::number(age) : QString());
                break;
            }
            case C::BirthDate:
                cells << q.value(FBirth).toString();
                break;
            case C::IdNumber:
                cells << ReportFrame::idNumber(q.value(FId).toString(), options.fullValues);
                break;
            case C::Phone:
                cells << ReportFrame::phone(q.value(FPhone).toString(), options.fullValues);
                break;
            case C::Address:
                // Under a building heading the compound and building are said already.
                cells << (options.grouping == Grouping::Building
                              ? unit + room
                              : ReportFrame::address(compound, building, unit, room));
                break;
            case C::Relation:
                cells << q.value(FRelation).toString();
                break;
            case C::Categories:
                cells << q.value(FCategories).toString();
                break;
            case C::Ethnicity:
                cells << q.value(FEthnicity).toString();
                break;
            case C::Political:
                cells << q.value(FPolitical).toString();
                break;
            case C::ResidenceType:
                cells << q.value(FResidence).toString();
                break;
            case C::HouseholdNumber:
                cells << q.value(FHouseholdNumber).toString();
                break;
            case C::Grid:
                cells << q.value(FGrid).toString();
                break;
            }
        }
        table.rows.append({ReportRow::Kind::Data, cells, {}});
        if (number % 500 == 0) {
            feedback.progress(stage, number, total);
            if (feedback.cancelled()) {
                Error e;
                e.message = tr("Cancelled.");
                e.operation = operation;
                return e;
            }
        }
    }
    if (q.lastError().isValid())
        return SqlErrors::fromQuery(q, operation);
    feedback.progress(stage, number, total);
    closeGroup();

    auto community = ReportFrame::communityName(db);
    if (!community)
        return community.error();
    auto filters = describeFilters(db, options);
    if (!filters)
        return filters.error();

    ReportDocument doc;
    doc.landscape = options.landscape;
    ReportFrame::apply(doc, *community, tr("Resident roster"),
                       ReportScope::describe(options.scopes, *community), *filters, options.date,
                       options.fullValues);
    doc.records = number;
    if (number > 0) {
        table.rows.append({ReportRow::Kind::Total,
                           {},
                           tr("Total: %1 persons in %2 households").arg(number).arg(households)});
        doc.blocks.append(ReportBlock::tableBlock(std::move(table)));
    }
    return doc;
}

} // namespace gridbook
