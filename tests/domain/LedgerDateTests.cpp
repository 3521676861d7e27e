// SPDX-License-Identifier: MIT
// Excel serial numbers checked against Python's date(1899, 12, 30) + timedelta(serial) for
// serials from 61 on, and against Excel's own 1900-01-01 = 1 below that.
#include "domain/LedgerDate.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

#include <cmath>
#include <limits>
#include <string>

using gridbook::LedgerDate;
using Problem = gridbook::LedgerDate::Problem;

namespace {

const QString kField = QStringLiteral("Move-in date");

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

LedgerDate::Check parse(const char16_t *text)
{
    return LedgerDate::parse(QString::fromUtf16(text), kField);
}

} // namespace

TEST_CASE("Dates in the forms offices type them", "[domain]")
{
    const char16_t *inputs[] = {
        u"2024-03-05",
        u"2024-3-5",
        u"2024/3/5",
        u"2024/03/05",
        u"2024.3.5",
        u"20240305",
        u"2024年3月5日",
        u"2024年03月05日",
        u"2024 年 3 月 5 日",
        u"2024年3月5号",
        u"2024年3月5",
        u"２０２４年３月５日",
        u"２０２４／３／５",
        u"２０２４－０３－０５",
        u" 2024-03-05 ",
        u"2024/3/5 0:00",
        u"2024-03-05 00:00:00",
        u"2024-03-05T08:30:00",
        u"\uFEFF2024-03-05",
    };
    for (const char16_t *input : inputs) {
        INFO(QString::fromUtf16(input).toStdString());
        const auto result = parse(input);
        CHECK(result.valid);
        CHECK(result.problem == Problem::None);
        CHECK(str(result.date) == "2024-03-05");
        CHECK(str(result.normalized) == "2024-03-05");
        CHECK(result.message.isEmpty());
    }
}

TEST_CASE("Date: empty", "[domain]")
{
    for (const char16_t *input : {u"", u"   ", u"\u3000"}) {
        const auto result = parse(input);
        CHECK_FALSE(result.valid);
        CHECK(result.problem == Problem::Empty);
        CHECK(str(result.message) == "Move-in date: empty");
    }
}

TEST_CASE("Date: unreadable forms", "[domain]")
{
    const auto twoDigitYear = parse(u"24/3/5");
    CHECK(twoDigitYear.problem == Problem::BadFormat);
    CHECK(str(twoDigitYear.message) ==
          "Move-in date: cannot read \"24/3/5\" as a date (write it like 2024-03-05)");

    for (const char16_t *input :
         {u"2024/3-5", u"5/3/2024", u"2024年3月", u"yesterday", u"2024-03-05x", u"2024-003-05",
          u"202435", u"45356", u"2024/3/5 noon"}) {
        INFO(QString::fromUtf16(input).toStdString());
        const auto result = parse(input);
        CHECK_FALSE(result.valid);
        CHECK(result.problem == Problem::BadFormat);
        CHECK_FALSE(result.date.isValid());
    }

    // A pasted paragraph is cut short in the message.
    const auto longText = parse(u"moved in some time in the spring of last year");
    CHECK(str(longText.message) == "Move-in date: cannot read \"moved in some time in "
                                   "t\u2026\" as a date (write it like 2024-03-05)");
}

TEST_CASE("Date: impossible days", "[domain]")
{
    const auto notLeap = parse(u"2023-02-29");
    CHECK(notLeap.problem == Problem::ImpossibleDate);
    CHECK(str(notLeap.message) == "Move-in date: impossible date 2023-02-29");

    CHECK(parse(u"1900-02-29").problem == Problem::ImpossibleDate); // 1900 is not a leap year
    CHECK(parse(u"2000-02-29").valid);                              // 2000 is
    CHECK(parse(u"2024-02-29").valid);

    const auto month13 = parse(u"2024/13/1");
    CHECK(month13.problem == Problem::ImpossibleDate);
    CHECK(str(month13.message) == "Move-in date: impossible date 2024-13-01");
    CHECK(parse(u"20240230").problem == Problem::ImpossibleDate);
    CHECK(parse(u"2024年4月31日").problem == Problem::ImpossibleDate);
    CHECK(parse(u"2024-00-10").problem == Problem::ImpossibleDate);
    CHECK(parse(u"2024-01-00").problem == Problem::ImpossibleDate);
}

TEST_CASE("Date: years outside the ledger's range", "[domain]")
{
    const auto early = parse(u"1899-12-31");
    CHECK(early.problem == Problem::OutOfRange);
    CHECK(str(early.message) == "Move-in date: year 1899 is outside 1900-2100");
    CHECK(parse(u"1900-01-01").valid);
    CHECK(parse(u"2100-12-31").valid);
    CHECK(parse(u"2101-01-01").problem == Problem::OutOfRange);
    CHECK(parse(u"0024-03-05").problem == Problem::OutOfRange);
}

TEST_CASE("The field name is the caller's", "[domain]")
{
    const auto result =
        LedgerDate::parse(QStringLiteral("2023-02-29"), QStringLiteral("Birth date"));
    CHECK(str(result.message) == "Birth date: impossible date 2023-02-29");
}

TEST_CASE("Excel day numbers, 1900 date system", "[domain]")
{
    struct Case {
        double serial;
        QDate date;
    };
    const Case cases[] = {
        {1, QDate(1900, 1, 1)},        {59, QDate(1900, 2, 28)},     {61, QDate(1900, 3, 1)},
        {25569, QDate(1970, 1, 1)},    {36526, QDate(2000, 1, 1)},   {45356, QDate(2024, 3, 5)},
        {45356.75, QDate(2024, 3, 5)}, {73415, QDate(2100, 12, 31)},
    };
    for (const Case &c : cases) {
        INFO(c.serial);
        const auto result = LedgerDate::fromExcelSerial(c.serial, kField);
        CHECK(result.valid);
        CHECK(str(result.date) == str(c.date));
        CHECK(str(result.normalized) == str(c.date));
    }

    const auto fakeLeapDay = LedgerDate::fromExcelSerial(60, kField);
    CHECK(fakeLeapDay.problem == Problem::ImpossibleDate);
    CHECK(str(fakeLeapDay.message) ==
          "Move-in date: spreadsheet day 60 is 1900-02-29, which did not exist");
    CHECK(LedgerDate::fromExcelSerial(60.5, kField).problem == Problem::ImpossibleDate);

    const auto zero = LedgerDate::fromExcelSerial(0, kField);
    CHECK(zero.problem == Problem::BadFormat);
    CHECK(str(zero.message) == "Move-in date: spreadsheet day number 0 is not a date");
    CHECK(LedgerDate::fromExcelSerial(-3, kField).problem == Problem::BadFormat);
    CHECK(LedgerDate::fromExcelSerial(std::nan(""), kField).problem == Problem::BadFormat);
    CHECK(LedgerDate::fromExcelSerial(std::numeric_limits<double>::infinity(), kField).problem ==
          Problem::BadFormat);

    const auto after2100 = LedgerDate::fromExcelSerial(73416, kField);
    CHECK(after2100.problem == Problem::OutOfRange);
    CHECK(str(after2100.message) == "Move-in date: year 2101 is outside 1900-2100");
    CHECK(LedgerDate::fromExcelSerial(2958465, kField).problem == Problem::OutOfRange);
    CHECK(LedgerDate::fromExcelSerial(1e300, kField).problem == Problem::OutOfRange);
}

TEST_CASE("Storage form", "[domain]")
{
    CHECK(str(LedgerDate::toStorage(QDate(2024, 3, 5))) == "2024-03-05");
    CHECK(str(LedgerDate::toStorage(QDate(1900, 1, 1))) == "1900-01-01");
    CHECK(LedgerDate::toStorage(QDate()).isEmpty());
    // Formatted by hand, the same text as Qt's ISO form, zeros and all.
    for (const QDate d : {QDate(1, 1, 1), QDate(99, 12, 31), QDate(987, 6, 5), QDate(2000, 2, 29),
                          QDate(9999, 12, 31), QDate(-44, 3, 15), QDate(10000, 1, 1)})
        CHECK(LedgerDate::toStorage(d) == d.toString(Qt::ISODate));

    CHECK(str(LedgerDate::fromStorage(QStringLiteral("2024-03-05"))) == "2024-03-05");
    CHECK_FALSE(LedgerDate::fromStorage(QStringLiteral("2024-3-5")).isValid());
    CHECK_FALSE(LedgerDate::fromStorage(QStringLiteral("2024-02-30")).isValid());
    CHECK_FALSE(LedgerDate::fromStorage(QStringLiteral("2024-03-05T00:00:00")).isValid());
    CHECK_FALSE(LedgerDate::fromStorage(QString()).isValid());
}

namespace {

/** Marks every string it is asked for, to prove messages go through the right context. */
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("LedgerDate"))
            return {};
        return QStringLiteral("[zh]") + QString::fromUtf8(sourceText);
    }
};

} // namespace

TEST_CASE("Messages are translatable in the LedgerDate context", "[domain]")
{
    MarkingTranslator translator;
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const auto empty = parse(u"");
    const auto impossible = parse(u"2023-02-29");
    QCoreApplication::removeTranslator(&translator);
    CHECK(str(empty.message) == "[zh]Move-in date: empty");
    CHECK(str(impossible.message) == "[zh]Move-in date: impossible date 2023-02-29");
}
