// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gridbook {

/**
 * Pinyin (拼音) keys for searching names: `zsf` and `zhangsanfeng` both find 张三丰.
 *
 * Each character of the text becomes one piece:
 * - a hanzi becomes its toneless, lowercase pinyin syllable, with ü written "v" (吕 → "lv");
 *   the readings come from the Unihan database (see resources/pinyin/generate.sh) and cover
 *   CJK Unified Ideographs with Extensions A–G and the compatibility ideographs that have one;
 * - any other letter or digit, including a hanzi that has no reading, is kept, lowercased
 *   (full-width Ａ/１ are folded to ASCII first), so "李A" gives "la";
 * - everything else (spaces, the middle dot in 阿卜杜·热合曼, punctuation) is dropped.
 *
 * Polyphonic characters get one reading only: the customary one, or for a person's name
 * (NameKind::PersonName) the surname reading of the leading surname, including the compound
 * surnames (欧阳, 尉迟, 万俟, ...; these only when a given name follows): 单雄信 → "shanxiongxin",
 * 曾国藩 → "zengguofan", 尉迟恭 → "yuchigong". Given names use the customary reading.
 * NameKind::PlainText uses customary readings throughout.
 *
 * Everything is static, thread-safe and allocation-light (one QString per call);
 * a lookup is an array index or a binary search, well under a microsecond per character.
 */
class Pinyin {
public:
    /** What the text is, which decides whether its first character is read as a surname. */
    enum class NameKind {
        PersonName, ///< a person's name, surname first: the surname reading applies
        PlainText,  ///< anything else (place, organisation, note): customary readings only
    };

    /** One lowercase letter per syllable, other letters and digits kept: 张三丰 → "zsf". */
    static QString initials(QStringView text, NameKind kind = NameKind::PersonName);

    /** The syllables concatenated, other letters and digits kept: 张三丰 → "zhangsanfeng". */
    static QString full(QStringView text, NameKind kind = NameKind::PersonName);

    /**
     * The pieces one by one, one per kept character: 张三丰 → {"zhang", "san", "feng"}.
     * For matchers that accept mixed queries such as "zhangsf".
     */
    static QStringList syllables(QStringView text, NameKind kind = NameKind::PersonName);

    /**
     * The customary toneless reading of one character ("zhang" for U+5F20 张), or an empty
     * string if the character has none in the table. No surname readings here.
     */
    static QLatin1String reading(char32_t codepoint);
};

} // namespace gridbook
