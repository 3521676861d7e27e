// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>

namespace gridbook::test {

std::unique_ptr<Database> freshDatabase()
{
    auto db = Database::openInMemory();
    INFO((db.ok() ? QString() : db.error().details()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql) && q.next();
    INFO(sql.toStdString() << " -> " << describe(q).toStdString());
    REQUIRE(ok);
    return q.value(0);
}

QString describe(const QSqlQuery &query)
{
    return query.lastError().text() + QStringLiteral(" [") + query.lastQuery() +
           QStringLiteral("]");
}

} // namespace gridbook::test
