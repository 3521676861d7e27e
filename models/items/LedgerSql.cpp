// SPDX-License-Identifier: MIT
#include "items/LedgerSql.h"

#include <optional>

namespace gridbook {

namespace {

SqlStatement text(const QString &sql)
{
    return SqlStatement(sql);
}

SqlStatement residentIds(const SqlStatement &where, const QString &indexedBy = QString())
{
    return text(QStringLiteral("SELECT id FROM resident") +
                (indexedBy.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + indexedBy) +
                QStringLiteral(" WHERE ")) +
           where;
}

/** The live residents of a candidate SELECT (residentIds() form) with their household and
 *  relation: the same WHERE, more columns. */
SqlStatement liveHouseholdsOf(const QList<SqlStatement> &selects)
{
    SqlStatement s;
    const QString idOnly = QStringLiteral("SELECT id FROM resident");
    for (const SqlStatement &select : selects) {
        Q_ASSERT(select.sql.startsWith(idOnly));
        if (!s.isEmpty())
            s += text(QStringLiteral(" UNION "));
        // "SELECT id FROM resident[ INDEXED BY x] WHERE <where>": the first WHERE is ours.
        const QString where = QStringLiteral(" WHERE ");
        const qsizetype at = select.sql.indexOf(where);
        Q_ASSERT(at > 0);
        SqlStatement wider = select;
        wider.sql = QStringLiteral("SELECT id, household_id, relation_code FROM resident") +
                    select.sql.mid(idOnly.size(), at - idOnly.size()) + where + QLatin1Char('(') +
                    select.sql.mid(at + where.size()) + QStringLiteral(") AND archived_at IS NULL");
        s += wider;
    }
    return s;
}

} // namespace

std::optional<LedgerSql::Condition> LedgerSql::residentSearch(const SearchText &search,
                                                              bool address)
{
    const QString t = search.text();
    switch (search.kind()) {
    case SearchText::Kind::Empty:
        return std::nullopt;
    case SearchText::Kind::Letters: {
        // Initials and full pinyin both begin with the first syllable's first letter (Pinyin
        // derives both from the same readings): testing that letter on the initials first
        // keeps walks from reading name_pinyin, which the address index does not hold.
        Condition c;
        c.coveredBy = QStringList{kPinyinIndex};
        c.where = text(QStringLiteral("(")) +
                  prefixRange(QStringLiteral("r.name_initials"), t.left(1)) +
                  text(QStringLiteral(" AND (")) +
                  prefixRange(QStringLiteral("r.name_initials"), t) + text(QStringLiteral(" OR ")) +
                  prefixRange(QStringLiteral("r.name_pinyin"), t) + text(QStringLiteral("))"));
        const QList<SqlStatement> selects{
            residentIds(prefixRange(QStringLiteral("name_initials"), t)),
            residentIds(prefixRange(QStringLiteral("name_pinyin"), t))};
        c.candidates = unionOf(selects);
        c.liveHouseholds = liveHouseholdsOf(selects);
        c.estimate = unionAll(selects);
        return c;
    }
    case SearchText::Kind::Digits: {
        // Prefixes through the id_number and phone indexes; endings (尾号) through the indexes
        // on their last four characters, then the whole ending is compared.
        Condition c;
        c.where = text(QStringLiteral("(")) + prefixRange(QStringLiteral("r.id_number"), t) +
                  text(QStringLiteral(" OR ")) + prefixRange(QStringLiteral("r.phone"), t);
        QList<SqlStatement> selects{residentIds(prefixRange(QStringLiteral("id_number"), t)),
                                    residentIds(prefixRange(QStringLiteral("phone"), t))};
        if (t.size() >= SearchText::kMinimumSuffix) {
            const QVariantList ending{t.right(4), -t.size(), t};
            c.where += SqlStatement(
                QStringLiteral(" OR substr(r.id_number, -4) = ? AND substr(r.id_number, ?) = ?"
                               " OR substr(r.phone, -4) = ? AND substr(r.phone, ?) = ?"),
                ending + ending);
            selects << residentIds(SqlStatement(
                           QStringLiteral("substr(id_number, -4) = ? AND substr(id_number, ?) = ?"),
                           ending))
                    << residentIds(SqlStatement(
                           QStringLiteral("substr(phone, -4) = ? AND substr(phone, ?) = ?"),
                           ending));
        }
        c.where += text(QStringLiteral(")"));
        c.candidates = unionOf(selects);
        c.liveHouseholds = liveHouseholdsOf(selects);
        c.estimate = unionAll(selects);
        return c;
    }
    case SearchText::Kind::Text: {
        Condition c;
        c.coveredBy = QStringList{kPinyinIndex};
        const SqlStatement households =
            text(QStringLiteral("SELECT h.id FROM household h WHERE h.dwelling_id IN (")) +
            addressDwellings(search) + text(QStringLiteral(")"));
        c.where = SqlStatement(QStringLiteral("(instr(r.name, ?) > 0"), {t});
        if (address)
            c.where += text(QStringLiteral(" OR r.household_id IN (")) + households +
                       text(QStringLiteral(")"));
        c.where += text(QStringLiteral(")"));
        const SqlStatement prefix = residentIds(prefixRange(QStringLiteral("name"), t));
        QList<SqlStatement> selects;
        if (t.size() >= 2) {
            // A part of two or more characters begins the name, ends it, or lies inside a
            // long name (migration 5): three index lookups instead of reading every name.
            selects << prefix
                    << residentIds(SqlStatement(
                           QStringLiteral("substr(name, -2) = ? AND substr(name, ?) = ?"),
                           {t.right(2), -t.size(), t}))
                    << residentIds(SqlStatement(QStringLiteral("length(name) >= 4 AND "
                                                               "instr(name, ?) > 0"),
                                                {t}),
                                   QStringLiteral("resident_long_name"));
        } else {
            // One character begins the name, ends it, comes just before its last character, or
            // lies inside a long name: four index lookups (migration 10) instead of reading
            // every name. (Names of one to three characters have no other place.)
            selects << prefix
                    << residentIds(SqlStatement(QStringLiteral("substr(name, -1) = ?"), {t}))
                    << residentIds(prefixRange(QStringLiteral("substr(name, -2)"), t))
                    << residentIds(SqlStatement(QStringLiteral("length(name) >= 4 AND "
                                                               "instr(name, ?) > 0"),
                                                {t}),
                                   QStringLiteral("resident_long_name"));
        }
        QList<SqlStatement> estimate = selects;
        if (address) {
            const SqlStatement housed = text(QStringLiteral("SELECT id FROM resident WHERE "
                                                            "household_id IN (")) +
                                        households + text(QStringLiteral(")"));
            selects << housed;
            estimate << housed;
        }
        c.candidates = unionOf(selects);
        c.liveHouseholds = liveHouseholdsOf(selects);
        c.estimate = unionAll(estimate);
        return c;
    }
    }
    return std::nullopt;
}

SqlStatement LedgerSql::scopeHouseholds(const LedgerScope &scope)
{
    using Level = LedgerScope::Level;
    const QString fromBuildings =
        QStringLiteral("SELECT h.id FROM building b JOIN dwelling d ON d.building_id = b.id "
                       "JOIN household h ON h.dwelling_id = d.id WHERE ");
    switch (scope.level()) {
    case Level::Everything:
        return SqlStatement(QStringLiteral("SELECT id FROM household"));
    case Level::Community:
        return SqlStatement(fromBuildings + QStringLiteral("b.compound_id IN (SELECT id FROM "
                                                           "compound WHERE community_id = ?)"),
                            {scope.id()});
    case Level::BigGrid:
        return SqlStatement(fromBuildings + QStringLiteral("b.small_grid_id IN (SELECT id FROM "
                                                           "small_grid WHERE big_grid_id = ?)"),
                            {scope.id()});
    case Level::SmallGrid:
        return SqlStatement(fromBuildings + QStringLiteral("b.small_grid_id = ?"), {scope.id()});
    case Level::Compound:
        if (scope.smallGridId() > 0)
            return SqlStatement(fromBuildings +
                                    QStringLiteral("b.compound_id = ? AND b.small_grid_id = ?"),
                                {scope.id(), scope.smallGridId()});
        return SqlStatement(fromBuildings + QStringLiteral("b.compound_id = ?"), {scope.id()});
    case Level::Building:
        return SqlStatement(QStringLiteral("SELECT h.id FROM dwelling d JOIN household h ON "
                                           "h.dwelling_id = d.id WHERE d.building_id = ?"),
                            {scope.id()});
    case Level::Unit:
        return SqlStatement(QStringLiteral("SELECT h.id FROM dwelling d JOIN household h ON "
                                           "h.dwelling_id = d.id WHERE d.unit_id = ?"),
                            {scope.id()});
    }
    return {};
}

SqlStatement LedgerSql::addressDwellings(const SearchText &search)
{
    // Every unit's label "compound building unit" is built once (some 30,000 for a street
    // office of a million people, before any dwelling is read): a label that holds the text
    // matches all its dwellings; a label that ends with the text's lead ("3栋2单元") matches
    // the dwellings whose room starts with the rest ("501"). Dwellings without a unit are
    // tested on "compound building room".
    const QString label = QStringLiteral("(c.name || b.name || u.name)");
    const QString text = search.text();
    const QString lead = search.addressLead();
    const QString room = search.roomPrefix();
    SqlStatement labels(QStringLiteral("SELECT b.id, u.id, instr(") + label +
                            QStringLiteral(", ?) > 0 FROM building_unit u JOIN building b ON "
                                           "b.id = u.building_id JOIN compound c ON c.id = "
                                           "b.compound_id WHERE instr(") +
                            label + QStringLiteral(", ?) > 0"),
                        {text, text});
    SqlStatement rooms(QStringLiteral(" WHERE m.whole"));
    if (!lead.isEmpty()) {
        labels += SqlStatement(QStringLiteral(" OR substr(") + label + QStringLiteral(", ?) = ?"),
                               {-lead.size(), lead});
        rooms += SqlStatement(QStringLiteral(" OR substr(d.room, 1, ?) = ?"), {room.size(), room});
    }
    SqlStatement s =
        SqlStatement(
            QStringLiteral("WITH matched(building_id, unit_id, whole) AS MATERIALIZED (")) +
        labels +
        SqlStatement(QStringLiteral(") SELECT d.id FROM matched m CROSS JOIN dwelling d INDEXED BY "
                                    "dwelling_order ON d.building_id = m.building_id AND "
                                    "d.unit_id = m.unit_id")) +
        rooms;
    s += SqlStatement(
        QStringLiteral(" UNION ALL SELECT d.id FROM dwelling d INDEXED BY dwelling_unit "
                       "JOIN building b ON b.id = d.building_id JOIN compound c ON c.id = "
                       "b.compound_id WHERE d.unit_id IS NULL AND instr(c.name || b.name || "
                       "d.room, ?) > 0"),
        {text});
    return s;
}

Result<bool> LedgerSql::addressMayMatch(const QSqlDatabase &db, const SearchText &search)
{
    if (search.kind() != SearchText::Kind::Text)
        return false;
    // A part of "compound building unit room" that holds more than letters and digits starts
    // inside one of the names. (A room alone, "501", is read as digits, not as an address.)
    const QString &text = search.text();
    const QString first = text.left(text.at(0).isHighSurrogate() ? 2 : 1);
    const QVariantList values{first, first, first};
    auto found = IdListPlan::scalar(
        db, SqlStatement(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM compound WHERE instr(name, ?) > 0) OR "
                               "EXISTS (SELECT 1 FROM building WHERE instr(name, ?) > 0) OR "
                               "EXISTS (SELECT 1 FROM building_unit WHERE instr(name, ?) > 0)"),
                values));
    if (!found)
        return found.error();
    return *found != 0;
}

SqlStatement LedgerSql::prefixRange(const QString &column, const QString &prefix)
{
    return SqlStatement(column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"),
                        {prefix, SearchText::prefixEnd(prefix)});
}

QString LedgerSql::addressOrder(const QString &direction, const QString &householdColumn)
{
    QString order;
    for (const char *key :
         {"c.name", "c.id", "b.number", "b.id", "u.number", "u.id", "d.floor", "d.room", "d.id"})
        order += QString::fromLatin1(key) + direction + QStringLiteral(", ");
    return order + householdColumn + direction;
}

QString LedgerSql::addressJoins()
{
    return QStringLiteral(" LEFT JOIN dwelling d ON d.id = h.dwelling_id"
                          " LEFT JOIN building b ON b.id = d.building_id"
                          " LEFT JOIN compound c ON c.id = b.compound_id"
                          " LEFT JOIN building_unit u ON u.id = d.unit_id");
}

namespace {

SqlStatement joined(const QList<SqlStatement> &selects, const QString &between)
{
    SqlStatement s;
    for (const SqlStatement &select : selects) {
        if (!s.isEmpty())
            s += text(between);
        s += select;
    }
    return s;
}

} // namespace

SqlStatement LedgerSql::unionOf(const QList<SqlStatement> &selects)
{
    return joined(selects, QStringLiteral(" UNION "));
}

SqlStatement LedgerSql::unionAll(const QList<SqlStatement> &selects)
{
    return joined(selects, QStringLiteral(" UNION ALL "));
}

} // namespace gridbook
