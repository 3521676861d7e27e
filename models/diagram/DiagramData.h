// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace gridbook {

/** A big grid (大网格) or small grid (小网格) on the diagram. */
struct GridShape {
    qint64 id = 0;
    qint64 bigGridId = 0; ///< for a small grid: its big grid; 0 for a big grid
    QString code;
    QString name;
    QPolygonF outline; ///< empty: not drawn yet (a big grid then shows its small grids' union)
};

/** A compound (小区) block. */
struct CompoundShape {
    qint64 id = 0;
    QString name;
    QPolygonF outline;
};

/** A building (楼栋) on the diagram. */
struct BuildingShape {
    qint64 id = 0;
    qint64 compoundId = 0;
    qint64 smallGridId = 0; ///< the ledger's grid; 0 if none
    QString name;
    int floors = 0;
    int units = 0;
    int dwellings = 0;
    int households = 0;
    QRectF rect; ///< footprint in diagram metres; null: not placed yet

    bool isPlaced() const { return !rect.isNull(); }
};

/** The plan image under the diagram, without its pixels. */
struct BackdropInfo {
    qint64 id = 0; ///< 0: no backdrop
    QString format;
    QString fileName;
    int pixelWidth = 0;
    int pixelHeight = 0;
    QRectF placement; ///< where the image lies, in diagram metres
    double opacity = 0.5;
};

/** Everything the community diagram draws, read in a handful of queries. */
struct DiagramData {
    qint64 communityId = 0;
    QString communityName;
    QList<GridShape> bigGrids;
    QList<GridShape> smallGrids;
    QList<CompoundShape> compounds;
    QList<BuildingShape> buildings;
    BackdropInfo backdrop;

    const GridShape *smallGrid(qint64 id) const
    {
        for (const GridShape &g : smallGrids)
            if (g.id == id)
                return &g;
        return nullptr;
    }
    const GridShape *bigGrid(qint64 id) const
    {
        for (const GridShape &g : bigGrids)
            if (g.id == id)
                return &g;
        return nullptr;
    }
    const BuildingShape *building(qint64 id) const
    {
        for (const BuildingShape &b : buildings)
            if (b.id == id)
                return &b;
        return nullptr;
    }
    BuildingShape *building(qint64 id)
    {
        for (BuildingShape &b : buildings)
            if (b.id == id)
                return &b;
        return nullptr;
    }
    const CompoundShape *compound(qint64 id) const
    {
        for (const CompoundShape &c : compounds)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    /** The bounding box of everything placed (and the backdrop). */
    QRectF bounds() const
    {
        QRectF r = backdrop.id ? backdrop.placement : QRectF();
        for (const GridShape &g : bigGrids)
            r = r.united(g.outline.boundingRect());
        for (const GridShape &g : smallGrids)
            r = r.united(g.outline.boundingRect());
        for (const CompoundShape &c : compounds)
            r = r.united(c.outline.boundingRect());
        for (const BuildingShape &b : buildings)
            if (b.isPlaced())
                r = r.united(b.rect);
        return r;
    }
};

} // namespace gridbook
