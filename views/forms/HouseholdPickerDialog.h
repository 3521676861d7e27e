// SPDX-License-Identifier: MIT
#pragma once

#include "forms/RecordPickerDialog.h"
#include "items/LedgerScope.h"

namespace gridbook {

class LedgerDocument;

/**
 * Finds one household by its head's name or pinyin initials, its number or its address
 * (和济小区3栋2单元501), for "move out to" and "merge into": returns its id.
 */
class HouseholdPickerDialog : public RecordPickerDialog {
    Q_OBJECT
public:
    HouseholdPickerDialog(LedgerDocument &document, const LedgerScope &scope, qint64 excluding,
                          QWidget *parent = nullptr);

    qint64 householdId() const;

    /** Shows the dialog; the chosen household's id, or 0 if cancelled. */
    static qint64 pick(LedgerDocument &document, const LedgerScope &scope, qint64 excluding,
                       const QString &title, QWidget *parent);

    static constexpr int kMaxMatches = 50;

private:
    void search() override;

    LedgerDocument &m_document;
    LedgerScope m_scope;
    qint64 m_excluding;
};

} // namespace gridbook
