// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListLoader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

namespace gridbook {

/**
 * Base of the big ledger tables (residents, households): a table over an ordered list of
 * record ids, of which only a few pages of rows are ever read.
 *
 * The list comes from a query (the subclass's listJob()) that returns ids only — a million
 * of them are 8 MB and come from SQLite in a fraction of a second. Row values are read by id, a
 * page of kPageSize rows at a time when a view first asks for one, and at most kMaxPages pages
 * are kept (least recently used ones are dropped). A page is about one screen: in name or age
 * order the rows of a page lie all over the file, and reading them (with their address and
 * code names) is what the first screen waits for.
 *
 * The list is loaded in place (synchronously) or, with setBackgroundLoading(true) on a ledger
 * file, on a worker thread: the rows shown stay until the new list's first screen arrives, the
 * rest of the list is appended as it streams in (rowsInserted), totalCount() follows; a newer
 * query cancels an older one.
 */
class IdListTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 64;
    static constexpr int kMaxPages = 32;

    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< the row's record id (qint64)
        ArchivedRole,                    ///< true for an archived record
        FirstSubclassRole = Qt::UserRole + 16
    };

    explicit IdListTableModel(QSqlDatabase db, QObject *parent = nullptr);
    ~IdListTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** The record id in `row`; 0 outside the list. */
    qint64 idAt(int row) const;
    /** The row of record `id` in the list loaded so far; -1 if it is not (yet) there. */
    int rowOf(qint64 id) const;
    /** The ids loaded so far, in order. */
    const QList<qint64> &ids() const { return m_ids; }

    /** How many records the query finds ("共 21,237 人"); -1 while still counting. */
    qint64 totalCount() const { return m_total; }
    /** True while a background query is running. */
    bool isLoading() const { return m_loading; }

    /**
     * Load lists on a worker thread (for the window). Needs a ledger file: for an in-memory
     * ledger the model keeps loading in place and this returns false.
     */
    bool setBackgroundLoading(bool background);
    bool backgroundLoading() const { return m_loader != nullptr; }

    /**
     * Runs the current query again (after the records changed). In place: returns its outcome;
     * in the background: returns at once, failures come through loadFailed().
     */
    Status reload();

    /** Forgets the rows read so far, keeping the list: for edits that change no order. */
    void invalidateRows();

    /** Rows currently held in memory (at most kMaxPages * kPageSize). For tests, benchmarks. */
    int cachedRowCount() const;
    /** Pages read from the database since the model was made. For tests, benchmarks. */
    qint64 pagesFetched() const { return m_pagesFetched; }

signals:
    void totalCountChanged(qint64 count);
    void loadingChanged(bool loading);
    /** The whole list of the latest query is in. */
    void listLoaded();
    /** A query or a page read failed: `message` for the user, `details` for a details box. */
    void loadFailed(const QString &message, const QString &details);

protected:
    using Job = IdListLoader::Job;

    /** The current query as a job that any thread can run on its own connection. */
    virtual Job listJob() const = 0;
    /**
     * The stored values of records `ids`, one list per id (any layout the subclass's
     * cellData() reads). Ids that no longer exist may be missing.
     */
    virtual Result<QHash<qint64, QVariantList>> fetchRows(const QList<qint64> &ids) const = 0;
    /** What data() returns for `role` of `column`, from the values fetchRows() gave. */
    virtual QVariant cellData(const QVariantList &values, int column, int role) const = 0;
    /** Whether the values fetchRows() gave mark an archived record. */
    virtual bool isArchived(const QVariantList &values) const = 0;

    /** Runs listJob() in place or in the background; see reload(). */
    Status startQuery();
    /** Tells views that every cell may show something else (e.g. masking changed). */
    void refreshCells();

    QSqlDatabase connection() const { return m_db; }

    /**
     * For fetchRows(): runs `sql`, whose one parameter is the ids as a JSON array (bound, never
     * spliced into the text) and whose columns are the record id then `fieldCount` values.
     */
    Result<QHash<qint64, QVariantList>> readRows(const QString &sql, const QList<qint64> &ids,
                                                 int fieldCount, const QString &operation) const;

private:
    struct Page {
        QList<QVariantList> rows; ///< in list order; empty list: the record is gone
        quint64 lastUse = 0;
    };

    const QVariantList *rowValues(int row) const;
    void setTotal(qint64 total);
    void setLoading(bool loading);
    void clearPages();
    void onIds(quint64 generation, const QList<qint64> &ids);
    void onCount(quint64 generation, qint64 count);
    void onFinished(quint64 generation, bool ok, const QString &message, const QString &details);

    QSqlDatabase m_db;
    QList<qint64> m_ids;
    qint64 m_total = 0;
    bool m_loading = false;
    std::unique_ptr<IdListLoader> m_loader;
    quint64 m_generation = 0;
    bool m_firstReceived = false;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable qint64 m_pagesFetched = 0;
};

} // namespace gridbook
