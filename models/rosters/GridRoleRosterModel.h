// SPDX-License-Identifier: MIT
#pragma once

#include "rosters/RosterModel.h"

#include <QCoreApplication>

namespace gridbook {

/**
 * Who holds which grid role (总网格长, 网格长, 网格员, 网格辅助员, 楼栋长, 单元长) over which
 * scope: the Grid roles page's list. A scope of the navigation tree shows the roles held at
 * that node and below it (a small grid: its own roles and those of its buildings and units).
 */
class GridRoleRosterModel : public RosterModel {
    Q_OBJECT
public:
    explicit GridRoleRosterModel(QObject *parent = nullptr);

    /** Only this role (grid_role_code); empty: all. */
    void setRole(const QString &roleCode) { m_role = roleCode; }

protected:
    QList<ColumnSpec> columns() const override;
    SqlStatement baseSelect() const override;
    SqlStatement scopeCondition() const override;
    SqlStatement searchCondition() const override;
    SqlStatement filterConditions() const override;
    QVariant display(int row, const ColumnSpec &column) const override;
    QString defaultOrder() const override;

private:
    QString m_role;
};

} // namespace gridbook
