// SPDX-License-Identifier: MIT
#pragma once

#include <QVariantMap>

namespace gridbook {

/**
 * One row of a ledger record table, keyed by column name ("name", "household_id", ...).
 * A key that is absent means "not given" (the column's SQL default applies on insert, the
 * stored value stays on update); a key with a null QVariant means SQL NULL.
 */
using Record = QVariantMap;

} // namespace gridbook
