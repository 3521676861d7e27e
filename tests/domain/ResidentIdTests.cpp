// SPDX-License-Identifier: MIT
// Known numbers: 11010519491231002X is the example in GB 11643-1999 itself and
// 440524188001010014 the one used by Wikipedia; the other check characters were computed
// independently (a few lines of Python over the standard's weights) before being written here.
#include "domain/ResidentId.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

#include <string>

using gridbook::ResidentId;
using gridbook::Sex;
using Problem = gridbook::ResidentId::Problem;

namespace {

const QDate kToday(2024, 6, 1);

/** Catch2 prints std::string but not Qt types: compare through this to see values on failure. */
std::string str(const QString &s)
{
    return s.toStdString();
}

/** "yyyy-MM-dd", or "" for an invalid date. */
std::string str(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

std::string str(QChar c)
{
    return QString(c).toStdString();
}

ResidentId::Check check(const char16_t *input, QDate today = kToday)
{
    return ResidentId::check(QString::fromUtf16(input), today);
}

} // namespace

TEST_CASE("The standard's example number is valid", "[domain]")
{
    const auto result = check(u"11010519491231002X");
    CHECK(result.valid);
    CHECK(result.problem == Problem::None);
    CHECK(str(result.normalized) == "11010519491231002X");
    CHECK(str(result.birthDate) == "1949-12-31");
    CHECK(result.sex == Sex::Female);
    CHECK_FALSE(result.wasFifteenDigit);
    CHECK(result.message.isEmpty());
}

TEST_CASE("A valid male number and a check digit of 0", "[domain]")
{
    const auto male = check(u"430102199001011238");
    CHECK(male.valid);
    CHECK(male.sex == Sex::Male);
    CHECK(str(male.birthDate) == "1990-01-01");

    // Ends in zeros like an Excel-truncated number would, but is a real, valid number:
    // only the E-notation form can be recognised as damaged.
    const auto zeros = check(u"430102199001011000");
    CHECK(zeros.valid);
    CHECK(zeros.problem == Problem::None);
}

TEST_CASE("Sex enumerators are the GB/T 2261.1 codes", "[domain]")
{
    CHECK(static_cast<int>(Sex::Unknown) == 0);
    CHECK(static_cast<int>(Sex::Male) == 1);
    CHECK(static_cast<int>(Sex::Female) == 2);
    CHECK(static_cast<int>(Sex::Unspecified) == 9);
}

TEST_CASE("Input is cleaned before checking", "[domain]")
{
    const std::string expected = "11010519491231002X";
    const char16_t *inputs[] = {
        u"11010519491231002x",                   // lower-case x
        u"１１０１０５１９４９１２３１００２Ｘ", // full-width digits, Ｘ
        u"１１０１０５１９４９１２３１００２ｘ", // full-width ｘ
        u"  110105 19491231 002X\t",             // blanks around and inside
        u"110105\u300019491231\u3000002X",       // ideographic spaces
        u"\uFEFF1101051949\u200B1231002X",       // BOM, zero-width space
    };
    for (const char16_t *input : inputs) {
        INFO(QString::fromUtf16(input).toStdString());
        const auto result = check(input);
        CHECK(result.valid);
        CHECK(str(result.normalized) == expected);
    }
}

TEST_CASE("Empty input", "[domain]")
{
    for (const char16_t *input : {u"", u"   ", u"\u3000"}) {
        const auto result = check(input);
        CHECK_FALSE(result.valid);
        CHECK(result.problem == Problem::Empty);
        CHECK(str(result.message) == "ID number: empty");
        CHECK(result.normalized.isEmpty());
    }
}

TEST_CASE("Wrong length", "[domain]")
{
    const auto seventeen = check(u"11010519491231002");
    CHECK(seventeen.problem == Problem::WrongLength);
    CHECK(str(seventeen.message) ==
          "ID number: must be 18 characters (15-digit old IDs also accepted), got 17");
    CHECK(check(u"11010519491231002X1").problem == Problem::WrongLength);
    CHECK(check(u"1101051949123").problem == Problem::WrongLength);
}

TEST_CASE("Bad characters", "[domain]")
{
    const auto dash = check(u"110105-19491231002");
    CHECK(dash.problem == Problem::BadCharacters);
    CHECK(str(dash.message) == "ID number: only digits and a final X are allowed, found \"-\"");

    CHECK(check(u"11010519491231O02X").problem == Problem::BadCharacters); // letter O

    const auto innerX = check(u"1101051949123100X2");
    CHECK(innerX.problem == Problem::BadCharacters);
    CHECK(str(innerX.message) == "ID number: X is only allowed as the 18th character");

    CHECK(check(u"11010549123100X").problem == Problem::BadCharacters); // 15 digits have no X
}

TEST_CASE("Numbers mangled by spreadsheet scientific notation", "[domain]")
{
    const auto shortForm = check(u"4.30102E+17");
    CHECK_FALSE(shortForm.valid);
    CHECK(shortForm.problem == Problem::ScientificNotation);
    CHECK(str(shortForm.message) == "ID number was turned into a number by a "
                                    "spreadsheet (4.30102E+17) and cannot be recovered");

    CHECK(check(u"4.30102198E+17").problem == Problem::ScientificNotation);
    CHECK(check(u"4.30102e+17").problem == Problem::ScientificNotation);
    CHECK(check(u"４.３０１０２Ｅ＋１７").problem == Problem::ScientificNotation);
    CHECK(check(u"4,30102E+17").problem == Problem::ScientificNotation); // decimal comma
}

TEST_CASE("Region codes", "[domain]")
{
    const auto unknown = check(u"990105194912310023");
    CHECK(unknown.problem == Problem::UnknownRegion);
    CHECK(str(unknown.message) == "ID number: unknown province code 99 at the start");

    CHECK(check(u"000000194912310027").problem == Problem::UnknownRegion);

    // Hong Kong, Macao and Taiwan residence permits use 81/82/83 + 0000.
    CHECK(check(u"810000199001010019").valid);
    CHECK(check(u"830000199001010020").valid);
}

TEST_CASE("Birth dates", "[domain]")
{
    SECTION("leap years")
    {
        const auto notLeap = check(u"110105190002290017");
        CHECK(notLeap.problem == Problem::BadBirthDate);
        CHECK(str(notLeap.message) == "ID number: impossible birth date 1900-02-29");

        const auto leap = check(u"110105200002290013");
        CHECK(leap.valid);
        CHECK(str(leap.birthDate) == "2000-02-29");
        CHECK(leap.sex == Sex::Male);
    }
    SECTION("impossible day")
    {
        const auto result = check(u"11010519900230001X");
        CHECK(result.problem == Problem::BadBirthDate);
        CHECK(str(result.message) == "ID number: impossible birth date 1990-02-30");
    }
    SECTION("before 1900")
    {
        const auto result = check(u"440524188001010014");
        CHECK(result.problem == Problem::BadBirthDate);
        CHECK(str(result.message) == "ID number: birth date 1880-01-01 is before 1900");
        CHECK(check(u"11010519000101001X").valid); // the first day allowed
    }
    SECTION("future relative to the given day")
    {
        const auto result = check(u"110105202406050015", QDate(2024, 6, 1));
        CHECK(result.problem == Problem::FutureBirthDate);
        CHECK(str(result.message) == "ID number: birth date 2024-06-05 is in the future");
        CHECK(check(u"110105202406050015", QDate(2024, 6, 5)).valid); // born today
        CHECK(check(u"11010520240229002X", QDate(2024, 2, 28)).problem == Problem::FutureBirthDate);
        CHECK(check(u"11010520240229002X", QDate(2024, 3, 1)).valid);
    }
}

TEST_CASE("Sequence number 000", "[domain]")
{
    const auto result = check(u"110105194912310003");
    CHECK(result.problem == Problem::BadSequence);
    CHECK(str(result.message) == "ID number: sequence number 000 is not allowed");
    CHECK(check(u"110105491231000").problem == Problem::BadSequence);
}

TEST_CASE("Wrong check digit", "[domain]")
{
    const auto result = check(u"110105194912310021");
    CHECK_FALSE(result.valid);
    CHECK(result.problem == Problem::WrongCheckDigit);
    CHECK(str(result.message) == "ID number: wrong check digit (expected X)");
    CHECK(result.normalized.isEmpty());
    CHECK_FALSE(result.birthDate.isValid());

    // One digit mistyped in the middle.
    const auto typo = check(u"430102199001021238");
    CHECK(typo.problem == Problem::WrongCheckDigit);
}

TEST_CASE("Fifteen-digit numbers are upgraded", "[domain]")
{
    const auto result = check(u"110105491231002");
    CHECK(result.valid);
    CHECK(result.wasFifteenDigit);
    CHECK(str(result.normalized) == "11010519491231002X");
    CHECK(str(result.birthDate) == "1949-12-31");
    CHECK(result.sex == Sex::Female);

    const auto badDate = check(u"110105490230002");
    CHECK(badDate.problem == Problem::BadBirthDate);
    CHECK(str(badDate.message) == "ID number: impossible birth date 1949-02-30");

    CHECK(str(ResidentId::upgradeFifteen(QStringLiteral("110105491231002"))) ==
          "11010519491231002X");
    CHECK(str(ResidentId::upgradeFifteen(QStringLiteral(" 110105491231002 "))) ==
          "11010519491231002X");
    CHECK(ResidentId::upgradeFifteen(QStringLiteral("11010519491231002X")).isEmpty());
    CHECK(ResidentId::upgradeFifteen(QStringLiteral("11010549123100A")).isEmpty());
}

TEST_CASE("Check digit computation", "[domain]")
{
    CHECK(str(ResidentId::checkDigit(u"11010519491231002")) == "X");
    CHECK(str(ResidentId::checkDigit(u"43010219900101123")) == "8");
    CHECK(str(ResidentId::checkDigit(u"44052418800101001")) == "4");
    CHECK(str(ResidentId::checkDigit(u"43010219900101100")) == "0");
    CHECK(ResidentId::checkDigit(u"1101051949123100").isNull());   // 16 digits
    CHECK(ResidentId::checkDigit(u"110105194912310021").isNull()); // 18
    CHECK(ResidentId::checkDigit(u"1101051949123100A").isNull());
}

TEST_CASE("Age in full years", "[domain]")
{
    const QDate birth(1949, 12, 31);
    CHECK(ResidentId::ageOn(birth, QDate(2024, 12, 30)) == 74);
    CHECK(ResidentId::ageOn(birth, QDate(2024, 12, 31)) == 75);
    CHECK(ResidentId::ageOn(birth, birth) == 0);

    const QDate leapDay(2000, 2, 29);
    CHECK(ResidentId::ageOn(leapDay, QDate(2023, 2, 28)) == 22);
    CHECK(ResidentId::ageOn(leapDay, QDate(2023, 3, 1)) == 23);
    CHECK(ResidentId::ageOn(leapDay, QDate(2024, 2, 29)) == 24);

    CHECK(ResidentId::ageOn(birth, QDate(1949, 12, 30)) == -1);
    CHECK(ResidentId::ageOn(QDate(), QDate(2024, 1, 1)) == -1);
}

TEST_CASE("Masking keeps region and last four", "[domain]")
{
    CHECK(str(ResidentId::mask(QStringLiteral("430102199001011238"))) == "430102********1238");
    CHECK(str(ResidentId::mask(QStringLiteral("11010519491231002x"))) == "110105********002X");
    CHECK(str(ResidentId::mask(QString::fromUtf16(u"１１０１０５１９４９１２３１００２Ｘ"))) ==
          "110105********002X");
    CHECK(str(ResidentId::mask(QStringLiteral("110105491231002"))) == "110105*****1002");
    CHECK(str(ResidentId::mask(QStringLiteral("1101051949"))) == "**********");
    CHECK(ResidentId::mask(QString()).isEmpty());
}

namespace {

/** Marks every string it is asked for, to prove messages go through the right context. */
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("ResidentId"))
            return {};
        return QStringLiteral("[zh]") + QString::fromUtf8(sourceText);
    }
};

} // namespace

TEST_CASE("Messages are translatable in the ResidentId context", "[domain]")
{
    MarkingTranslator translator;
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const auto result = check(u"110105194912310021");
    QCoreApplication::removeTranslator(&translator);
    CHECK(str(result.message) == "[zh]ID number: wrong check digit (expected X)");
}
