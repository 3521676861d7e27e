// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVariant>

#include <optional>

namespace gridbook {

/**
 * What one user action changed in the ledger, row by row, so that the action can be undone
 * and redone without running its rules again: for each watched record its whole row before
 * and after (or "did not exist").
 *
 * An undo command watches the rows it is about to change, lets the repositories do the work
 * (they own the rules and the validation), then captures the rows as they are now. Undo
 * writes the "before" rows back, redo the "after" rows: rows that did not exist are deleted,
 * rows that did are re-inserted with their old id and uid, rows that existed on both sides
 * are updated. A record created by the action and then undone never happened, so it is
 * deleted rather than archived; everything else keeps its soft-delete history.
 *
 * updated_at of rows written by undo or redo moves forward (never back), so that "the newer
 * version wins" stays true when laptops merge their files. Rows are written in the order
 * their tables were first watched (parents first); deletions run in reverse.
 */
class ChangeSet {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ChangeSet)
public:
    explicit ChangeSet(RecordStore store);

    /** Remembers record `id` of `table` as it is now (or that it does not exist). */
    Status watch(const QString &table, qint64 id);

    /**
     * Remembers every row of `table` whose `column` equals `value` (archived ones too), and
     * makes capture() also pick up rows that match afterwards (created by the action).
     */
    Status watchWhere(const QString &table, const QString &column, const QVariant &value);

    /** Records that the action created record `id` of `table` (it did not exist before). */
    void created(const QString &table, qint64 id);

    /** Reads the state after the action of everything watched. */
    Status capture();

    /** Writes the rows as they were before the action (undo). */
    Status restoreBefore() const;
    /** Writes the rows as they were after the action (redo). */
    Status restoreAfter() const;

    /** True if the action changed nothing (after capture()). */
    bool isEmpty() const;

    /** The tables touched, in watch order. */
    QStringList tables() const;
    /** The ids of `table`'s rows that changed. */
    QList<qint64> changedIds(const QString &table) const;

private:
    struct TableRows {
        QString table;
        QMap<qint64, std::optional<Record>> before;
        QMap<qint64, std::optional<Record>> after;
        QList<QPair<QString, QVariant>> wheres;
    };

    TableRows &rowsOf(const QString &table);
    Result<std::optional<Record>> read(const QString &table, qint64 id) const;
    Result<QList<qint64>> idsWhere(const QString &table, const QString &column,
                                   const QVariant &value) const;
    Status write(bool after) const;

    RecordStore m_store;
    QList<TableRows> m_tables;
    bool m_captured = false;
};

} // namespace gridbook
