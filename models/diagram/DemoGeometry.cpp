// SPDX-License-Identifier: MIT
#include "diagram/DemoGeometry.h"

#include "db/SqlErrors.h"
#include "db/TransactionGuard.h"
#include "diagram/DiagramGeometry.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gridbook {

namespace {

// Sizes in metres.
constexpr double kSlotWidth = 66;   // a column of buildings, building plus side gaps
constexpr double kSlotHeight = 34;  // a row, building plus front and back gaps
constexpr double kCompoundGap = 16; // the lane between two compounds in a shelf
constexpr double kStreet = 36;      // the street between two shelves
constexpr double kNameBand = 16;    // room for a compound's name above its first row
constexpr double kShelfHeight = DemoGeometry::kRows * kSlotHeight + kStreet;

struct Building {
    qint64 id = 0;
    qint64 compound = 0;
    qint64 grid = 0;
    int floors = 0;
    int units = 0;
};

/** One column of places in a shelf, in traversal order. */
struct Column {
    int compound = -1; ///< index into compounds; -1: a blank column (a square)
    bool firstOfCompound = false;
    double start = 0;        ///< tile start, traversal coordinates
    double content = 0;      ///< where the buildings' places begin (after a lane)
    double end = 0;          ///< tile end
    std::vector<int> places; ///< building index per row in traversal order, -1 empty
};

QSizeF footprint(const Building &b)
{
    const int units = std::max(1, b.units);
    if (b.floors > 7)
        return {std::min(60.0, 16.0 * units + 6.0), 20.0};
    return {std::min(60.0, 13.0 * units + 4.0), 12.0};
}

QRectF mirrored(const QRectF &r, double width, bool mirror)
{
    if (!mirror)
        return r;
    return QRectF(width - r.right(), r.top(), r.width(), r.height());
}

} // namespace

Status DemoGeometry::layOut(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT m.id FROM community m WHERE m.archived_at IS NULL AND NOT EXISTS ("
            "  SELECT 1 FROM compound c JOIN building b ON b.compound_id = c.id "
            "  WHERE c.community_id = m.id AND b.map_x IS NOT NULL) ORDER BY m.id")))
        return SqlErrors::fromQuery(q, QStringLiteral("find communities to lay out"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    TransactionGuard tx(db, QStringLiteral("lay out demo geometry"));
    if (!tx.ok())
        return tx.error();
    for (qint64 id : ids)
        if (Status s = layOutCommunity(db, id); !s)
            return s;
    return tx.commit();
}

Status DemoGeometry::layOutCommunity(QSqlDatabase db, qint64 communityId)
{
    const QString operation = QStringLiteral("lay out demo geometry");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT b.id, b.compound_id, ifnull(b.small_grid_id, 0), ifnull(b.floors, 0), "
        "  (SELECT count(*) FROM building_unit u WHERE u.building_id = b.id "
        "     AND u.archived_at IS NULL) "
        "FROM building b JOIN compound c ON c.id = b.compound_id AND c.archived_at IS NULL "
        "WHERE c.community_id = ? AND b.archived_at IS NULL "
        "ORDER BY b.compound_id, b.number, b.id"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    std::vector<Building> buildings;
    std::vector<qint64> compounds;
    std::vector<std::vector<int>> compoundBuildings;
    while (q.next()) {
        Building b{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                   q.value(3).toInt(), q.value(4).toInt()};
        if (compounds.empty() || compounds.back() != b.compound) {
            compounds.push_back(b.compound);
            compoundBuildings.emplace_back();
        }
        compoundBuildings.back().push_back(int(buildings.size()));
        buildings.push_back(b);
    }
    q.finish();
    if (buildings.empty())
        return {};

    // Shelves of whole compounds, about 1.3 times as wide as the community is tall.
    std::vector<int> columnsOf;
    double totalWidth = 0;
    for (const auto &list : compoundBuildings) {
        columnsOf.push_back(int(list.size() + kRows - 1) / kRows);
        totalWidth += columnsOf.back() * kSlotWidth + kCompoundGap;
    }
    const int shelfCount =
        std::max(1, int(std::lround(std::sqrt(totalWidth / (1.3 * kShelfHeight)))));
    const double targetWidth = totalWidth / shelfCount;
    std::vector<std::vector<Column>> shelves(1);
    double width = 0;
    for (std::size_t c = 0; c < compounds.size(); ++c) {
        const double need = columnsOf[c] * kSlotWidth + kCompoundGap;
        if (!shelves.back().empty() && width + need / 2 > targetWidth) {
            shelves.emplace_back();
            width = 0;
        }
        for (int k = 0; k < columnsOf[c]; ++k) {
            Column col;
            col.compound = int(c);
            col.firstOfCompound = k == 0;
            shelves.back().push_back(col);
        }
        width += need;
    }
    // An odd number of columns per shelf, so the snake leaves every shelf at its bottom
    // corner right above where the next shelf's snake begins: a blank square if needed.
    for (auto &shelf : shelves)
        if (shelf.size() % 2 == 0)
            shelf.push_back(Column{});
    double communityWidth = 0;
    for (auto &shelf : shelves) {
        double x = 0;
        for (std::size_t j = 0; j < shelf.size(); ++j) {
            Column &col = shelf[j];
            col.start = x;
            col.content = x + ((col.firstOfCompound && j > 0) ? kCompoundGap : 0.0);
            col.end = col.content + kSlotWidth;
            x = col.end;
        }
        communityWidth = std::max(communityWidth, x);
    }
    for (auto &shelf : shelves)
        shelf.back().end = communityWidth;

    // Walk the snake, putting each compound's buildings into its columns' places.
    std::vector<std::size_t> nextOf(compounds.size(), 0);
    for (auto &shelf : shelves)
        for (std::size_t j = 0; j < shelf.size(); ++j) {
            Column &col = shelf[j];
            col.places.assign(kRows, -1);
            if (col.compound < 0)
                continue;
            auto &next = nextOf[std::size_t(col.compound)];
            const auto &list = compoundBuildings[std::size_t(col.compound)];
            // Fill in walking order: down the even columns, up the odd ones.
            for (int step = 0; step < kRows && next < list.size(); ++step)
                col.places[std::size_t(j % 2 == 0 ? step : kRows - 1 - step)] = list[next++];
        }

    // Places: buildings, compound blocks, grid tiles.
    std::vector<QRectF> buildingRects(buildings.size());
    std::vector<QRectF> compoundRects(compounds.size());
    QHash<qint64, QPainterPath> gridArea;
    QList<qint64> gridOrder;
    qint64 currentGrid = 0;
    // Empty places before the first building belong to the first building's grid.
    for (const auto &shelf : shelves) {
        for (const auto &col : shelf)
            for (int slot : col.places)
                if (slot >= 0 && currentGrid == 0)
                    currentGrid = buildings[std::size_t(slot)].grid;
    }
    for (std::size_t s = 0; s < shelves.size(); ++s) {
        const bool mirror = s % 2 == 1;
        const double top = double(s) * kShelfHeight;
        const double rowsTop = top + kStreet / 2;
        for (std::size_t j = 0; j < shelves[s].size(); ++j) {
            const Column &col = shelves[s][j];
            const bool down = j % 2 == 0;
            for (int step = 0; step < kRows; ++step) {
                const int row = down ? step : kRows - 1 - step;
                const int slot = col.places[std::size_t(row)];
                const double rowTop = rowsTop + row * kSlotHeight;
                if (slot >= 0) {
                    const Building &b = buildings[std::size_t(slot)];
                    currentGrid = b.grid;
                    const QSizeF size = footprint(b);
                    const QRectF r(col.content + (kSlotWidth - size.width()) / 2,
                                   rowTop + (kSlotHeight - size.height()) / 2, size.width(),
                                   size.height());
                    buildingRects[std::size_t(slot)] = mirrored(r, communityWidth, mirror);
                }
                if (col.compound >= 0) {
                    const QRectF plot(col.content, rowTop, kSlotWidth, kSlotHeight);
                    QRectF &block = compoundRects[std::size_t(col.compound)];
                    block = block.united(mirrored(plot, communityWidth, mirror));
                }
                // The tile: this slot's share of the shelf, streets and lanes included.
                const double tileTop = row == 0 ? top : rowTop;
                const double tileBottom =
                    row == kRows - 1 ? top + kShelfHeight : rowTop + kSlotHeight;
                const QRectF tile(col.start, tileTop, col.end - col.start, tileBottom - tileTop);
                if (currentGrid > 0) {
                    if (!gridArea.contains(currentGrid))
                        gridOrder.append(currentGrid);
                    QPainterPath piece;
                    piece.addRect(mirrored(tile, communityWidth, mirror));
                    gridArea[currentGrid] = gridArea.value(currentGrid).united(piece);
                }
            }
        }
    }

    TransactionGuard tx(db, operation);
    if (!tx.ok())
        return tx.error();
    // The demo's own records: written directly, keeping the generator's timestamps.
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE building SET map_x = ?, map_y = ?, map_width = ?, "
                                  "map_height = ? WHERE id = ?"));
    for (std::size_t i = 0; i < buildings.size(); ++i) {
        const QRectF &r = buildingRects[i];
        update.addBindValue(r.x());
        update.addBindValue(r.y());
        update.addBindValue(r.width());
        update.addBindValue(r.height());
        update.addBindValue(buildings[i].id);
        if (!update.exec())
            return SqlErrors::fromQuery(update, operation);
    }
    update.prepare(QStringLiteral("UPDATE compound SET outline = ? WHERE id = ?"));
    for (std::size_t c = 0; c < compounds.size(); ++c) {
        const QRectF r = compoundRects[c].adjusted(3, 3 - kNameBand, -3, -3);
        update.addBindValue(DiagramGeometry::formatPolygon(QPolygonF(r).mid(0, 4)));
        update.addBindValue(compounds[c]);
        if (!update.exec())
            return SqlErrors::fromQuery(update, operation);
    }
    update.prepare(QStringLiteral("UPDATE small_grid SET outline = ? WHERE id = ?"));
    for (qint64 grid : std::as_const(gridOrder)) {
        // The tiles are edge to edge, so their union is one polygon; keep the largest piece
        // should a ledger not built by the generator give a grid scattered buildings.
        const QList<QPolygonF> pieces = gridArea.value(grid).simplified().toFillPolygons();
        QPolygonF best;
        for (const QPolygonF &piece : pieces) {
            const QPolygonF clean = DiagramGeometry::normalized(piece);
            if (DiagramGeometry::area(clean) > DiagramGeometry::area(best))
                best = clean;
        }
        if (!DiagramGeometry::validatePolygon(best))
            continue;
        update.addBindValue(DiagramGeometry::formatPolygon(best));
        update.addBindValue(grid);
        if (!update.exec())
            return SqlErrors::fromQuery(update, operation);
    }
    return tx.commit();
}

} // namespace gridbook
