// SPDX-License-Identifier: MIT
#include "items/NavigationTreeModel.h"

#include "db/SqlErrors.h"
#include "domain/Pinyin.h"
#include "items/ResidentQuery.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace gridbook {

using Level = LedgerScope::Level;

struct NavigationTreeModel::Node {
    enum class Kind { Root, Everything, Community, BigGrid, SmallGrid, Compound, Building, Unit };
    Kind kind = Kind::Root;
    qint64 id = 0;
    qint64 smallGridId = 0; ///< for a compound under a small grid
    QString name;
    Node *parent = nullptr;
    int row = 0;
    bool fetched = false;
    bool mayHaveChildren = true;
    std::vector<std::unique_ptr<Node>> children;
    std::optional<qint64> residents;

    LedgerScope scope() const
    {
        switch (kind) {
        case Kind::Root:
        case Kind::Everything:
            return LedgerScope::everything();
        case Kind::Community:
            return LedgerScope::community(id);
        case Kind::BigGrid:
            return LedgerScope::bigGrid(id);
        case Kind::SmallGrid:
            return LedgerScope::smallGrid(id);
        case Kind::Compound:
            return LedgerScope::compound(id, smallGridId);
        case Kind::Building:
            return LedgerScope::building(id);
        case Kind::Unit:
            return LedgerScope::unit(id);
        }
        return {};
    }
};

NavigationTreeModel::NavigationTreeModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent), m_db(std::move(db))
{
    reload();
}

NavigationTreeModel::~NavigationTreeModel() = default;

void NavigationTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->fetched = true;
    auto top = std::make_unique<Node>();
    top->kind = Node::Kind::Everything;
    top->parent = m_root.get();
    // The top node is named after the street office when every community shares one.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT street_office FROM community WHERE archived_at "
                              "IS NULL AND street_office IS NOT NULL LIMIT 2"))) {
        QStringList offices;
        while (q.next())
            offices << q.value(0).toString();
        if (offices.size() == 1)
            top->name = offices.first();
    }
    if (top->name.isEmpty())
        top->name = tr("All communities");
    m_root->children.push_back(std::move(top));
    endResetModel();
}

NavigationTreeModel::Node *NavigationTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[std::size_t(row)].get());
}

QModelIndex NavigationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int NavigationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool NavigationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->fetched ? !node->children.empty() : node->mayHaveChildren;
}

bool NavigationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->fetched && node->mayHaveChildren;
}

void NavigationTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    auto children = readChildren(*node);
    node->fetched = true;
    if (!children) {
        emit loadFailed(children.error().message, children.error().details());
        return;
    }
    if (children->empty()) {
        // Expanding found nothing: the arrow goes away.
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, int(children->size()) - 1);
    int row = 0;
    for (auto &child : *children) {
        child->parent = node;
        child->row = row++;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

Result<std::vector<std::unique_ptr<NavigationTreeModel::Node>>>
NavigationTreeModel::readChildren(const Node &parent) const
{
    using Kind = Node::Kind;
    Kind kind = Kind::Root;
    QString sql;
    QVariantList values;
    // Each query also tells whether a child has children of its own (an index probe per
    // child), so that leaves show no expand arrow.
    switch (parent.kind) {
    case Kind::Root:
    case Kind::Unit:
        return std::vector<std::unique_ptr<Node>>();
    case Kind::Everything:
        kind = Kind::Community;
        sql = QStringLiteral(
            "SELECT c.id, c.name, EXISTS (SELECT 1 FROM big_grid g WHERE g.community_id = c.id "
            "AND g.archived_at IS NULL) FROM community c WHERE c.archived_at IS NULL "
            "ORDER BY c.id");
        break;
    case Kind::Community:
        kind = Kind::BigGrid;
        sql = QStringLiteral(
            "SELECT g.id, g.name, EXISTS (SELECT 1 FROM small_grid s WHERE s.big_grid_id = g.id "
            "AND s.archived_at IS NULL) FROM big_grid g WHERE g.community_id = ? AND "
            "g.archived_at IS NULL ORDER BY g.code IS NULL, g.code, g.id");
        values << parent.id;
        break;
    case Kind::BigGrid:
        kind = Kind::SmallGrid;
        sql = QStringLiteral(
            "SELECT s.id, s.name, EXISTS (SELECT 1 FROM building b WHERE b.small_grid_id = s.id "
            "AND b.archived_at IS NULL) FROM small_grid s WHERE s.big_grid_id = ? AND "
            "s.archived_at IS NULL ORDER BY s.code IS NULL, s.code, s.id");
        values << parent.id;
        break;
    case Kind::SmallGrid:
        kind = Kind::Compound;
        sql = QStringLiteral(
            "SELECT c.id, c.name, 1 FROM compound c WHERE c.archived_at IS NULL AND c.id IN "
            "(SELECT b.compound_id FROM building b WHERE b.small_grid_id = ? AND "
            "b.archived_at IS NULL)");
        values << parent.id;
        break;
    case Kind::Compound:
        kind = Kind::Building;
        sql =
            QStringLiteral(
                "SELECT b.id, b.name, EXISTS (SELECT 1 FROM building_unit u WHERE u.building_id = "
                "b.id AND u.archived_at IS NULL) FROM building b WHERE b.compound_id = ? AND "
                "b.archived_at IS NULL") +
            (parent.smallGridId > 0 ? QStringLiteral(" AND b.small_grid_id = ?") : QString()) +
            QStringLiteral(" ORDER BY b.number IS NULL, b.number, b.id");
        values << parent.id;
        if (parent.smallGridId > 0)
            values << parent.smallGridId;
        break;
    case Kind::Building:
        kind = Kind::Unit;
        sql = QStringLiteral("SELECT u.id, u.name, 0 FROM building_unit u WHERE u.building_id = ? "
                             "AND u.archived_at IS NULL ORDER BY u.number IS NULL, u.number, "
                             "u.id");
        values << parent.id;
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return SqlErrors::fromQuery(q, QStringLiteral("read navigation tree"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("read navigation tree"));
    std::vector<std::unique_ptr<Node>> children;
    while (q.next()) {
        auto child = std::make_unique<Node>();
        child->kind = kind;
        child->id = q.value(0).toLongLong();
        child->name = q.value(1).toString();
        child->mayHaveChildren = q.value(2).toBool();
        if (kind == Kind::Compound)
            child->smallGridId = parent.id;
        children.push_back(std::move(child));
    }
    if (kind == Kind::Compound) {
        // Compounds by the pinyin of their names, as people look them up.
        std::stable_sort(children.begin(), children.end(), [](const auto &a, const auto &b) {
            return Pinyin::full(a->name, Pinyin::NameKind::PlainText) <
                   Pinyin::full(b->name, Pinyin::NameKind::PlainText);
        });
    }
    return children;
}

QVariant NavigationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return node->name;
    case ScopeRole:
        return QVariant::fromValue(node->scope());
    case LevelRole:
        return int(node->scope().level());
    case RecordIdRole:
        return node->id;
    case ResidentCountRole:
        if (!node->residents)
            node->residents = countResidents(*node);
        return node->residents ? QVariant(*node->residents) : QVariant();
    default:
        return {};
    }
}

std::optional<qint64> NavigationTreeModel::countResidents(const Node &node) const
{
    ResidentQuery query;
    query.scope = node.scope();
    auto n = query.count(m_db);
    if (!n)
        return std::nullopt;
    return *n;
}

Qt::ItemFlags NavigationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (nodeOf(index)->kind == Node::Kind::Unit)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

LedgerScope NavigationTreeModel::scopeAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->scope() : LedgerScope::everything();
}

QModelIndex NavigationTreeModel::indexOf(const LedgerScope &scope)
{
    using Kind = Node::Kind;
    QModelIndex top = index(0, 0);
    if (scope.isEverything() || !scope.isValid())
        return scope.isEverything() ? top : QModelIndex();

    // The path from the community down to the scope's node: (kind, id) pairs.
    struct Step {
        Kind kind;
        qint64 id;
    };
    QList<Step> path;
    auto lookup = [&](const QString &sql, const QVariantList &values) -> QVariantList {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVariantList row;
        if (q.exec() && q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
        }
        return row;
    };
    qint64 buildingId = 0;
    qint64 unitId = 0;
    qint64 compoundId = 0;
    qint64 smallGridId = 0;
    switch (scope.level()) {
    case Level::Everything:
        return top;
    case Level::Community:
        path << Step{Kind::Community, scope.id()};
        break;
    case Level::BigGrid: {
        const auto row =
            lookup(QStringLiteral("SELECT community_id FROM big_grid WHERE id = ?"), {scope.id()});
        if (row.isEmpty())
            return {};
        path << Step{Kind::Community, row[0].toLongLong()} << Step{Kind::BigGrid, scope.id()};
        break;
    }
    case Level::SmallGrid:
        smallGridId = scope.id();
        break;
    case Level::Compound: {
        compoundId = scope.id();
        smallGridId = scope.smallGridId();
        if (smallGridId <= 0) {
            const auto row = lookup(QStringLiteral("SELECT small_grid_id FROM building WHERE "
                                                   "compound_id = ? AND small_grid_id IS NOT NULL "
                                                   "AND archived_at IS NULL ORDER BY id LIMIT 1"),
                                    {compoundId});
            if (row.isEmpty())
                return {};
            smallGridId = row[0].toLongLong();
        }
        break;
    }
    case Level::Unit: {
        const auto row = lookup(
            QStringLiteral("SELECT building_id FROM building_unit WHERE id = ?"), {scope.id()});
        if (row.isEmpty())
            return {};
        unitId = scope.id();
        buildingId = row[0].toLongLong();
        break;
    }
    case Level::Building:
        buildingId = scope.id();
        break;
    }
    if (buildingId > 0) {
        const auto row =
            lookup(QStringLiteral("SELECT compound_id, small_grid_id FROM building WHERE id = ?"),
                   {buildingId});
        if (row.isEmpty() || row[1].isNull())
            return {};
        compoundId = row[0].toLongLong();
        smallGridId = row[1].toLongLong();
    }
    if (smallGridId > 0) {
        const auto row = lookup(QStringLiteral("SELECT g.community_id, g.id FROM small_grid s "
                                               "JOIN big_grid g ON g.id = s.big_grid_id WHERE "
                                               "s.id = ?"),
                                {smallGridId});
        if (row.isEmpty())
            return {};
        path << Step{Kind::Community, row[0].toLongLong()}
             << Step{Kind::BigGrid, row[1].toLongLong()} << Step{Kind::SmallGrid, smallGridId};
        if (compoundId > 0)
            path << Step{Kind::Compound, compoundId};
        if (buildingId > 0)
            path << Step{Kind::Building, buildingId};
        if (unitId > 0)
            path << Step{Kind::Unit, unitId};
    }

    QModelIndex current = top;
    for (const Step &step : std::as_const(path)) {
        if (canFetchMore(current))
            fetchMore(current);
        const Node *node = nodeOf(current);
        QModelIndex found;
        for (const auto &child : node->children) {
            if (child->kind == step.kind && child->id == step.id) {
                found = indexOfNode(child.get());
                break;
            }
        }
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

} // namespace gridbook
