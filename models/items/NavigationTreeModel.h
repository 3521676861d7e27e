// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/LedgerScope.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace gridbook {

/**
 * The structure tree beside the ledger pages: (all communities) → community (社区) → big grid
 * (大网格) → small grid (小网格) → compound (小区) → building (楼栋) → unit (单元). Choosing a node
 * scopes the pages to it: every node gives its LedgerScope through ScopeRole.
 *
 * A compound can lie in several small grids (a small grid covers whole buildings): under a
 * small grid the tree shows the compounds that have buildings in it, and under such a compound
 * only that grid's buildings (scope: LedgerScope::compound(id, gridId)). Buildings in no grid
 * are not in the tree; they are in their community's scope.
 *
 * Lazy: a node's children are read when a view expands it (canFetchMore / fetchMore), one
 * small query per node, so a street office of 48 communities and 10,000 buildings opens at
 * once. Live records only. Call reload() after the structure changed.
 */
class NavigationTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        ScopeRole = Qt::UserRole + 1, ///< LedgerScope of the node
        LevelRole,                    ///< int(LedgerScope::Level)
        RecordIdRole,                 ///< qint64 record id at the node's level; 0 for the top
        ResidentCountRole, ///< live residents in the scope; counted (and kept) on first request
    };

    explicit NavigationTreeModel(QSqlDatabase db, QObject *parent = nullptr);
    ~NavigationTreeModel() override;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** The scope of a node; Everything for an invalid index. */
    LedgerScope scopeAt(const QModelIndex &index) const;

    /**
     * The node for `scope`, reading the nodes on its path as needed (to restore the last
     * scope at start). A compound without a small grid maps to the compound under the first
     * small grid that holds one of its buildings. Invalid if the record is gone or in no grid.
     */
    QModelIndex indexOf(const LedgerScope &scope);

    /** Reads the tree again from the top (after places or grids changed). */
    void reload();

signals:
    /** A query failed: `message` for the user, `details` for a details box. */
    void loadFailed(const QString &message, const QString &details);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    Result<std::vector<std::unique_ptr<Node>>> readChildren(const Node &parent) const;
    std::optional<qint64> countResidents(const Node &node) const;

    QSqlDatabase m_db;
    std::unique_ptr<Node> m_root;
};

} // namespace gridbook
