// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QGraphicsView>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolBar;
class QUndoStack;

namespace gridbook {

class CommunityDiagramScene;
class DiagramModel;
struct DiagramPage;
class LegendOverlay;
class Notifier;

/** The QGraphicsView of the diagram: wheel zoom about the cursor, drag to pan. */
class DiagramGraphicsView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramGraphicsView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    /** What fitAll() fits: the drawing itself (labels and margins aside); null: all items. */
    void setContentBounds(const QRectF &bounds) { m_contentBounds = bounds; }
    /** Pixels per metre at the current zoom. */
    double zoom() const;
    /**
     * Left-button drags pan (browsing) or go to the items (editing). A click still selects;
     * the middle button always pans.
     */
    void setLeftButtonPans(bool pans) { m_leftPans = pans; }

signals:
    void zoomed();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    friend class CommunityDiagramView;
    LegendOverlay *m_legend = nullptr;
    bool m_leftPans = true;
    bool m_autoFit = true; ///< keep fitting on resize until the user zooms or pans
    QRectF m_contentBounds;
    bool m_mayPan = false; ///< a pan button is down; it becomes a pan once the mouse moves
    bool m_panning = false;
    QPoint m_panFrom;
};

/**
 * The community diagram page (社区网格图): big grids as regions holding their small grids,
 * compounds and buildings as labelled blocks, optionally over an imported plan. Zoom, pan,
 * fit, a legend, four colourings, edit mode (drag buildings; move, add and remove grid
 * corners), a list of buildings whose grid disagrees with the ledger with a fix for either
 * side, import of a backdrop, export to PNG/SVG/PDF and print.
 *
 * Selecting a building or small grid emits buildingSelected / smallGridSelected, so the
 * ledger pages can follow; selectBuilding / selectSmallGrid do the reverse.
 */
class CommunityDiagramView : public QWidget {
    Q_OBJECT
public:
    /**
     * Shows community `communityId` of the ledger on `db` (0: the first). Edits go on
     * `undoStack` (the document's; a private one if null); errors to `notifier` (message
     * boxes if null).
     */
    explicit CommunityDiagramView(QSqlDatabase db, qint64 communityId = 0,
                                  QUndoStack *undoStack = nullptr, Notifier *notifier = nullptr,
                                  QWidget *parent = nullptr);
    ~CommunityDiagramView() override;

    DiagramModel *model() const { return m_model; }
    CommunityDiagramScene *scene() const { return m_scene; }
    DiagramGraphicsView *graphicsView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Shows another community. */
    Status setCommunity(qint64 communityId);
    /** Reads everything again (after the ledger changed elsewhere). */
    Status reload();

    /** Imports a backdrop image file; a bad file is refused with a message, nothing changes. */
    Status importBackdrop(const QString &path);
    /** Writes the diagram page (title, date, legend) to a .png, .svg or .pdf file. */
    Status exportTo(const QString &path);
    /** The page export and print draw. */
    DiagramPage page() const;

    /** The fixes offered for a flagged building. */
    Status assignToDiagramGrid(qint64 buildingId);
    Status moveIntoLedgerGrid(qint64 buildingId);

    void setEditing(bool editing);

public slots:
    void selectBuilding(qint64 buildingId);
    void selectSmallGrid(qint64 smallGridId);
    void fitAll();

signals:
    void buildingSelected(qint64 buildingId);
    void smallGridSelected(qint64 smallGridId);
    /** A building was double-clicked: show its building view. */
    void buildingActivated(qint64 buildingId);

private:
    void buildUi();
    void refreshMismatches();
    void refreshLegend();
    void showMessage(const QString &message);
    void reportError(const Error &error);
    void chooseBackdrop();
    void chooseExport();
    void print();
    void colouringChosen();

    DiagramModel *m_model = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Notifier *m_notifier = nullptr;
    std::unique_ptr<Notifier> m_ownNotifier;
    CommunityDiagramScene *m_scene = nullptr;
    DiagramGraphicsView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_community = nullptr;
    QComboBox *m_colouring = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_mismatchPanel = nullptr;
    QListWidget *m_mismatches = nullptr;
    QPushButton *m_fixLedger = nullptr;
    QPushButton *m_fixDiagram = nullptr;
    QAction *m_editAction = nullptr;
};

} // namespace gridbook
