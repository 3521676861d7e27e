// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"
#include "pages/OpenRecordForms.h"
#include "pages/TablePage.h"

class QComboBox;
class QSpinBox;

namespace gridbook {

class CodeListModel;
class ResidentForm;
class ResidentTableModel;

/**
 * 居民: every resident of the scope in one table, loaded lazily and on a worker thread so that
 * a street office of a million people scrolls and filters without freezing. The search box
 * takes a name, pinyin initials (zsf), ID number, phone or address; the filters are care
 * category, residence type, political status and age range. Double-click opens the form.
 */
class ResidentsPage : public TablePage {
    Q_OBJECT
public:
    explicit ResidentsPage(Notifier &notifier, QWidget *parent = nullptr);
    ~ResidentsPage() override;

    QString pageName() const override { return QStringLiteral("residents"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    bool canAdd() const override { return true; }
    void addRecord() override;
    void editCurrent() override;
    void archiveCurrent() override;
    void refresh() override;
    bool isLoading() const override;

    ResidentTableModel *model() const { return m_model; }
    /** Opens (or raises) the form of resident `id`; 0: a new resident. */
    ResidentForm *openResident(qint64 id);

protected:
    void searchChanged(const QString &text) override;
    void rowActivated(int row) override;

private:
    void applyQuery();
    void updateCount();
    void documentChanged(const QString &table);

    LedgerDocument *m_document = nullptr;
    LedgerScope m_scope;
    ResidentTableModel *m_model = nullptr;
    CodeListModel *m_careList = nullptr;
    CodeListModel *m_residenceList = nullptr;
    CodeListModel *m_politicalList = nullptr;
    QComboBox *m_care = nullptr;
    QComboBox *m_residenceType = nullptr;
    QComboBox *m_political = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    OpenRecordForms<ResidentForm> m_forms;
};

} // namespace gridbook
