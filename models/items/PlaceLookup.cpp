// SPDX-License-Identifier: MIT
#include "items/PlaceLookup.h"

#include <QSqlQuery>
#include <QVariant>

namespace gridbook::PlaceLookup {

namespace {

qint64 lookUp(const QSqlDatabase &db, const char *sql, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(sql)))
        return 0;
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

qint64 communityOf(const QSqlDatabase &db, const LedgerScope &scope)
{
    using L = LedgerScope::Level;
    switch (scope.level()) {
    case L::Everything:
        return 0;
    case L::Community:
        return scope.id();
    case L::BigGrid:
        return lookUp(db, "SELECT community_id FROM big_grid WHERE id = ?", scope.id());
    case L::SmallGrid:
        return lookUp(db,
                      "SELECT bg.community_id FROM small_grid sg JOIN big_grid bg ON bg.id = "
                      "sg.big_grid_id WHERE sg.id = ?",
                      scope.id());
    case L::Compound:
        return lookUp(db, "SELECT community_id FROM compound WHERE id = ?", scope.id());
    case L::Building:
        return lookUp(db,
                      "SELECT co.community_id FROM building b JOIN compound co ON co.id = "
                      "b.compound_id WHERE b.id = ?",
                      scope.id());
    case L::Unit:
        return lookUp(db,
                      "SELECT co.community_id FROM building_unit u JOIN building b ON b.id = "
                      "u.building_id JOIN compound co ON co.id = b.compound_id WHERE u.id = ?",
                      scope.id());
    }
    return 0;
}

qint64 buildingOf(const QSqlDatabase &db, const LedgerScope &scope)
{
    if (scope.level() == LedgerScope::Level::Building)
        return scope.id();
    if (scope.level() == LedgerScope::Level::Unit)
        return lookUp(db, "SELECT building_id FROM building_unit WHERE id = ?", scope.id());
    return 0;
}

} // namespace gridbook::PlaceLookup
