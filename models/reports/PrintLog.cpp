// SPDX-License-Identifier: MIT
#include "reports/PrintLog.h"

#include "db/RecordUid.h"
#include "db/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace gridbook {

QString PrintLog::currentUser()
{
    // The password database first: USER can be unset (services) or set to anything.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("uid %1").arg(geteuid());
}

Status PrintLog::record(const QSqlDatabase &db, PrintLogEntry entry)
{
    if (entry.osUser.isEmpty())
        entry.osUser = currentUser();
    if (entry.program.isEmpty())
        entry.program = QCoreApplication::applicationName() + QLatin1Char(' ') +
                        QCoreApplication::applicationVersion();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO print_log (uid, os_user, program, report, scope, filters, full_values, "
        "target, records, pages) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    q.addBindValue(RecordUid::create());
    q.addBindValue(entry.osUser);
    q.addBindValue(entry.program.trimmed());
    q.addBindValue(entry.report);
    q.addBindValue(entry.scope);
    q.addBindValue(entry.filters.isEmpty() ? QVariant() : QVariant(entry.filters));
    q.addBindValue(entry.target);
    q.addBindValue(entry.records);
    q.addBindValue(entry.pages);
    if (!q.exec()) {
        Error e = SqlErrors::fromQuery(q, QStringLiteral("record full-value print"));
        e.message = tr("The print with full ID and phone numbers could not be recorded, so it "
                       "was not made: %1")
                        .arg(e.message);
        return e;
    }
    return {};
}

Result<QList<PrintLogEntry>> PrintLog::entries(const QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT report, scope, filters, target, records, pages, os_user, "
                             "program, printed_at FROM print_log ORDER BY printed_at DESC, id DESC "
                             "LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("read print log"));
    QList<PrintLogEntry> out;
    while (q.next()) {
        PrintLogEntry e;
        e.report = q.value(0).toString();
        e.scope = q.value(1).toString();
        e.filters = q.value(2).toString();
        e.target = q.value(3).toString();
        e.records = q.value(4).toLongLong();
        e.pages = q.value(5).toInt();
        e.osUser = q.value(6).toString();
        e.program = q.value(7).toString();
        e.printedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out << e;
    }
    return out;
}

} // namespace gridbook
