// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/DiagramColouring.h"
#include "diagram/DiagramData.h"
#include "diagram/DiagramRepository.h"
#include "diagram/GridConsistency.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace gridbook {

/**
 * The community diagram of one community as the scene and the undo commands see it: the data
 * read by DiagramRepository, the current colouring, and the consistency check. Every change
 * goes through here (the undo commands call the setters), is written to the database first
 * and then announced, so the scene's items re-sync from the model and never hold state of
 * their own.
 */
class DiagramModel : public QObject {
    Q_OBJECT
public:
    explicit DiagramModel(QSqlDatabase db, QObject *parent = nullptr);

    QSqlDatabase connection() const { return m_db; }
    DiagramRepository &repository() { return m_repository; }

    /** Reads community `communityId` (0: the first one) and its colouring numbers. */
    Status load(qint64 communityId = 0);
    /** Reads the same community again (after changes made elsewhere). */
    Status reload() { return load(m_data.communityId); }

    const DiagramData &data() const { return m_data; }
    qint64 communityId() const { return m_data.communityId; }
    const DiagramColouring &colouring() const { return m_colouring; }

    /** Changes the colouring; the numbers are counted again in SQL. */
    Status setColouring(DiagramColouring::Mode mode, int days = 90);
    /** The day "not visited for N days" counts back from (default today). */
    void setAsOf(QDate asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }

    const QList<GridMismatch> &mismatches() const { return m_mismatches; }
    bool isMismatched(qint64 buildingId) const { return m_mismatched.contains(buildingId); }

    // Changes, written to the database and then announced. Used by the undo commands.
    Status setBuildingRect(qint64 buildingId, const QRectF &rect);
    /** An empty outline clears it. */
    Status setOutline(DiagramRepository::Shape shape, qint64 id, const QPolygonF &outline);
    Status setBuildingGrid(qint64 buildingId, qint64 smallGridId);
    /** Re-reads the backdrop placement after the backdrop rows changed. */
    Status backdropRowsChanged();

    /** The current outline of a grid or compound. */
    QPolygonF outline(DiagramRepository::Shape shape, qint64 id) const;

signals:
    /** Everything was read again: rebuild the scene. */
    void reloaded();
    void buildingChanged(qint64 buildingId);
    void outlineChanged(gridbook::DiagramRepository::Shape shape, qint64 id);
    void backdropChanged();
    void colouringChanged();
    void mismatchesChanged();
    /** A write made by an undo command failed; `message` is for the user. */
    void writeFailed(const QString &message);

private:
    void checkConsistency();
    Status recount();

    QSqlDatabase m_db;
    DiagramRepository m_repository;
    DiagramData m_data;
    DiagramColouring m_colouring;
    DiagramColouring::Mode m_mode = DiagramColouring::Mode::ByGrid;
    int m_days = 90;
    QDate m_asOf = QDate::currentDate();
    QList<GridMismatch> m_mismatches;
    QHash<qint64, qint64> m_mismatched; // building -> diagram grid
};

} // namespace gridbook
