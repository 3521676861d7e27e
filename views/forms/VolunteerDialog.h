// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridbook {

class LedgerDocument;
class Notifier;

/**
 * Puts a resident in a volunteer team (志愿服务队) with their skills (一技之长), or edits the
 * skills of a volunteer. Saves through AssignVolunteerCommand, so it can be undone.
 */
class VolunteerDialog : public QDialog {
    Q_OBJECT
public:
    VolunteerDialog(LedgerDocument &document, Notifier &notifier, const LedgerScope &scope,
                    QWidget *parent = nullptr);

    /** Edits volunteer `volunteerId` (resident and team fixed). */
    bool loadVolunteer(qint64 volunteerId);
    void setResident(qint64 residentId);
    void setTeam(qint64 teamId);

    bool save();
    QString problemText() const;

public slots:
    void accept() override;

private:
    LedgerDocument &m_document;
    Notifier &m_notifier;
    LedgerScope m_scope;
    qint64 m_residentId = 0;
    QLabel *m_resident = nullptr;
    QPushButton *m_chooseResident = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_joined = nullptr;
    QHash<qint64, QCheckBox *> m_skills;
    QLabel *m_problem = nullptr;
};

} // namespace gridbook
