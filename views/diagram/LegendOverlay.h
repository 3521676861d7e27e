// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramColouring.h"

#include <QList>
#include <QWidget>

namespace gridbook {

/**
 * The legend floating in a corner of a diagram, painted by the same code as the printed
 * legend (DiagramPageRenderer::drawLegend). Lets the mouse through.
 */
class LegendOverlay : public QWidget {
    Q_OBJECT
public:
    explicit LegendOverlay(QWidget *parent = nullptr);

    void setLegend(const QString &title, const QList<LegendEntry> &entries);
    QString title() const { return m_title; }
    const QList<LegendEntry> &entries() const { return m_entries; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<LegendEntry> m_entries;
    double m_unit = 12;
};

} // namespace gridbook
