// SPDX-License-Identifier: MIT
#include "domain/PhoneNumber.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

#include <string>

using gridbook::PhoneNumber;
using Kind = gridbook::PhoneNumber::Kind;
using Problem = gridbook::PhoneNumber::Problem;

namespace {

/** Catch2 prints std::string but not Qt types: compare through this to see values on failure. */
std::string str(const QString &s)
{
    return s.toStdString();
}

PhoneNumber::Check check(const char16_t *input)
{
    return PhoneNumber::check(QString::fromUtf16(input));
}

QString mask(const char16_t *input)
{
    return PhoneNumber::mask(QString::fromUtf16(input));
}

} // namespace

TEST_CASE("Mobile numbers in the forms people write them", "[domain]")
{
    const char16_t *inputs[] = {
        u"13812345678",       u"138 1234 5678",           u"138-1234-5678",
        u"+86 138 1234 5678", u"+8613812345678",          u"0086-138-1234-5678",
        u"8613812345678",     u"(+86)13812345678",        u"１３８１２３４５６７８",
        u"013812345678",      u"\uFEFF138\u200B12345678", u"＋８６　１３８１２３４５６７８",
    };
    for (const char16_t *input : inputs) {
        INFO(QString::fromUtf16(input).toStdString());
        const auto result = check(input);
        CHECK(result.valid);
        CHECK(result.kind == Kind::Mobile);
        CHECK(result.problem == Problem::None);
        CHECK(str(result.normalized) == "13812345678");
        CHECK(result.message.isEmpty());
    }
    CHECK(check(u"19912345678").valid);
    CHECK(check(u"16612345678").valid);
}

TEST_CASE("Landline numbers", "[domain]")
{
    struct Case {
        const char16_t *input;
        const char *normalized;
    };
    const Case cases[] = {
        {u"0355-1234567", "0355-1234567"},
        {u"(0355)1234567", "0355-1234567"},
        {u"（0355）1234567", "0355-1234567"},
        {u"0355 1234567", "0355-1234567"},
        {u"035512345678", "0355-12345678"},
        {u"0355—12345678", "0355-12345678"},
        {u"010-12345678", "010-12345678"},
        {u"02012345678", "020-12345678"},
        {u"+86 355 1234567", "0355-1234567"},
        {u"+86 10 12345678", "010-12345678"},
        {u"2345678", "2345678"},
        {u"8765 4321", "87654321"},
    };
    for (const Case &c : cases) {
        INFO(QString::fromUtf16(c.input).toStdString());
        const auto result = check(c.input);
        CHECK(result.valid);
        CHECK(result.kind == Kind::Landline);
        CHECK(str(result.normalized) == c.normalized);
    }
}

TEST_CASE("Phone: empty", "[domain]")
{
    for (const char16_t *input : {u"", u"  ", u"--", u"()"}) {
        const auto result = check(input);
        CHECK_FALSE(result.valid);
        CHECK(result.kind == Kind::None);
        CHECK(result.problem == Problem::Empty);
        CHECK(str(result.message) == "Phone: empty");
    }
}

TEST_CASE("Phone: bad characters", "[domain]")
{
    const auto letters = check(u"138abc45678");
    CHECK(letters.problem == Problem::BadCharacters);
    CHECK(str(letters.message) == "Phone: unexpected character \"a\"");
    CHECK(check(u"138.1234.5678").problem == Problem::BadCharacters);
    CHECK(check(u"0355-1234567转801").problem == Problem::BadCharacters);
}

TEST_CASE("Phone: spreadsheet scientific notation", "[domain]")
{
    const auto result = check(u"1.38123E+10");
    CHECK(result.problem == Problem::ScientificNotation);
    CHECK(str(result.message) == "Phone was turned into a number by a spreadsheet "
                                 "(1.38123E+10) and cannot be recovered");
}

TEST_CASE("Phone: wrong length", "[domain]")
{
    const auto ten = check(u"1381234567");
    CHECK(ten.problem == Problem::WrongLength);
    CHECK(str(ten.message) == "Phone: mobile numbers have 11 digits, got 10");

    // Seven digits starting with 1: a mobile with digits missing, not a local landline.
    const auto seven = check(u"1381234");
    CHECK(seven.problem == Problem::WrongLength);
    CHECK(str(seven.message) == "Phone: mobile numbers have 11 digits, got 7");

    CHECK(check(u"138123456789").problem == Problem::WrongLength); // 12

    const auto shortLocal = check(u"0355-123456");
    CHECK(shortLocal.problem == Problem::WrongLength);
    CHECK(str(shortLocal.message) ==
          "Phone: landline needs 7-8 digits after area code 0355, got 6");
    CHECK(check(u"010-123456789").problem == Problem::WrongLength);
    CHECK(check(u"0355").problem == Problem::WrongLength);

    const auto nine = check(u"234567890");
    CHECK(nine.problem == Problem::WrongLength);
    CHECK(str(nine.message) == "Phone: 9 digits is neither a mobile (11) nor a landline "
                               "(7-8 digits, with or without area code) number");
}

TEST_CASE("Phone: bad prefixes", "[domain]")
{
    const auto mobile = check(u"12812345678");
    CHECK(mobile.problem == Problem::BadPrefix);
    CHECK(str(mobile.message) == "Phone: mobile numbers start with 13-19, got 12");

    const auto area = check(u"011-1234567");
    CHECK(area.problem == Problem::BadPrefix);
    CHECK(str(area.message) == "Phone: unknown area code 011");

    const auto hongKong = check(u"+852 9123 4567");
    CHECK(hongKong.problem == Problem::BadPrefix);
    CHECK(str(hongKong.message) == "Phone: only mainland China numbers (+86) are accepted");
    CHECK(check(u"00852 9123 4567").problem == Problem::BadPrefix);
    CHECK(check(u"0355-01234567").problem == Problem::BadPrefix);
}

TEST_CASE("Phone: service numbers are refused", "[domain]")
{
    for (const char16_t *input : {u"95588", u"12345", u"110", u"10086", u"12315", u"96110",
                                  u"400-123-4567", u"800 810 8888"}) {
        INFO(QString::fromUtf16(input).toStdString());
        const auto result = check(input);
        CHECK_FALSE(result.valid);
        CHECK(result.problem == Problem::ServiceNumber);
    }
    CHECK(str(check(u"12345").message) ==
          "Phone: 12345 is a service number, not a resident's phone");
}

TEST_CASE("Phone masking", "[domain]")
{
    CHECK(str(mask(u"13812345678")) == "138****5678");
    CHECK(str(mask(u"+86 138-1234-5678")) == "138****5678");
    CHECK(str(mask(u"(0355)1234567")) == "0355-****567");
    CHECK(str(mask(u"0355-12345678")) == "0355-****5678");
    CHECK(str(mask(u"010-12345678")) == "010-****5678");
    CHECK(str(mask(u"2345678")) == "****678");
    // Not a valid number: every digit but the last two hidden, whatever else was typed kept.
    CHECK(str(mask(u"1381234567")) == "********67");
    CHECK(str(mask(u"138-1234")) == "***-**34");
    CHECK(mask(u"").isEmpty());
}

namespace {

/** Marks every string it is asked for, to prove messages go through the right context. */
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("PhoneNumber"))
            return {};
        return QStringLiteral("[zh]") + QString::fromUtf8(sourceText);
    }
};

} // namespace

TEST_CASE("Messages are translatable in the PhoneNumber context", "[domain]")
{
    MarkingTranslator translator;
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const auto result = check(u"1381234567");
    QCoreApplication::removeTranslator(&translator);
    CHECK(str(result.message) == "[zh]Phone: mobile numbers have 11 digits, got 10");
}
