// SPDX-License-Identifier: MIT
#include "reports/ReportScope.h"

#include "db/SqlErrors.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace gridbook {

namespace {

struct KindInfo {
    ReportScope::Kind kind;
    const char *keyword;
};

constexpr KindInfo kinds[] = {
    {ReportScope::Kind::Community, "community"}, {ReportScope::Kind::BigGrid, "big-grid"},
    {ReportScope::Kind::SmallGrid, "grid"},      {ReportScope::Kind::Compound, "compound"},
    {ReportScope::Kind::Building, "building"},   {ReportScope::Kind::Unit, "unit"},
};

/** One row of a kind with the names above it, for matching "parent/child" spellings. */
struct Candidate {
    ReportScope scope;
    QStringList path; // community first, the row's own name last
    QString code;     // grids only
};

// Every statement selects: id, uid, code, then the path names from the community down.
QString listStatement(ReportScope::Kind kind)
{
    switch (kind) {
    case ReportScope::Kind::Community:
        return QStringLiteral("SELECT c.id, c.uid, NULL, c.name FROM community c "
                              "WHERE c.archived_at IS NULL ORDER BY c.id");
    case ReportScope::Kind::BigGrid:
        return QStringLiteral("SELECT g.id, g.uid, g.code, c.name, g.name FROM big_grid g "
                              "JOIN community c ON c.id = g.community_id "
                              "WHERE g.archived_at IS NULL ORDER BY c.id, g.code, g.id");
    case ReportScope::Kind::SmallGrid:
        return QStringLiteral("SELECT g.id, g.uid, g.code, c.name, g.name FROM small_grid g "
                              "JOIN big_grid bg ON bg.id = g.big_grid_id "
                              "JOIN community c ON c.id = bg.community_id "
                              "WHERE g.archived_at IS NULL ORDER BY c.id, g.code, g.id");
    case ReportScope::Kind::Compound:
        return QStringLiteral("SELECT co.id, co.uid, NULL, c.name, co.name FROM compound co "
                              "JOIN community c ON c.id = co.community_id "
                              "WHERE co.archived_at IS NULL ORDER BY c.id, co.id");
    case ReportScope::Kind::Building:
        return QStringLiteral("SELECT b.id, b.uid, NULL, c.name, co.name, b.name FROM building b "
                              "JOIN compound co ON co.id = b.compound_id "
                              "JOIN community c ON c.id = co.community_id "
                              "WHERE b.archived_at IS NULL ORDER BY c.id, co.id, b.number, b.id");
    case ReportScope::Kind::Unit:
        return QStringLiteral(
            "SELECT u.id, u.uid, NULL, c.name, co.name, b.name, u.name FROM building_unit u "
            "JOIN building b ON b.id = u.building_id "
            "JOIN compound co ON co.id = b.compound_id "
            "JOIN community c ON c.id = co.community_id "
            "WHERE u.archived_at IS NULL ORDER BY c.id, co.id, b.number, b.id, u.number, u.id");
    }
    return {};
}

Result<QList<Candidate>> candidates(const QSqlDatabase &db, ReportScope::Kind kind)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(listStatement(kind)))
        return SqlErrors::fromQuery(q, QStringLiteral("list report scopes"));
    QList<Candidate> out;
    const int names = q.record().count() - 3;
    while (q.next()) {
        Candidate c;
        c.scope.kind = kind;
        c.scope.id = q.value(0).toLongLong();
        c.scope.uid = q.value(1).toString();
        c.code = q.value(2).toString();
        for (int i = 0; i < names; ++i)
            c.path << q.value(3 + i).toString();
        // The community's own name is implied in titles; the rest reads as one address.
        c.scope.label =
            kind == ReportScope::Kind::Community ? c.path.first() : c.path.mid(1).join(QString());
        out << c;
    }
    return out;
}

bool matches(const Candidate &c, const QStringList &parts, const QString &whole)
{
    if (whole == c.scope.uid || whole == c.scope.label)
        return true;
    if (parts.size() > c.path.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &want = parts[parts.size() - 1 - i];
        const QString &have = c.path[c.path.size() - 1 - i];
        if (want != have && !(i == 0 && !c.code.isEmpty() && want == c.code))
            return false;
    }
    return true;
}

} // namespace

QString ReportScope::kindKeyword(Kind kind)
{
    for (const auto &k : kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.keyword);
    }
    return {};
}

QStringList ReportScope::kindKeywords()
{
    QStringList out;
    for (const auto &k : kinds)
        out << QString::fromLatin1(k.keyword);
    return out;
}

QString ReportScope::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Community:
        return tr("Community");
    case Kind::BigGrid:
        return tr("Big grid");
    case Kind::SmallGrid:
        return tr("Grid");
    case Kind::Compound:
        return tr("Compound");
    case Kind::Building:
        return tr("Building");
    case Kind::Unit:
        return tr("Unit");
    }
    return {};
}

Result<ReportScope> ReportScope::parse(const QSqlDatabase &db, const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString keyword = colon < 0 ? QString() : spec.left(colon).trimmed().toLower();
    const QString value = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
    const KindInfo *info = nullptr;
    for (const auto &k : kinds) {
        if (keyword == QLatin1String(k.keyword) ||
            (k.kind == Kind::SmallGrid && keyword == QLatin1String("small-grid")))
            info = &k;
    }
    if (!info || value.isEmpty()) {
        Error e;
        e.message = tr("Scope \"%1\": write KIND:NAME or KIND:UID, KIND one of %2.")
                        .arg(spec, kindKeywords().join(QStringLiteral(", ")));
        e.field = QStringLiteral("scope");
        return e;
    }
    auto all = candidates(db, info->kind);
    if (!all)
        return all.error();
    const QStringList parts = value.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QList<ReportScope> found;
    for (const Candidate &c : *all) {
        if (matches(c, parts, value))
            found << c.scope;
    }
    if (found.size() == 1)
        return found.first();
    Error e;
    e.field = QStringLiteral("scope");
    if (found.isEmpty()) {
        e.message = tr("Scope \"%1\": no %2 of that name or uid.").arg(spec, kindName(info->kind));
    } else {
        QStringList uids;
        for (const auto &s : found.mid(0, 5))
            uids << s.uid;
        e.message = tr("Scope \"%1\" matches %n places; name the parent (COMPOUND/BUILDING) or "
                       "give the uid, e.g. %2.",
                       nullptr, int(found.size()))
                        .arg(spec, uids.join(QStringLiteral(", ")));
    }
    return e;
}

Result<ReportScope> ReportScope::fromId(const QSqlDatabase &db, Kind kind, qint64 id)
{
    auto all = candidates(db, kind);
    if (!all)
        return all.error();
    for (const Candidate &c : *all) {
        if (c.scope.id == id)
            return c.scope;
    }
    Error e;
    e.message = tr("That %1 is no longer in the ledger.").arg(kindName(kind));
    e.field = QStringLiteral("scope");
    return e;
}

Result<QList<ReportScope>> ReportScope::list(const QSqlDatabase &db, Kind kind)
{
    auto all = candidates(db, kind);
    if (!all)
        return all.error();
    QList<ReportScope> out;
    for (const Candidate &c : *all)
        out << c.scope;
    return out;
}

QString ReportScope::describe(const QList<ReportScope> &scopes, const QString &community)
{
    if (scopes.isEmpty())
        return community;
    QStringList labels;
    for (const auto &s : scopes)
        labels << s.label;
    return labels.join(QStringLiteral("、"));
}

QString ReportScope::condition(const QList<ReportScope> &scopes, QVariantList &bind)
{
    if (scopes.isEmpty())
        return QStringLiteral("1");
    QStringList parts;
    for (const auto &s : scopes) {
        switch (s.kind) {
        case Kind::Community:
            parts << QStringLiteral("co.community_id = ?");
            break;
        case Kind::BigGrid:
            parts << QStringLiteral("sg.big_grid_id = ?");
            break;
        case Kind::SmallGrid:
            parts << QStringLiteral("b.small_grid_id = ?");
            break;
        case Kind::Compound:
            parts << QStringLiteral("b.compound_id = ?");
            break;
        case Kind::Building:
            parts << QStringLiteral("b.id = ?");
            break;
        case Kind::Unit:
            parts << QStringLiteral("d.unit_id = ?");
            break;
        }
        bind << s.id;
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString ReportScope::placeJoins(bool keepUnplaced)
{
    return QStringLiteral(" %1 dwelling d ON d.id = h.dwelling_id"
                          " %1 building b ON b.id = d.building_id"
                          " %1 compound co ON co.id = b.compound_id"
                          " LEFT JOIN building_unit u ON u.id = d.unit_id"
                          " LEFT JOIN small_grid sg ON sg.id = b.small_grid_id ")
        .arg(keepUnplaced ? QStringLiteral("LEFT JOIN") : QStringLiteral("JOIN"));
}

} // namespace gridbook
