// SPDX-License-Identifier: MIT
#include "diagram/DiagramColouring.h"

#include <algorithm>
#include <cmath>

namespace gridbook {

namespace {

/** Bucket colours from "none" to "many": a sequential ramp that prints well in grey too. */
const QColor kRamp[] = {QColor(0xf4, 0xf1, 0xea), QColor(0xfd, 0xe0, 0xa8),
                        QColor(0xfc, 0xae, 0x61), QColor(0xf0, 0x6b, 0x3c),
                        QColor(0xc4, 0x2a, 0x22)};
constexpr int kBuckets = 4; // non-zero buckets

/** Distinct hues for the big grids; small grids vary the lightness within their hue. */
const int kHues[] = {210, 30, 130, 280, 0, 175, 55, 320, 95, 250};

} // namespace

DiagramColouring::DiagramColouring(Mode mode, const DiagramData &data, QHash<qint64, int> metric,
                                   int days)
    : m_mode(mode), m_days(days), m_metric(std::move(metric))
{
    int bigIndex = 0;
    for (const GridShape &big : data.bigGrids) {
        const int hue = kHues[bigIndex % int(std::size(kHues))];
        m_bigColours.insert(big.id, QColor::fromHsv(hue, 150, 170));
        m_bigNames.append({big.id, big.name});
        int smallIndex = 0;
        int smallCount = 0;
        for (const GridShape &small : data.smallGrids)
            smallCount += small.bigGridId == big.id ? 1 : 0;
        for (const GridShape &small : data.smallGrids) {
            if (small.bigGridId != big.id)
                continue;
            // Alternate light and darker shades so neighbouring small grids stand apart.
            const int value = 250 - (smallIndex % 3) * 22;
            const int saturation = 40 + (smallIndex * 37 % std::max(1, smallCount * 4)) % 60;
            m_smallColours.insert(small.id, QColor::fromHsv(hue, saturation, value));
            ++smallIndex;
        }
        ++bigIndex;
    }
    // Buckets of equal width over 1..max, rounded to whole numbers.
    int max = 0;
    for (int v : std::as_const(m_metric))
        max = std::max(max, v);
    if (max > 0) {
        const int width = std::max(1, int(std::ceil(max / double(kBuckets))));
        for (int i = 1; i <= kBuckets; ++i) {
            const int upper = std::min(max, i * width);
            if (m_upper.isEmpty() || upper > m_upper.last())
                m_upper.append(upper);
        }
    }
}

int DiagramColouring::bucketOf(int value) const
{
    if (value <= 0)
        return 0;
    for (int i = 0; i < m_upper.size(); ++i)
        if (value <= m_upper[i])
            return i + 1;
    return int(m_upper.size());
}

QColor DiagramColouring::buildingColour(const BuildingShape &building) const
{
    if (m_mode == Mode::ByGrid) {
        const QColor c = m_smallColours.value(building.smallGridId, QColor(0xc8, 0xc8, 0xc8));
        return QColor::fromHsv(c.hue(), std::min(255, c.saturation() + 90),
                               std::max(0, c.value() - 60));
    }
    return kRamp[std::min(kBuckets, bucketOf(m_metric.value(building.id)))];
}

QColor DiagramColouring::smallGridColour(qint64 smallGridId) const
{
    return m_smallColours.value(smallGridId, QColor(0xee, 0xee, 0xee));
}

QColor DiagramColouring::bigGridColour(qint64 bigGridId) const
{
    return m_bigColours.value(bigGridId, QColor(0x80, 0x80, 0x80));
}

QString DiagramColouring::modeName(Mode mode)
{
    switch (mode) {
    case Mode::ByGrid:
        return tr("By grid");
    case Mode::CareHouseholds:
        return tr("Households needing care");
    case Mode::OpenRequests:
        return tr("Open service requests");
    case Mode::NotVisited:
        return tr("Households not visited");
    }
    return QString();
}

QList<DiagramColouring::Mode> DiagramColouring::modes()
{
    return {Mode::ByGrid, Mode::CareHouseholds, Mode::OpenRequests, Mode::NotVisited};
}

QString DiagramColouring::title() const
{
    if (m_mode == Mode::NotVisited)
        return tr("Households not visited for %n day(s)", nullptr, m_days);
    return modeName(m_mode);
}

QList<LegendEntry> DiagramColouring::legend() const
{
    QList<LegendEntry> entries;
    if (m_mode == Mode::ByGrid) {
        for (const auto &[id, name] : m_bigNames)
            entries.append({m_bigColours.value(id), name, false});
    } else {
        entries.append({kRamp[0], tr("None"), false});
        int lower = 1;
        for (int i = 0; i < m_upper.size(); ++i) {
            const int upper = m_upper[i];
            const QString text =
                lower == upper ? QString::number(upper) : tr("%1–%2").arg(lower).arg(upper);
            entries.append({kRamp[std::min(kBuckets, i + 1)], text, false});
            lower = upper + 1;
        }
    }
    entries.append({mismatchColour(), tr("Grid differs from the ledger"), true});
    return entries;
}

} // namespace gridbook
