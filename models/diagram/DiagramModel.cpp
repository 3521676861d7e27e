// SPDX-License-Identifier: MIT
#include "diagram/DiagramModel.h"

namespace gridbook {

DiagramModel::DiagramModel(QSqlDatabase db, QObject *parent)
    : QObject(parent), m_db(db), m_repository(db)
{
}

Status DiagramModel::load(qint64 communityId)
{
    if (communityId <= 0) {
        auto list = m_repository.communities();
        if (!list)
            return list.error();
        if (list->isEmpty()) {
            m_data = DiagramData();
            m_colouring = DiagramColouring(m_mode, m_data, {}, m_days);
            checkConsistency();
            emit reloaded();
            return {};
        }
        communityId = list->first().first;
    }
    auto data = m_repository.load(communityId);
    if (!data)
        return data.error();
    m_data = std::move(data).value();
    checkConsistency();
    Status s = recount();
    emit reloaded();
    return s;
}

Status DiagramModel::recount()
{
    auto metric = m_repository.metrics(m_data.communityId, m_mode, m_days, m_asOf);
    if (!metric) {
        m_colouring = DiagramColouring(m_mode, m_data, {}, m_days);
        return metric.error();
    }
    m_colouring = DiagramColouring(m_mode, m_data, std::move(metric).value(), m_days);
    return {};
}

Status DiagramModel::setColouring(DiagramColouring::Mode mode, int days)
{
    m_mode = mode;
    m_days = days;
    Status s = recount();
    emit colouringChanged();
    return s;
}

void DiagramModel::checkConsistency()
{
    const auto before = m_mismatched;
    m_mismatches = GridConsistency::mismatches(m_data);
    m_mismatched.clear();
    for (const GridMismatch &m : std::as_const(m_mismatches))
        m_mismatched.insert(m.buildingId, m.diagramGridId);
    if (before != m_mismatched) {
        // Buildings whose flag changed are redrawn.
        for (auto it = before.constBegin(); it != before.constEnd(); ++it)
            if (!m_mismatched.contains(it.key()))
                emit buildingChanged(it.key());
        for (auto it = m_mismatched.constBegin(); it != m_mismatched.constEnd(); ++it)
            if (before.value(it.key()) != it.value())
                emit buildingChanged(it.key());
        emit mismatchesChanged();
    }
}

Status DiagramModel::setBuildingRect(qint64 buildingId, const QRectF &rect)
{
    if (Status s = m_repository.setBuildingRect(buildingId, rect); !s) {
        emit writeFailed(s.error().message);
        return s;
    }
    if (BuildingShape *b = m_data.building(buildingId))
        b->rect = rect.isNull() ? QRectF() : rect.normalized();
    emit buildingChanged(buildingId);
    checkConsistency();
    return {};
}

Status DiagramModel::setOutline(DiagramRepository::Shape shape, qint64 id, const QPolygonF &outline)
{
    Status s = outline.isEmpty() ? m_repository.clearOutline(shape, id)
                                 : m_repository.setOutline(shape, id, outline);
    if (!s) {
        emit writeFailed(s.error().message);
        return s;
    }
    auto update = [&](auto &list) {
        for (auto &item : list)
            if (item.id == id)
                item.outline = outline;
    };
    switch (shape) {
    case DiagramRepository::Shape::BigGrid:
        update(m_data.bigGrids);
        break;
    case DiagramRepository::Shape::SmallGrid:
        update(m_data.smallGrids);
        break;
    case DiagramRepository::Shape::Compound:
        update(m_data.compounds);
        break;
    }
    emit outlineChanged(shape, id);
    if (shape == DiagramRepository::Shape::SmallGrid)
        checkConsistency();
    return {};
}

Status DiagramModel::setBuildingGrid(qint64 buildingId, qint64 smallGridId)
{
    if (Status s = m_repository.setBuildingGrid(buildingId, smallGridId); !s) {
        emit writeFailed(s.error().message);
        return s;
    }
    if (BuildingShape *b = m_data.building(buildingId))
        b->smallGridId = smallGridId;
    emit buildingChanged(buildingId);
    checkConsistency();
    return {};
}

Status DiagramModel::backdropRowsChanged()
{
    auto data = m_repository.load(m_data.communityId);
    if (!data)
        return data.error();
    m_data.backdrop = data->backdrop;
    emit backdropChanged();
    return {};
}

QPolygonF DiagramModel::outline(DiagramRepository::Shape shape, qint64 id) const
{
    auto find = [&](const auto &list) {
        for (const auto &item : list)
            if (item.id == id)
                return item.outline;
        return QPolygonF();
    };
    switch (shape) {
    case DiagramRepository::Shape::BigGrid:
        return find(m_data.bigGrids);
    case DiagramRepository::Shape::SmallGrid:
        return find(m_data.smallGrids);
    case DiagramRepository::Shape::Compound:
        return find(m_data.compounds);
    }
    return QPolygonF();
}

} // namespace gridbook
