// SPDX-License-Identifier: MIT
#include "diagram/CommunityDiagramScene.h"

#include "diagram/BuildingItem.h"
#include "diagram/CompoundItem.h"
#include "diagram/DiagramModel.h"
#include "diagram/GridRegionItem.h"
#include "diagram/MoveBuildingCommand.h"
#include "diagram/SetOutlineCommand.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

namespace gridbook {

CommunityDiagramScene::CommunityDiagramScene(DiagramModel *model, QUndoStack *undoStack,
                                             QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_undoStack(undoStack)
{
    // The items only move on drops; a static index makes hit tests and exposure cheap.
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(QColor(0xf7, 0xf5, 0xf0));
    rebuildRenderer();
    connect(model, &DiagramModel::reloaded, this, &CommunityDiagramScene::rebuild);
    connect(model, &DiagramModel::buildingChanged, this, &CommunityDiagramScene::onBuildingChanged);
    connect(model, &DiagramModel::outlineChanged, this, &CommunityDiagramScene::onOutlineChanged);
    connect(model, &DiagramModel::backdropChanged, this, &CommunityDiagramScene::reloadBackdrop);
    connect(model, &DiagramModel::colouringChanged, this, [this] {
        rebuildRenderer();
        for (BuildingItem *item : std::as_const(m_buildings))
            item->update();
    });
    connect(model, &DiagramModel::mismatchesChanged, this, [this] {
        rebuildRenderer();
        for (BuildingItem *item : std::as_const(m_buildings))
            item->update();
    });
    connect(this, &QGraphicsScene::selectionChanged, this,
            &CommunityDiagramScene::onSelectionChanged);
    rebuild();
}

CommunityDiagramScene::~CommunityDiagramScene()
{
    // Items paint through the renderer: remove them before it goes.
    clear();
}

void CommunityDiagramScene::rebuildRenderer()
{
    m_renderer = std::make_unique<DiagramRenderer>(*m_model);
}

void CommunityDiagramScene::reloadBackdrop()
{
    const BackdropInfo &b = m_model->data().backdrop;
    m_backdrop = QImage();
    if (b.id) {
        auto image = m_model->repository().backdropImage(b.id);
        if (image)
            m_backdrop = std::move(image).value();
        else
            emit editRefused(image.error().message);
    }
    if (m_backdropItem)
        m_backdropItem->sync();
    // Fills are lighter over a backdrop: repaint the grids and compounds too.
    rebuildRenderer();
    update();
    for (QGraphicsItem *item : items())
        item->update();
}

void CommunityDiagramScene::rebuild()
{
    clearSelection();
    clear();
    m_backdropItem = nullptr;
    m_bigGrids.clear();
    m_smallGrids.clear();
    m_bigLabels.clear();
    m_smallLabels.clear();
    m_compounds.clear();
    m_buildings.clear();
    rebuildRenderer();

    const DiagramData &data = m_model->data();
    m_backdropItem = new BackdropItem(this);
    addItem(m_backdropItem);
    for (const GridShape &g : data.bigGrids) {
        auto *item = new GridRegionItem(this, DiagramRepository::Shape::BigGrid, g.id);
        addItem(item);
        m_bigGrids.insert(g.id, item);
        auto *label = new GridLabelItem(this, true, g.id);
        addItem(label);
        m_bigLabels.insert(g.id, label);
    }
    for (const GridShape &g : data.smallGrids) {
        auto *item = new GridRegionItem(this, DiagramRepository::Shape::SmallGrid, g.id);
        addItem(item);
        m_smallGrids.insert(g.id, item);
        auto *label = new GridLabelItem(this, false, g.id);
        addItem(label);
        m_smallLabels.insert(g.id, label);
    }
    for (const CompoundShape &c : data.compounds) {
        auto *item = new CompoundItem(this, c.id);
        addItem(item);
        m_compounds.insert(c.id, item);
    }
    for (const BuildingShape &b : data.buildings) {
        auto *item = new BuildingItem(this, b.id);
        addItem(item);
        m_buildings.insert(b.id, item);
    }
    reloadBackdrop();
    const QRectF bounds = data.bounds();
    setSceneRect(bounds.isNull() ? QRectF(0, 0, 1000, 700) : bounds.adjusted(-200, -200, 200, 200));
}

void CommunityDiagramScene::setEditing(bool editing)
{
    m_editing = editing;
    for (GridRegionItem *item : std::as_const(m_smallGrids))
        item->updateHandles();
}

void CommunityDiagramScene::selectBuilding(qint64 id)
{
    clearSelection();
    if (BuildingItem *item = m_buildings.value(id))
        item->setSelected(true);
}

void CommunityDiagramScene::selectSmallGrid(qint64 id)
{
    clearSelection();
    if (GridRegionItem *item = m_smallGrids.value(id))
        item->setSelected(true);
}

void CommunityDiagramScene::onBuildingChanged(qint64 id)
{
    if (BuildingItem *item = m_buildings.value(id))
        item->sync();
}

void CommunityDiagramScene::onOutlineChanged(DiagramRepository::Shape shape, qint64 id)
{
    switch (shape) {
    case DiagramRepository::Shape::SmallGrid: {
        if (GridRegionItem *item = m_smallGrids.value(id))
            item->sync();
        if (GridLabelItem *label = m_smallLabels.value(id))
            label->sync();
        // The big grid drawn as the union of its small grids changes with them.
        if (const GridShape *g = m_model->data().smallGrid(id)) {
            if (GridRegionItem *big = m_bigGrids.value(g->bigGridId))
                big->sync();
            if (GridLabelItem *label = m_bigLabels.value(g->bigGridId))
                label->sync();
        }
        break;
    }
    case DiagramRepository::Shape::BigGrid:
        if (GridRegionItem *item = m_bigGrids.value(id))
            item->sync();
        if (GridLabelItem *label = m_bigLabels.value(id))
            label->sync();
        break;
    case DiagramRepository::Shape::Compound:
        if (CompoundItem *item = m_compounds.value(id))
            item->sync();
        break;
    }
}

void CommunityDiagramScene::onSelectionChanged()
{
    const auto selected = selectedItems();
    if (selected.isEmpty())
        return;
    if (auto *building = dynamic_cast<BuildingItem *>(selected.first()))
        emit buildingSelected(building->buildingId());
    else if (auto *grid = dynamic_cast<GridRegionItem *>(selected.first()))
        emit smallGridSelected(grid->gridId());
}

void CommunityDiagramScene::placeBuilding(qint64 buildingId, QPointF centre)
{
    const BuildingShape *b = m_model->data().building(buildingId);
    if (!b)
        return;
    // A slab of about the building's size: 13 m per unit, 12 m deep (drag it into place).
    const QSizeF size(std::clamp(13.0 * std::max(1, b->units) + 4.0, 16.0, 60.0),
                      b->floors > 7 ? 20.0 : 12.0);
    QRectF rect(QPointF(), size);
    rect.moveCenter(centre);
    m_undoStack->push(new MoveBuildingCommand(m_model, buildingId, b->rect, rect, b->name));
}

void CommunityDiagramScene::drawDefaultOutline(DiagramRepository::Shape shape, qint64 id,
                                               QPointF centre)
{
    const double half = shape == DiagramRepository::Shape::Compound ? 30.0 : 50.0;
    const QPolygonF square({centre + QPointF(-half, -half), centre + QPointF(half, -half),
                            centre + QPointF(half, half), centre + QPointF(-half, half)});
    m_undoStack->push(new SetOutlineCommand(m_model, shape, id, m_model->outline(shape, id), square,
                                            SetOutlineCommand::Action::Draw));
}

void CommunityDiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (!m_editing) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    const QPointF at = event->scenePos();
    const DiagramData &data = m_model->data();
    QMenu menu;
    QMenu *buildings = menu.addMenu(tr("Place building here"));
    for (const BuildingShape &b : data.buildings) {
        if (b.isPlaced())
            continue;
        const CompoundShape *c = data.compound(b.compoundId);
        const qint64 id = b.id;
        buildings->addAction((c ? c->name + QLatin1Char(' ') : QString()) + b.name, this,
                             [this, id, at] { placeBuilding(id, at); });
    }
    QMenu *grids = menu.addMenu(tr("Draw grid outline here"));
    for (const GridShape &g : data.smallGrids) {
        if (g.outline.size() >= 3)
            continue;
        const qint64 id = g.id;
        grids->addAction(g.name, this, [this, id, at] {
            drawDefaultOutline(DiagramRepository::Shape::SmallGrid, id, at);
        });
    }
    QMenu *compounds = menu.addMenu(tr("Draw compound outline here"));
    for (const CompoundShape &c : data.compounds) {
        if (c.outline.size() >= 3)
            continue;
        const qint64 id = c.id;
        compounds->addAction(c.name, this, [this, id, at] {
            drawDefaultOutline(DiagramRepository::Shape::Compound, id, at);
        });
    }
    buildings->setEnabled(!buildings->isEmpty());
    grids->setEnabled(!grids->isEmpty());
    compounds->setEnabled(!compounds->isEmpty());
    menu.exec(event->screenPos());
    event->accept();
}

} // namespace gridbook
