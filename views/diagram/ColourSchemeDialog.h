// SPDX-License-Identifier: MIT
#pragma once

#include "diagram/HouseholdColourScheme.h"

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;

namespace gridbook {

/**
 * Edits the building view's household colour scheme: for each rule its name, colour, kind,
 * parameter (an age, or category / residence codes) and priority. Saved when accepted; a rule
 * that does not check out is refused with the reason and the dialog stays open.
 */
class ColourSchemeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ColourSchemeDialog(QSqlDatabase db, QWidget *parent = nullptr);

    /** Writes the rules; false (with the reason shown) if one is refused. */
    bool save();
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    enum Column { NameColumn, ColourColumn, KindColumn, ParameterColumn, PriorityColumn };
    void fill();
    void pickColour(int row);

    QSqlDatabase m_db;
    HouseholdColourScheme m_scheme;
    QTableWidget *m_table = nullptr;
};

} // namespace gridbook
