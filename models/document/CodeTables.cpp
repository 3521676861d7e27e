// SPDX-License-Identifier: MIT
#include "document/CodeTables.h"

#include "db/SqlErrors.h"

#include <QSqlQuery>

namespace gridbook {

Result<QList<CodeTables::Entry>> CodeTables::list(const QSqlDatabase &db, const QString &table)
{
    // Fixed statements per table: the name is never spliced into SQL.
    QString sql;
    if (table == QLatin1String("sex_code"))
        sql = QStringLiteral("SELECT code, name, '', '' FROM sex_code ORDER BY sort, code");
    else if (table == QLatin1String("ethnicity_code"))
        sql = QStringLiteral("SELECT code, name, '', '' FROM ethnicity_code ORDER BY sort, code");
    else if (table == QLatin1String("political_status_code"))
        sql = QStringLiteral("SELECT code, name, ifnull(short_name, ''), '' "
                             "FROM political_status_code ORDER BY sort, code");
    else if (table == QLatin1String("relation_code"))
        sql = QStringLiteral("SELECT code, name, '', '' FROM relation_code ORDER BY sort, code");
    else if (table == QLatin1String("residence_type_code"))
        sql = QStringLiteral(
            "SELECT code, name, '', '' FROM residence_type_code ORDER BY sort, code");
    else if (table == QLatin1String("grid_role_code"))
        sql = QStringLiteral(
            "SELECT code, name, '', scope_level FROM grid_role_code ORDER BY sort, code");
    else if (table == QLatin1String("region_code"))
        sql = QStringLiteral("SELECT code, name, '', '' FROM region_code ORDER BY code");
    if (sql.isEmpty()) {
        Error e;
        e.message = tr("%1 is not a code table.").arg(table);
        e.operation = QStringLiteral("list codes ") + table;
        return e;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, QStringLiteral("list codes ") + table);
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    return entries;
}

} // namespace gridbook
