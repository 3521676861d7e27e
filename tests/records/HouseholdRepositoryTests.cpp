// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "domain/ResidentId.h"
#include "records/HouseholdRepository.h"
#include "records/RecordStore.h"
#include "records/ResidentRepository.h"

#include <catch2/catch.hpp>

using namespace gridbook;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString validId(const QByteArray &first17)
{
    const QString digits = QString::fromLatin1(first17);
    return digits + ResidentId::checkDigit(digits);
}

Record member(const char *name, const char *relation, const QString &idNumber = QString())
{
    Record r{{QStringLiteral("name"), S(name)},
             {QStringLiteral("relation_code"), QString::fromLatin1(relation)}};
    if (!idNumber.isEmpty())
        r.insert(QStringLiteral("id_number"), idNumber);
    return r;
}

int count(const Database &db, const char *sql)
{
    return test::scalar(db, QString::fromLatin1(sql)).toInt();
}

/** The rule every test ends with: no live resident lives in an archived household. */
int liveInArchived(const Database &db)
{
    return count(db, "SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id "
                     "WHERE r.archived_at IS NULL AND h.archived_at IS NOT NULL");
}

template <typename T> std::string describe(const Result<T> &r)
{
    return (r.ok() ? QString() : r.error().details()).toStdString();
}

std::string describe(const Status &s)
{
    return (s.ok() ? QString() : s.error().details()).toStdString();
}

qint64 idOf(const Record &r)
{
    return r.value(QStringLiteral("id")).toLongLong();
}

QString relationOf(ResidentRepository &residents, qint64 id)
{
    return residents.get(id)->value(QStringLiteral("relation_code")).toString();
}

/** A household of three: head, spouse, child; returns the household id and member ids. */
struct Family {
    qint64 household = 0;
    qint64 head = 0;
    qint64 spouse = 0;
    qint64 child = 0;
};

Family makeFamily(HouseholdRepository &households, const char *idStem)
{
    // idStem: 14 digits (region + birth date); the sequence tells the sexes apart.
    const QByteArray stem(idStem);
    auto id = households.createHousehold(
        Record{{QStringLiteral("household_number"), QString::fromLatin1(stem)},
               {QStringLiteral("phone"), QStringLiteral("0355 1234567")}},
        {member("王建国", "02", validId(stem + "001")),
         member("李桂兰", "10", validId(stem + "002")), member("王小明", "20")});
    INFO(describe(id));
    REQUIRE(id.ok());
    auto list = households.members(*id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    return {*id, idOf(list->at(0)), idOf(list->at(1)), idOf(list->at(2))};
}

} // namespace

TEST_CASE("a household is created with exactly one head, or not at all", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());

    SECTION("no head")
    {
        auto id = households.createHousehold(Record{}, {member("甲", "10"), member("乙", "20")});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("relation_code"));
        CHECK(id.error().message.contains(QStringLiteral("head")));
    }
    SECTION("no members")
    {
        CHECK_FALSE(households.createHousehold(Record{}, {}).ok());
    }
    SECTION("two heads")
    {
        auto id = households.createHousehold(Record{}, {member("甲", "02"), member("乙", "02")});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message.contains(QStringLiteral("2 members")));
    }
    SECTION("a member with an invalid ID number")
    {
        const QString wrong = QStringLiteral("11010519491231002") + QLatin1Char('1');
        auto id =
            households.createHousehold(Record{}, {member("甲", "02"), member("乙", "10", wrong)});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("id_number"));
        CHECK(id.error().message.startsWith(QStringLiteral("Member 2: ID number")));
    }
    SECTION("a household phone that is no phone")
    {
        auto id = households.createHousehold(
            Record{{QStringLiteral("phone"), QStringLiteral("110")}}, {member("甲", "02")});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("phone"));
    }
    CHECK(count(*db, "SELECT count(*) FROM household") == 0);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 0);
}

TEST_CASE("createHousehold writes household and members together, head first", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());
    // The head is listed last: the order given does not matter.
    auto id = households.createHousehold(
        Record{{QStringLiteral("phone"), QStringLiteral("0355-1234567")}},
        {member("王小明", "20"), member("李桂兰", "10"),
         member("王建国", "02", validId("14040319800101001"))});
    INFO(describe(id));
    REQUIRE(id.ok());
    auto list = households.members(*id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).value(QStringLiteral("name")).toString() == S("王建国"));
    CHECK(list->at(0).value(QStringLiteral("household_id")).toLongLong() == *id);
    CHECK(list->at(0).value(QStringLiteral("birth_date")).toString() ==
          QStringLiteral("1980-01-01"));
    CHECK(*households.headCount(*id) == 1);
    RecordStore store(db->connection());
    CHECK(store.get(QStringLiteral("household"), *id)->value(QStringLiteral("phone")).toString() ==
          QStringLiteral("0355-1234567"));
    CHECK_FALSE(households.members(4711).ok());
}

TEST_CASE("setHead swaps the head and keeps exactly one", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());
    ResidentRepository residents(db->connection());
    const Family f = makeFamily(households, "14040319800101");

    const Status swapped = households.setHead(f.household, f.spouse, QStringLiteral("10"));
    INFO(describe(swapped));
    REQUIRE(swapped.ok());
    CHECK(relationOf(residents, f.spouse) == QStringLiteral("02"));
    CHECK(relationOf(residents, f.head) == QStringLiteral("10"));
    CHECK(*households.headCount(f.household) == 1);
    CHECK(idOf(households.members(f.household)->at(0)) == f.spouse);

    // The former head cannot stay a head, and only members can become head.
    const Status twoHeads = households.setHead(f.household, f.head, QStringLiteral("02"));
    REQUIRE_FALSE(twoHeads.ok());
    CHECK(twoHeads.error().field == QStringLiteral("relation_code"));
    const Family other = makeFamily(households, "14040319820202");
    CHECK_FALSE(households.setHead(f.household, other.child, QStringLiteral("10")).ok());
    CHECK(*households.headCount(f.household) == 1);
    CHECK(relationOf(residents, f.spouse) == QStringLiteral("02"));

    // Already the head: nothing to do.
    CHECK(households.setHead(f.household, f.spouse, QString()).ok());
}

TEST_CASE("moveMember keeps one head on both sides", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());
    ResidentRepository residents(db->connection());
    const Family a = makeFamily(households, "14040319800101");
    const Family b = makeFamily(households, "14040319820202");

    SECTION("a child moves to another household")
    {
        const Status moved = households.moveMember(a.child, b.household, QStringLiteral("28"));
        INFO(describe(moved));
        REQUIRE(moved.ok());
        CHECK(households.members(a.household)->size() == 2);
        CHECK(households.members(b.household)->size() == 4);
        CHECK(relationOf(residents, a.child) == QStringLiteral("28"));
    }
    SECTION("a second head is refused")
    {
        const Status moved = households.moveMember(a.child, b.household, QStringLiteral("02"));
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().message.contains(QStringLiteral("already has a head")));
        CHECK(households.members(a.household)->size() == 3);
    }
    SECTION("the head leaves members behind only when a new head is named")
    {
        const Status refused = households.moveMember(a.head, b.household, QStringLiteral("70"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("new")));
        CHECK(relationOf(residents, a.head) == QStringLiteral("02"));

        const Status wrongHead =
            households.moveMember(a.head, b.household, QStringLiteral("70"), b.child);
        CHECK_FALSE(wrongHead.ok());

        const Status moved =
            households.moveMember(a.head, b.household, QStringLiteral("70"), a.spouse);
        INFO(describe(moved));
        REQUIRE(moved.ok());
        CHECK(relationOf(residents, a.spouse) == QStringLiteral("02"));
        CHECK(*households.headCount(a.household) == 1);
        CHECK(*households.headCount(b.household) == 1);
        CHECK(households.members(b.household)->size() == 4);
    }
    SECTION("into an empty household: as its head only")
    {
        RecordStore store(db->connection());
        auto empty = store.insert(QStringLiteral("household"), Record{});
        REQUIRE(empty.ok());
        CHECK_FALSE(households.moveMember(a.child, *empty, QStringLiteral("20")).ok());
        const Status moved = households.moveMember(a.child, *empty, QStringLiteral("02"));
        INFO(describe(moved));
        REQUIRE(moved.ok());
        CHECK(*households.headCount(*empty) == 1);
    }
    SECTION("not into an archived household, not into the same one")
    {
        RecordStore store(db->connection());
        auto gone = store.insert(QStringLiteral("household"), Record{});
        REQUIRE(gone.ok());
        REQUIRE(store.archive(QStringLiteral("household"), *gone).ok());
        CHECK_FALSE(households.moveMember(a.child, *gone, QStringLiteral("02")).ok());
        CHECK_FALSE(households.moveMember(a.child, a.household, QStringLiteral("20")).ok());
        CHECK(households.members(a.household)->size() == 3);
    }
    CHECK(*households.headCount(a.household) == 1);
    CHECK(*households.headCount(b.household) == 1);
    CHECK(liveInArchived(*db) == 0);
}

TEST_CASE("archiveHousehold never leaves live residents behind", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());
    ResidentRepository residents(db->connection());
    RecordStore store(db->connection());
    const Family a = makeFamily(households, "14040319800101");
    const Family b = makeFamily(households, "14040319820202");

    SECTION("the members move out together")
    {
        const Status archived = households.archiveHousehold(
            a.household, HouseholdRepository::ArchiveMembers{}, S("整户迁出"));
        INFO(describe(archived));
        REQUIRE(archived.ok());
        auto household = store.get(QStringLiteral("household"), a.household);
        CHECK_FALSE(household->value(QStringLiteral("archived_at")).isNull());
        CHECK(household->value(QStringLiteral("archive_reason")).toString() == S("整户迁出"));
        for (const qint64 id : {a.head, a.spouse, a.child}) {
            auto r = residents.get(id);
            CHECK_FALSE(r->value(QStringLiteral("archived_at")).isNull());
            CHECK(r->value(QStringLiteral("archive_reason")).toString() == S("整户迁出"));
        }
        CHECK(households.members(a.household)->isEmpty());
        CHECK(households.members(b.household)->size() == 3);
        // Archived once is archived: a second call is refused.
        CHECK_FALSE(
            households
                .archiveHousehold(a.household, HouseholdRepository::ArchiveMembers{}, QString())
                .ok());
    }
    SECTION("the members join another household that has a head")
    {
        const Status refused = households.archiveHousehold(
            a.household, HouseholdRepository::MoveMembersTo{b.household, QString(), {}}, S("合户"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("relation_code"));
        CHECK(store.get(QStringLiteral("household"), a.household)
                  ->value(QStringLiteral("archived_at"))
                  .isNull());
        CHECK(households.members(a.household)->size() == 3);

        HouseholdRepository::MoveMembersTo move{b.household, QStringLiteral("20"), {}};
        move.relations.insert(a.spouse, QStringLiteral("38"));
        move.relations.insert(a.child, QStringLiteral("41"));
        const Status archived = households.archiveHousehold(a.household, move, S("合户"));
        INFO(describe(archived));
        REQUIRE(archived.ok());
        CHECK(households.members(b.household)->size() == 6);
        CHECK(*households.headCount(b.household) == 1);
        CHECK(relationOf(residents, a.head) == QStringLiteral("20"));
        CHECK(relationOf(residents, a.spouse) == QStringLiteral("38"));
        CHECK(relationOf(residents, a.child) == QStringLiteral("41"));
        CHECK(residents.get(a.head)->value(QStringLiteral("archived_at")).isNull());
    }
    SECTION("the members take over an empty household")
    {
        auto empty = store.insert(QStringLiteral("household"), Record{});
        REQUIRE(empty.ok());
        const Status archived = households.archiveHousehold(
            a.household, HouseholdRepository::MoveMembersTo{*empty, QString(), {}}, S("换房"));
        INFO(describe(archived));
        REQUIRE(archived.ok());
        CHECK(*households.headCount(*empty) == 1);
        CHECK(relationOf(residents, a.head) == QStringLiteral("02"));
    }
    SECTION("not into itself or an archived household")
    {
        CHECK_FALSE(households
                        .archiveHousehold(a.household,
                                          HouseholdRepository::MoveMembersTo{a.household, {}, {}},
                                          QString())
                        .ok());
        REQUIRE(households
                    .archiveHousehold(b.household, HouseholdRepository::ArchiveMembers{}, QString())
                    .ok());
        CHECK_FALSE(households
                        .archiveHousehold(a.household,
                                          HouseholdRepository::MoveMembersTo{
                                              b.household, QStringLiteral("20"), {}},
                                          QString())
                        .ok());
        CHECK(households.members(a.household)->size() == 3);
    }
    CHECK(liveInArchived(*db) == 0);
}

TEST_CASE("a resident cannot join an archived household", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());
    ResidentRepository residents(db->connection());
    const Family a = makeFamily(households, "14040319800101");
    REQUIRE(
        households.archiveHousehold(a.household, HouseholdRepository::ArchiveMembers{}, QString())
            .ok());
    Record late = member("迟到", "20");
    late.insert(QStringLiteral("household_id"), a.household);
    auto id = residents.create(late);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field == QStringLiteral("household_id"));
    CHECK_FALSE(residents.restore(a.child).ok());
    CHECK(liveInArchived(*db) == 0);
}
