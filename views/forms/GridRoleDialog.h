// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridbook {

class LedgerDocument;
class Notifier;

/**
 * Gives someone a grid role (总网格长, 网格长, 网格员, 网格辅助员, 楼栋长, 单元长) over a scope
 * at the role's level: the places offered are those inside the navigation tree's current
 * scope. The holder is a resident, or for office staff who live elsewhere a name and phone.
 */
class GridRoleDialog : public QDialog {
    Q_OBJECT
public:
    GridRoleDialog(LedgerDocument &document, Notifier &notifier, const LedgerScope &scope,
                   QWidget *parent = nullptr);

    void setRole(const QString &roleCode);
    void setResident(qint64 residentId);

    bool save();
    QString problemText() const;

public slots:
    void accept() override;

private:
    void roleChanged();
    /** The scope level's table, the chosen place goes into this grid_role column. */
    QString scopeColumn() const;

    LedgerDocument &m_document;
    Notifier &m_notifier;
    LedgerScope m_scope;
    qint64 m_residentId = 0;
    QComboBox *m_role = nullptr;
    QLabel *m_resident = nullptr;
    QPushButton *m_chooseResident = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_place = nullptr;
    QLabel *m_placeHint = nullptr;
    QLineEdit *m_started = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace gridbook
