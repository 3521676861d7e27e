// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListPlan.h"
#include "items/LedgerScope.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace gridbook {

/**
 * A roster: a list of people in some role (Party members, volunteers, grid role holders) over
 * a scope of the navigation tree, searched by name, pinyin initials or phone, sorted in SQL.
 * Rosters are hundreds to tens of thousands of rows even for a street office, so a roster
 * reads its rows whole on reload() (one query) and keeps them; the million-row lists
 * (residents, households) use the lazily fetching models in models/items instead.
 *
 * A subclass gives the columns and the SELECT; the base does scope, search, sort and
 * reading. Column 0 of the SELECT is the row's record id.
 */
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /** One visible column. */
    struct ColumnSpec {
        QString key;      ///< the SELECT column it shows
        QString title;    ///< translated header
        QString sortExpr; ///< ORDER BY expression; empty: not sortable
        bool number = false;
    };

    explicit RosterModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }
    void setScope(const LedgerScope &scope);
    LedgerScope scope() const { return m_scope; }
    /** Name, pinyin initials or full pinyin prefix, or phone digits. */
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    /** Reads the rows again (after a change, a new scope or search). */
    Status reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The record id of `row` (column 0 of the SELECT); 0 outside. */
    qint64 idAt(int row) const;
    /** The value of SELECT column `key` in `row`. */
    QVariant valueAt(int row, const QString &key) const;
    /** The row of record `id`, or -1. */
    int rowOf(qint64 id) const;

    /** Key of a column, for saving column choices; column of a key, or -1. */
    QString columnKey(int column) const;
    int columnOf(const QString &key) const;

    /** Role of data(): the raw value of the cell, unformatted. */
    static constexpr int RawRole = Qt::UserRole + 1;

signals:
    /** reload() finished (rows may have changed). */
    void reloaded();

protected:
    virtual QList<ColumnSpec> columns() const = 0;
    /**
     * The SELECT without WHERE extras and ORDER BY: "SELECT id, ... FROM ... WHERE <always>".
     * It must end in a WHERE clause (add "WHERE 1" if there is none) and give alias r for the
     * resident (name, name_initials, name_pinyin, phone) and h for the household, unless
     * scopeCondition()/searchCondition() are overridden.
     */
    virtual SqlStatement baseSelect() const = 0;
    /** Extra conditions of the subclass's own filters, each starting with " AND ". */
    virtual SqlStatement filterConditions() const { return {}; }
    /** The scope as a condition (" AND ..."); by default: the resident's household in scope. */
    virtual SqlStatement scopeCondition() const;
    /** The search as a condition (" AND ..."). */
    virtual SqlStatement searchCondition() const;
    /** Display text for a cell; by default the value as text. */
    virtual QVariant display(int row, const ColumnSpec &column) const;
    /** The default ORDER BY when no column is sorted. */
    virtual QString defaultOrder() const = 0;

    const QList<ColumnSpec> &columnSpecs() const { return m_columns; }

private:
    QSqlDatabase m_db;
    LedgerScope m_scope;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QList<ColumnSpec> m_columns;
    QStringList m_keys;               ///< SELECT column names
    QList<QVariantList> m_rows;
};

} // namespace gridbook
