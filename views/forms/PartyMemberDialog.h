// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridbook {

class LedgerDocument;
class Notifier;

/**
 * Makes a resident a Party member or edits a membership: organisation (支部 or 党小组), joined
 * date, 社区自管 / 在职报到 (with the employer), 党员中心户. Saves through
 * AssignPartyMemberCommand, so it can be undone.
 */
class PartyMemberDialog : public QDialog {
    Q_OBJECT
public:
    PartyMemberDialog(LedgerDocument &document, Notifier &notifier, const LedgerScope &scope,
                      QWidget *parent = nullptr);

    /** Edits the membership of party_member `memberId`. */
    bool loadMember(qint64 memberId);
    /** A new membership for `residentId` (0: the user picks the resident). */
    void setResident(qint64 residentId);

    bool save();
    QString problemText() const;

public slots:
    void accept() override;

private:
    void chooseResident();
    void membershipChanged();

    LedgerDocument &m_document;
    Notifier &m_notifier;
    LedgerScope m_scope;
    qint64 m_residentId = 0;
    QLabel *m_resident = nullptr;
    QPushButton *m_chooseResident = nullptr;
    QComboBox *m_org = nullptr;
    QComboBox *m_membership = nullptr;
    QLineEdit *m_joined = nullptr;
    QLineEdit *m_employer = nullptr;
    QCheckBox *m_center = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace gridbook
