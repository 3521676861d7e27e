// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gridbook {

/**
 * Padding for plain-text tables on a terminal, where a hanzi takes two columns and a Latin
 * letter one: QString::arg's field width counts characters and misaligns Chinese columns.
 */
class TextColumns {
public:
    /** Terminal columns `text` takes (East Asian wide and full-width characters count 2). */
    static int displayWidth(const QString &text);
    /** `text` padded with spaces to `width` columns, on the right (left-aligned) or left. */
    static QString pad(const QString &text, int width, bool alignRight = false);
};

} // namespace gridbook
