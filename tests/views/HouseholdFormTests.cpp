// SPDX-License-Identifier: MIT
// The household form on a real ledger: the dwelling, members typed in with their relation,
// the head, saving as one undoable command, moving and archiving members.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "forms/HouseholdForm.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace gridbook;
using namespace gridbook::test;

namespace {

/** Types one member into the new-member fields and adds them. */
void addMember(HouseholdForm &form, const QString &id, const QString &name,
               const QString &relationCode = QString())
{
    auto *idEdit = child<QLineEdit>(form, "newIdEdit");
    auto *nameEdit = child<QLineEdit>(form, "newNameEdit");
    typeText(idEdit, id);
    typeText(nameEdit, name);
    if (!relationCode.isEmpty()) {
        auto *relation = child<QComboBox>(form, "newRelationCombo");
        relation->setCurrentIndex(relation->findData(relationCode));
    }
    const int before = form.memberCount();
    QTest::mouseClick(child<QPushButton>(form, "addNewButton"), Qt::LeftButton);
    INFO(child<QLabel>(form, "newMemberProblem")->text().toStdString());
    REQUIRE(form.memberCount() == before + 1);
}

} // namespace

TEST_CASE("a household with three members is saved in one step and undone", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    HouseholdForm form(*document, notifier);
    form.newHousehold(place.dwellings.at(0));
    form.show();
    CHECK(child<QComboBox>(form, "compoundCombo")->currentText() == QStringLiteral("和平小区"));
    CHECK(child<QComboBox>(form, "roomCombo")->currentText() == QStringLiteral("101"));

    addMember(form, QStringLiteral("11010519491231002X"), QStringLiteral("张三丰")); // head
    addMember(form, QStringLiteral("110105195003070019"), QStringLiteral("张翠山"), QStringLiteral("20"));
    addMember(form, QString(), QStringLiteral("张无忌"), QStringLiteral("41"));
    QSignalSpy saved(&form, &HouseholdForm::saved);
    REQUIRE(form.save());
    REQUIRE(saved.count() == 1);
    const qint64 household = form.householdId();
    REQUIRE(household > 0);

    auto members = document->households().members(household);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 3);
    CHECK(members->at(0).value(QStringLiteral("name")).toString() == QStringLiteral("张三丰"));
    CHECK(members->at(0).value(QStringLiteral("relation_code")).toString() == QStringLiteral("02"));
    CHECK(scalar(*document, QStringLiteral("SELECT dwelling_id FROM household WHERE id = %1")
                                .arg(household))
              .toLongLong() == place.dwellings.at(0));
    CHECK(document->undoStack()->count() == 1);

    document->undoStack()->undo();
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM household")).toInt() == 0);
    document->undoStack()->redo();
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident WHERE household_id = %1")
                                .arg(household))
              .toInt() == 3);
}

TEST_CASE("the household form refuses what the rules refuse and keeps the input", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    HouseholdForm form(*document, notifier);
    form.newHousehold(place.dwellings.at(0));
    form.show();

    SECTION("an invalid ID number is not added")
    {
        typeText(child<QLineEdit>(form, "newIdEdit"), QStringLiteral("110105194912310021"));
        CHECK(child<QLabel>(form, "newMemberProblem")->text().contains(QStringLiteral("check digit")));
        typeText(child<QLineEdit>(form, "newNameEdit"), QStringLiteral("张三丰"));
        QTest::mouseClick(child<QPushButton>(form, "addNewButton"), Qt::LeftButton);
        CHECK(form.memberCount() == 0);
        CHECK(child<QLineEdit>(form, "newIdEdit")->text() == QStringLiteral("110105194912310021"));
        CHECK(!form.save());
        CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM household")).toInt() == 0);
    }
    SECTION("a second member needs a relation")
    {
        addMember(form, QString(), QStringLiteral("张三丰"));
        typeText(child<QLineEdit>(form, "newNameEdit"), QStringLiteral("张翠山"));
        QTest::mouseClick(child<QPushButton>(form, "addNewButton"), Qt::LeftButton);
        CHECK(form.memberCount() == 1);
        CHECK(child<QLabel>(form, "newMemberProblem")->text().contains(QStringLiteral("Relation")));
    }
    SECTION("a new head: the former head's relation must be chosen")
    {
        addMember(form, QString(), QStringLiteral("张三丰"));
        addMember(form, QString(), QStringLiteral("张翠山"), QStringLiteral("20"));
        REQUIRE(form.save());
        const qint64 household = form.householdId();
        form.makeHead(1);
        CHECK(!form.save());
        CHECK(form.problemText().contains(QStringLiteral("张三丰")));
        form.setRelation(0, QStringLiteral("50")); // 父母
        REQUIRE(form.save());
        auto members = document->households().members(household);
        REQUIRE(members.ok());
        CHECK(members->at(0).value(QStringLiteral("name")).toString() == QStringLiteral("张翠山"));
        CHECK(members->at(0).value(QStringLiteral("relation_code")).toString() == QStringLiteral("02"));
        CHECK(members->at(1).value(QStringLiteral("relation_code")).toString() == QStringLiteral("50"));
        // Undo puts the old head back.
        document->undoStack()->undo();
        auto before = document->households().members(household);
        CHECK(before->at(0).value(QStringLiteral("name")).toString() == QStringLiteral("张三丰"));
        CHECK(*document->households().headCount(household) == 1);
    }
}

TEST_CASE("a member moves to another household and one is archived", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;

    HouseholdForm other(*document, notifier);
    other.newHousehold(place.dwellings.at(1));
    addMember(other, QString(), QStringLiteral("李四"));
    REQUIRE(other.save());
    const qint64 target = other.householdId();

    HouseholdForm form(*document, notifier);
    form.setHouseholdPicker([target](QWidget *, qint64) { return target; });
    form.newHousehold(place.dwellings.at(0));
    form.show();
    addMember(form, QString(), QStringLiteral("张三丰"));
    addMember(form, QString(), QStringLiteral("张翠山"), QStringLiteral("20"));
    addMember(form, QString(), QStringLiteral("张无忌"), QStringLiteral("41"));
    REQUIRE(form.save());
    const qint64 household = form.householdId();

    auto *table = child<QTableWidget>(form, "membersTable");
    table->selectRow(1); // 张翠山 moves to 李四's household as a son-in-law (28, 女婿)
    notifier.choices = {-1};
    QTest::mouseClick(child<QPushButton>(form, "moveOutButton"), Qt::LeftButton);
    CHECK(form.memberCount() == 3); // cancelled
    table->selectRow(1);
    // The relation list offered lacks 户主 and 本人; answer with its index of 女婿 (28).
    auto *relations = child<QComboBox>(form, "newRelationCombo");
    notifier.choices = {relations->findData(QStringLiteral("28")) - 1};
    QTest::mouseClick(child<QPushButton>(form, "moveOutButton"), Qt::LeftButton);
    CHECK(form.memberCount() == 2);
    table->selectRow(1); // 张无忌 moved away: archived
    notifier.choices = {0};
    QTest::mouseClick(child<QPushButton>(form, "removeMemberButton"), Qt::LeftButton);
    CHECK(form.memberCount() == 1);
    REQUIRE(form.save());

    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident WHERE household_id = %1 "
                                           "AND archived_at IS NULL").arg(household)).toInt() == 1);
    CHECK(scalar(*document, QStringLiteral("SELECT relation_code FROM resident WHERE name = '张翠山'"))
              .toString() == QStringLiteral("28"));
    CHECK(scalar(*document, QStringLiteral("SELECT household_id FROM resident WHERE name = '张翠山'"))
              .toLongLong() == target);
    CHECK(!scalar(*document, QStringLiteral("SELECT archived_at FROM resident WHERE name = '张无忌'"))
               .isNull());
    // One undo brings both back.
    document->undoStack()->undo();
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident WHERE household_id = %1 "
                                           "AND archived_at IS NULL").arg(household)).toInt() == 3);
}
