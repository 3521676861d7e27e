// SPDX-License-Identifier: MIT
#pragma once

#include "forms/RecordPickerDialog.h"
#include "items/LedgerScope.h"

namespace gridbook {

class LedgerDocument;

/**
 * Finds one resident by name, pinyin initials, ID number or phone (as the residents page's
 * search box does) and returns their id: for "move in", "assign Party member", "add
 * volunteer", "give a grid role". Shows the first matches only; typing more narrows them.
 */
class ResidentPickerDialog : public RecordPickerDialog {
    Q_OBJECT
public:
    ResidentPickerDialog(LedgerDocument &document, const LedgerScope &scope,
                         QWidget *parent = nullptr);

    /** The chosen resident, 0 if none. */
    qint64 residentId() const;

    /** Shows the dialog; the chosen resident's id, or 0 if cancelled. */
    static qint64 pick(LedgerDocument &document, const LedgerScope &scope, const QString &title,
                       QWidget *parent);

    /** Matches shown at most. */
    static constexpr int kMaxMatches = 50;

private:
    void search() override;

    LedgerDocument &m_document;
    LedgerScope m_scope;
};

} // namespace gridbook
