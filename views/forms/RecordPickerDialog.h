// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gridbook {

/**
 * The frame of a dialog that finds one record by what the user types (ResidentPickerDialog,
 * HouseholdPickerDialog): a search box whose typing is debounced into one search(), the
 * matches in a list (each item's Qt::UserRole holds the record id), a status line, and
 * Choose / Cancel. Activating a match chooses it. The subclass gives the texts, so that they
 * stay translated in its own context.
 */
class RecordPickerDialog : public QDialog {
    Q_OBJECT
protected:
    explicit RecordPickerDialog(QWidget *parent = nullptr);

    /** Runs the search for searchEdit()'s text and fills matchList(). */
    virtual void search() = 0;

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *matchList() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *chooseButton() const { return m_choose; }
    /** The id of the current match, 0 if none. */
    qint64 chosenId() const;

private:
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_choose = nullptr;
    QTimer m_debounce;
};

} // namespace gridbook
