// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <optional>

namespace gridbook {

/**
 * Where a ledger page looks (范围): the whole ledger, or one node of the structure tree —
 * a community (社区), big grid (大网格), small grid (小网格), compound (小区), building (楼栋)
 * or unit (单元). A compound reached through a small grid in the navigation tree is
 * "that compound, only the buildings of that grid" (a compound can lie in several grids):
 * smallGridId() says which grid, 0 for the whole compound.
 *
 * A small value type: cheap to copy, comparable, hashable, and convertible to a stable,
 * display-independent text ("small_grid:12", "compound:7@small_grid:3") for QSettings and logs.
 */
class LedgerScope {
public:
    enum class Level { Everything, Community, BigGrid, SmallGrid, Compound, Building, Unit };

    /** The whole ledger. */
    LedgerScope() = default;
    /** `id` is the record id at `level`; `smallGridId` qualifies a Compound, else ignored. */
    LedgerScope(Level level, qint64 id, qint64 smallGridId = 0);

    static LedgerScope everything() { return {}; }
    static LedgerScope community(qint64 id) { return {Level::Community, id}; }
    static LedgerScope bigGrid(qint64 id) { return {Level::BigGrid, id}; }
    static LedgerScope smallGrid(qint64 id) { return {Level::SmallGrid, id}; }
    /** A compound, or with `withinSmallGrid` only its buildings in that small grid. */
    static LedgerScope compound(qint64 id, qint64 withinSmallGrid = 0)
    {
        return {Level::Compound, id, withinSmallGrid};
    }
    static LedgerScope building(qint64 id) { return {Level::Building, id}; }
    static LedgerScope unit(qint64 id) { return {Level::Unit, id}; }

    Level level() const { return m_level; }
    /** The record id at level(); 0 for Everything. */
    qint64 id() const { return m_id; }
    /** For a Compound seen through a small grid: that grid's id; otherwise 0. */
    qint64 smallGridId() const { return m_smallGridId; }

    bool isEverything() const { return m_level == Level::Everything; }
    /** Everything, or a level with a positive id. */
    bool isValid() const { return isEverything() || m_id > 0; }

    /** Stable text: "everything", "community:3", "compound:7@small_grid:3", ... */
    QString toString() const;
    /** The inverse of toString(); nothing for text it did not write. */
    static std::optional<LedgerScope> fromString(const QString &text);

    /** The level's stable key, also the schema's word for it: "big_grid", "unit", ... */
    static QString levelKey(Level level);
    static std::optional<Level> levelFromKey(const QString &key);

    friend bool operator==(const LedgerScope &, const LedgerScope &) = default;

private:
    Level m_level = Level::Everything;
    qint64 m_id = 0;
    qint64 m_smallGridId = 0;
};

size_t qHash(const LedgerScope &scope, size_t seed = 0) noexcept;

} // namespace gridbook

Q_DECLARE_METATYPE(gridbook::LedgerScope)
