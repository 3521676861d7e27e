// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"
#include "pages/TablePage.h"

class QComboBox;
class QListWidget;

namespace gridbook {

class VolunteerRosterModel;

/**
 * 志愿者与服务队: the volunteer teams beside their volunteers, each with their skills
 * (一技之长), Party membership and volunteer hours; filter by skill to find who can fix a
 * pipe or cut hair at home.
 */
class VolunteersPage : public TablePage {
    Q_OBJECT
public:
    explicit VolunteersPage(Notifier &notifier, QWidget *parent = nullptr);

    QString pageName() const override { return QStringLiteral("volunteers"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    bool canAdd() const override { return true; }
    void addRecord() override;
    void editCurrent() override;
    void archiveCurrent() override;
    void refresh() override;

    VolunteerRosterModel *model() const { return m_model; }

protected:
    void listWhenShown() override { reload(); }
    void searchChanged(const QString &text) override;
    void rowActivated(int row) override;

private:
    void reload();
    void fillTeams();
    void fillSkills();
    qint64 currentTeam() const;

    LedgerDocument *m_document = nullptr;
    LedgerScope m_scope;
    VolunteerRosterModel *m_model = nullptr;
    QListWidget *m_teams = nullptr;
    QComboBox *m_skill = nullptr;
};

} // namespace gridbook
