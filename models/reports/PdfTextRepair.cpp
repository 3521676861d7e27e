// SPDX-License-Identifier: MIT
#include "reports/PdfTextRepair.h"

#include <QList>
#include <QRawFont>
#include <QRegularExpression>
#include <QString>

namespace gridbook {

namespace {

constexpr char16_t firstRadical = 0x2E80; // CJK Radicals Supplement ...
constexpr char16_t lastRadical = 0x2FDF;  // ... through Kangxi Radicals
constexpr char16_t firstIdeograph = 0x4E00;
constexpr char16_t lastIdeograph = 0x9FFF;

bool isRadical(uint u)
{
    return u >= firstRadical && u <= lastRadical;
}

/** Replaces a 4-hex-digit token at `pos` ("2F79") in place if it names a mapped radical. */
void patchToken(QByteArray &pdf, qsizetype pos, const QHash<char16_t, char16_t> &map)
{
    bool ok = false;
    const uint u = QByteArray::fromRawData(pdf.constData() + pos, 4).toUInt(&ok, 16);
    if (!ok || !isRadical(u))
        return;
    const auto it = map.find(char16_t(u));
    if (it == map.end())
        return;
    const QByteArray hex = QByteArray::number(uint(*it), 16).toUpper().rightJustified(4, '0');
    if (hex.size() == 4)
        pdf.replace(pos, 4, hex);
}

} // namespace

QHash<char16_t, char16_t> PdfTextRepair::radicalMap(const QFont &font)
{
    QHash<char16_t, char16_t> map;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return map;
    QString ideographs;
    for (char16_t u = firstIdeograph; u <= lastIdeograph; ++u)
        ideographs.append(QChar(u));
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
        if (ideographGlyphs[i] != 0 && !byGlyph.contains(ideographGlyphs[i]))
            byGlyph.insert(ideographGlyphs[i], char16_t(firstIdeograph + i));
    }
    QString radicals;
    for (char16_t u = firstRadical; u <= lastRadical; ++u)
        radicals.append(QChar(u));
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
        const auto it = byGlyph.find(radicalGlyphs[i]);
        if (radicalGlyphs[i] != 0 && it != byGlyph.end())
            map.insert(char16_t(firstRadical + i), *it);
    }
    return map;
}

QByteArray PdfTextRepair::unifyRadicals(const QByteArray &pdf, const QHash<char16_t, char16_t> &map)
{
    if (map.isEmpty())
        return pdf;
    QByteArray out = pdf;
    // Only the destinations of the character maps: "<src> <dst>" in bfchar blocks,
    // "<lo> <hi> [<dst> ...]" and single-code "<lo> <lo> <dst>" in bfrange blocks.
    static const QRegularExpression block(QStringLiteral("begin(bfchar|bfrange)\\n(.*?)\\nend\\1"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex4(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    // Latin-1 keeps one char per byte, so string positions are byte positions.
    const QString text = QString::fromLatin1(pdf);
    auto blocks = block.globalMatch(text);
    while (blocks.hasNext()) {
        const auto b = blocks.next();
        const bool range = b.captured(1) == QLatin1String("bfrange");
        qsizetype lineStart = b.capturedStart(2);
        const QStringList lines = b.captured(2).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QList<qsizetype> tokens;
            auto it = hex4.globalMatch(line);
            while (it.hasNext())
                tokens << it.next().capturedStart(1);
            if (!range) {
                if (tokens.size() == 2)
                    patchToken(out, lineStart + tokens[1], map);
            } else if (line.contains(QLatin1Char('['))) {
                for (qsizetype t = 2; t < tokens.size(); ++t)
                    patchToken(out, lineStart + tokens[t], map);
            } else if (tokens.size() == 3 && line.mid(tokens[0], 4) == line.mid(tokens[1], 4)) {
                patchToken(out, lineStart + tokens[2], map);
            }
            lineStart += line.size() + 1;
        }
    }
    return out;
}

} // namespace gridbook
