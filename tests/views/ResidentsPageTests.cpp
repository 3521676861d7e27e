// SPDX-License-Identifier: MIT
// The residents page on a real ledger: a household saved through its form is found by the
// pinyin initials typed into the search box; filters; undo and redo show in the table.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "document/PlaceNames.h"
#include "domain/ResidentId.h"
#include "forms/HouseholdForm.h"
#include "forms/ResidentPickerDialog.h"
#include "forms/ResidentForm.h"
#include "items/LedgerScope.h"
#include "items/ResidentTableModel.h"
#include "pages/ResidentsPage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace gridbook;
using namespace gridbook::test;

namespace {

void addMember(HouseholdForm &form, const QString &id, const QString &name,
               const QString &relationCode = QString())
{
    typeText(child<QLineEdit>(form, "newIdEdit"), id);
    typeText(child<QLineEdit>(form, "newNameEdit"), name);
    if (!relationCode.isEmpty()) {
        auto *relation = child<QComboBox>(form, "newRelationCombo");
        relation->setCurrentIndex(relation->findData(relationCode));
    }
    QTest::mouseClick(child<QPushButton>(form, "addNewButton"), Qt::LeftButton);
}

QStringList names(const ResidentTableModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, ResidentTableModel::Name).data().toString();
    result.sort();
    return result;
}

/** Replaces the search text as typed, and waits for the debounced query to show `rows`. */
bool search(ResidentsPage &page, const QString &text, int rows)
{
    QLineEdit *box = page.searchEdit();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    typeText(box, text);
    // The box is debounced: wait until the model runs this very search and has finished it, not
    // only until the row count matches (the previous search may have had as many rows).
    return QTest::qWaitFor(
        [&] {
            return page.model()->query().search == text && !page.model()->isLoading() &&
                   page.model()->rowCount() == rows;
        },
        5000);
}

} // namespace

TEST_CASE("a household saved with three members is found by pinyin initials", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    ResidentsPage page(notifier);
    page.setDocument(document.get());
    page.resize(1000, 600);
    page.show();

    HouseholdForm other(*document, notifier);
    other.newHousehold(place.dwellings.at(1));
    addMember(other, QString(), QStringLiteral("李四"));
    addMember(other, QString(), QStringLiteral("赵敏"), QStringLiteral("10"));
    REQUIRE(other.save());

    HouseholdForm form(*document, notifier);
    form.newHousehold(place.dwellings.at(0));
    form.show();
    addMember(form, QStringLiteral("11010519491231002X"), QStringLiteral("张三丰"));
    addMember(form, QStringLiteral("110105195003070019"), QStringLiteral("张翠山"), QStringLiteral("20"));
    addMember(form, QString(), QStringLiteral("张无忌"), QStringLiteral("41"));
    REQUIRE(form.memberCount() == 3);
    REQUIRE(form.save());
    const qint64 household = form.householdId();

    // The table followed the saves.
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 5; }, 5000));
    CHECK(child<QLabel>(page, "countLabel")->text().contains(QStringLiteral("5")));

    REQUIRE(search(page, QStringLiteral("zsf"), 1));
    CHECK(names(*page.model()) == QStringList{QStringLiteral("张三丰")});
    CHECK(page.model()->index(0, ResidentTableModel::Address).data().toString().contains(QStringLiteral("101")));
    CHECK(child<QLabel>(page, "countLabel")->text().contains(QStringLiteral("1")));

    REQUIRE(search(page, QStringLiteral("zwj"), 1));
    CHECK(names(*page.model()) == QStringList{QStringLiteral("张无忌")});
    REQUIRE(search(page, QStringLiteral("zcs"), 1));
    CHECK(names(*page.model()) == QStringList{QStringLiteral("张翠山")});

    // "z" is the start of all three initials (and of 赵敏's): the household and one more.
    REQUIRE(search(page, QStringLiteral("z"), 4));
    CHECK(names(*page.model()).contains(QStringLiteral("赵敏")));

    // All three are members of the one household, the head first.
    auto members = document->households().members(household);
    REQUIRE(members.ok());
    CHECK(members->size() == 3);

    // A filter narrows the search: age from 70 keeps the two born in 1949 and 1950.
    child<QSpinBox>(page, "minAgeFilter")->setValue(70);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 2; }, 5000));
    CHECK(names(*page.model()) == QStringList{QStringLiteral("张三丰"), QStringLiteral("张翠山")});
}

TEST_CASE("an edit is undone and redone, in the table and in the ledger", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    ResidentsPage page(notifier);
    page.setDocument(document.get());
    page.show();

    HouseholdForm household(*document, notifier);
    household.newHousehold(place.dwellings.at(0));
    addMember(household, QString(), QStringLiteral("张三丰"));
    REQUIRE(household.save());
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 5000));
    const qint64 id = page.model()->idAt(0);

    ResidentForm *form = page.openResident(id);
    REQUIRE(form != nullptr);
    auto *name = child<QLineEdit>(*form, "nameEdit");
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    typeText(name, QStringLiteral("张君宝"));
    typeText(child<QLineEdit>(*form, "phoneEdit"), QStringLiteral("13812345678"));
    REQUIRE(form->save());

    auto cell = [&](int column) { return page.model()->index(0, column).data().toString(); };
    auto stored = [&](const char *column) {
        return scalar(*document, QStringLiteral("SELECT %1 FROM resident WHERE id = %2")
                                     .arg(QString::fromLatin1(column))
                                     .arg(id))
            .toString();
    };
    REQUIRE(QTest::qWaitFor([&] { return cell(ResidentTableModel::Name) == QStringLiteral("张君宝"); }, 5000));
    CHECK(cell(ResidentTableModel::Phone) == QStringLiteral("13812345678"));
    CHECK(stored("name") == QStringLiteral("张君宝"));
    CHECK(stored("name_initials") == QStringLiteral("zjb"));

    QUndoStack *stack = document->undoStack();
    stack->undo();
    REQUIRE(QTest::qWaitFor([&] { return cell(ResidentTableModel::Name) == QStringLiteral("张三丰"); }, 5000));
    CHECK(cell(ResidentTableModel::Phone).isEmpty());
    CHECK(stored("name") == QStringLiteral("张三丰"));
    CHECK(stored("name_initials") == QStringLiteral("zsf"));
    CHECK(search(page, QStringLiteral("zsf"), 1));
    CHECK(search(page, QStringLiteral("zjb"), 0));

    stack->redo();
    CHECK(stored("name") == QStringLiteral("张君宝"));
    CHECK(search(page, QStringLiteral("zjb"), 1));
    CHECK(cell(ResidentTableModel::Name) == QStringLiteral("张君宝"));
    CHECK(notifier.errors.isEmpty());
    form->close();
}

TEST_CASE("a resident's form opens once: asking again raises it, and an unknown resident "
          "opens none",
          "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    ResidentsPage page(notifier);
    page.setDocument(document.get());
    page.show();

    HouseholdForm household(*document, notifier);
    household.newHousehold(place.dwellings.at(0));
    addMember(household, QString(), QStringLiteral("张三丰"));
    addMember(household, QString(), QStringLiteral("张翠山"), QStringLiteral("20"));
    REQUIRE(household.save());
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 2; }, 5000));
    const qint64 first = page.model()->idAt(0);
    const qint64 second = page.model()->idAt(1);

    // Two forms on one record would save over each other: the open one comes back.
    ResidentForm *form = page.openResident(first);
    REQUIRE(form != nullptr);
    CHECK(form->isVisible());
    CHECK(form->residentId() == first);
    CHECK(page.openResident(first) == form);
    ResidentForm *other = page.openResident(second);
    REQUIRE(other != nullptr);
    CHECK(other != form);
    CHECK(other->residentId() == second);

    // A record that cannot be read is reported and leaves no form behind.
    const auto before = page.window()->findChildren<ResidentForm *>().size();
    CHECK(page.openResident(first + second + 1000) == nullptr);
    CHECK(notifier.errors.size() == 1);
    CHECK(page.window()->findChildren<ResidentForm *>().size() == before);

    // A closed form is forgotten: the record opens in a new one.
    form->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ResidentForm *again = page.openResident(first);
    REQUIRE(again != nullptr);
    CHECK(again->residentId() == first);
    CHECK(page.window()->findChildren<ResidentForm *>().size() == before);
    again->close();
    other->close();
}

TEST_CASE("the resident picker lists each match with what the ledger knows of them, and the "
          "chosen one's id",
          "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    HouseholdForm household(*document, notifier);
    household.newHousehold(place.dwellings.at(0));
    const QString idNumber = QStringLiteral("11010519491231002X");
    addMember(household, idNumber, QStringLiteral("张三丰"));
    addMember(household, QString(), QStringLiteral("张翠山"), QStringLiteral("20"));
    REQUIRE(household.save());
    const qint64 withId = scalar(*document, QStringLiteral("SELECT id FROM resident WHERE "
                                                           "name = '张三丰'"))
                              .toLongLong();

    ResidentPickerDialog picker(*document, LedgerScope::everything());
    picker.show();
    typeText(child<QLineEdit>(picker, "pickerSearchEdit"), QStringLiteral("zh"));
    auto *list = child<QListWidget>(picker, "pickerList");
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 2; }, 5000));
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();

    // Sorted by name: 张翠山 (no ID number, no birth date) before 张三丰.
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    const qint64 householdId =
        scalar(*document,
               QStringLiteral("SELECT household_id FROM resident WHERE id = %1").arg(withId))
            .toLongLong();
    const auto householdPlace =
        PlaceNames::household(document->database().connection(), householdId);
    REQUIRE(householdPlace.ok());
    const QString address = *householdPlace;
    CHECK_FALSE(address.isEmpty());
    CHECK(lines.at(0) == QStringLiteral("张翠山 · ") + address); // no "-1 years", no empty parts
    const int age = ResidentId::ageOn(QDate(1949, 12, 31), QDate::currentDate());
    CHECK(lines.at(1) == QStringLiteral("张三丰 · %1 years · %2 · %3")
                             .arg(age)
                             .arg(ResidentId::mask(idNumber), address));
    CHECK_FALSE(lines.at(1).contains(idNumber)); // masked

    list->setCurrentRow(1);
    CHECK(picker.residentId() == withId);
    CHECK(notifier.errors.isEmpty());
}
