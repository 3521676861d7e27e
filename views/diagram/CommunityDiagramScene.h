// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"
#include "diagram/DiagramRepository.h"

#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPointer>

#include <memory>

class QUndoStack;

namespace gridbook {

class BackdropItem;
class BuildingItem;
class CompoundItem;
class GridRegionItem;
class GridLabelItem;

/**
 * The community diagram as a graphics scene: one item per record (grid, compound, building),
 * each painting itself through the shared DiagramRenderer and re-synced from the DiagramModel
 * whenever the model announces a change. Items hold no state of their own beyond the drag in
 * progress; every change is an undo command pushed on the stack.
 */
class CommunityDiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    CommunityDiagramScene(DiagramModel *model, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CommunityDiagramScene() override;

    DiagramModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const DiagramRenderer &renderer() const { return *m_renderer; }
    const QImage &backdropImage() const { return m_backdrop; }

    /** Edit mode: buildings can be dragged and grid corners moved, added and removed. */
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }

    BuildingItem *buildingItem(qint64 id) const { return m_buildings.value(id); }
    GridRegionItem *smallGridItem(qint64 id) const { return m_smallGrids.value(id); }

    /** Selects a building or small grid (and nothing else); 0 clears. */
    void selectBuilding(qint64 id);
    void selectSmallGrid(qint64 id);

    /** Puts a building that is not on the diagram yet at `centre` (an undo step). */
    void placeBuilding(qint64 buildingId, QPointF centre);
    /** Gives a grid or compound without an outline a square one around `centre`. */
    void drawDefaultOutline(DiagramRepository::Shape shape, qint64 id, QPointF centre);

    /** The items report an edit refused (an outline that would cross itself, ...). */
    void reportRefusal(const QString &message) { emit editRefused(message); }

signals:
    void buildingSelected(qint64 buildingId);
    void smallGridSelected(qint64 smallGridId);
    /** A building was double-clicked: open its building view. */
    void buildingActivated(qint64 buildingId);
    /** An edit was refused; `message` says why. */
    void editRefused(const QString &message);

protected:
    /** In edit mode: place a building, or start the outline of a grid or compound, here. */
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    void rebuildRenderer();
    void reloadBackdrop();
    void updateBigGrids();
    void onBuildingChanged(qint64 id);
    void onOutlineChanged(DiagramRepository::Shape shape, qint64 id);
    void onSelectionChanged();

    QPointer<DiagramModel> m_model;
    QUndoStack *m_undoStack;
    std::unique_ptr<DiagramRenderer> m_renderer;
    QImage m_backdrop;
    bool m_editing = false;
    BackdropItem *m_backdropItem = nullptr;
    QHash<qint64, GridRegionItem *> m_bigGrids;
    QHash<qint64, GridRegionItem *> m_smallGrids;
    QHash<qint64, GridLabelItem *> m_bigLabels;
    QHash<qint64, GridLabelItem *> m_smallLabels;
    QHash<qint64, CompoundItem *> m_compounds;
    QHash<qint64, BuildingItem *> m_buildings;
};

} // namespace gridbook
