// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "records/Record.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridbook {

class LedgerDocument;
class Notifier;

/**
 * The resident form (居民信息). The ID number comes first: a valid one fills birth date, age
 * and sex. Every field is checked as it is typed, with the reason beside it; care categories
 * are checkboxes. Enter saves; "Save and next" saves and starts the next person with the
 * household, residence type and ethnicity kept, for entering a whole building. Invalid values
 * are never saved and the text stays as typed. Saves are undoable commands.
 *
 * Non-modal; one form per resident. Closing with unsaved changes asks what to do.
 */
class ResidentForm : public QDialog {
    Q_OBJECT
public:
    ResidentForm(LedgerDocument &document, Notifier &notifier, QWidget *parent = nullptr);
    ~ResidentForm() override;

    /** Starts a new resident; `defaults` presets fields (household_id, relation_code, ...). */
    void newResident(const Record &defaults = Record());
    /** Loads resident `id` for editing. */
    Status loadResident(qint64 id);

    /** The resident shown; 0 while it is a new one not yet saved. */
    qint64 residentId() const { return m_residentId; }
    /** True if anything was typed since the last load or save. */
    bool isModified() const { return m_modified; }

    /**
     * Checks every field and saves. On a problem nothing is written, the form says why
     * (beside the field and at the bottom) and keeps the text; returns false.
     */
    bool save();
    /** save(), then a fresh form for the next resident of the same household. */
    bool saveAndNext();

    /** The last problem the form reported at the bottom ("" if none). */
    QString problemText() const;

signals:
    /** A resident was saved (created or changed). */
    void saved(qint64 residentId);

public slots:
    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Field;
    void buildUi();
    void fillCodes(QComboBox *combo, const QString &table, bool shortNames = false);
    void loadCareCategories();
    void setRecord(const Record &record, const QList<qint64> &care);
    void idNumberEdited();
    void nameEdited();
    void birthDateEdited();
    void phoneEdited();
    void updateAge();
    void showHousehold(const Record &record);
    void markModified();
    /** Checks every field; returns the first problem's widget, or nullptr if all are fine. */
    QWidget *validateAll();
    void setProblem(QLabel *label, const QString &problem);
    Record formRecord() const;
    QList<qint64> checkedCare() const;
    void showError(const Error &error);
    bool confirmClose();
    void documentChanged(const QString &table, const QList<qint64> &ids);

    LedgerDocument &m_document;
    Notifier &m_notifier;
    qint64 m_residentId = 0;
    Record m_loaded;            ///< the stored record (editing) or the defaults (new)
    QList<qint64> m_loadedCare; ///< the stored care categories
    bool m_modified = false;
    bool m_loading = false;

    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idNumberProblem = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLabel *m_birthDateProblem = nullptr;
    QLabel *m_age = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QComboBox *m_political = nullptr;
    QComboBox *m_residenceType = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QComboBox *m_workStatus = nullptr;
    QLineEdit *m_workplace = nullptr;
    QComboBox *m_education = nullptr;
    QComboBox *m_marital = nullptr;
    QLineEdit *m_registeredAddress = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_household = nullptr;
    QHash<qint64, QCheckBox *> m_care;
    QLabel *m_formProblem = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_saveNextButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace gridbook
