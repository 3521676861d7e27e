// SPDX-License-Identifier: MIT
#include "domain/Pinyin.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

using gridbook::Pinyin;

namespace {

QString initials(const QString &name)
{
    return Pinyin::initials(name);
}

QString full(const QString &name)
{
    return Pinyin::full(name);
}

QString plainFull(const QString &text)
{
    return Pinyin::full(text, Pinyin::NameKind::PlainText);
}

} // namespace

// Catch2 prints QString as "{?}"; compare as UTF-8 so a failure shows the strings.
#define CHECK_PINYIN(actual, expected) CHECK((actual).toStdString() == std::string(expected))

TEST_CASE("Pinyin gives initials and full pinyin of a plain name", "[domain]")
{
    CHECK_PINYIN(initials(QStringLiteral("张三丰")), "zsf");
    CHECK_PINYIN(full(QStringLiteral("张三丰")), "zhangsanfeng");
    CHECK(Pinyin::syllables(QStringLiteral("张三丰")) ==
          QStringList{QStringLiteral("zhang"), QStringLiteral("san"), QStringLiteral("feng")});
}

TEST_CASE("Pinyin writes u-umlaut as v and drops tones", "[domain]")
{
    CHECK_PINYIN(full(QStringLiteral("吕布")), "lvbu");
    CHECK_PINYIN(initials(QStringLiteral("吕布")), "lb");
    CHECK_PINYIN(plainFull(QStringLiteral("绿女")), "lvnv");
    CHECK_PINYIN(QString(Pinyin::reading(U'吕')), "lv");
    CHECK_PINYIN(QString(Pinyin::reading(U'张')), "zhang");
    CHECK(Pinyin::reading(U'A').isEmpty());
}

TEST_CASE("Pinyin reads the first character of a person's name as a surname", "[domain]")
{
    CHECK_PINYIN(full(QStringLiteral("单雄信")), "shanxiongxin");
    CHECK_PINYIN(initials(QStringLiteral("单雄信")), "sxx");
    CHECK_PINYIN(full(QStringLiteral("曾国藩")), "zengguofan");
    CHECK_PINYIN(initials(QStringLiteral("曾国藩")), "zgf");
    CHECK_PINYIN(full(QStringLiteral("解缙")), "xiejin");
    CHECK_PINYIN(full(QStringLiteral("仇英")), "qiuying");
    CHECK_PINYIN(full(QStringLiteral("区寿年")), "oushounian");
    CHECK_PINYIN(full(QStringLiteral("朴槿惠")), "piaojinhui");
    CHECK_PINYIN(full(QStringLiteral("乐毅")), "yueyi");
    CHECK_PINYIN(full(QStringLiteral("长平")), "changping");
    // Traditional forms carry the same surname readings.
    CHECK_PINYIN(full(QStringLiteral("單田芳")), "shantianfang");

    SECTION("only the first character; the same character later reads customarily")
    {
        CHECK_PINYIN(full(QStringLiteral("单单")), "shandan");
        CHECK_PINYIN(full(QStringLiteral("张曾")), "zhangceng");
    }
    SECTION("plain text gets no surname reading")
    {
        CHECK_PINYIN(plainFull(QStringLiteral("单雄信")), "danxiongxin");
        CHECK_PINYIN(Pinyin::initials(QStringLiteral("曾国藩"), Pinyin::NameKind::PlainText),
                     "cgf");
    }
    SECTION("leading separators do not hide the surname")
    {
        CHECK_PINYIN(full(QStringLiteral(" 单雄信")), "shanxiongxin");
    }
}

TEST_CASE("Pinyin reads compound surnames as a unit", "[domain]")
{
    CHECK_PINYIN(initials(QStringLiteral("欧阳修")), "oyx");
    CHECK_PINYIN(full(QStringLiteral("欧阳修")), "ouyangxiu");
    CHECK_PINYIN(full(QStringLiteral("尉迟恭")), "yuchigong");
    CHECK_PINYIN(initials(QStringLiteral("尉迟恭")), "ycg");
    CHECK_PINYIN(full(QStringLiteral("万俟卨")), "moqixie");
    CHECK_PINYIN(full(QStringLiteral("长孙无忌")), "zhangsunwuji");
    CHECK_PINYIN(full(QStringLiteral("澹台灭明")), "tantaimieming");
    CHECK_PINYIN(full(QStringLiteral("尉遲恭")), "yuchigong");

    SECTION("without a given name two characters are surname and given name")
    {
        CHECK_PINYIN(full(QStringLiteral("尉迟")), "weichi");
    }
    SECTION("a single 尉 keeps its customary reading")
    {
        CHECK_PINYIN(full(QStringLiteral("尉缭")), "weiliao");
    }
}

TEST_CASE("Pinyin keeps other letters and digits and drops separators", "[domain]")
{
    CHECK_PINYIN(initials(QStringLiteral("李A")), "la");
    CHECK_PINYIN(full(QStringLiteral("李A")), "lia");
    CHECK_PINYIN(initials(QStringLiteral("王2号")), "w2h");
    CHECK_PINYIN(initials(QStringLiteral("Ｌｉ明")), "lim"); // full-width letters folded
    CHECK_PINYIN(initials(QStringLiteral("阿卜杜·热合曼")), "abdrhm");
    CHECK_PINYIN(initials(QStringLiteral("张 三-丰")), "zsf");
    CHECK_PINYIN(full(QStringLiteral("Zhang San")), "zhangsan");
}

TEST_CASE("Pinyin of an empty or separator-only text is empty", "[domain]")
{
    CHECK(initials(QString()).isEmpty());
    CHECK(full(QString()).isEmpty());
    CHECK(Pinyin::syllables(QString()).isEmpty());
    CHECK(initials(QStringLiteral(" · ")).isEmpty());
    CHECK(full(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Pinyin covers the CJK extensions used in names", "[domain]")
{
    // 䶮 U+4DAE is in Extension A (刘䶮, founder of Southern Han).
    CHECK_PINYIN(full(QStringLiteral("刘䶮")), "liuyan");
    // 𫖯 U+2B5AF is in Extension C, outside the BMP (赵孟𫖯, the Yuan calligrapher).
    const QString zhaoMengfu = QStringLiteral("赵孟") + QString::fromUcs4(U"\U0002B5AF", 1);
    CHECK_PINYIN(initials(zhaoMengfu), "zmf");
    CHECK_PINYIN(full(zhaoMengfu), "zhaomengfu");
    CHECK_PINYIN(QString(Pinyin::reading(U'\U0002A6A5')), "zhe"); // 𪚥, Extension B
    // A hanzi with no reading in the table is kept as itself rather than lost.
    CHECK(Pinyin::reading(U'\U00003402').isEmpty());
    CHECK(full(QStringLiteral("李") + QChar(0x3402)) == QStringLiteral("li") + QChar(0x3402));
}
