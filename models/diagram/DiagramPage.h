// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramColouring.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace gridbook {

/**
 * One printed or exported page of a diagram: a title, the date, the drawing scaled to fit,
 * and a legend. The same page is painted for the printer, PDF, SVG and PNG, so they all look
 * alike; the drawing itself is painted by the same renderer the screen uses.
 */
struct DiagramPage {
    QString title;
    QString subtitle; ///< e.g. the community, the colouring
    QDate date = QDate::currentDate();
    QString legendTitle;
    QList<LegendEntry> legend;
    QSizeF contentSize; ///< the drawing's natural size, in its own units
    /** Paints the drawing into (0, 0, contentSize). */
    std::function<void(QPainter *)> drawContent;
};

/** Lays out and paints a DiagramPage onto any paint device. */
class DiagramPageRenderer {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramPageRenderer)
public:
    /** Paints `page` into `target` (device units of the painter). */
    static void render(QPainter *painter, const QRectF &target, const DiagramPage &page);

    /** Paints a legend box at `topLeft`; returns the rectangle it took. `unit` scales it. */
    static QRectF drawLegend(QPainter *painter, QPointF topLeft, const QString &title,
                             const QList<LegendEntry> &entries, double unit);
    /** The size drawLegend would take. */
    static QSizeF legendSize(const QString &title, const QList<LegendEntry> &entries, double unit);
};

} // namespace gridbook
