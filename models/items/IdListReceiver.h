// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace gridbook {

/**
 * Receives the ids of a list query (ResidentQuery, HouseholdQuery) as they come, in order,
 * and may stop it. The first call to received() carries the first screen of rows — possibly
 * none — as soon as it is known; later calls append. A long list may be counted before it is
 * complete (counted()), so that "共 N 人" can be shown while the rest still streams in.
 * cancelled() is polled while SQLite works: returning true stops the query.
 */
class IdListReceiver {
public:
    virtual ~IdListReceiver() = default;
    /** The next ids, in order. Called at least once, the first time possibly empty. */
    virtual void received(const QList<qint64> &ids) = 0;
    /** The number of ids the list will have, when known before the list is complete. */
    virtual void counted(qint64 total) { Q_UNUSED(total) }
    /** True once the list is no longer wanted; the query then ends with an error. */
    virtual bool cancelled() const { return false; }
};

/** Collects the whole list: for synchronous callers (tests, the CLI, exports). */
class IdListCollector : public IdListReceiver {
public:
    void received(const QList<qint64> &ids) override { m_ids += ids; }
    const QList<qint64> &ids() const & { return m_ids; }
    QList<qint64> takeIds() { return std::move(m_ids); }

private:
    QList<qint64> m_ids;
};

} // namespace gridbook
