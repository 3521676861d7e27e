// SPDX-License-Identifier: MIT
#pragma once

#include "rosters/RosterModel.h"

#include <QCoreApplication>

namespace gridbook {

/**
 * Volunteers (志愿者) with their team (志愿服务队), skills (一技之长), joined date and
 * volunteer hours: the Volunteers page's list. Scoped by where the volunteer lives; filtered
 * by team and by skill.
 */
class VolunteerRosterModel : public RosterModel {
    Q_OBJECT
public:
    /** A team with its number of live volunteers, for the team list beside the roster. */
    struct Team {
        qint64 id = 0;
        QString name;
        QString grid; ///< the big or small grid it is organised in; empty: community-wide
        qint64 volunteers = 0;
    };

    explicit VolunteerRosterModel(QObject *parent = nullptr);

    /** Volunteers of this team; 0: all teams. */
    void setTeam(qint64 teamId) { m_teamId = teamId; }
    /** Volunteers with this skill; 0: any. */
    void setSkill(qint64 skillId) { m_skillId = skillId; }

    /** The live teams, by name, with their volunteer counts. */
    static Result<QList<Team>> teams(const QSqlDatabase &db);

protected:
    QList<ColumnSpec> columns() const override;
    SqlStatement baseSelect() const override;
    SqlStatement filterConditions() const override;
    QVariant display(int row, const ColumnSpec &column) const override;
    QString defaultOrder() const override;

private:
    qint64 m_teamId = 0;
    qint64 m_skillId = 0;
};

} // namespace gridbook
