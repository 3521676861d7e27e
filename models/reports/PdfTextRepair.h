// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>

namespace gridbook {

/**
 * Makes the text of a PDF written by Qt copy, search and extract as the characters drawn.
 *
 * Qt's PDF writer tells readers which character each glyph stands for (the ToUnicode map) by
 * looking the glyph up in the font and taking the lowest code point that maps to it. CJK
 * fonts draw an ideograph and its Kangxi or supplementary radical with one glyph (网 and ⽹
 * U+2F79, 户 and ⼾ U+2F3E, 长 and ⻓ U+2ED3), so readers see radicals where the page shows
 * ideographs: a name cannot be found with Ctrl+F. This rewrites each radical in the ToUnicode
 * maps to the ideograph the same font draws with that glyph. Radicals and ideographs are both
 * four hex digits there, so the file keeps its length and every offset stays valid.
 */
class PdfTextRepair {
public:
    /** Radical -> unified ideograph drawn with the same glyph in `font` (BMP only). */
    static QHash<char16_t, char16_t> radicalMap(const QFont &font);

    /** `pdf` with the radicals of its ToUnicode maps replaced per `map`; same length. */
    static QByteArray unifyRadicals(const QByteArray &pdf, const QHash<char16_t, char16_t> &map);
};

} // namespace gridbook
