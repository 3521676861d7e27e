// SPDX-License-Identifier: MIT
#include "common/TextColumns.h"

#include <QList>
#include <QStringView>

namespace gridbook {

namespace {
bool isWide(char32_t c)
{
    // East Asian Wide (W) and Fullwidth (F) ranges that occur in Chinese text.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int TextColumns::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : QStringView(text).toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextColumns::pad(const QString &text, int width, bool alignRight)
{
    const int missing = width - displayWidth(text);
    if (missing <= 0)
        return text;
    const QString spaces(missing, QLatin1Char(' '));
    return alignRight ? spaces + text : text + spaces;
}

} // namespace gridbook
