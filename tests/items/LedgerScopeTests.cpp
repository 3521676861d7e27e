// SPDX-License-Identifier: MIT
#include "items/LedgerScope.h"
#include "items/SearchText.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QVariant>

using namespace gridbook;
using Level = LedgerScope::Level;
using Kind = SearchText::Kind;

TEST_CASE("a ledger scope is a comparable value with a stable text form", "[models]")
{
    CHECK(LedgerScope() == LedgerScope::everything());
    CHECK(LedgerScope().isEverything());
    CHECK(LedgerScope::smallGrid(3) == LedgerScope(Level::SmallGrid, 3));
    CHECK_FALSE(LedgerScope::smallGrid(3) == LedgerScope::bigGrid(3));
    CHECK_FALSE(LedgerScope::compound(7) == LedgerScope::compound(7, 3));
    // The grid qualifies compounds only.
    CHECK(LedgerScope(Level::Building, 5, 9) == LedgerScope::building(5));
    CHECK(LedgerScope(Level::Everything, 5).id() == 0);
    CHECK_FALSE(LedgerScope::unit(0).isValid());

    const QList<LedgerScope> all{LedgerScope::everything(), LedgerScope::community(1),
                                 LedgerScope::bigGrid(2),   LedgerScope::smallGrid(3),
                                 LedgerScope::compound(4),  LedgerScope::compound(4, 3),
                                 LedgerScope::building(5),  LedgerScope::unit(6)};
    QSet<LedgerScope> distinct;
    for (const LedgerScope &scope : all) {
        INFO(scope.toString().toStdString());
        const auto back = LedgerScope::fromString(scope.toString());
        REQUIRE(back.has_value());
        CHECK(*back == scope);
        distinct.insert(scope);
        CHECK(QVariant::fromValue(scope).value<LedgerScope>() == scope);
    }
    CHECK(distinct.size() == all.size());
    CHECK(LedgerScope::compound(4, 3).toString() == QStringLiteral("compound:4@small_grid:3"));
    CHECK(LedgerScope::smallGrid(12).toString() == QStringLiteral("small_grid:12"));
    for (const char *bad : {"", "grid:3", "unit:", "unit:x", "unit:-2", "building:5@small_grid:3",
                            "compound:4@big_grid:3", "compound:4@small_grid:3@small_grid:4"})
        CHECK_FALSE(LedgerScope::fromString(QString::fromUtf8(bad)).has_value());
}

TEST_CASE("what a search text means", "[models]")
{
    CHECK(SearchText(QStringLiteral("  ")).kind() == Kind::Empty);
    CHECK(SearchText(QStringLiteral("zsf")).kind() == Kind::Letters);
    CHECK(SearchText(QStringLiteral("Zhang San")).text() == QStringLiteral("zhangsan"));
    CHECK(SearchText(QStringLiteral("xi'an")).text() == QStringLiteral("xian"));
    CHECK(SearchText(QString::fromUtf8("ＺＳＦ")).text() == QStringLiteral("zsf"));
    CHECK(SearchText(QStringLiteral("4304")).kind() == Kind::Digits);
    CHECK(SearchText(QString::fromUtf8("４３０４")).text() == QStringLiteral("4304"));
    CHECK(SearchText(QStringLiteral("138 1234 5678")).text() == QStringLiteral("13812345678"));
    CHECK(SearchText(QStringLiteral("12345x")).text() == QStringLiteral("12345X"));
    CHECK(SearchText(QStringLiteral("12345x")).kind() == Kind::Digits);
    CHECK(SearchText(QStringLiteral("x")).kind() == Kind::Letters);
    CHECK(SearchText(QStringLiteral("1x2")).kind() == Kind::Text);
    const SearchText address(QString::fromUtf8("和济小区3栋2单元501"));
    CHECK(address.kind() == Kind::Text);
    CHECK(address.addressLead() == QString::fromUtf8("和济小区3栋2单元"));
    CHECK(address.roomPrefix() == QStringLiteral("501"));
    CHECK(SearchText(QString::fromUtf8("张三")).addressLead().isEmpty());

    CHECK(SearchText::prefixEnd(QStringLiteral("zs")) == QStringLiteral("zt"));
    CHECK(SearchText::prefixEnd(QStringLiteral("z")) == QStringLiteral("{"));
    CHECK(SearchText::prefixEnd(QString::fromUtf8("张")) == QString(QChar(0x5F21)));
    CHECK(SearchText::prefixEnd(QString()).isEmpty());
    const QString supplementary = QString::fromUcs4(U"\U00020000");
    CHECK(SearchText::prefixEnd(supplementary) == QString::fromUcs4(U"\U00020001"));
}
