// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"
#include "pages/TablePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace gridbook {

class PartyMemberRosterModel;

/**
 * 党组织与党员: the Party organisation (社区党委 → 小区党支部 → 楼栋党小组) as a tree beside
 * the members; choosing an organisation shows its members and those of its groups. The
 * member list shows 自管 / 在职报到, joined date and years, 党员中心户, points and volunteer
 * hours; below it, the selected member's points and hours entries.
 */
class PartyPage : public TablePage {
    Q_OBJECT
public:
    explicit PartyPage(Notifier &notifier, QWidget *parent = nullptr);
    ~PartyPage() override;

    QString pageName() const override { return QStringLiteral("party"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    bool canAdd() const override { return true; }
    void addRecord() override;
    void editCurrent() override;
    void archiveCurrent() override;
    void refresh() override;

    PartyMemberRosterModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;
    void listWhenShown() override { reload(); }
    void searchChanged(const QString &text) override;
    void rowActivated(int row) override;

private:
    void reload();
    void fillOrganisations();
    void showMember();
    void documentChanged(const QString &table);

    LedgerDocument *m_document = nullptr;
    LedgerScope m_scope;
    PartyMemberRosterModel *m_model = nullptr;
    QTreeWidget *m_orgs = nullptr;
    QComboBox *m_membership = nullptr;
    QCheckBox *m_centerOnly = nullptr;
    QLabel *m_memberTitle = nullptr;
    QTableWidget *m_points = nullptr;
    QTableWidget *m_hours = nullptr;
    bool m_orgsStale = false;
};

} // namespace gridbook
