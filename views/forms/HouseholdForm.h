// SPDX-License-Identifier: MIT
#pragma once

#include "commands/SaveHouseholdCommand.h"
#include "common/Result.h"
#include "records/Record.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gridbook {

class LedgerDocument;
class Notifier;

/**
 * The household form (户信息): the dwelling (compound / building / unit / room), the
 * household's own fields, and its members in one grid with their relation to the head. New
 * members are typed in below the grid (ID number first, checked as typed); residents of other
 * households can be moved in, members moved out or archived, and any member marked as head.
 * Saving writes it all as one undoable command; "Save and next room" then opens the next
 * dwelling of the same building, for entering a building door to door.
 */
class HouseholdForm : public QDialog {
    Q_OBJECT
public:
    /** Picks a resident to move in (0: cancelled); the residents page supplies a search. */
    using ResidentPicker = std::function<qint64(QWidget *parent)>;
    /** Picks a household to move a member to (0: cancelled). */
    using HouseholdPicker = std::function<qint64(QWidget *parent, qint64 excluding)>;

    HouseholdForm(LedgerDocument &document, Notifier &notifier, QWidget *parent = nullptr);
    ~HouseholdForm() override;

    void setResidentPicker(ResidentPicker picker) { m_pickResident = std::move(picker); }
    void setHouseholdPicker(HouseholdPicker picker) { m_pickHousehold = std::move(picker); }

    /** Starts a new household, in `dwellingId` if given. */
    void newHousehold(qint64 dwellingId = 0);
    /** Loads household `id`. */
    Status loadHousehold(qint64 id);

    qint64 householdId() const { return m_householdId; }
    bool isModified() const { return m_modified; }

    /** Adds the person typed in the new-member fields to the grid; false (with the reason) if
     *  the fields are not valid. */
    bool addNewMember();
    /** Marks member `row` of the grid as head; the former head's relation must then be set. */
    void makeHead(int row);
    /** Sets the relation of member `row` (a GB/T 4761 code). */
    void setRelation(int row, const QString &relationCode);
    /** Number of members in the grid. */
    int memberCount() const;

    /** Checks and saves; on a problem nothing is written and the form says why. */
    bool save();
    /** save(), then the next dwelling of the same building. */
    bool saveAndNextRoom();

    QString problemText() const;

signals:
    void saved(qint64 householdId);

public slots:
    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Member {
        qint64 residentId = 0; ///< 0: new, described by `record`
        Record record;         ///< name, sex_code, id_number, birth_date, phone (shown)
        QString relation;
        bool movingIn = false;
    };

    void buildUi();
    void fillCompounds();
    void compoundChosen();
    void buildingChosen();
    void unitChosen();
    void selectDwelling(qint64 dwellingId);
    qint64 currentDwelling() const;
    void refreshMembers();
    int selectedRow() const;
    void addExisting();
    void moveOut();
    void removeMember();
    void newIdEdited();
    void markModified();
    HouseholdPlan plan(QString *problem) const;
    void showProblem(const QString &problem);
    bool confirmClose();
    std::optional<qint64> nextDwelling() const;

    LedgerDocument &m_document;
    Notifier &m_notifier;
    ResidentPicker m_pickResident;
    HouseholdPicker m_pickHousehold;

    qint64 m_householdId = 0;
    Record m_loaded;
    QList<Member> m_members;
    QList<HouseholdPlan::Departure> m_departures;
    QList<std::pair<QString, QString>> m_relations; ///< code, name
    bool m_modified = false;
    bool m_loading = false;

    QComboBox *m_compound = nullptr;
    QComboBox *m_building = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_residenceType = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLineEdit *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_makeHead = nullptr;
    QPushButton *m_addExisting = nullptr;
    QPushButton *m_moveOut = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_newId = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRelation = nullptr;
    QLineEdit *m_newPhone = nullptr;
    QPushButton *m_addNew = nullptr;
    QLabel *m_newProblem = nullptr;
    QLabel *m_formProblem = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_saveNextButton = nullptr;
};

} // namespace gridbook
