// SPDX-License-Identifier: MIT
#include "diagram/CommunityDiagramView.h"

#include "common/DialogNotifier.h"
#include "common/Notifier.h"
#include "diagram/AssignBuildingGridCommand.h"
#include "diagram/CommunityDiagramScene.h"
#include "diagram/DiagramExporter.h"
#include "diagram/DiagramGeometry.h"
#include "diagram/DiagramModel.h"
#include "diagram/DiagramPrinter.h"
#include "diagram/LegendOverlay.h"
#include "diagram/MoveBuildingCommand.h"
#include "diagram/ReplaceBackdropCommand.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gridbook {

// ----------------------------------------------------------------------- DiagramGraphicsView

DiagramGraphicsView::DiagramGraphicsView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("diagramView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Grids cover the whole community, so QGraphicsView's hand drag (which only starts on
    // the background) would never pan: this view pans itself (mouse*Event below).
    setDragMode(NoDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Items cache themselves (DeviceCoordinateCache); the view repaints only what changed.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    m_legend = new LegendOverlay(this);
}

double DiagramGraphicsView::zoom() const
{
    return transform().m11();
}

void DiagramGraphicsView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.02, 40.0);
    const double f = next / zoom();
    scale(f, f);
    m_autoFit = false;
    emit zoomed();
}

void DiagramGraphicsView::fitAll()
{
    if (!scene())
        return;
    QRectF bounds = m_contentBounds.isEmpty() ? scene()->itemsBoundingRect() : m_contentBounds;
    if (bounds.isEmpty())
        bounds = scene()->sceneRect();
    // Like fitInView, but leaving the legend's corner free when there is room beside it.
    bounds.adjust(-10, -10, 10, 10);
    const QSizeF port = viewport()->size();
    if (port.isEmpty() || bounds.isEmpty())
        return;
    const double legend = m_legend->isVisible() ? m_legend->width() + 20.0 : 0.0;
    const double usable = std::max(port.width() * 0.6, port.width() - legend);
    const double s = std::min(usable / bounds.width(), port.height() / bounds.height());
    setTransform(QTransform::fromScale(s, s));
    centerOn(bounds.center() + QPointF((port.width() - usable) / 2.0 / s, 0));
    m_autoFit = true;
    emit zoomed();
}

void DiagramGraphicsView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void DiagramGraphicsView::mousePressEvent(QMouseEvent *event)
{
    const bool panButton =
        event->button() == Qt::MiddleButton || (m_leftPans && event->button() == Qt::LeftButton);
    if (panButton) {
        m_mayPan = true;
        m_panning = false;
        m_panFrom = event->position().toPoint();
    }
    if (event->button() == Qt::MiddleButton) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event); // a click selects
}

void DiagramGraphicsView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mayPan) {
        const QPoint now = event->position().toPoint();
        if (!m_panning && (now - m_panFrom).manhattanLength() > 4) {
            m_panning = true;
            m_autoFit = false;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            const QPoint delta = now - m_panFrom;
            m_panFrom = now;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramGraphicsView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasPanning = m_panning;
    m_mayPan = false;
    m_panning = false;
    if (wasPanning)
        viewport()->unsetCursor();
    if (event->button() == Qt::MiddleButton) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramGraphicsView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Until the user zooms or pans, the whole community stays in view (the first show
    // included: the constructor fitted into a window that had no size yet).
    if (m_autoFit && scene())
        fitAll();
    // The legend sits in the top right corner of the visible area.
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    m_legend->move(width() - m_legend->width() - scrollBar - 10, 10);
}

// ---------------------------------------------------------------------- CommunityDiagramView

CommunityDiagramView::CommunityDiagramView(QSqlDatabase db, qint64 communityId,
                                           QUndoStack *undoStack, Notifier *notifier,
                                           QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_notifier(notifier)
{
    setObjectName(QStringLiteral("communityDiagram"));
    if (!m_undoStack)
        m_undoStack = new QUndoStack(this);
    if (!m_notifier) {
        m_ownNotifier = std::make_unique<DialogNotifier>(this);
        m_notifier = m_ownNotifier.get();
    }
    m_model = new DiagramModel(db, this);
    if (Status s = m_model->load(communityId); !s)
        m_notifier->error(s.error());
    m_scene = new CommunityDiagramScene(m_model, m_undoStack, this);
    buildUi();
    connect(m_scene, &CommunityDiagramScene::buildingSelected, this,
            &CommunityDiagramView::buildingSelected);
    connect(m_scene, &CommunityDiagramScene::smallGridSelected, this,
            &CommunityDiagramView::smallGridSelected);
    connect(m_scene, &CommunityDiagramScene::buildingActivated, this,
            &CommunityDiagramView::buildingActivated);
    connect(m_scene, &CommunityDiagramScene::editRefused, this, &CommunityDiagramView::showMessage);
    connect(m_model, &DiagramModel::writeFailed, this, &CommunityDiagramView::showMessage);
    connect(m_model, &DiagramModel::mismatchesChanged, this,
            &CommunityDiagramView::refreshMismatches);
    connect(m_model, &DiagramModel::reloaded, this, [this] {
        m_view->setContentBounds(m_model->data().bounds());
        refreshMismatches();
        refreshLegend();
    });
    connect(m_model, &DiagramModel::colouringChanged, this, &CommunityDiagramView::refreshLegend);
    refreshMismatches();
    refreshLegend();
    fitAll();
}

CommunityDiagramView::~CommunityDiagramView()
{
    // The scene's items paint through the model: the scene goes first.
    m_view->setScene(nullptr);
    delete m_scene;
    m_scene = nullptr;
}

void CommunityDiagramView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("diagramToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);

    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("communityCombo"));
    if (auto list = m_model->repository().communities()) {
        for (const auto &[id, name] : *list)
            m_community->addItem(name, id);
        m_community->setCurrentIndex(m_community->findData(m_model->communityId()));
    }
    m_toolBar->addWidget(m_community);
    connect(m_community, &QComboBox::activated, this,
            [this](int index) { (void)setCommunity(m_community->itemData(index).toLongLong()); });
    m_toolBar->addSeparator();

    m_toolBar->addWidget(new QLabel(tr("Colour by:"), this));
    m_colouring = new QComboBox(this);
    m_colouring->setObjectName(QStringLiteral("colouringCombo"));
    for (DiagramColouring::Mode mode : DiagramColouring::modes())
        m_colouring->addItem(DiagramColouring::modeName(mode), int(mode));
    m_toolBar->addWidget(m_colouring);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Households not visited for this many days"));
    QAction *daysAction = m_toolBar->addWidget(m_days);
    daysAction->setVisible(false);
    connect(m_colouring, &QComboBox::activated, this, [this, daysAction] {
        daysAction->setVisible(DiagramColouring::Mode(m_colouring->currentData().toInt()) ==
                               DiagramColouring::Mode::NotVisited);
        colouringChosen();
    });
    connect(m_days, &QSpinBox::editingFinished, this, &CommunityDiagramView::colouringChosen);
    m_toolBar->addSeparator();

    QAction *zoomIn = m_toolBar->addAction(tr("Zoom in"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    QAction *zoomOut = m_toolBar->addAction(tr("Zoom out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    QAction *fit = m_toolBar->addAction(tr("Fit"));
    fit->setToolTip(tr("Fit the whole community into the window"));
    connect(fit, &QAction::triggered, this, &CommunityDiagramView::fitAll);
    m_toolBar->addSeparator();

    m_editAction = m_toolBar->addAction(tr("Edit"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_editAction->setCheckable(true);
    m_editAction->setToolTip(tr("Drag buildings; select a grid to move its corners (drag), add "
                                "corners (double-click an edge) or remove them (right-click)"));
    connect(m_editAction, &QAction::toggled, this, &CommunityDiagramView::setEditing);
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_toolBar->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    connect(m_toolBar->addAction(tr("Backdrop…")), &QAction::triggered, this,
            &CommunityDiagramView::chooseBackdrop);
    connect(m_toolBar->addAction(tr("Export…")), &QAction::triggered, this,
            &CommunityDiagramView::chooseExport);
    connect(m_toolBar->addAction(tr("Print…")), &QAction::triggered, this,
            &CommunityDiagramView::print);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new DiagramGraphicsView(splitter);
    m_view->setScene(m_scene);
    m_view->setContentBounds(m_model->data().bounds());
    splitter->addWidget(m_view);

    m_mismatchPanel = new QWidget(splitter);
    m_mismatchPanel->setObjectName(QStringLiteral("mismatchPanel"));
    auto *panel = new QVBoxLayout(m_mismatchPanel);
    auto *heading = new QLabel(tr("<b>Grid differs from the ledger</b>"), m_mismatchPanel);
    heading->setWordWrap(true);
    panel->addWidget(heading);
    m_mismatches = new QListWidget(m_mismatchPanel);
    m_mismatches->setObjectName(QStringLiteral("mismatchList"));
    panel->addWidget(m_mismatches, 1);
    m_fixLedger = new QPushButton(tr("Ledger: use the diagram's grid"), m_mismatchPanel);
    m_fixLedger->setObjectName(QStringLiteral("fixLedgerButton"));
    m_fixLedger->setToolTip(tr("Put the building into the grid it stands in on the diagram"));
    panel->addWidget(m_fixLedger);
    m_fixDiagram = new QPushButton(tr("Diagram: move into its grid"), m_mismatchPanel);
    m_fixDiagram->setObjectName(QStringLiteral("fixDiagramButton"));
    m_fixDiagram->setToolTip(tr("Move the building on the diagram into the grid the ledger "
                                "assigns it to"));
    panel->addWidget(m_fixDiagram);
    splitter->addWidget(m_mismatchPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({900, 260});
    layout->addWidget(splitter, 1);

    auto selectedFlag = [this]() -> qint64 {
        const QListWidgetItem *item = m_mismatches->currentItem();
        return item ? item->data(Qt::UserRole).toLongLong() : 0;
    };
    connect(m_mismatches, &QListWidget::currentItemChanged, this, [this, selectedFlag] {
        const qint64 id = selectedFlag();
        m_fixLedger->setEnabled(id > 0);
        m_fixDiagram->setEnabled(id > 0);
        if (id > 0) {
            selectBuilding(id);
        }
    });
    connect(m_fixLedger, &QPushButton::clicked, this, [this, selectedFlag] {
        if (const qint64 id = selectedFlag())
            (void)assignToDiagramGrid(id);
    });
    connect(m_fixDiagram, &QPushButton::clicked, this, [this, selectedFlag] {
        if (const qint64 id = selectedFlag())
            (void)moveIntoLedgerGrid(id);
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diagramStatus"));
    m_status->setContentsMargins(6, 3, 6, 3);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

Status CommunityDiagramView::setCommunity(qint64 communityId)
{
    m_undoStack->clear(); // the commands refer to the model's community
    Status s = m_model->load(communityId);
    if (!s)
        m_notifier->error(s.error());
    m_community->setCurrentIndex(m_community->findData(m_model->communityId()));
    fitAll();
    return s;
}

Status CommunityDiagramView::reload()
{
    Status s = m_model->reload();
    if (!s)
        m_notifier->error(s.error());
    return s;
}

void CommunityDiagramView::setEditing(bool editing)
{
    m_scene->setEditing(editing);
    m_view->setLeftButtonPans(!editing);
    if (m_editAction->isChecked() != editing)
        m_editAction->setChecked(editing);
    showMessage(editing ? tr("Edit mode: drag buildings; select a grid to edit its corners.")
                        : QString());
}

void CommunityDiagramView::fitAll()
{
    m_view->setContentBounds(m_model->data().bounds());
    m_view->fitAll();
}

void CommunityDiagramView::selectBuilding(qint64 buildingId)
{
    m_scene->selectBuilding(buildingId);
    const BuildingShape *b = m_model->data().building(buildingId);
    if (b && b->isPlaced())
        m_view->ensureVisible(b->rect, 80, 80);
}

void CommunityDiagramView::selectSmallGrid(qint64 smallGridId)
{
    m_scene->selectSmallGrid(smallGridId);
    const GridShape *g = m_model->data().smallGrid(smallGridId);
    if (g && g->outline.size() >= 3)
        m_view->ensureVisible(g->outline.boundingRect(), 40, 40);
}

void CommunityDiagramView::colouringChosen()
{
    const auto mode = DiagramColouring::Mode(m_colouring->currentData().toInt());
    if (Status s = m_model->setColouring(mode, m_days->value()); !s)
        m_notifier->error(s.error());
}

void CommunityDiagramView::refreshLegend()
{
    m_view->m_legend->setLegend(m_model->colouring().title(), m_model->colouring().legend());
    QResizeEvent resize(m_view->size(), m_view->size());
    QCoreApplication::sendEvent(m_view, &resize);
}

void CommunityDiagramView::refreshMismatches()
{
    const qint64 current = m_mismatches->currentItem()
                               ? m_mismatches->currentItem()->data(Qt::UserRole).toLongLong()
                               : 0;
    m_mismatches->clear();
    const DiagramData &data = m_model->data();
    auto gridName = [&](qint64 id) {
        const GridShape *g = data.smallGrid(id);
        return g ? g->name : tr("no grid");
    };
    for (const GridMismatch &m : m_model->mismatches()) {
        const BuildingShape *b = data.building(m.buildingId);
        const CompoundShape *c = b ? data.compound(b->compoundId) : nullptr;
        const QString name =
            (c ? c->name + QLatin1Char(' ') : QString()) + (b ? b->name : QString());
        auto *item =
            new QListWidgetItem(tr("%1: ledger %2, diagram %3")
                                    .arg(name, gridName(m.ledgerGridId), gridName(m.diagramGridId)),
                                m_mismatches);
        item->setData(Qt::UserRole, m.buildingId);
        if (m.buildingId == current)
            m_mismatches->setCurrentItem(item);
    }
    const bool any = !m_model->mismatches().isEmpty();
    m_mismatchPanel->setVisible(any);
    m_fixLedger->setEnabled(m_mismatches->currentItem() != nullptr);
    m_fixDiagram->setEnabled(m_mismatches->currentItem() != nullptr);
    const bool drawn = std::any_of(data.buildings.begin(), data.buildings.end(),
                                   [](const BuildingShape &b) { return b.isPlaced(); }) ||
                       std::any_of(data.smallGrids.begin(), data.smallGrids.end(),
                                   [](const GridShape &g) { return g.outline.size() >= 3; });
    if (!drawn && data.communityId > 0)
        showMessage(tr("Nothing of %1 is drawn yet: import a plan (Backdrop…), turn on Edit and "
                       "right-click to place buildings and draw grid outlines.")
                        .arg(data.communityName));
    else
        showMessage(any ? tr("%n building(s) stand in a different grid than the ledger says.",
                             nullptr, int(m_model->mismatches().size()))
                        : QString());
}

Status CommunityDiagramView::assignToDiagramGrid(qint64 buildingId)
{
    for (const GridMismatch &m : m_model->mismatches()) {
        if (m.buildingId != buildingId)
            continue;
        const BuildingShape *b = m_model->data().building(buildingId);
        const GridShape *g = m_model->data().smallGrid(m.diagramGridId);
        m_undoStack->push(new AssignBuildingGridCommand(
            m_model, buildingId, m.ledgerGridId, m.diagramGridId,
            tr("Put %1 into %2").arg(b ? b->name : QString(), g ? g->name : QString())));
        return {};
    }
    return {};
}

Status CommunityDiagramView::moveIntoLedgerGrid(qint64 buildingId)
{
    const BuildingShape *b = m_model->data().building(buildingId);
    const GridShape *g = b ? m_model->data().smallGrid(b->smallGridId) : nullptr;
    if (!b || !g || g->outline.size() < 3) {
        Error e;
        e.message = tr("The ledger's grid of this building has no outline on the diagram yet; "
                       "draw it first, or put the building into the diagram's grid.");
        showMessage(e.message);
        return e;
    }
    const QPointF target = DiagramGeometry::interiorPoint(g->outline);
    QRectF after = b->rect;
    after.moveCenter(target);
    m_undoStack->push(new MoveBuildingCommand(m_model, buildingId, b->rect, after, b->name));
    selectBuilding(buildingId);
    return {};
}

Status CommunityDiagramView::importBackdrop(const QString &path)
{
    auto file = DiagramRepository::readBackdropFile(path);
    if (!file) {
        m_notifier->error(file.error());
        return file.error();
    }
    // Over the drawn community if there is one, else at the image's own size in metres
    // (about a pixel a metre): the office scales it later.
    QRectF bounds = m_model->data().bounds();
    bounds.setTopLeft(QPointF(std::min(bounds.left(), 0.0), std::min(bounds.top(), 0.0)));
    const QSizeF pixels = file->size;
    QRectF placement(QPointF(0, 0), pixels);
    if (bounds.width() > 1 && bounds.height() > 1) {
        const double scale =
            std::max(bounds.width() / pixels.width(), bounds.height() / pixels.height());
        placement = QRectF(bounds.topLeft(), pixels * scale);
    }
    auto *command = new ReplaceBackdropCommand(m_model, std::move(file).value(), placement);
    m_undoStack->push(command);
    showMessage(tr("Backdrop imported."));
    return {};
}

DiagramPage CommunityDiagramView::page() const
{
    return DiagramRenderer(*m_model).page(m_scene->backdropImage());
}

Status CommunityDiagramView::exportTo(const QString &path)
{
    Status s = DiagramExporter::write(page(), path);
    if (!s)
        m_notifier->error(s.error());
    else
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

void CommunityDiagramView::chooseBackdrop()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a plan of the community"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty())
        (void)importBackdrop(path);
}

void CommunityDiagramView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the diagram"),
        m_model->data().communityName + tr("grid diagram") + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        (void)exportTo(path);
}

void CommunityDiagramView::print()
{
    DiagramPrinter::print(this, page());
}

void CommunityDiagramView::showMessage(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_notifier->inform(message);
}

void CommunityDiagramView::reportError(const Error &error)
{
    m_notifier->error(error);
}

} // namespace gridbook
