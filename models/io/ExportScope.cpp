// SPDX-License-Identifier: MIT
#include "io/ExportScope.h"

#include "db/RecordUid.h"
#include "db/SqlErrors.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace gridbook {

namespace {

struct Candidate {
    qint64 id = 0;
    QString uid;
    QStringList path; // parents first, the record's own name last
};

QString candidatesSql(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Kind::Community:
        return QStringLiteral("SELECT id, uid, name FROM community WHERE archived_at IS NULL");
    case ExportScope::Kind::BigGrid:
        return QStringLiteral("SELECT bg.id, bg.uid, cm.name, bg.name FROM big_grid bg "
                              "JOIN community cm ON cm.id = bg.community_id "
                              "WHERE bg.archived_at IS NULL");
    case ExportScope::Kind::SmallGrid:
        return QStringLiteral("SELECT sg.id, sg.uid, cm.name, bg.name, sg.name FROM small_grid sg "
                              "JOIN big_grid bg ON bg.id = sg.big_grid_id "
                              "JOIN community cm ON cm.id = bg.community_id "
                              "WHERE sg.archived_at IS NULL");
    case ExportScope::Kind::Compound:
        return QStringLiteral("SELECT c.id, c.uid, cm.name, c.name FROM compound c "
                              "JOIN community cm ON cm.id = c.community_id "
                              "WHERE c.archived_at IS NULL");
    case ExportScope::Kind::Building:
        return QStringLiteral("SELECT b.id, b.uid, cm.name, c.name, b.name FROM building b "
                              "JOIN compound c ON c.id = b.compound_id "
                              "JOIN community cm ON cm.id = c.community_id "
                              "WHERE b.archived_at IS NULL");
    case ExportScope::Kind::Unit:
        return QStringLiteral("SELECT u.id, u.uid, cm.name, c.name, b.name, u.name "
                              "FROM building_unit u JOIN building b ON b.id = u.building_id "
                              "JOIN compound c ON c.id = b.compound_id "
                              "JOIN community cm ON cm.id = c.community_id "
                              "WHERE u.archived_at IS NULL");
    case ExportScope::Kind::All:
        break;
    }
    return {};
}

/** True if `parts` name `path`: the last part is the record's own name, the others appear
 *  in order among its parents. */
bool matches(const QStringList &parts, const QStringList &path)
{
    if (parts.isEmpty() || path.isEmpty() || parts.last() != path.last())
        return false;
    qsizetype at = 0;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        while (at + 1 < path.size() && path[at] != parts[i])
            ++at;
        if (at + 1 >= path.size())
            return false;
        ++at;
    }
    return true;
}

} // namespace

QString ExportScope::tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Community:
        return QStringLiteral("community");
    case Kind::BigGrid:
        return QStringLiteral("big_grid");
    case Kind::SmallGrid:
        return QStringLiteral("small_grid");
    case Kind::Compound:
        return QStringLiteral("compound");
    case Kind::Building:
        return QStringLiteral("building");
    case Kind::Unit:
        return QStringLiteral("building_unit");
    case Kind::All:
        break;
    }
    return {};
}

QString ExportScope::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::Community:
        return QStringLiteral("community");
    case Kind::BigGrid:
        return QStringLiteral("big-grid");
    case Kind::SmallGrid:
        return QStringLiteral("small-grid");
    case Kind::Compound:
        return QStringLiteral("compound");
    case Kind::Building:
        return QStringLiteral("building");
    case Kind::Unit:
        return QStringLiteral("unit");
    case Kind::All:
        break;
    }
    return QStringLiteral("all");
}

QString ExportScope::sqlCondition() const
{
    const QString id = QString::number(this->id);
    switch (kind) {
    case Kind::Community:
        return QStringLiteral("cm.id = ") + id;
    case Kind::BigGrid:
        return QStringLiteral("bg.id = ") + id;
    case Kind::SmallGrid:
        return QStringLiteral("sg.id = ") + id;
    case Kind::Compound:
        return QStringLiteral("c.id = ") + id;
    case Kind::Building:
        return QStringLiteral("b.id = ") + id;
    case Kind::Unit:
        return QStringLiteral("u.id = ") + id;
    case Kind::All:
        break;
    }
    return QStringLiteral("1");
}

Result<ExportScope> ExportScope::resolve(const QSqlDatabase &db, const QString &spec)
{
    const QString operation = QStringLiteral("resolve export scope");
    const QString text = spec.trimmed();
    ExportScope scope;
    if (text.isEmpty() || text == QLatin1String("all")) {
        scope.label = tr("the whole ledger");
        return scope;
    }
    const qsizetype colon = text.indexOf(u':');
    const QString kindKey = colon < 0 ? QString() : text.left(colon).trimmed();
    const QString value = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    // "grid" is the small grid, as the roster commands' scopes call it.
    bool known = kindKey == QLatin1String("grid");
    if (known)
        scope.kind = Kind::SmallGrid;
    for (Kind k :
         {Kind::Community, Kind::BigGrid, Kind::SmallGrid, Kind::Compound, Kind::Building,
          Kind::Unit}) {
        if (kindKey == keyOf(k)) {
            scope.kind = k;
            known = true;
        }
    }
    if (!known || value.isEmpty()) {
        Error e;
        e.message = tr("Scope \"%1\": give KIND:NAME or KIND:UID, KIND one of community, "
                       "big-grid, small-grid (or grid), compound, building, unit.")
                        .arg(text);
        e.operation = operation;
        e.field = QStringLiteral("scope");
        return e;
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(candidatesSql(scope.kind)))
        return SqlErrors::fromQuery(q, operation);
    const bool byUid = RecordUid::isValid(value);
    QStringList parts = value.split(u'/', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    QList<Candidate> found;
    while (q.next()) {
        Candidate c;
        c.id = q.value(0).toLongLong();
        c.uid = q.value(1).toString();
        for (int i = 2; i < q.record().count(); ++i)
            c.path << q.value(i).toString();
        if (byUid ? c.uid == value : matches(parts, c.path))
            found << c;
    }
    if (found.size() == 1) {
        scope.id = found.first().id;
        scope.label = found.first().path.join(QStringLiteral(" / "));
        return scope;
    }
    Error e;
    e.operation = operation;
    e.field = QStringLiteral("scope");
    if (found.isEmpty()) {
        e.message = tr("Scope \"%1\": no such %2 in the ledger.").arg(value, keyOf(scope.kind));
    } else {
        QStringList names;
        for (const Candidate &c : found)
            names << c.path.join(u'/');
        e.message = tr("Scope \"%1\" is ambiguous; name one of: %2")
                        .arg(value, names.join(QStringLiteral(", ")));
    }
    return e;
}

} // namespace gridbook
