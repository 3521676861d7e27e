// SPDX-License-Identifier: MIT
// "Delete" of a household with members or of a household head asks what to do and never
// leaves orphans: no live resident in an archived household, no household without its head.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "commands/SaveHouseholdCommand.h"
#include "pages/ArchiveActions.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace gridbook;
using namespace gridbook::test;

namespace {

qint64 household(LedgerDocument &document, qint64 dwelling, const QStringList &names)
{
    HouseholdPlan plan;
    plan.household.insert(QStringLiteral("dwelling_id"), dwelling);
    for (int i = 0; i < names.size(); ++i) {
        HouseholdPlan::Member m;
        m.resident.insert(QStringLiteral("name"), names.at(i));
        m.relation = i == 0 ? QStringLiteral("02") : QStringLiteral("20");
        plan.members << m;
    }
    auto command = std::make_unique<SaveHouseholdCommand>(document, plan);
    auto *raw = command.get();
    const Status s = document.push(std::move(command));
    INFO((s ? QString() : s.error().details()).toStdString());
    REQUIRE(s.ok());
    return raw->householdId();
}

int live(LedgerDocument &document, qint64 householdId)
{
    return scalar(document, QStringLiteral("SELECT count(*) FROM resident WHERE household_id = %1 "
                                           "AND archived_at IS NULL")
                                .arg(householdId))
        .toInt();
}

qint64 idOf(LedgerDocument &document, const QString &name)
{
    return scalar(document, QStringLiteral("SELECT id FROM resident WHERE name = '%1'").arg(name))
        .toLongLong();
}

} // namespace

TEST_CASE("archiving a household with members asks what happens to them", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    const qint64 a = household(*document, place.dwellings.at(0), {QStringLiteral("张三"), QStringLiteral("张小三")});
    const qint64 b = household(*document, place.dwellings.at(1), {QStringLiteral("李四")});
    auto pickB = [b](QWidget *, qint64) { return b; };

    SECTION("cancelled: nothing changes")
    {
        notifier.choices = {-1};
        CHECK(!ArchiveActions::archiveHousehold(*document, notifier, a, pickB, nullptr));
        CHECK(live(*document, a) == 2);
    }
    SECTION("archived together")
    {
        notifier.choices = {0, 0};
        REQUIRE(ArchiveActions::archiveHousehold(*document, notifier, a, pickB, nullptr));
        CHECK(live(*document, a) == 0);
        CHECK(!scalar(*document, QStringLiteral("SELECT archived_at FROM household WHERE id = %1").arg(a)).isNull());
        CHECK(notifier.questions.first().contains(QStringLiteral("张三")));
        document->undoStack()->undo();
        CHECK(live(*document, a) == 2);
    }
    SECTION("moved to another household, the former head as a son (20)")
    {
        const int son = 2; // relation list without 01/02: 10 配偶, 11 夫, 12 妻, 20 子 ...
        notifier.choices = {1, son + 1};
        REQUIRE(ArchiveActions::archiveHousehold(*document, notifier, a, pickB, nullptr));
        CHECK(live(*document, a) == 0);
        CHECK(live(*document, b) == 3);
        CHECK(*document->households().headCount(b) == 1);
        CHECK(scalar(*document, QStringLiteral("SELECT relation_code FROM resident WHERE name = '张三'"))
                  .toString() == QStringLiteral("20"));
    }
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON "
                                           "h.id = r.household_id WHERE r.archived_at IS NULL "
                                           "AND h.archived_at IS NOT NULL"))
              .toInt() == 0);
}

TEST_CASE("archiving a household head names the new head first", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    const qint64 a = household(*document, place.dwellings.at(0),
                               {QStringLiteral("张三"), QStringLiteral("张小三"), QStringLiteral("张小四")});

    notifier.choices = {1, 1}; // 张小四 becomes head; 张三 deceased
    REQUIRE(ArchiveActions::archiveResident(*document, notifier, idOf(*document, QStringLiteral("张三"))));
    CHECK(live(*document, a) == 2);
    CHECK(*document->households().headCount(a) == 1);
    CHECK(scalar(*document, QStringLiteral("SELECT relation_code FROM resident WHERE name = '张小四'"))
              .toString() == QStringLiteral("02"));
    CHECK(scalar(*document, QStringLiteral("SELECT archive_reason FROM resident WHERE name = '张三'"))
              .toString() == QStringLiteral("Deceased"));
    document->undoStack()->undo();
    CHECK(live(*document, a) == 3);
    CHECK(scalar(*document, QStringLiteral("SELECT relation_code FROM resident WHERE name = '张三'"))
              .toString() == QStringLiteral("02"));
}

TEST_CASE("archiving a household's only member can take the household along", "[views]")
{
    auto document = freshDocument();
    const SmallPlace place = makePlace(*document);
    RecordingNotifier notifier;
    const qint64 a = household(*document, place.dwellings.at(0), {QStringLiteral("王五")});
    notifier.choices = {0, 0};
    REQUIRE(ArchiveActions::archiveResident(*document, notifier, idOf(*document, QStringLiteral("王五"))));
    CHECK(live(*document, a) == 0);
    CHECK(!scalar(*document, QStringLiteral("SELECT archived_at FROM household WHERE id = %1").arg(a)).isNull());
}
