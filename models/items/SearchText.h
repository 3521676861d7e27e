// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gridbook {

/**
 * What the text typed into a ledger table's search box means, decided once per keystroke.
 *
 * The text is normalised (NFKC: full-width letters and digits become ASCII; blanks and
 * apostrophes dropped; letters lower-cased, except a trailing x of an ID number) and then read
 * as one of:
 * - Letters ("zsf", "zhangsan"): pinyin — a prefix of the name's initials (`zsf` finds
 *   张三丰) or of its full pinyin (`zhangs` finds 张三丰);
 * - Digits ("4304", "5678", "13812345678", "43010219900101123x"): a prefix of the ID number or
 *   the phone, and from four digits on also their ending (尾号);
 * - Text (anything else, e.g. "张", "三丰", "和济小区3栋2单元501"): a part of the name, or of
 *   the address "compound building unit room" (和济小区3栋2单元501).
 */
class SearchText {
public:
    enum class Kind { Empty, Letters, Digits, Text };

    /** Shortest ending that is matched against ID and phone numbers. */
    static constexpr int kMinimumSuffix = 4;

    explicit SearchText(const QString &input = QString());

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }
    /** The normalised text. */
    const QString &text() const { return m_text; }

    /**
     * The exclusive upper bound of the strings that start with `prefix`, for an index range
     * `x >= prefix AND x < prefixEnd(prefix)`: the last code point counted up ("zs" -> "zt",
     * "张" -> "张"+1). Empty `prefix`: empty.
     */
    static QString prefixEnd(const QString &prefix);

    /**
     * For Text ending in ASCII letters or digits after something else ("3栋2单元501"): the
     * part before them ("3栋2单元"), matched against the end of an address's
     * compound-building-unit, and the ending ("501"), matched against the start of the room.
     * Both empty otherwise.
     */
    QString addressLead() const { return m_addressLead; }
    QString roomPrefix() const { return m_roomPrefix; }

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    QString m_addressLead;
    QString m_roomPrefix;
};

} // namespace gridbook
