// SPDX-License-Identifier: MIT
#include "diagram/LegendOverlay.h"

#include "diagram/DiagramPage.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gridbook {

LegendOverlay::LegendOverlay(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_unit = std::max(11.0, fontInfo().pixelSize() * 0.95);
}

void LegendOverlay::setLegend(const QString &title, const QList<LegendEntry> &entries)
{
    m_title = title;
    m_entries = entries;
    const QSizeF size = DiagramPageRenderer::legendSize(m_title, m_entries, m_unit);
    resize(int(std::ceil(size.width())) + 2, int(std::ceil(size.height())) + 2);
    update();
}

void LegendOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    DiagramPageRenderer::drawLegend(&painter, QPointF(1, 1), m_title, m_entries, m_unit);
}

} // namespace gridbook
