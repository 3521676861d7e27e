// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * The standard code tables (sex_code, ethnicity_code, political_status_code, relation_code,
 * residence_type_code, grid_role_code, region_code) read whole, in their sort order: small
 * lists for combo boxes and for showing a stored code by its Chinese name.
 */
class CodeTables {
    Q_DECLARE_TR_FUNCTIONS(gridbook::CodeTables)
public:
    struct Entry {
        QString code;
        QString name;
        QString shortName; ///< political_status_code's 简称; else empty
        QString extra;     ///< grid_role_code's scope_level; else empty
    };

    /** Every entry of `table`, one of the tables named above; an error for any other name. */
    static Result<QList<Entry>> list(const QSqlDatabase &db, const QString &table);
};

} // namespace gridbook
