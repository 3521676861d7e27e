// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * Which part of the ledger an export covers: everything, or one place or grid with all it
 * contains. Exports filter on the place path of each row (the household's dwelling, building,
 * compound, community, and the building's small and big grid), so rows without a place - a
 * household registered here but living elsewhere - belong only to the whole ledger.
 */
struct ExportScope {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ExportScope)
public:
    enum class Kind { All, Community, BigGrid, SmallGrid, Compound, Building, Unit };

    Kind kind = Kind::All;
    qint64 id = 0; ///< the record's id in its table; 0 for All
    QString label; ///< display name, e.g. "和济社区 / 第3网格"

    /** The table holding records of `kind` ("small_grid", ...); empty for All. */
    static QString tableOf(Kind kind);
    /** The command-line name of `kind` ("small-grid", ...). */
    static QString keyOf(Kind kind);

    /**
     * Finds a scope given as KIND:NAME or KIND:UID, KIND one of community, big-grid,
     * small-grid (or grid), compound, building, unit. A name may be qualified by its parents with '/'
     * ("和济社区/第3网格", "和济小区/3栋", "和济小区/3栋/2单元"); an ambiguous name is an error that lists the
     * qualified candidates. "all" (or an empty text) is the whole ledger.
     */
    static Result<ExportScope> resolve(const QSqlDatabase &db, const QString &spec);

    /** The SQL condition on the export queries' place aliases (cm, bg, sg, c, b, u), "1" for
     *  All. */
    QString sqlCondition() const;
};

} // namespace gridbook
