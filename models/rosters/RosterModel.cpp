// SPDX-License-Identifier: MIT
#include "rosters/RosterModel.h"

#include "db/SqlErrors.h"
#include "items/LedgerSql.h"
#include "items/SearchText.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace gridbook {

RosterModel::RosterModel(QObject *parent) : QAbstractTableModel(parent) {}

void RosterModel::setDatabase(const QSqlDatabase &db)
{
    beginResetModel();
    m_db = db;
    m_rows.clear();
    endResetModel();
}

void RosterModel::setScope(const LedgerScope &scope)
{
    m_scope = scope;
}

void RosterModel::setSearch(const QString &text)
{
    m_search = text;
}

SqlStatement RosterModel::scopeCondition() const
{
    if (m_scope.isEverything())
        return {};
    SqlStatement households = LedgerSql::scopeHouseholds(m_scope);
    return SqlStatement(QStringLiteral(" AND r.household_id IN (") + households.sql +
                            QStringLiteral(")"),
                        households.values);
}

SqlStatement RosterModel::searchCondition() const
{
    const SearchText search(m_search);
    switch (search.kind()) {
    case SearchText::Kind::Empty:
        return {};
    case SearchText::Kind::Letters: {
        const QString end = SearchText::prefixEnd(search.text());
        return SqlStatement(QStringLiteral(" AND ((r.name_initials >= ? AND r.name_initials < ?) "
                                           "OR (r.name_pinyin >= ? AND r.name_pinyin < ?))"),
                            {search.text(), end, search.text(), end});
    }
    case SearchText::Kind::Digits:
        return SqlStatement(QStringLiteral(" AND (r.phone LIKE ? || '%' OR r.phone LIKE '%' || ? "
                                           "OR r.id_number LIKE ? || '%')"),
                            {search.text(), search.text(), search.text()});
    case SearchText::Kind::Text:
        return SqlStatement(QStringLiteral(" AND instr(r.name, ?) > 0"), {search.text()});
    }
    return {};
}

Status RosterModel::reload()
{
    if (m_columns.isEmpty())
        m_columns = columns();
    if (!m_db.isValid() || !m_db.isOpen()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        emit reloaded();
        return {};
    }
    SqlStatement statement = baseSelect();
    statement += scopeCondition();
    statement += searchCondition();
    statement += filterConditions();
    QString order = defaultOrder();
    if (m_sortColumn >= 0 && m_sortColumn < m_columns.size() &&
        !m_columns.at(m_sortColumn).sortExpr.isEmpty()) {
        // Each key of the expression in the asked direction; a key written with DESC (age is
        // birth date descending) turns round with it.
        QStringList keys;
        for (QString key : m_columns.at(m_sortColumn).sortExpr.split(QStringLiteral(", "))) {
            key = key.trimmed();
            bool descending = false;
            if (key.endsWith(QLatin1String(" DESC"))) {
                key.chop(5);
                descending = true;
            } else if (key.endsWith(QLatin1String(" ASC"))) {
                key.chop(4);
            }
            if (m_sortOrder == Qt::DescendingOrder)
                descending = !descending;
            keys << key + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        }
        order = keys.join(QStringLiteral(", ")) + QStringLiteral(", ") + defaultOrder();
    }
    statement.sql += QStringLiteral(" ORDER BY ") + order;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (const QVariant &v : std::as_const(statement.values))
        q.addBindValue(v);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("read roster"));
    QList<QVariantList> rows;
    QStringList keys;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        keys << record.fieldName(i);
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row << q.value(i);
        rows << row;
    }
    beginResetModel();
    m_keys = keys;
    m_rows = std::move(rows);
    endResetModel();
    emit reloaded();
    return {};
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    if (m_columns.isEmpty())
        m_columns = columns();
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnSpec &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), column);
    case RawRole:
        return valueAt(index.row(), column.key);
    case Qt::TextAlignmentRole:
        return column.number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.at(section).title;
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    (void)reload();
}

qint64 RosterModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).isEmpty()
               ? m_rows.at(row).first().toLongLong()
               : 0;
}

QVariant RosterModel::valueAt(int row, const QString &key) const
{
    const qsizetype column = m_keys.indexOf(key);
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).at(column);
}

int RosterModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

QString RosterModel::columnKey(int column) const
{
    if (m_columns.isEmpty())
        m_columns = columns();
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).key : QString();
}

int RosterModel::columnOf(const QString &key) const
{
    if (m_columns.isEmpty())
        m_columns = columns();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

QVariant RosterModel::display(int row, const ColumnSpec &column) const
{
    return valueAt(row, column.key);
}

} // namespace gridbook
