// SPDX-License-Identifier: MIT
#include "reports/ReportFrame.h"

#include "db/SqlErrors.h"
#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"

#include <QSqlQuery>

namespace gridbook {

Result<QString> ReportFrame::communityName(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT name FROM community WHERE archived_at IS NULL ORDER BY id LIMIT 4")))
        return SqlErrors::fromQuery(q, QStringLiteral("read community name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    if (names.size() > 3)
        return tr("%1 and other communities").arg(names.first());
    return names.join(QStringLiteral("、"));
}

void ReportFrame::apply(ReportDocument &document, const QString &community,
                        const QString &reportName, const QString &scope, const QString &filters,
                        QDate day, bool fullValues)
{
    //: Report title: community name, then the report's name, e.g. 和济社区居民花名册
    document.title = tr("%1 %2").arg(community, reportName).trimmed();
    document.scope = scope;
    document.filters = filters;
    QStringList parts;
    parts << tr("Scope: %1").arg(scope);
    if (!filters.isEmpty())
        parts << tr("Filter: %1").arg(filters);
    parts << tr("Date: %1").arg(date(day));
    document.subtitle = parts.join(QStringLiteral("    "));
    document.privacyNote =
        fullValues ? tr("Full ID and phone numbers: keep this paper safe, do not pass it on")
                   : tr("ID and phone numbers partly hidden");
    document.signature = tr("Checked by: ______________    Date: ________");
    document.emptyMessage = nothingToPrint();
}

QString ReportFrame::idNumber(const QString &value, bool full)
{
    if (value.isEmpty())
        return {};
    return full ? value : ResidentId::mask(value);
}

QString ReportFrame::phone(const QString &value, bool full)
{
    if (value.isEmpty())
        return {};
    return full ? value : PhoneNumber::mask(value);
}

QString ReportFrame::address(const QString &compound, const QString &building, const QString &unit,
                             const QString &room)
{
    return compound + building + unit + room;
}

QString ReportFrame::nothingToPrint()
{
    return tr("Nothing to print: no one in this scope matches the filters.");
}

QString ReportFrame::date(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace gridbook
