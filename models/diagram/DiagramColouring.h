// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/DiagramData.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace gridbook {

/** One line of a legend: a swatch and what it means. */
struct LegendEntry {
    QColor colour;
    QString text;
    bool outline = false; ///< drawn as a red outline (a flag), not a filled swatch
};

/**
 * How the community diagram colours its buildings, and the legend that goes with it. The
 * numbers come from DiagramRepository::metrics() (computed in SQL); this class only turns
 * them into colours.
 */
class DiagramColouring {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramColouring)
public:
    enum class Mode {
        ByGrid,         ///< each small grid its own shade of its big grid's hue
        CareHouseholds, ///< households with a care category (关爱对象), per building
        OpenRequests,   ///< open service requests (requested, dispatched, accepted)
        NotVisited,     ///< households not visited for `days` days
    };

    DiagramColouring() = default;
    DiagramColouring(Mode mode, const DiagramData &data, QHash<qint64, int> metric, int days = 0);

    Mode mode() const { return m_mode; }
    int days() const { return m_days; }
    /** The per-building numbers (empty for ByGrid). */
    const QHash<qint64, int> &metric() const { return m_metric; }

    /** Fill colour of a building. */
    QColor buildingColour(const BuildingShape &building) const;
    /** Fill colour of a small grid region (light), and of its big grid's border. */
    QColor smallGridColour(qint64 smallGridId) const;
    QColor bigGridColour(qint64 bigGridId) const;

    /** A title for the legend ("按网格", "关爱户数", ...). */
    QString title() const;
    QList<LegendEntry> legend() const;

    /** The display name of a mode, for a combo box. */
    static QString modeName(Mode mode);
    static QList<Mode> modes();

    /** The flag colour of buildings whose grid disagrees with the ledger. */
    static QColor mismatchColour() { return QColor(0xd0, 0x10, 0x10); }

private:
    int bucketOf(int value) const;

    Mode m_mode = Mode::ByGrid;
    int m_days = 0;
    QHash<qint64, int> m_metric;
    QHash<qint64, QColor> m_bigColours;
    QHash<qint64, QColor> m_smallColours;
    QList<QPair<qint64, QString>> m_bigNames;
    QList<int> m_upper; ///< upper bound of each non-zero bucket
};

} // namespace gridbook
