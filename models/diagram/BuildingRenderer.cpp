// SPDX-License-Identifier: MIT
#include "diagram/BuildingRenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QMap>
#include <QPainter>

#include <algorithm>

namespace gridbook {

namespace {

QFont pixelFont(int size, bool bold = false)
{
    QFont f;
    f.setPixelSize(size);
    f.setBold(bold);
    return f;
}

constexpr int kNoFloorRow = -100000; // sorts below every real floor

} // namespace

BuildingRenderer::BuildingRenderer(const BuildingPlan &plan) : m_plan(plan)
{
    layout();
}

void BuildingRenderer::layout()
{
    m_cells = QList<QRectF>(m_plan.dwellings.size());
    if (m_plan.dwellings.isEmpty()) {
        m_size = QSizeF(kMargin * 2 + kFloorLabelWidth + kCellWidth, kMargin * 2 + kHeaderHeight);
        return;
    }
    // Rows: every floor from the top floor (recorded or seen on a dwelling) down to the lowest,
    // so a floor without dwellings shows as a gap rather than vanishing; then a row for
    // dwellings recorded without a floor.
    int top = m_plan.floors;
    int bottom = 1;
    bool noFloor = false;
    for (const PlanDwelling &d : m_plan.dwellings) {
        if (!d.hasFloor) {
            noFloor = true;
            continue;
        }
        top = std::max(top, d.floor);
        bottom = std::min(bottom, d.floor);
    }
    QList<int> rows;
    for (int f = top; f >= bottom; --f)
        if (f != 0 || bottom < 0) // there is no floor 0 in Chinese numbering unless basements
            rows.append(f);
    if (noFloor)
        rows.append(kNoFloorRow);
    QHash<int, int> rowOf;
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(rows[i], i);

    // Columns: per unit, as many as the most dwellings on one of its floors.
    QHash<qint64, int> unitOf;
    for (int u = 0; u < m_plan.units.size(); ++u)
        unitOf.insert(m_plan.units[u].id, u);
    QList<QMap<int, QList<int>>> perUnitFloor(m_plan.units.size()); // unit -> floor -> dwellings
    for (int i = 0; i < m_plan.dwellings.size(); ++i) {
        const PlanDwelling &d = m_plan.dwellings[i];
        const int u = unitOf.value(d.unitId, int(m_plan.units.size()) - 1);
        perUnitFloor[u][d.hasFloor ? d.floor : kNoFloorRow].append(i);
    }
    double x = kMargin + kFloorLabelWidth;
    const double y0 = kMargin + kHeaderHeight;
    m_unitHeaders.clear();
    for (int u = 0; u < m_plan.units.size(); ++u) {
        int places = 0;
        for (const QList<int> &list : std::as_const(perUnitFloor[u]))
            places = std::max(places, int(list.size()));
        if (places == 0)
            places = 1; // a unit without dwellings keeps a narrow, empty column
        const double width = places * kCellWidth;
        m_unitHeaders.append({QRectF(x, kMargin, width, kHeaderHeight - 4), m_plan.units[u].name});
        for (auto it = perUnitFloor[u].constBegin(); it != perUnitFloor[u].constEnd(); ++it) {
            const int row = rowOf.value(it.key());
            for (int s = 0; s < it.value().size(); ++s)
                m_cells[it.value()[s]] =
                    QRectF(x + s * kCellWidth, y0 + row * kCellHeight, kCellWidth, kCellHeight);
        }
        x += width + kUnitGap;
    }
    m_floorLabels.clear();
    for (int i = 0; i < rows.size(); ++i)
        m_floorLabels.append(
            {QRectF(kMargin, y0 + i * kCellHeight, kFloorLabelWidth - 6, kCellHeight),
             rows[i] == kNoFloorRow ? tr("No floor") : tr("%1F").arg(rows[i])});
    m_size = QSizeF(x - kUnitGap + kMargin, y0 + rows.size() * kCellHeight + kMargin);
}

int BuildingRenderer::dwellingAt(QPointF point) const
{
    for (int i = 0; i < m_cells.size(); ++i)
        if (m_cells[i].contains(point))
            return i;
    return -1;
}

QColor BuildingRenderer::cellColour(const PlanDwelling &dwelling) const
{
    if (dwelling.households.isEmpty())
        return HouseholdColourScheme::emptyColour();
    const int rule = dwelling.households.first().rule;
    if (rule < 0 || rule >= m_plan.scheme.rules().size())
        return HouseholdColourScheme::unmatchedColour();
    return m_plan.scheme.rules()[rule].colour;
}

void BuildingRenderer::draw(QPainter *painter, int hovered) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setPen(QColor(0x30, 0x30, 0x30));
    painter->setFont(pixelFont(14, true));
    for (const auto &[rect, name] : m_unitHeaders) {
        painter->fillRect(rect, QColor(0xe8, 0xec, 0xf2));
        painter->drawText(rect, Qt::AlignCenter, name);
    }
    painter->setFont(pixelFont(12));
    painter->setPen(QColor(0x50, 0x50, 0x50));
    for (const auto &[rect, label] : m_floorLabels)
        painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, label);

    const QFont roomFont = pixelFont(10);
    const QFont nameFont = pixelFont(14, true);
    for (int i = 0; i < m_cells.size(); ++i) {
        const PlanDwelling &d = m_plan.dwellings[i];
        const QRectF cell = m_cells[i].adjusted(2, 2, -2, -2);
        const QColor fill = cellColour(d);
        painter->setBrush(fill);
        if (d.households.isEmpty())
            painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1, Qt::DashLine));
        else
            painter->setPen(QPen(fill.darker(140), 1));
        painter->drawRoundedRect(cell, 3, 3);
        const QColor text = fill.lightness() < 140 ? Qt::white : QColor(0x15, 0x15, 0x15);
        painter->setPen(d.households.isEmpty() ? QColor(0x90, 0x90, 0x90) : text);
        painter->setFont(roomFont);
        painter->drawText(cell.adjusted(4, 1, -4, -1), Qt::AlignLeft | Qt::AlignTop, d.room);
        if (!d.households.isEmpty()) {
            const PlanHousehold &h = d.households.first();
            QString name = h.headName.isEmpty() ? tr("(no head)") : h.headName;
            if (d.households.size() > 1)
                name += tr(" +%1").arg(d.households.size() - 1);
            painter->setFont(nameFont);
            const QString elided =
                QFontMetricsF(nameFont).elidedText(name, Qt::ElideRight, cell.width() - 8);
            painter->drawText(cell.adjusted(4, 10, -4, 0), Qt::AlignCenter, elided);
        }
        if (i == hovered) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(QColor(0x10, 0x60, 0xe0), 2.5));
            painter->drawRoundedRect(cell, 3, 3);
        }
    }
    painter->restore();
}

QString BuildingRenderer::missingStructurePrompt(const BuildingPlan &plan)
{
    if (plan.hasDwellings())
        return QString();
    if (plan.floors == 0 && plan.units.isEmpty())
        return tr("%1 has no floors or units recorded yet. Enter its floors, units and "
                  "dwellings in the building's form, and its households will show here.")
            .arg(plan.title());
    return tr("%1 has %2 floor(s) and %3 unit(s) recorded but no dwellings. Add its "
              "dwellings (rooms) in the building's form, and its households will show here.")
        .arg(plan.title())
        .arg(plan.floors)
        .arg(plan.units.size());
}

DiagramPage BuildingRenderer::page() const
{
    DiagramPage page;
    page.title = tr("%1 households").arg(m_plan.title());
    int occupied = 0;
    for (const PlanDwelling &d : m_plan.dwellings)
        occupied += d.households.isEmpty() ? 0 : 1;
    page.subtitle = tr("%1 · %2 dwellings, %3 lived in")
                        .arg(m_plan.communityName)
                        .arg(m_plan.dwellings.size())
                        .arg(occupied);
    page.legendTitle = tr("Household colours");
    page.legend = m_plan.scheme.legend();
    page.contentSize = m_size;
    const BuildingRenderer copy = *this;
    page.drawContent = [copy](QPainter *painter) { copy.draw(painter); };
    return page;
}

} // namespace gridbook
