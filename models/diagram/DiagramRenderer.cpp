// SPDX-License-Identifier: MIT
#include "diagram/DiagramRenderer.h"

#include "diagram/DiagramGeometry.h"
#include "diagram/DiagramModel.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace gridbook {

namespace {

/** Fonts sized in metres: QFont takes whole pixels, so draw at 10x and scale the painter. */
void drawScaledText(QPainter *painter, const QRectF &rect, int flags, const QString &text,
                    double sizeMetres, bool bold = false)
{
    constexpr double k = 10.0;
    QFont font;
    font.setPixelSize(std::max(1, int(sizeMetres * k)));
    font.setBold(bold);
    painter->save();
    painter->setFont(font);
    painter->scale(1.0 / k, 1.0 / k);
    const QRectF scaled(rect.x() * k, rect.y() * k, rect.width() * k, rect.height() * k);
    painter->drawText(scaled, flags, text);
    painter->restore();
}

double textWidth(const QString &text, double sizeMetres, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, int(sizeMetres * 10.0)));
    font.setBold(bold);
    return QFontMetricsF(font).horizontalAdvance(text) / 10.0;
}

/** A label on a pale plate, so it stays readable over fills and the backdrop. */
void drawPlateLabel(QPainter *painter, QPointF centre, const QString &text, double size,
                    const QColor &colour, bool bold)
{
    const double w = textWidth(text, size, bold) + size * 0.6;
    const double h = size * 1.45;
    const QRectF plate(centre.x() - w / 2, centre.y() - h / 2, w, h);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 190));
    painter->drawRoundedRect(plate, size * 0.25, size * 0.25);
    painter->setPen(colour);
    drawScaledText(painter, plate, Qt::AlignCenter, text, size, bold);
    painter->restore();
}

} // namespace

DiagramRenderer::DiagramRenderer(const DiagramData &data, const DiagramColouring &colouring,
                                 QHash<qint64, qint64> mismatched)
    : m_data(data), m_colouring(colouring), m_mismatched(std::move(mismatched))
{
}

DiagramRenderer::DiagramRenderer(const DiagramModel &model)
    : m_data(model.data()), m_colouring(model.colouring())
{
    for (const GridMismatch &m : model.mismatches())
        m_mismatched.insert(m.buildingId, m.diagramGridId);
}

QPainterPath DiagramRenderer::bigGridRegion(const GridShape &bigGrid) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    if (bigGrid.outline.size() >= 3) {
        path.addPolygon(bigGrid.outline);
        path.closeSubpath();
        return path;
    }
    for (const GridShape &small : m_data.smallGrids) {
        if (small.bigGridId != bigGrid.id || small.outline.size() < 3)
            continue;
        QPainterPath piece;
        piece.addPolygon(small.outline);
        piece.closeSubpath();
        path = path.united(piece);
    }
    return path.simplified();
}

void DiagramRenderer::drawBackdrop(QPainter *painter, const QImage &image) const
{
    if (image.isNull() || !m_data.backdrop.id)
        return;
    painter->save();
    painter->setOpacity(m_data.backdrop.opacity);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(m_data.backdrop.placement, image);
    painter->restore();
}

void DiagramRenderer::drawBigGrid(QPainter *painter, const GridShape &grid,
                                  const QPainterPath &region) const
{
    if (region.isEmpty())
        return;
    const QColor colour = m_colouring.bigGridColour(grid.id);
    painter->save();
    QColor fill = colour;
    fill.setAlpha(28);
    painter->setBrush(fill);
    QPen pen(colour.darker(130), 3.0);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->drawPath(region);
    painter->restore();
}

void DiagramRenderer::drawSmallGrid(QPainter *painter, const GridShape &grid) const
{
    if (grid.outline.size() < 3)
        return;
    QColor fill = m_colouring.smallGridColour(grid.id);
    fill.setAlpha(m_data.backdrop.id ? 110 : 200);
    const QColor edge = m_colouring.bigGridColour(grid.bigGridId).darker(110);
    painter->save();
    painter->setBrush(fill);
    QPen pen(edge, 1.2, Qt::DashLine);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->drawPolygon(grid.outline);
    painter->restore();
}

void DiagramRenderer::drawGridLabel(QPainter *painter, const GridShape &grid, bool big,
                                    const QPainterPath &region, double pixelsPerMetre) const
{
    const double size = big ? kBigGridLabel : kSmallGridLabel;
    if (size * pixelsPerMetre < 4.0)
        return;
    if (big ? region.isEmpty() : grid.outline.size() < 3)
        return;
    const QColor colour = big ? m_colouring.bigGridColour(grid.id).darker(170)
                              : m_colouring.bigGridColour(grid.bigGridId).darker(200);
    drawPlateLabel(painter, labelCentre(grid, big, region), grid.name, size, colour, big);
}

QPointF DiagramRenderer::labelCentre(const GridShape &grid, bool big,
                                     const QPainterPath &region) const
{
    if (!big)
        return DiagramGeometry::interiorPoint(grid.outline);
    const double size = kBigGridLabel;
    const QSizeF plate(textWidth(grid.name, size, true) + size * 0.6, size * 1.45);
    auto fitsAt = [&](const QRectF &box) {
        const QPointF centre(box.left() + plate.width() / 2 + size * 0.4,
                             box.top() + plate.height() / 2 + size * 0.4);
        const QRectF r(centre - QPointF(plate.width() / 2, plate.height() / 2), plate);
        return std::pair{region.contains(r), centre};
    };
    if (const auto [fits, centre] = fitsAt(region.boundingRect()); fits)
        return centre;
    // The largest small grid of this big grid, at its top left corner or its middle.
    const GridShape *largest = nullptr;
    for (const GridShape &small : m_data.smallGrids)
        if (small.bigGridId == grid.id && small.outline.size() >= 3 &&
            (!largest ||
             DiagramGeometry::area(small.outline) > DiagramGeometry::area(largest->outline)))
            largest = &small;
    if (!largest)
        return region.boundingRect().center();
    if (const auto [fits, centre] = fitsAt(largest->outline.boundingRect()); fits)
        return centre;
    return DiagramGeometry::interiorPoint(largest->outline);
}

void DiagramRenderer::drawCompound(QPainter *painter, const CompoundShape &compound,
                                   double pixelsPerMetre) const
{
    if (compound.outline.size() < 3)
        return;
    painter->save();
    painter->setBrush(QColor(255, 253, 246, m_data.backdrop.id ? 120 : 215));
    painter->setPen(QPen(QColor(0x8a, 0x7e, 0x66), 0.8));
    painter->drawPolygon(compound.outline);
    if (kCompoundLabel * pixelsPerMetre >= 5.0) {
        const QRectF box = compound.outline.boundingRect();
        painter->setPen(QColor(0x4a, 0x40, 0x30));
        drawScaledText(painter,
                       QRectF(box.left() + 2, box.top() + 1, box.width() - 4, kCompoundLabel * 1.4),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, compound.name,
                       kCompoundLabel, true);
    }
    painter->restore();
}

void DiagramRenderer::drawBuilding(QPainter *painter, const BuildingShape &building, bool selected,
                                   double pixelsPerMetre) const
{
    if (!building.isPlaced())
        return;
    const QRectF r = building.rect;
    painter->save();
    painter->setBrush(m_colouring.buildingColour(building));
    const bool flagged = m_mismatched.contains(building.id);
    if (flagged)
        painter->setPen(QPen(DiagramColouring::mismatchColour(), 2.2));
    else if (selected)
        painter->setPen(QPen(QColor(0x10, 0x60, 0xe0), 2.0));
    else
        painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 0.5));
    painter->drawRect(r);
    const double size = std::min(kBuildingLabel, r.height() * 0.7);
    if (size * pixelsPerMetre >= 5.0) {
        const QColor fill = m_colouring.buildingColour(building);
        painter->setPen(fill.lightness() < 130 ? Qt::white : QColor(0x10, 0x10, 0x10));
        QString text = building.name;
        if (flagged)
            text += QStringLiteral(" !");
        drawScaledText(painter, r, Qt::AlignCenter | Qt::TextSingleLine, text, size, flagged);
    }
    painter->restore();
}

void DiagramRenderer::drawAll(QPainter *painter, const QImage &backdrop,
                              double pixelsPerMetre) const
{
    drawBackdrop(painter, backdrop);
    QHash<qint64, QPainterPath> regions;
    for (const GridShape &big : m_data.bigGrids) {
        regions.insert(big.id, bigGridRegion(big));
        drawBigGrid(painter, big, regions.value(big.id));
    }
    for (const GridShape &small : m_data.smallGrids)
        drawSmallGrid(painter, small);
    for (const CompoundShape &compound : m_data.compounds)
        drawCompound(painter, compound, pixelsPerMetre);
    for (const BuildingShape &building : m_data.buildings)
        drawBuilding(painter, building, false, pixelsPerMetre);
    for (const GridShape &small : m_data.smallGrids)
        drawGridLabel(painter, small, false, QPainterPath(), pixelsPerMetre);
    for (const GridShape &big : m_data.bigGrids)
        drawGridLabel(painter, big, true, regions.value(big.id), pixelsPerMetre);
}

DiagramPage DiagramRenderer::page(const QImage &backdrop) const
{
    DiagramPage page;
    page.title = tr("%1 grid diagram").arg(m_data.communityName);
    page.subtitle = tr("Colouring: %1 · %n building(s)", nullptr, int(m_data.buildings.size()))
                        .arg(m_colouring.title());
    page.legendTitle = m_colouring.title();
    page.legend = m_colouring.legend();
    const QRectF bounds = m_data.bounds().adjusted(-20, -20, 20, 20);
    page.contentSize = bounds.size();
    // Copies: the page may outlive this renderer (it is handed to a print dialog).
    const DiagramData data = m_data;
    const DiagramColouring colouring = m_colouring;
    const QHash<qint64, qint64> mismatched = m_mismatched;
    page.drawContent = [data, colouring, mismatched, backdrop, bounds](QPainter *painter) {
        painter->translate(-bounds.topLeft());
        painter->fillRect(bounds, QColor(0xf7, 0xf5, 0xf0));
        const double ppm = painter->worldTransform().m11();
        DiagramRenderer(data, colouring, mismatched).drawAll(painter, backdrop, ppm);
    };
    return page;
}

} // namespace gridbook
