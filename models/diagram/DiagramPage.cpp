// SPDX-License-Identifier: MIT
#include "diagram/DiagramPage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace gridbook {

namespace {

QFont fontOf(double pixelSize, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, int(pixelSize)));
    f.setBold(bold);
    return f;
}

} // namespace

QSizeF DiagramPageRenderer::legendSize(const QString &title, const QList<LegendEntry> &entries,
                                       double unit)
{
    const QFontMetricsF titleMetrics(fontOf(unit * 1.1, true));
    const QFontMetricsF metrics(fontOf(unit));
    double width = titleMetrics.horizontalAdvance(title);
    for (const LegendEntry &e : entries)
        width = std::max(width, unit * 2.2 + metrics.horizontalAdvance(e.text));
    const double height =
        unit * 0.8 + titleMetrics.height() + entries.size() * unit * 1.6 + unit * 0.4;
    return {width + unit * 1.6, height};
}

QRectF DiagramPageRenderer::drawLegend(QPainter *painter, QPointF topLeft, const QString &title,
                                       const QList<LegendEntry> &entries, double unit)
{
    const QSizeF size = legendSize(title, entries, unit);
    const QRectF box(topLeft, size);
    painter->save();
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), std::max(1.0, unit * 0.08)));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, unit * 0.4, unit * 0.4);
    double y = box.top() + unit * 0.5;
    painter->setFont(fontOf(unit * 1.1, true));
    const QFontMetricsF titleMetrics(painter->font());
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(QRectF(box.left() + unit * 0.8, y, size.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    y += titleMetrics.height() + unit * 0.3;
    painter->setFont(fontOf(unit));
    for (const LegendEntry &e : entries) {
        const QRectF swatch(box.left() + unit * 0.8, y + unit * 0.2, unit * 1.1, unit * 1.1);
        if (e.outline) {
            painter->setBrush(Qt::white);
            painter->setPen(QPen(e.colour, std::max(1.0, unit * 0.2)));
        } else {
            painter->setBrush(e.colour);
            painter->setPen(QPen(QColor(0x50, 0x50, 0x50), std::max(0.5, unit * 0.06)));
        }
        painter->drawRect(swatch);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(swatch.right() + unit * 0.5, y, size.width(), unit * 1.5),
                          Qt::AlignLeft | Qt::AlignVCenter, e.text);
        y += unit * 1.6;
    }
    painter->restore();
    return box;
}

void DiagramPageRenderer::render(QPainter *painter, const QRectF &target, const DiagramPage &page)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(target, Qt::white);
    // Everything is sized from the page's shorter side, so a PNG, an A4 PDF and a printer page
    // of any resolution look the same.
    const double unit = std::min(target.width(), target.height()) / 70.0;
    const double margin = unit * 2.5;
    QRectF inner = target.adjusted(margin, margin, -margin, -margin);

    painter->setPen(QColor(0x10, 0x10, 0x10));
    painter->setFont(fontOf(unit * 2.0, true));
    const double titleHeight = QFontMetricsF(painter->font()).height();
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, page.title);
    painter->setFont(fontOf(unit * 1.1));
    const double lineHeight = QFontMetricsF(painter->font()).height();
    const QString date = QLocale().toString(page.date, QLocale::LongFormat);
    painter->setPen(QColor(0x50, 0x50, 0x50));
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight),
                      Qt::AlignRight | Qt::AlignVCenter, tr("Date: %1").arg(date));
    double top = inner.top() + titleHeight + unit * 0.3;
    if (!page.subtitle.isEmpty()) {
        painter->drawText(QRectF(inner.left(), top, inner.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, page.subtitle);
        top += lineHeight;
    }
    top += unit * 0.6;
    painter->setPen(QPen(QColor(0x60, 0x60, 0x60), std::max(0.5, unit * 0.06)));
    painter->drawLine(QPointF(inner.left(), top), QPointF(inner.right(), top));
    top += unit * 0.8;
    inner.setTop(top);

    // The legend goes to the right of the drawing on a wide page, below it on a tall one.
    const QSizeF legend = legendSize(page.legendTitle, page.legend, unit);
    const bool wide = inner.width() - legend.width() > inner.height() - legend.height();
    QRectF content = inner;
    QPointF legendAt;
    if (page.legend.isEmpty()) {
        // nothing to place
    } else if (wide) {
        content.setRight(inner.right() - legend.width() - unit);
        legendAt = QPointF(inner.right() - legend.width(), inner.top());
    } else {
        content.setBottom(inner.bottom() - legend.height() - unit);
        legendAt = QPointF(inner.left(), inner.bottom() - legend.height());
    }

    if (page.drawContent && page.contentSize.width() > 0 && page.contentSize.height() > 0) {
        const double scale = std::min(content.width() / page.contentSize.width(),
                                      content.height() / page.contentSize.height());
        const QSizeF drawn = page.contentSize * scale;
        painter->save();
        painter->translate(content.left() + (content.width() - drawn.width()) / 2,
                           content.top() + (content.height() - drawn.height()) / 2);
        painter->scale(scale, scale);
        painter->setClipRect(QRectF(QPointF(0, 0), page.contentSize));
        page.drawContent(painter);
        painter->restore();
    }
    if (!page.legend.isEmpty())
        drawLegend(painter, legendAt, page.legendTitle, page.legend, unit);
    painter->restore();
}

} // namespace gridbook
