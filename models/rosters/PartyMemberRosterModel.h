// SPDX-License-Identifier: MIT
#pragma once

#include "rosters/RosterModel.h"

#include <QCoreApplication>

namespace gridbook {

/**
 * Party members (党员) with their organisation (支部 / 党小组), 自管 or 在职报到, joined date
 * and years of membership (党龄), 党员中心户, points (积分) and volunteer hours: the Party
 * page's list. Scoped by where the member lives; filtered by organisation (a branch includes
 * its groups) and membership kind.
 */
class PartyMemberRosterModel : public RosterModel {
    Q_OBJECT
public:
    explicit PartyMemberRosterModel(QObject *parent = nullptr);

    /** Members of this organisation and the groups under it; 0: all. */
    void setOrganisation(qint64 orgId) { m_orgId = orgId; }
    /** "community" (自管), "registered" (在职报到), or empty for both. */
    void setMembership(const QString &membership) { m_membership = membership; }
    /** Only 党员中心户. */
    void setCenterHouseholdsOnly(bool only) { m_centerOnly = only; }

    /** Display text of a membership kind. */
    static QString membershipName(const QString &membership);

protected:
    QList<ColumnSpec> columns() const override;
    SqlStatement baseSelect() const override;
    SqlStatement filterConditions() const override;
    QVariant display(int row, const ColumnSpec &column) const override;
    QString defaultOrder() const override;

private:
    qint64 m_orgId = 0;
    QString m_membership;
    bool m_centerOnly = false;
};

} // namespace gridbook
