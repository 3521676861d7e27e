// SPDX-License-Identifier: MIT
#include "db/SqliteHandle.h"

#include "db/SqlErrors.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace gridbook {

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status SqliteHandle::execScript(const QSqlDatabase &db, const QString &script,
                                const QString &operation)
{
    sqlite3 *h = of(db);
    if (!h)
        return SqlErrors::notOpen(operation);
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    const int rc = sqlite3_exec(h, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString cause = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return SqlErrors::fromCode(sqlite3_extended_errcode(h), cause, operation, QString());
    }
    return {};
}

bool SqliteHandle::inTransaction(const QSqlDatabase &db)
{
    sqlite3 *h = of(db);
    return h && sqlite3_get_autocommit(h) == 0;
}

} // namespace gridbook
