// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"
#include "pages/TablePage.h"

class QComboBox;

namespace gridbook {

class GridRoleRosterModel;

/**
 * 网格角色: who is 总网格长, 网格长, 网格员, 网格辅助员, 楼栋长 and 单元长, over which grid,
 * building or unit ("三长制"). The navigation tree's node shows the roles held at it and below.
 */
class GridRolesPage : public TablePage {
    Q_OBJECT
public:
    explicit GridRolesPage(Notifier &notifier, QWidget *parent = nullptr);

    QString pageName() const override { return QStringLiteral("roles"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    bool canAdd() const override { return true; }
    void addRecord() override;
    void archiveCurrent() override;
    void refresh() override;

    GridRoleRosterModel *model() const { return m_model; }

protected:
    void listWhenShown() override { reload(); }
    void searchChanged(const QString &text) override;

private:
    void reload();

    LedgerDocument *m_document = nullptr;
    LedgerScope m_scope;
    GridRoleRosterModel *m_model = nullptr;
    QComboBox *m_role = nullptr;
};

} // namespace gridbook
