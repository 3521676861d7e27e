// SPDX-License-Identifier: MIT
#include "items/IdListTableModel.h"

#include "items/IdListPlan.h"
#include "db/SqlErrors.h"

#include <QSqlQuery>

#include <algorithm>

namespace gridbook {

IdListTableModel::IdListTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

IdListTableModel::~IdListTableModel() = default;

int IdListTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Qt::ItemFlags IdListTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant IdListTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RecordIdRole)
        return m_ids[index.row()];
    const QVariantList *values = rowValues(index.row());
    if (!values || values->isEmpty())
        return {};
    if (role == ArchivedRole)
        return isArchived(*values);
    return cellData(*values, index.column(), role);
}

qint64 IdListTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int IdListTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int IdListTableModel::cachedRowCount() const
{
    int n = 0;
    for (const Page &page : m_pages)
        n += int(page.rows.size());
    return n;
}

const QVariantList *IdListTableModel::rowValues(int row) const
{
    const int pageIndex = row / kPageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        const qsizetype first = qsizetype(pageIndex) * kPageSize;
        const QList<qint64> ids = m_ids.mid(first, kPageSize);
        auto values = fetchRows(ids);
        if (!values) {
            // Reported once per failing page read; the cells stay empty.
            emit const_cast<IdListTableModel *>(this)->loadFailed(values.error().message,
                                                                  values.error().details());
            return nullptr;
        }
        ++m_pagesFetched;
        if (m_pages.size() >= kMaxPages) {
            auto oldest =
                std::min_element(m_pages.begin(), m_pages.end(), [](const Page &a, const Page &b) {
                    return a.lastUse < b.lastUse;
                });
            m_pages.erase(oldest);
        }
        Page page;
        page.rows.reserve(ids.size());
        for (qint64 id : ids)
            page.rows.append(values->value(id));
        it = m_pages.insert(pageIndex, std::move(page));
    }
    it->lastUse = ++m_useCounter;
    const qsizetype offset = row - qsizetype(pageIndex) * kPageSize;
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

void IdListTableModel::clearPages()
{
    m_pages.clear();
}

void IdListTableModel::invalidateRows()
{
    clearPages();
    refreshCells();
}

void IdListTableModel::refreshCells()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
}

void IdListTableModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

void IdListTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

bool IdListTableModel::setBackgroundLoading(bool background)
{
    if (!background) {
        m_loader.reset();
        m_generation = 0;
        setLoading(false);
        return true;
    }
    if (m_loader)
        return true;
    if (!IdListLoader::canLoad(m_db.databaseName()))
        return false;
    m_loader = std::make_unique<IdListLoader>(m_db.databaseName());
    connect(m_loader.get(), &IdListLoader::idsReceived, this, &IdListTableModel::onIds);
    connect(m_loader.get(), &IdListLoader::countReceived, this, &IdListTableModel::onCount);
    connect(m_loader.get(), &IdListLoader::finished, this, &IdListTableModel::onFinished);
    return true;
}

Status IdListTableModel::reload()
{
    return startQuery();
}

Status IdListTableModel::startQuery()
{
    if (m_loader) {
        m_generation = m_loader->start(listJob());
        m_firstReceived = false;
        setLoading(true);
        return {};
    }
    IdListCollector collector;
    const Status status = listJob()(m_db, collector);
    if (!status) {
        emit loadFailed(status.error().message, status.error().details());
        return status;
    }
    beginResetModel();
    m_ids = collector.takeIds();
    clearPages();
    endResetModel();
    setTotal(m_ids.size());
    emit listLoaded();
    return {};
}

void IdListTableModel::onIds(quint64 generation, const QList<qint64> &ids)
{
    if (generation != m_generation)
        return;
    if (!m_firstReceived) {
        m_firstReceived = true;
        beginResetModel();
        m_ids = ids;
        clearPages();
        endResetModel();
        // A first screen that is not full is the whole list.
        setTotal(ids.size() < IdListPlan::kFirstChunk ? ids.size() : -1);
        return;
    }
    if (ids.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_ids.size()), int(m_ids.size() + ids.size() - 1));
    m_ids += ids;
    endInsertRows();
}

void IdListTableModel::onCount(quint64 generation, qint64 count)
{
    if (generation == m_generation)
        setTotal(count);
}

void IdListTableModel::onFinished(quint64 generation, bool ok, const QString &message,
                                  const QString &details)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!ok) {
        emit loadFailed(message, details);
        return;
    }
    setTotal(m_ids.size());
    emit listLoaded();
}

Result<QHash<qint64, QVariantList>> IdListTableModel::readRows(const QString &sql,
                                                              const QList<qint64> &ids,
                                                              int fieldCount,
                                                              const QString &operation) const
{
    QHash<qint64, QVariantList> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return SqlErrors::fromQuery(q, operation);
    q.addBindValue(IdListPlan::jsonArray(ids));
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    rows.reserve(ids.size());
    while (q.next()) {
        QVariantList values;
        values.reserve(fieldCount);
        for (int i = 1; i <= fieldCount; ++i)
            values.append(q.value(i));
        rows.insert(q.value(0).toLongLong(), values);
    }
    return rows;
}

} // namespace gridbook
