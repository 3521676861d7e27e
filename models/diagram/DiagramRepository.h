// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/DiagramColouring.h"
#include "diagram/DiagramData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * All SQL of the community diagram: reading a community's geometry in a few queries (never one
 * per building), the per-building numbers the colouring modes show, and the writes behind the
 * diagram's undo commands. Writes go through RecordStore, so updated_at moves and every write
 * nests as a savepoint in the caller's transaction.
 */
class DiagramRepository {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramRepository)
public:
    /** Limits on an imported backdrop image. */
    static constexpr qint64 kMaxBackdropBytes = 40LL * 1024 * 1024;
    static constexpr qint64 kMaxBackdropPixels = 50LL * 1000 * 1000;

    /** Which table an outline belongs to. */
    enum class Shape { BigGrid, SmallGrid, Compound };

    explicit DiagramRepository(QSqlDatabase db);

    /** Live communities, by id: (id, name). */
    Result<QList<QPair<qint64, QString>>> communities() const;

    /** The diagram of one community: grids, compounds, buildings and the backdrop placement. */
    Result<DiagramData> load(qint64 communityId) const;

    /**
     * Per-building numbers for a colouring mode, computed in SQL: households with a care
     * category, open service requests, or households not visited since `asOf` - `days`.
     * Buildings with nothing to count are absent. ByGrid gives an empty map.
     */
    Result<QHash<qint64, int>> metrics(qint64 communityId, DiagramColouring::Mode mode, int days,
                                       QDate asOf) const;

    /** Stores an outline (validated first; an invalid one is refused with the reason). */
    Status setOutline(Shape shape, qint64 id, const QPolygonF &outline);
    /** Clears an outline (back to "not drawn"). */
    Status clearOutline(Shape shape, qint64 id);
    /** Places a building; a null rect removes it from the diagram. */
    Status setBuildingRect(qint64 buildingId, const QRectF &rect);
    /** The ledger side of a grid fix: which small grid the building belongs to (0: none). */
    Status setBuildingGrid(qint64 buildingId, qint64 smallGridId);
    /** The building's small grid in the ledger (0: none). */
    Result<qint64> buildingGrid(qint64 buildingId) const;

    /**
     * Checks a backdrop file and reads what it is, without storing anything: refused with a
     * clear message if it is missing, empty, too big, not PNG or JPEG, or cannot be decoded.
     */
    struct BackdropFile {
        QByteArray bytes;
        QString format; ///< "png" or "jpeg"
        QSize size;
        QString fileName;
    };
    static Result<BackdropFile> readBackdropFile(const QString &path);
    static Result<BackdropFile> checkBackdropBytes(const QByteArray &bytes,
                                                   const QString &fileName);

    /**
     * Stores a checked backdrop for a community, placed over `placement` (diagram metres),
     * archiving the previous one. Returns the new backdrop's id.
     */
    Result<qint64> addBackdrop(qint64 communityId, const BackdropFile &file,
                               const QRectF &placement, double opacity = 0.5);
    /** Archives / restores a backdrop row (for undo). */
    Status archiveBackdrop(qint64 backdropId);
    Status restoreBackdrop(qint64 backdropId);
    /** The live backdrop's id of a community, 0 if none. */
    Result<qint64> liveBackdrop(qint64 communityId) const;
    /** Moves and scales a backdrop. */
    Status setBackdropPlacement(qint64 backdropId, const QRectF &placement, double opacity);
    /** The decoded image, scaled down to at most `maxSide` pixels on its longer side. */
    Result<QImage> backdropImage(qint64 backdropId, int maxSide = 4096) const;

    static QString tableOf(Shape shape);

private:
    QSqlDatabase m_db;
};

} // namespace gridbook
