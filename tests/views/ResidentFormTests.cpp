// SPDX-License-Identifier: MIT
// The resident form on a real ledger: ID number first, validation as you type, saving,
// refusing, undo and redo.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "document/LedgerDocument.h"
#include "domain/ResidentId.h"
#include "forms/ResidentForm.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace gridbook;

using namespace gridbook::test;

namespace {

qint64 count(LedgerDocument &document, const QString &sql)
{
    return scalar(document, sql).toLongLong();
}

// GB 11643-1999's own example numbers: valid, with the check character computed.
const char *const kValidFemale = "11010519491231002X"; // 1949-12-31, sequence 002: female
const char *const kValidMale = "440524188001010014";   // 1880-01-01 -- before 1900: refused
const char *const kWrongCheck = "110105194912310021";

} // namespace

TEST_CASE("typing a valid ID number fills birth date, age and sex", "[views]")
{
    auto document = freshDocument();
    test::RecordingNotifier notifier;
    ResidentForm form(*document, notifier);
    form.show();

    auto *id = child<QLineEdit>(form, "idNumberEdit");
    typeText(id, QString::fromLatin1(kValidFemale));

    CHECK(child<QLineEdit>(form, "birthDateEdit")->text() == QStringLiteral("1949-12-31"));
    CHECK(child<QLineEdit>(form, "birthDateEdit")->isReadOnly());
    CHECK(child<QComboBox>(form, "sexCombo")->currentData().toString() == QStringLiteral("2"));
    CHECK(!child<QComboBox>(form, "sexCombo")->isEnabled());
    const int age = ResidentId::ageOn(QDate(1949, 12, 31), QDate::currentDate());
    CHECK(child<QLabel>(form, "ageLabel")->text().contains(QString::number(age)));
    CHECK(child<QLabel>(form, "idNumberProblem")->text().isEmpty());
    CHECK(form.isModified());
}

TEST_CASE("an invalid ID number is explained as typed and the save is refused", "[views]")
{
    auto document = freshDocument();
    test::RecordingNotifier notifier;
    ResidentForm form(*document, notifier);
    form.show();

    auto *id = child<QLineEdit>(form, "idNumberEdit");
    typeText(id, QString::fromLatin1(kWrongCheck));
    auto *problem = child<QLabel>(form, "idNumberProblem");
    // The reason is beside the field while typing: the check character is wrong.
    CHECK(problem->text().contains(QStringLiteral("check digit")));
    CHECK(problem->text().contains(QStringLiteral("X")));

    typeText(child<QLineEdit>(form, "nameEdit"), QStringLiteral("王小明"));
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);

    CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident")) == 0);
    CHECK(form.problemText().contains(QStringLiteral("check digit")));
    CHECK(form.residentId() == 0);
    // What was typed stays as typed, ready to be corrected.
    CHECK(id->text() == QString::fromLatin1(kWrongCheck));
    CHECK(child<QLineEdit>(form, "nameEdit")->text() == QStringLiteral("王小明"));
    CHECK(document->undoStack()->count() == 0);

    SECTION("a birth date before 1900 is refused too")
    {
        id->clear();
        typeText(id, QString::fromLatin1(kValidMale));
        CHECK(problem->text().contains(QStringLiteral("1900")));
        CHECK(!form.save());
        CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident")) == 0);
    }
}

TEST_CASE("other fields are checked as typed: name and phone", "[views]")
{
    auto document = freshDocument();
    test::RecordingNotifier notifier;
    ResidentForm form(*document, notifier);
    form.show();
    auto *phone = child<QLineEdit>(form, "phoneEdit");
    typeText(phone, QStringLiteral("1381234567"));
    CHECK(child<QLabel>(form, "phoneProblem")->text().contains(QStringLiteral("11")));
    typeText(phone, QStringLiteral("8"));
    CHECK(child<QLabel>(form, "phoneProblem")->text().isEmpty());

    typeText(child<QLineEdit>(form, "idNumberEdit"), QString::fromLatin1(kValidFemale));
    CHECK(!form.save()); // no name
    CHECK(child<QLabel>(form, "nameProblem")->text().contains(QStringLiteral("Name")));
    CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident")) == 0);
}

TEST_CASE("Enter saves a new resident with care categories", "[views]")
{
    auto document = freshDocument();
    test::RecordingNotifier notifier;
    ResidentForm form(*document, notifier);
    form.show();
    QSignalSpy saved(&form, &ResidentForm::saved);

    typeText(child<QLineEdit>(form, "idNumberEdit"), QString::fromLatin1(kValidFemale));
    typeText(child<QLineEdit>(form, "phoneEdit"), QStringLiteral("13812345678"));
    child<QCheckBox>(form, "care_living_alone")->setChecked(true);
    auto *name = child<QLineEdit>(form, "nameEdit");
    typeText(name, QStringLiteral("张三丰"));
    QTest::keyClick(name, Qt::Key_Return);

    REQUIRE(saved.count() == 1);
    const qint64 id = saved.first().first().toLongLong();
    auto stored = document->residents().get(id);
    REQUIRE(stored.ok());
    CHECK(stored->value(QStringLiteral("name")).toString() == QStringLiteral("张三丰"));
    CHECK(stored->value(QStringLiteral("name_initials")).toString() == QStringLiteral("zsf"));
    CHECK(stored->value(QStringLiteral("birth_date")).toString() == QStringLiteral("1949-12-31"));
    CHECK(stored->value(QStringLiteral("sex_code")).toString() == QStringLiteral("2"));
    CHECK(stored->value(QStringLiteral("phone")).toString() == QStringLiteral("13812345678"));
    CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident_care rc JOIN "
                                          "care_category c ON c.id = rc.category_id WHERE "
                                          "c.code = 'living_alone' AND rc.archived_at IS NULL")) ==
          1);
    CHECK(!form.isModified());
    CHECK(document->undoStack()->count() == 1);
}

TEST_CASE("an edit made in the form is undone and redone", "[views]")
{
    auto document = freshDocument();
    test::RecordingNotifier notifier;
    ResidentForm form(*document, notifier);
    form.show();
    typeText(child<QLineEdit>(form, "idNumberEdit"), QString::fromLatin1(kValidFemale));
    typeText(child<QLineEdit>(form, "nameEdit"), QStringLiteral("张三丰"));
    REQUIRE(form.save());
    const qint64 id = form.residentId();
    REQUIRE(id > 0);

    // Edit: a new name and a care category.
    auto *name = child<QLineEdit>(form, "nameEdit");
    name->selectAll();
    typeText(name, QStringLiteral("李四"));
    child<QCheckBox>(form, "care_over_80")->setChecked(true);
    REQUIRE(form.save());
    auto nameOf = [&] {
        auto r = document->residents().get(id);
        REQUIRE(r.ok());
        return r->value(QStringLiteral("name")).toString();
    };
    auto careCount = [&] {
        auto c = document->residents().careCategories(id);
        REQUIRE(c.ok());
        return c->size();
    };
    CHECK(nameOf() == QStringLiteral("李四"));
    CHECK(careCount() == 1);
    QUndoStack *stack = document->undoStack();
    REQUIRE(stack->count() == 2);
    CHECK(stack->undoText().contains(QStringLiteral("李四")));

    stack->undo();
    CHECK(nameOf() == QStringLiteral("张三丰"));
    CHECK(careCount() == 0);
    // The open form follows the stored record.
    CHECK(name->text() == QStringLiteral("张三丰"));
    auto initials = document->residents().get(id);
    CHECK(initials->value(QStringLiteral("name_initials")).toString() == QStringLiteral("zsf"));

    stack->redo();
    CHECK(nameOf() == QStringLiteral("李四"));
    CHECK(careCount() == 1);
    CHECK(name->text() == QStringLiteral("李四"));

    // Undoing the creation removes the resident; redoing brings them back with the same id.
    stack->undo();
    stack->undo();
    CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident")) == 0);
    stack->redo();
    CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident")) == 1);
    CHECK(nameOf() == QStringLiteral("张三丰"));
    stack->redo();
    CHECK(nameOf() == QStringLiteral("李四"));
    CHECK(notifier.errors.isEmpty());
}

TEST_CASE("closing a form with unsaved changes asks, and keeps the text on cancel", "[views]")
{
    auto document = freshDocument();
    test::RecordingNotifier notifier;
    ResidentForm form(*document, notifier);
    form.show();
    typeText(child<QLineEdit>(form, "nameEdit"), QStringLiteral("赵六"));

    notifier.choices = {-1}; // cancel
    CHECK(!form.close());
    CHECK(form.isVisible());
    CHECK(notifier.questions.size() == 1);
    CHECK(child<QLineEdit>(form, "nameEdit")->text() == QStringLiteral("赵六"));

    notifier.choices = {0}; // save
    CHECK(form.close());
    CHECK(count(*document, QStringLiteral("SELECT count(*) FROM resident WHERE name = '赵六'")) ==
          1);
}
