// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "items/IdListReceiver.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace gridbook {

class IdListWorker;

/**
 * Runs id list queries (ResidentQuery::run, HouseholdQuery::run) on a worker thread with its
 * own read-only connection to the ledger file, so that a long list never freezes the window.
 * A new job cancels the one before it: SQLite is interrupted through its progress handler and
 * whatever the old job still delivers is dropped. Results arrive on the loader's thread as
 * queued signals tagged with the job's generation.
 *
 * The ledger must be a file: an in-memory ledger cannot be opened a second time (models fall
 * back to running their queries in place).
 */
class IdListLoader : public QObject {
    Q_OBJECT
public:
    /** A list query bound to its values; runs on the worker's connection. */
    using Job = std::function<Status(const QSqlDatabase &db, IdListReceiver &receiver)>;

    /** The worker opens `databasePath` (read-only, not migrated) at its first job. */
    explicit IdListLoader(QString databasePath, QObject *parent = nullptr);
    ~IdListLoader() override;

    /** Starts `job` and cancels any earlier one. Returns the job's generation (> 0). */
    quint64 start(Job job);
    /** Cancels the current job; nothing more is delivered for it. */
    void cancel();
    /** The generation of the latest job (0 before the first or after cancel()). */
    quint64 generation() const { return m_latest->load(); }

    /** True if a ledger at `path` can be opened a second time (it is a file). */
    static bool canLoad(const QString &path);

signals:
    /** The next ids of job `generation`, in order; the first call may be empty. */
    void idsReceived(quint64 generation, const QList<qint64> &ids);
    /** The number of ids job `generation` will deliver, known before its end. */
    void countReceived(quint64 generation, qint64 count);
    /** Job `generation` ended; on failure `message` is for the user, `details` for a box. */
    void finished(quint64 generation, bool ok, const QString &message, const QString &details);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_next = 0;
    QThread m_thread;
    IdListWorker *m_worker = nullptr;
};

} // namespace gridbook
