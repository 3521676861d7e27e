// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/** Addresses as people say them, for labels and titles: "和平小区 3栋2单元501". */
class PlaceNames {
    Q_DECLARE_TR_FUNCTIONS(gridbook::PlaceNames)
public:
    /** The dwelling's compound, building, unit and room. */
    static Result<QString> dwelling(const QSqlDatabase &db, qint64 dwellingId);

    /**
     * The household's address and head: "和平小区 3栋2单元501 · 户主 张三"; for a household
     * without a dwelling (人户分离) its number instead of an address.
     */
    static Result<QString> household(const QSqlDatabase &db, qint64 householdId);
};

} // namespace gridbook
