// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"
#include "pages/OpenRecordForms.h"
#include "pages/TablePage.h"

class QComboBox;

namespace gridbook {

class CodeListModel;
class HouseholdForm;
class HouseholdTableModel;

/**
 * 户: the households of the scope with their head, size and care categories; searched by the
 * head's name or initials, household number or address; filtered by residence type and care
 * category. Opens the household form; "archive" asks what happens to the members.
 */
class HouseholdsPage : public TablePage {
    Q_OBJECT
public:
    explicit HouseholdsPage(Notifier &notifier, QWidget *parent = nullptr);
    ~HouseholdsPage() override;

    QString pageName() const override { return QStringLiteral("households"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    bool canAdd() const override { return true; }
    void addRecord() override;
    void editCurrent() override;
    void archiveCurrent() override;
    void refresh() override;
    bool isLoading() const override;

    HouseholdTableModel *model() const { return m_model; }
    /** Opens (or raises) the form of household `id`; 0: a new household. */
    HouseholdForm *openHousehold(qint64 id);

protected:
    void searchChanged(const QString &text) override;
    void rowActivated(int row) override;
    void listWhenShown() override { applyQuery(); }

private:
    void applyQuery();
    void updateCount();
    qint64 pickHousehold(QWidget *parent, qint64 excluding);
    qint64 pickResident(QWidget *parent);

    LedgerDocument *m_document = nullptr;
    LedgerScope m_scope;
    HouseholdTableModel *m_model = nullptr;
    CodeListModel *m_careList = nullptr;
    CodeListModel *m_residenceList = nullptr;
    QComboBox *m_care = nullptr;
    QComboBox *m_residenceType = nullptr;
    OpenRecordForms<HouseholdForm> m_forms;
};

} // namespace gridbook
