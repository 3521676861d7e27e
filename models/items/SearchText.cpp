// SPDX-License-Identifier: MIT
#include "items/SearchText.h"

#include <QList>

namespace gridbook {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

SearchText::SearchText(const QString &input)
{
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    QString text;
    text.reserve(folded.size());
    for (QChar c : folded) {
        // Blanks and the apostrophe of "xi'an" separate words, they are not part of them.
        if (c.isSpace() || c == QLatin1Char('\'') || c.category() == QChar::Other_Format)
            continue;
        text += c;
    }
    if (text.isEmpty())
        return;

    bool letters = true;
    bool digits = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        letters = letters && isAsciiLetter(c);
        const bool lastX =
            i == text.size() - 1 && i > 0 && (c == QLatin1Char('x') || c == QLatin1Char('X'));
        digits = digits && (isAsciiDigit(c) || lastX);
    }
    if (letters) {
        m_kind = Kind::Letters;
        m_text = text.toLower();
    } else if (digits) {
        m_kind = Kind::Digits;
        m_text = text.toUpper(); // ID numbers are stored with an upper-case X
    } else {
        m_kind = Kind::Text;
        m_text = text;
        qsizetype tail = text.size();
        while (tail > 0 && (isAsciiDigit(text.at(tail - 1)) || isAsciiLetter(text.at(tail - 1))))
            --tail;
        if (tail > 0 && tail < text.size()) {
            m_addressLead = text.left(tail);
            m_roomPrefix = text.mid(tail);
        }
    }
}

QString SearchText::prefixEnd(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    if (points.isEmpty())
        return {};
    uint &last = points.last();
    // Skip the surrogate range, which no valid text contains.
    last = last == 0xD7FF ? 0xE000 : last + 1;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

} // namespace gridbook
