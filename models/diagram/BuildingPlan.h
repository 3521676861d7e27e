// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/HouseholdColourScheme.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gridbook {

/** One household living in a dwelling, as the building view shows it. */
struct PlanHousehold {
    qint64 id = 0;
    QString headName;    ///< 户主; empty if none recorded
    QStringList members; ///< "name (relation, age)" lines for the hover
    HouseholdFacts facts;
    int rule = -1; ///< index into the scheme's rules(); -1: no rule matched
};

/** One dwelling (房屋) cell of the building view. */
struct PlanDwelling {
    qint64 id = 0;
    qint64 unitId = 0; ///< 0: a building without stairwells
    int floor = 0;
    bool hasFloor = false;
    QString room;
    QList<PlanHousehold> households; ///< empty: the dwelling stands empty
};

/** A unit (单元) column. */
struct PlanUnit {
    qint64 id = 0; ///< 0: dwellings recorded without a unit
    QString name;
    int floors = 0;
};

/** A building as floors by units, one cell per dwelling, read by BuildingPlanRepository. */
struct BuildingPlan {
    qint64 buildingId = 0;
    QString buildingName;
    QString compoundName;
    QString communityName;
    int floors = 0;        ///< building.floors as recorded (0: not recorded)
    QList<PlanUnit> units; ///< in number order; a unit 0 for dwellings without a unit
    QList<PlanDwelling> dwellings;
    HouseholdColourScheme scheme;

    /** True if there is something to draw: at least one dwelling recorded. */
    bool hasDwellings() const { return !dwellings.isEmpty(); }
    /** "和济社区 阳光小区 3栋". */
    QString title() const { return compoundName + QLatin1Char(' ') + buildingName; }
};

} // namespace gridbook
