// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/BuildingPlan.h"
#include "diagram/BuildingRenderer.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;

namespace gridbook {

class LegendOverlay;
class Notifier;

/** The drawing of one building: cells painted by BuildingRenderer, hover and click. */
class BuildingPlanWidget : public QWidget {
    Q_OBJECT
public:
    explicit BuildingPlanWidget(QWidget *parent = nullptr);

    void setPlan(const BuildingPlan &plan);
    const BuildingRenderer *renderer() const { return m_renderer.get(); }
    /** The dwelling index under the mouse, -1 if none. */
    int hovered() const { return m_hovered; }

    QSize sizeHint() const override;

signals:
    /** A lived-in dwelling was clicked: open this household's form. */
    void householdActivated(qint64 householdId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::unique_ptr<BuildingRenderer> m_renderer;
    int m_hovered = -1;
};

/**
 * The building view (楼栋图): a building as floors by units, one cell per dwelling, coloured
 * by the household colour scheme (红橙绿银 by default) with the head of household's name;
 * empty dwellings white. Hover shows the members; a click emits householdActivated. A building
 * with no floors or units recorded shows a prompt instead of a blank.
 */
class BuildingView : public QWidget {
    Q_OBJECT
public:
    /**
     * Shows building `buildingId` (0: the first building of the first community) of the
     * ledger on `db`; errors to `notifier` (message boxes if null).
     */
    explicit BuildingView(QSqlDatabase db, qint64 buildingId = 0, Notifier *notifier = nullptr,
                          QWidget *parent = nullptr);
    ~BuildingView() override;

    qint64 buildingId() const { return m_plan.buildingId; }
    const BuildingPlan &plan() const { return m_plan; }
    BuildingPlanWidget *planWidget() const { return m_planWidget; }
    /** The prompt shown for a building without floors, units or dwellings ("" if none). */
    QString prompt() const;

    /** The day ages are counted on (the elderly rule); default today. */
    void setAsOf(QDate asOf);

    /** The page export and print draw. */
    DiagramPage page() const;
    Status exportTo(const QString &path);

public slots:
    /** Shows another building (and its community in the picker). */
    Status showBuilding(qint64 buildingId);
    /** Reads the building and the colour scheme again. */
    Status reload();

signals:
    void householdActivated(qint64 householdId);

private:
    void fillPicker(qint64 communityId);
    void editColours();
    void chooseExport();

    QSqlDatabase m_db;
    Notifier *m_notifier = nullptr;
    std::unique_ptr<Notifier> m_ownNotifier;
    QDate m_asOf = QDate::currentDate();
    BuildingPlan m_plan;
    qint64 m_pickerCommunity = -1;
    QComboBox *m_picker = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QScrollArea *m_scroll = nullptr;
    BuildingPlanWidget *m_planWidget = nullptr;
    LegendOverlay *m_legend = nullptr;
};

} // namespace gridbook
