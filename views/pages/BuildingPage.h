// SPDX-License-Identifier: MIT
#pragma once

#include "pages/LedgerPage.h"

class QVBoxLayout;

namespace gridbook {

class BuildingView;

/**
 * The building view (楼栋图) as a page: floors by units, one cell per dwelling. It shows the
 * building (or the unit's building) chosen in the navigation tree or double-clicked in the
 * diagram; clicking a dwelling asks the window to open that household (householdRequested).
 */
class BuildingPage : public LedgerPage {
    Q_OBJECT
public:
    explicit BuildingPage(Notifier &notifier, QWidget *parent = nullptr);
    ~BuildingPage() override;

    QString pageName() const override { return QStringLiteral("building"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    void refresh() override;

    /** Shows one building, whatever the scope. */
    void showBuilding(qint64 buildingId);
    BuildingView *view() const { return m_view; }

signals:
    void householdRequested(qint64 householdId);

private:
    void updateSummary();

    LedgerDocument *m_document = nullptr;
    BuildingView *m_view = nullptr;
    QWidget *m_empty = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace gridbook
