// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"

#include <QSqlDatabase>

namespace gridbook {

/**
 * Where a navigation scope lies, for the pages that show one community or one building at a
 * time (the community diagram, the building view): small lookups on the open ledger.
 */
namespace PlaceLookup {

/** The community a scope lies in; 0 for the whole ledger or an unknown row. */
qint64 communityOf(const QSqlDatabase &db, const LedgerScope &scope);
/** The building a scope names (a building, or a unit's building); 0 otherwise. */
qint64 buildingOf(const QSqlDatabase &db, const LedgerScope &scope);

} // namespace PlaceLookup
} // namespace gridbook
