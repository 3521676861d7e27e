// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace gridbook {

/**
 * Every household's position in address order — compound name, building number, unit number,
 * floor, room (LedgerSql::addressOrder) — for one ledger file at one address generation
 * (migration 6). Households without a dwelling come after all housed ones, in id order, and a
 * resident without a household between the two, exactly as the address sort in SQL puts them.
 */
class AddressRanks {
public:
    /** Which ledger file, and which state of its addresses, the positions were read from. */
    struct Stamp {
        QString ledgerUid;
        qint64 generation = 0;
        bool operator==(const Stamp &) const = default;
    };

    AddressRanks(Stamp stamp, std::vector<qint32> byHousehold, qint32 housed);

    const Stamp &stamp() const { return m_stamp; }
    /** Households in address order (those with a dwelling). */
    qint32 housed() const { return m_housed; }
    /** Position by household id; -1: no dwelling, or not a household when they were read. */
    const std::vector<qint32> &byHousehold() const { return m_byHousehold; }
    /** The sort key of a resident's household; `hasHousehold` false: no household at all. */
    qint64 rankOf(qint64 householdId, bool hasHousehold) const;

private:
    Stamp m_stamp;
    std::vector<qint32> m_byHousehold; ///< position by household id; -1: no dwelling / unknown
    qint32 m_housed;
};

/**
 * Sorting a few thousand residents found by a search into address order needs, for each, its
 * household, dwelling, building, unit and compound: thousands of scattered page reads in a big
 * ledger. With the positions of the households in memory, the sort reads only the residents.
 *
 * The positions are built once per ledger file (about half a second for 500,000 households) on
 * a worker thread with its own connection, started the first time a list asks for them, and
 * kept while the file's address generation stands still (and the file is the same ledger). Until
 * they are ready, lists sort in SQL as before; the order is the same either way.
 */
class AddressRank {
public:
    /** The name of the SQL function install() defines: gridbook_address_rank(household_id). */
    static const char *const kFunction;

    /** The ledger's uid and address generation, read on `db`; nothing if it has no counter. */
    static std::optional<AddressRanks::Stamp> stamp(const QSqlDatabase &db);

    /**
     * The positions for `db`'s file if they are built for its current generation; otherwise
     * nullptr, and a build is started on a worker thread (one at a time per file). In-memory
     * ledgers are never ranked.
     */
    static std::shared_ptr<const AddressRanks> ready(const QSqlDatabase &db);

    /** Builds the positions on `db` now and keeps them for its file (tests, warm-up). */
    static Result<std::shared_ptr<const AddressRanks>> build(const QSqlDatabase &db);

    /**
     * Writes the positions for `db`'s current state into the file (migration 7), building
     * them unless they are kept already, so that the next open need not build them. For
     * writers of many households, inside their transaction, and for the app closing a ledger.
     */
    static Status store(const QSqlDatabase &db);
    /** The same, only if the positions for the current state are kept already: no build. */
    static Status storeIfKept(const QSqlDatabase &db);

    /** Defines gridbook_address_rank() on the connection, answering from `ranks`. */
    static Status install(sqlite3 *db, std::shared_ptr<const AddressRanks> ranks);

    /** Forgets every kept ranking (tests). Builds still running store theirs when done. */
    static void forgetAll();
};

} // namespace gridbook
