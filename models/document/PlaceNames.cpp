// SPDX-License-Identifier: MIT
#include "document/PlaceNames.h"

#include "db/SqlErrors.h"

#include <QSqlQuery>

namespace gridbook {

Result<QString> PlaceNames::dwelling(const QSqlDatabase &db, qint64 dwellingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.name, b.name, ifnull(u.name, ''), d.room FROM dwelling d "
                             "JOIN building b ON b.id = d.building_id "
                             "JOIN compound c ON c.id = b.compound_id "
                             "LEFT JOIN building_unit u ON u.id = d.unit_id WHERE d.id = ?"));
    q.addBindValue(dwellingId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("dwelling address"));
    if (!q.next())
        return QString();
    return tr("%1 %2%3%4", "compound, building, unit, room: 和平小区 3栋2单元501")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString());
}

Result<QString> PlaceNames::household(const QSqlDatabase &db, qint64 householdId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT h.dwelling_id, ifnull(h.household_number, ''), "
        "(SELECT name FROM resident r WHERE r.household_id = h.id AND r.relation_code = '02' "
        " AND r.archived_at IS NULL) FROM household h WHERE h.id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("household address"));
    if (!q.next())
        return QString();
    QString place;
    if (!q.value(0).isNull()) {
        auto address = dwelling(db, q.value(0).toLongLong());
        if (!address)
            return address.error();
        place = *address;
    } else {
        place = tr("household no. %1").arg(q.value(1).toString());
    }
    const QString head = q.value(2).toString();
    return head.isEmpty() ? place : tr("%1 · head %2").arg(place, head);
}

} // namespace gridbook
