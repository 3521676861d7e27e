// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/BuildingPlan.h"
#include "diagram/DiagramPage.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace gridbook {

/**
 * Lays out and paints a building as floors (rows, top floor first) by units (columns), one
 * cell per dwelling: the head of household's name on the household's colour, an empty
 * dwelling left white. The building view, print and export all paint through here.
 */
class BuildingRenderer {
    Q_DECLARE_TR_FUNCTIONS(gridbook::BuildingRenderer)
public:
    static constexpr double kCellWidth = 96;
    static constexpr double kCellHeight = 44;
    static constexpr double kFloorLabelWidth = 46;
    static constexpr double kHeaderHeight = 30;
    static constexpr double kUnitGap = 14;
    static constexpr double kMargin = 10;

    explicit BuildingRenderer(const BuildingPlan &plan);

    const BuildingPlan &plan() const { return m_plan; }
    /** The drawing's size at scale 1. */
    QSizeF size() const { return m_size; }
    /** Cells laid out: one per dwelling, in plan().dwellings order. */
    qsizetype cellCount() const { return m_cells.size(); }
    QRectF cellRect(qsizetype dwellingIndex) const { return m_cells.value(dwellingIndex); }
    /** The dwelling whose cell holds `point`, or -1. */
    int dwellingAt(QPointF point) const;

    /** Paints the plan at (0, 0); `hovered` (a dwelling index) is outlined. */
    void draw(QPainter *painter, int hovered = -1) const;

    /** The fill of a dwelling's cell. */
    QColor cellColour(const PlanDwelling &dwelling) const;

    /** The prompt shown instead of an empty drawing (empty if there are dwellings). */
    static QString missingStructurePrompt(const BuildingPlan &plan);

    /** A printable page: title, date, the building and the colour legend. */
    DiagramPage page() const;

private:
    void layout();

    BuildingPlan m_plan;
    QList<QRectF> m_cells;
    QList<QPair<QRectF, QString>> m_unitHeaders;
    QList<QPair<QRectF, QString>> m_floorLabels;
    QSizeF m_size;
};

} // namespace gridbook
