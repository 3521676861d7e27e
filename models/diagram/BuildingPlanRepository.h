// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/BuildingPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace gridbook {

/**
 * Reads a building for the building view in three queries: its units, its dwellings with the
 * households in them and the facts the colour rules look at, and the members for the hover.
 */
class BuildingPlanRepository {
    Q_DECLARE_TR_FUNCTIONS(gridbook::BuildingPlanRepository)
public:
    explicit BuildingPlanRepository(QSqlDatabase db);

    /** The plan of `buildingId`, coloured by the ledger's scheme as of `asOf`. */
    Result<BuildingPlan> load(qint64 buildingId, QDate asOf = QDate::currentDate()) const;

    /** Live buildings of a community for a picker: (id, "compound building"), in order. */
    Result<QList<QPair<qint64, QString>>> buildings(qint64 communityId) const;

private:
    QSqlDatabase m_db;
};

} // namespace gridbook
