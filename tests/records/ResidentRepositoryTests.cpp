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

/** A valid 18-character ID number for the first 17 digits. */
QString validId(const char *first17)
{
    const QString digits = QString::fromLatin1(first17);
    return digits + ResidentId::checkDigit(digits);
}

/** The same 17 digits with a check character that is wrong. */
QString wrongCheckId(const char *first17)
{
    const QString right = validId(first17);
    return right.left(17) +
           (right.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

int residents(const Database &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM resident")).toInt();
}

template <typename T> std::string describe(const Result<T> &r)
{
    return (r.ok() ? QString() : r.error().details()).toStdString();
}

std::string describe(const Status &s)
{
    return (s.ok() ? QString() : s.error().details()).toStdString();
}

Record person(const char *name, const QString &idNumber = QString())
{
    Record r{{QStringLiteral("name"), S(name)}};
    if (!idNumber.isEmpty())
        r.insert(QStringLiteral("id_number"), idNumber);
    return r;
}

Record member(const char *name, const char *relation, const QString &idNumber = QString())
{
    Record r = person(name, idNumber);
    r.insert(QStringLiteral("relation_code"), QString::fromLatin1(relation));
    return r;
}

} // namespace

TEST_CASE("the known-valid example ID and a computed one pass the domain check", "[db]")
{
    CHECK(ResidentId::check(QStringLiteral("11010519491231002X")).valid);
    CHECK(validId("11010519491231002") == QStringLiteral("11010519491231002X"));
}

TEST_CASE("a resident with an invalid ID number is refused and nothing is written", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());

    auto id = repo.create(person("王五", wrongCheckId("14040319800101001")));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field == QStringLiteral("id_number"));
    CHECK(id.error().message.startsWith(QStringLiteral("ID number")));
    CHECK(id.error().message.contains(QStringLiteral("check digit")));
    CHECK(residents(*db) == 0);

    auto scientific = repo.create(person("王五", QStringLiteral("4.30102E+17")));
    REQUIRE_FALSE(scientific.ok());
    CHECK(scientific.error().field == QStringLiteral("id_number"));
    CHECK(scientific.error().message.contains(QStringLiteral("spreadsheet")));
    CHECK(residents(*db) == 0);

    auto noName = repo.create(person("   "));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().field == QStringLiteral("name"));
    CHECK(residents(*db) == 0);
}

TEST_CASE("a valid ID number fills birth date and sex, and must agree with them", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());

    auto id = repo.create(person("李秀英", QStringLiteral(" 11010519491231002x ")));
    INFO(describe(id));
    REQUIRE(id.ok());
    auto stored = repo.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->value(QStringLiteral("id_number")).toString() ==
          QStringLiteral("11010519491231002X"));
    CHECK(stored->value(QStringLiteral("birth_date")).toString() == QStringLiteral("1949-12-31"));
    CHECK(stored->value(QStringLiteral("sex_code")).toString() == QStringLiteral("2"));
    CHECK(stored->value(QStringLiteral("name_initials")).toString() == QStringLiteral("lxy"));
    CHECK(stored->value(QStringLiteral("name_pinyin")).toString() == QStringLiteral("lixiuying"));

    Record mismatch = person("张伟", validId("14040319800101001"));
    SECTION("birth date given and different")
    {
        mismatch.insert(QStringLiteral("birth_date"), QStringLiteral("1980-01-02"));
        auto r = repo.create(mismatch);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("birth_date"));
        CHECK(r.error().message.contains(QStringLiteral("ID number")));
    }
    SECTION("sex given and different")
    {
        mismatch.insert(QStringLiteral("sex_code"), QStringLiteral("2"));
        auto r = repo.create(mismatch);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("sex_code"));
    }
    SECTION("both given and the same")
    {
        mismatch.insert(QStringLiteral("birth_date"), QDate(1980, 1, 1));
        mismatch.insert(QStringLiteral("sex_code"), QStringLiteral("1"));
        auto r = repo.create(mismatch);
        INFO(describe(r));
        REQUIRE(r.ok());
        CHECK(repo.get(*r)->value(QStringLiteral("birth_date")).toString() ==
              QStringLiteral("1980-01-01"));
    }
    CHECK(residents(*db) <= 2);
}

TEST_CASE("old 15-digit numbers are upgraded and found however they are typed", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());
    auto id = repo.create(person("赵六", QStringLiteral("110105491231002")));
    INFO(describe(id));
    REQUIRE(id.ok());
    CHECK(repo.get(*id)->value(QStringLiteral("id_number")).toString() ==
          QStringLiteral("11010519491231002X"));

    for (const QString &typed :
         {QStringLiteral("11010519491231002X"), QStringLiteral("110105 19491231 002x"),
          QStringLiteral("110105491231002")}) {
        auto found = repo.findByIdNumber(typed);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK(**found == *id);
    }
    auto none = repo.findByIdNumber(validId("14040319800101001"));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    // The same person twice is refused, naming the field.
    auto twice = repo.create(person("赵六", QStringLiteral("11010519491231002X")));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == QStringLiteral("id_number"));
    CHECK(residents(*db) == 1);
}

TEST_CASE("an imported ID number that is wrong is kept only with its problem noted", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());
    Record imported = person("孙七", wrongCheckId("14040319800101001"));
    imported.insert(QStringLiteral("id_problem"), S("校验位错误"));
    auto id = repo.create(imported);
    INFO(describe(id));
    REQUIRE(id.ok());
    CHECK(repo.get(*id)->value(QStringLiteral("id_number")).toString() ==
          wrongCheckId("14040319800101001"));
    CHECK(repo.get(*id)->value(QStringLiteral("birth_date")).isNull());

    // Correcting the number clears the problem and fills what the number encodes.
    const Status fixed =
        repo.update(*id, Record{{QStringLiteral("id_number"), validId("14040319800101001")}});
    INFO(describe(fixed));
    REQUIRE(fixed.ok());
    auto stored = repo.get(*id);
    CHECK(stored->value(QStringLiteral("id_problem")).isNull());
    CHECK(stored->value(QStringLiteral("birth_date")).toString() == QStringLiteral("1980-01-01"));
    CHECK(stored->value(QStringLiteral("sex_code")).toString() == QStringLiteral("1"));
}

TEST_CASE("updates re-check what they touch and re-derive the search keys", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());
    auto id = repo.create(person("张三", validId("14040319800101001")));
    REQUIRE(id.ok());

    REQUIRE(repo.update(*id, Record{{QStringLiteral("name"), S("  李四 ")}}).ok());
    auto stored = repo.get(*id);
    CHECK(stored->value(QStringLiteral("name")).toString() == S("李四"));
    CHECK(stored->value(QStringLiteral("name_initials")).toString() == QStringLiteral("ls"));
    CHECK(stored->value(QStringLiteral("name_pinyin")).toString() == QStringLiteral("lisi"));

    // A corrected ID number carries its own birth date and sex along.
    REQUIRE(
        repo.update(*id, Record{{QStringLiteral("id_number"), validId("14040319850505002")}}).ok());
    stored = repo.get(*id);
    CHECK(stored->value(QStringLiteral("birth_date")).toString() == QStringLiteral("1985-05-05"));
    CHECK(stored->value(QStringLiteral("sex_code")).toString() == QStringLiteral("2"));

    const Status badBirth =
        repo.update(*id, Record{{QStringLiteral("birth_date"), QStringLiteral("1985-05-06")}});
    REQUIRE_FALSE(badBirth.ok());
    CHECK(badBirth.error().field == QStringLiteral("birth_date"));

    const Status badId =
        repo.update(*id, Record{{QStringLiteral("id_number"), wrongCheckId("14040319850505002")}});
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().field == QStringLiteral("id_number"));
    CHECK(repo.get(*id)->value(QStringLiteral("id_number")).toString() ==
          validId("14040319850505002"));

    const Status emptyName = repo.update(*id, Record{{QStringLiteral("name"), QString()}});
    REQUIRE_FALSE(emptyName.ok());
    CHECK(emptyName.error().field == QStringLiteral("name"));
}

TEST_CASE("phone numbers are checked and stored normalised", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());
    Record r = person("周八");
    r.insert(QStringLiteral("phone"), QStringLiteral("+86 138-1234-5678"));
    auto id = repo.create(r);
    INFO(describe(id));
    REQUIRE(id.ok());
    CHECK(repo.get(*id)->value(QStringLiteral("phone")).toString() ==
          QStringLiteral("13812345678"));

    const Status bad = repo.update(*id, Record{{QStringLiteral("phone"), QStringLiteral("12345")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("phone"));
    CHECK(bad.error().message.startsWith(QStringLiteral("Phone")));
    CHECK(repo.get(*id)->value(QStringLiteral("phone")).toString() ==
          QStringLiteral("13812345678"));

    REQUIRE(repo.update(*id, Record{{QStringLiteral("phone"), QStringLiteral(" ")}}).ok());
    CHECK(repo.get(*id)->value(QStringLiteral("phone")).isNull());
}

TEST_CASE("a head of household is not archived while others live in the household", "[db]")
{
    auto db = test::freshDatabase();
    HouseholdRepository households(db->connection());
    ResidentRepository repo(db->connection());
    auto household = households.createHousehold(
        Record{}, {member("张三", "02", validId("14040319800101001")), member("王芳", "10")});
    INFO(describe(household));
    REQUIRE(household.ok());
    auto list = households.members(*household);
    REQUIRE(list.ok());
    const qint64 head = list->at(0).value(QStringLiteral("id")).toLongLong();
    const qint64 spouse = list->at(1).value(QStringLiteral("id")).toLongLong();

    const Status refused = repo.archive(head, S("迁出"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("new head")));
    CHECK(repo.get(head)->value(QStringLiteral("archived_at")).isNull());

    // Nor can the head's relation simply be changed away, nor a second head be added.
    const Status demoted =
        repo.update(head, Record{{QStringLiteral("relation_code"), QStringLiteral("10")}});
    REQUIRE_FALSE(demoted.ok());
    CHECK(demoted.error().message.contains(QStringLiteral("no head")));
    Record second = member("张小三", "02");
    second.insert(QStringLiteral("household_id"), *household);
    auto secondHead = repo.create(second);
    REQUIRE_FALSE(secondHead.ok());
    CHECK(secondHead.error().field == QStringLiteral("relation_code"));

    REQUIRE(repo.archive(spouse, S("去世")).ok());
    CHECK(repo.get(spouse)->value(QStringLiteral("archive_reason")).toString() == S("去世"));
    const Status alone = repo.archive(head, S("迁出"));
    INFO(describe(alone));
    CHECK(alone.ok());

    // Restoring the spouse into a household without a live head is refused.
    CHECK_FALSE(repo.restore(spouse).ok());
    REQUIRE(repo.restore(head).ok());
    CHECK(repo.restore(spouse).ok());
}

TEST_CASE("care categories: set as a diff against the live rows", "[db]")
{
    auto db = test::freshDatabase();
    ResidentRepository repo(db->connection());
    RecordStore store(db->connection());
    auto id = repo.create(person("钱九", validId("14040319400101001")));
    REQUIRE(id.ok());
    auto category = [&](const char *code) {
        return test::scalar(*db, QStringLiteral("SELECT id FROM care_category WHERE code = '") +
                                     QLatin1String(code) + QStringLiteral("'"))
            .toLongLong();
    };
    const qint64 lowIncome = category("low_income");
    const qint64 alone = category("living_alone");
    const qint64 over80 = category("over_80");
    auto careRow = [&](qint64 c) {
        return test::scalar(*db,
                            QStringLiteral("SELECT uid FROM resident_care WHERE category_id = %1 "
                                           "AND archived_at IS NULL")
                                .arg(c))
            .toString();
    };

    REQUIRE(repo.setCareCategories(*id, {alone, lowIncome, alone}).ok());
    CHECK(*repo.careCategories(*id) ==
          QList<qint64>{std::min(alone, lowIncome), std::max(alone, lowIncome)});
    const QString aloneRow = careRow(alone);

    const Status changed = repo.setCareCategories(*id, {alone, over80});
    INFO(describe(changed));
    REQUIRE(changed.ok());
    auto now = repo.careCategories(*id);
    REQUIRE(now.ok());
    CHECK(*now == QList<qint64>{std::min(alone, over80), std::max(alone, over80)});
    CHECK(careRow(alone) == aloneRow); // kept, not replaced
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resident_care WHERE "
                                           "archived_at IS NOT NULL"))
              .toInt() == 1);

    // An unknown category fails the whole call: nothing changes.
    const Status unknown = repo.setCareCategories(*id, {4711});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("category_id"));
    CHECK(*repo.careCategories(*id) == *now);

    // An archived category cannot be given to anyone any more.
    REQUIRE(store.archive(QStringLiteral("care_category"), lowIncome).ok());
    CHECK_FALSE(repo.setCareCategories(*id, {lowIncome}).ok());

    REQUIRE(repo.setCareCategories(*id, {}).ok());
    CHECK(repo.careCategories(*id)->isEmpty());
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resident_care")).toInt() == 3);
    CHECK_FALSE(repo.careCategories(4711).ok());
}
