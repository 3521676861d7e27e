// SPDX-License-Identifier: MIT
#include "Pinyin.h"

// Generated from Unihan by resources/pinyin/generate.sh; committed so the build needs neither
// unicode-data nor bzip2. Included by relative path because only this file may see it.
#include "../../resources/pinyin/pinyin_table.inc"

#include <QChar>

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace gridbook {
namespace {

using pinyin_data::kDirect;
using pinyin_data::kDirectFirst;
using pinyin_data::kDirectLast;
using pinyin_data::kSparse;
using pinyin_data::kSyllables;
using pinyin_data::SparseEntry;

// The sparse list starts above the direct block, so everything below kDirectFirst (ASCII, Latin,
// punctuation, CJK symbols) is rejected with one comparison.
static_assert(kSparse[0].codepoint > kDirectLast, "sparse entries must follow the direct block");

struct SurnameReading {
    char16_t hanzi;
    std::string_view syllable;
};

struct CompoundSurname {
    char16_t first;
    char16_t second;
    std::string_view firstSyllable;
    std::string_view secondSyllable;
};

template <typename Array> constexpr Array sortedByHanzi(Array table)
{
    std::sort(table.begin(), table.end(),
              [](const SurnameReading &a, const SurnameReading &b) { return a.hanzi < b.hanzi; });
    return table;
}

// Surname readings (姓氏读音) that differ from, or must not be left to, the customary reading in
// Unihan. The list is the one in Gridbook's design brief (the polyphonic surnames commonly listed
// for name romanisation: 单 Shàn, 曾 Zēng, 解 Xiè, ...), with the tones dropped, plus the
// traditional forms of the same characters and four more surname readings that the customary
// table gets wrong (澹 Tán, 拓 Tuò, 番 Pān, 佴 Nài). Judgement calls:
// - 能 stays néng: that is the surname's ordinary reading; nài is a classical one.
// - 尉 alone stays wèi; only the compound 尉迟 reads Yù.
// - 乐 (Yuè/Lè), 覃 (Qín/Tán) and 翟 (Zhái/Dí) are both real surnames; the commoner one wins.
// Characters whose surname reading equals the customary one (沈, 纪, 石, 贾, ...) are listed
// anyway where the brief named them, so the intent survives a change of the generated table.
constexpr auto kSurnames = sortedByHanzi(std::array{
    SurnameReading{u'单', "shan"}, SurnameReading{u'單', "shan"},  SurnameReading{u'曾', "zeng"},
    SurnameReading{u'解', "xie"},  SurnameReading{u'仇', "qiu"},   SurnameReading{u'区', "ou"},
    SurnameReading{u'區', "ou"},   SurnameReading{u'查', "zha"},   SurnameReading{u'朴', "piao"},
    SurnameReading{u'盖', "ge"},   SurnameReading{u'蓋', "ge"},    SurnameReading{u'缪', "miao"},
    SurnameReading{u'繆', "miao"}, SurnameReading{u'乐', "yue"},   SurnameReading{u'樂', "yue"},
    SurnameReading{u'华', "hua"},  SurnameReading{u'華', "hua"},   SurnameReading{u'任', "ren"},
    SurnameReading{u'覃', "qin"},  SurnameReading{u'翟', "zhai"},  SurnameReading{u'沈', "shen"},
    SurnameReading{u'秘', "bi"},   SurnameReading{u'种', "chong"}, SurnameReading{u'種', "chong"},
    SurnameReading{u'燕', "yan"},  SurnameReading{u'纪', "ji"},    SurnameReading{u'紀', "ji"},
    SurnameReading{u'繁', "po"},   SurnameReading{u'员', "yun"},   SurnameReading{u'員', "yun"},
    SurnameReading{u'祭', "zhai"}, SurnameReading{u'句', "gou"},   SurnameReading{u'召', "shao"},
    SurnameReading{u'冼', "xian"}, SurnameReading{u'黑', "he"},    SurnameReading{u'重', "chong"},
    SurnameReading{u'折', "she"},  SurnameReading{u'过', "guo"},   SurnameReading{u'過', "guo"},
    SurnameReading{u'厍', "she"},  SurnameReading{u'厙', "she"},   SurnameReading{u'隗', "wei"},
    SurnameReading{u'俞', "yu"},   SurnameReading{u'薄', "bo"},    SurnameReading{u'柏', "bai"},
    SurnameReading{u'卜', "bu"},   SurnameReading{u'阚', "kan"},   SurnameReading{u'闞', "kan"},
    SurnameReading{u'殷', "yin"},  SurnameReading{u'谌', "chen"},  SurnameReading{u'諶', "chen"},
    SurnameReading{u'都', "du"},   SurnameReading{u'藏', "zang"},  SurnameReading{u'贾', "jia"},
    SurnameReading{u'賈', "jia"},  SurnameReading{u'石', "shi"},   SurnameReading{u'曲', "qu"},
    SurnameReading{u'洗', "xian"}, SurnameReading{u'宁', "ning"},  SurnameReading{u'寧', "ning"},
    SurnameReading{u'涂', "tu"},   SurnameReading{u'塗', "tu"},    SurnameReading{u'行', "xing"},
    SurnameReading{u'粘', "nian"}, SurnameReading{u'长', "chang"}, SurnameReading{u'長', "chang"},
    SurnameReading{u'车', "che"},  SurnameReading{u'車', "che"},   SurnameReading{u'葛', "ge"},
    SurnameReading{u'乜', "nie"},  SurnameReading{u'澹', "tan"},   SurnameReading{u'拓', "tuo"},
    SurnameReading{u'番', "pan"},  SurnameReading{u'佴', "nai"},
});

static_assert(std::adjacent_find(kSurnames.begin(), kSurnames.end(),
                                 [](const SurnameReading &a, const SurnameReading &b) {
                                     return a.hanzi == b.hanzi;
                                 }) == kSurnames.end(),
              "a surname is listed twice");

// Compound surnames (复姓), from the same brief (the common ones of 《百家姓》), simplified and
// traditional. Both readings are spelled out even where they equal the customary ones, so the
// pair is read as a unit. Left out on purpose: 单于 (Chányú), which as a modern surname is all
// but extinct, while 单 Shàn followed by a given name starting with 于 is not rare; reading every
// 单于… as Chányú would get far more names wrong than right.
constexpr std::array kCompoundSurnames{
    CompoundSurname{u'欧', u'阳', "ou", "yang"},    CompoundSurname{u'歐', u'陽', "ou", "yang"},
    CompoundSurname{u'司', u'马', "si", "ma"},      CompoundSurname{u'司', u'馬', "si", "ma"},
    CompoundSurname{u'上', u'官', "shang", "guan"}, CompoundSurname{u'诸', u'葛', "zhu", "ge"},
    CompoundSurname{u'諸', u'葛', "zhu", "ge"},     CompoundSurname{u'东', u'方', "dong", "fang"},
    CompoundSurname{u'東', u'方', "dong", "fang"},  CompoundSurname{u'皇', u'甫', "huang", "fu"},
    CompoundSurname{u'尉', u'迟', "yu", "chi"},     CompoundSurname{u'尉', u'遲', "yu", "chi"},
    CompoundSurname{u'公', u'孙', "gong", "sun"},   CompoundSurname{u'公', u'孫', "gong", "sun"},
    CompoundSurname{u'慕', u'容', "mu", "rong"},    CompoundSurname{u'令', u'狐', "ling", "hu"},
    CompoundSurname{u'长', u'孙', "zhang", "sun"},  CompoundSurname{u'長', u'孫', "zhang", "sun"},
    CompoundSurname{u'宇', u'文', "yu", "wen"},     CompoundSurname{u'夏', u'侯', "xia", "hou"},
    CompoundSurname{u'轩', u'辕', "xuan", "yuan"},  CompoundSurname{u'軒', u'轅', "xuan", "yuan"},
    CompoundSurname{u'端', u'木', "duan", "mu"},    CompoundSurname{u'西', u'门', "xi", "men"},
    CompoundSurname{u'西', u'門', "xi", "men"},     CompoundSurname{u'南', u'宫', "nan", "gong"},
    CompoundSurname{u'南', u'宮', "nan", "gong"},   CompoundSurname{u'独', u'孤', "du", "gu"},
    CompoundSurname{u'獨', u'孤', "du", "gu"},      CompoundSurname{u'司', u'徒', "si", "tu"},
    CompoundSurname{u'司', u'空', "si", "kong"},    CompoundSurname{u'闻', u'人', "wen", "ren"},
    CompoundSurname{u'聞', u'人', "wen", "ren"},    CompoundSurname{u'太', u'史', "tai", "shi"},
    CompoundSurname{u'申', u'屠', "shen", "tu"},    CompoundSurname{u'澹', u'台', "tan", "tai"},
    CompoundSurname{u'澹', u'臺', "tan", "tai"},    CompoundSurname{u'公', u'冶', "gong", "ye"},
    CompoundSurname{u'濮', u'阳', "pu", "yang"},    CompoundSurname{u'濮', u'陽', "pu", "yang"},
    CompoundSurname{u'淳', u'于', "chun", "yu"},    CompoundSurname{u'百', u'里', "bai", "li"},
    CompoundSurname{u'东', u'郭', "dong", "guo"},   CompoundSurname{u'東', u'郭', "dong", "guo"},
    CompoundSurname{u'呼', u'延', "hu", "yan"},     CompoundSurname{u'万', u'俟', "mo", "qi"},
    CompoundSurname{u'萬', u'俟', "mo", "qi"},      CompoundSurname{u'钟', u'离', "zhong", "li"},
    CompoundSurname{u'鍾', u'離', "zhong", "li"},   CompoundSurname{u'鐘', u'離', "zhong", "li"},
    CompoundSurname{u'宗', u'政', "zong", "zheng"}, CompoundSurname{u'拓', u'跋', "tuo", "ba"},
};

std::string_view customaryReading(char32_t codepoint)
{
    if (codepoint < kDirectFirst)
        return {};
    if (codepoint <= kDirectLast)
        return kSyllables[kDirect[codepoint - kDirectFirst]];
    const auto *it = std::lower_bound(
        std::begin(kSparse), std::end(kSparse), codepoint,
        [](const SparseEntry &entry, char32_t value) { return entry.codepoint < value; });
    if (it == std::end(kSparse) || it->codepoint != codepoint)
        return {};
    return kSyllables[it->syllable];
}

/** The code point at @p i, advancing @p i past it (one or two UTF-16 units). */
char32_t nextCodepoint(QStringView text, qsizetype &i)
{
    const QChar c = text[i++];
    if (c.isHighSurrogate() && i < text.size() && text[i].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i++]);
    return c.unicode(); // lone surrogates come through as themselves and are dropped later
}

/** Full-width ASCII (Ａ, １, from a Chinese input method in full-width mode) to ASCII. */
char32_t foldWidth(char32_t codepoint)
{
    if (codepoint >= 0xFF01 && codepoint <= 0xFF5E)
        return codepoint - 0xFF01 + 0x21;
    return codepoint;
}

/** Whether a character produces any output (a reading, a letter or a digit). */
bool isKept(char32_t codepoint)
{
    return !customaryReading(codepoint).empty() || QChar::isLetterOrNumber(foldWidth(codepoint));
}

/** Whether anything is kept from position @p i on. */
bool keepsAnythingFrom(QStringView text, qsizetype i)
{
    while (i < text.size()) {
        if (isKept(nextCodepoint(text, i)))
            return true;
    }
    return false;
}

/**
 * Feeds one piece per kept character to @p sink: sink.syllable(std::string_view) for a reading,
 * sink.other(char32_t) for a lowercased letter or digit. All three public functions are this
 * walk with a different sink, so they cannot disagree about what a name reads as.
 */
template <typename Sink> void walk(QStringView text, Pinyin::NameKind kind, Sink &sink)
{
    const qsizetype size = text.size();
    qsizetype i = 0;

    if (kind == Pinyin::NameKind::PersonName) {
        // Leading separators are dropped anyway; skipping them first lets " 单雄信" keep its
        // surname reading. Then the surname, if listed: a compound one only when a given name
        // follows (a two-character name is surname plus given name, so 欧阳 alone is 欧 + 阳).
        qsizetype start = 0;
        while (start < size) {
            qsizetype next = start;
            if (isKept(nextCodepoint(text, next)))
                break;
            start = next;
        }
        i = start;
        if (i + 1 < size) {
            const char16_t first = text[i].unicode();
            const char16_t second = text[i + 1].unicode();
            const auto compound = std::find_if(
                kCompoundSurnames.begin(), kCompoundSurnames.end(),
                [&](const CompoundSurname &s) { return s.first == first && s.second == second; });
            if (compound != kCompoundSurnames.end() && keepsAnythingFrom(text, i + 2)) {
                sink.syllable(compound->firstSyllable);
                sink.syllable(compound->secondSyllable);
                i += 2;
            }
        }
        if (i == start && i < size) {
            const char16_t first = text[i].unicode();
            const auto *single = std::lower_bound(
                kSurnames.begin(), kSurnames.end(), first,
                [](const SurnameReading &s, char16_t value) { return s.hanzi < value; });
            if (single != kSurnames.end() && single->hanzi == first) {
                sink.syllable(single->syllable);
                ++i;
            }
        }
    }

    while (i < size) {
        const char32_t codepoint = nextCodepoint(text, i);
        const std::string_view reading = customaryReading(codepoint);
        if (!reading.empty()) {
            sink.syllable(reading);
            continue;
        }
        const char32_t folded = foldWidth(codepoint);
        if (QChar::isLetterOrNumber(folded))
            sink.other(QChar::toLower(folded));
    }
}

QLatin1String latin1(std::string_view s)
{
    return QLatin1String(s.data(), qsizetype(s.size()));
}

void appendCodepoint(QString &out, char32_t codepoint)
{
    if (QChar::requiresSurrogates(codepoint)) {
        out.append(QChar(QChar::highSurrogate(codepoint)));
        out.append(QChar(QChar::lowSurrogate(codepoint)));
    } else {
        out.append(QChar(char16_t(codepoint)));
    }
}

struct InitialsSink {
    QString &out;
    void syllable(std::string_view s) { out.append(QLatin1Char(s.front())); }
    void other(char32_t codepoint) { appendCodepoint(out, codepoint); }
};

struct FullSink {
    QString &out;
    void syllable(std::string_view s) { out.append(latin1(s)); }
    void other(char32_t codepoint) { appendCodepoint(out, codepoint); }
};

struct ListSink {
    QStringList &out;
    void syllable(std::string_view s) { out.append(QString(latin1(s))); }
    void other(char32_t codepoint)
    {
        QString piece;
        appendCodepoint(piece, codepoint);
        out.append(piece);
    }
};

} // namespace

QString Pinyin::initials(QStringView text, NameKind kind)
{
    QString out;
    out.reserve(text.size());
    InitialsSink sink{out};
    walk(text, kind, sink);
    return out;
}

QString Pinyin::full(QStringView text, NameKind kind)
{
    QString out;
    out.reserve(text.size() * 4);
    FullSink sink{out};
    walk(text, kind, sink);
    return out;
}

QStringList Pinyin::syllables(QStringView text, NameKind kind)
{
    QStringList out;
    out.reserve(text.size());
    ListSink sink{out};
    walk(text, kind, sink);
    return out;
}

QLatin1String Pinyin::reading(char32_t codepoint)
{
    return latin1(customaryReading(codepoint));
}

} // namespace gridbook
