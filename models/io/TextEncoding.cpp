// SPDX-License-Identifier: MIT
#include "io/TextEncoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>

namespace gridbook {

namespace {

const char *const kGb18030 = "GB18030";

QString decodeGb18030(QByteArrayView bytes, bool &replacements)
{
    QStringDecoder decoder(kGb18030);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        replacements = true;
    return text;
}

bool hasHighBytes(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

bool TextEncoding::isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes);
    const auto *end = p + size;
    while (p < end) {
        // Skip ASCII quickly, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

TextEncoding::Decoded TextEncoding::decode(const QByteArray &bytes, std::optional<Kind> forced)
{
    Decoded out;
    QByteArrayView body(bytes);
    auto startsWith = [&](const char *bom, int n) {
        return body.size() >= n && memcmp(body.data(), bom, std::size_t(n)) == 0;
    };
    std::optional<Kind> kind = forced;
    if (startsWith("\xEF\xBB\xBF", 3)) {
        body = body.sliced(3);
        if (!kind || *kind == Kind::Utf8)
            kind = Kind::Utf8Bom;
    } else if (startsWith("\xFF\xFE", 2) && (!kind || *kind == Kind::Utf16Le)) {
        body = body.sliced(2);
        kind = Kind::Utf16Le;
    } else if (startsWith("\xFE\xFF", 2) && (!kind || *kind == Kind::Utf16Be)) {
        body = body.sliced(2);
        kind = Kind::Utf16Be;
    }

    if (kind == Kind::Utf16Le || kind == Kind::Utf16Be) {
        QStringDecoder d(kind == Kind::Utf16Le ? QStringConverter::Utf16LE
                                               : QStringConverter::Utf16BE);
        out.text = d.decode(body);
        out.replacements = d.hasError();
        out.kind = *kind;
        return out;
    }
    if (kind == Kind::Gb18030) {
        out.kind = Kind::Gb18030;
        out.text = decodeGb18030(body, out.replacements);
        return out;
    }
    if (kind || isValidUtf8(body.data(), body.size())) {
        out.kind = kind.value_or(Kind::Utf8);
        QStringDecoder d(QStringConverter::Utf8);
        out.text = d.decode(body);
        out.replacements = d.hasError();
        return out;
    }

    // Not UTF-8 as a whole. Most often the whole file is GBK; but a file pasted together
    // from a UTF-8 and a GBK export has both, a line each. Decode line by line when some
    // non-ASCII line is valid UTF-8 (GBK text is almost never valid UTF-8 by accident).
    bool anyUtf8Line = false;
    for (qsizetype start = 0; start < body.size();) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView line = body.sliced(start, end - start);
        if (hasHighBytes(line) && isValidUtf8(line.data(), line.size())) {
            anyUtf8Line = true;
            break;
        }
        start = end + 1;
    }
    out.kind = Kind::Gb18030;
    if (!anyUtf8Line) {
        out.text = decodeGb18030(body, out.replacements);
        return out;
    }
    out.mixed = true;
    out.text.reserve(body.size());
    QStringDecoder utf8(QStringConverter::Utf8);
    for (qsizetype start = 0; start < body.size();) {
        qsizetype end = body.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = body.size();
        const QByteArrayView line = body.sliced(start, end - start + (last ? 0 : 1));
        if (isValidUtf8(line.data(), line.size()))
            out.text += utf8.decode(line);
        else
            out.text += decodeGb18030(line, out.replacements);
        start = end + 1;
    }
    return out;
}

QByteArray TextEncoding::encode(const QString &text, Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
    case Kind::Utf8Bom:
        return text.toUtf8();
    case Kind::Gb18030: {
        QStringEncoder encoder(kGb18030);
        return encoder.encode(text);
    }
    case Kind::Utf16Le: {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        return encoder.encode(text);
    }
    case Kind::Utf16Be: {
        QStringEncoder encoder(QStringConverter::Utf16BE);
        return encoder.encode(text);
    }
    }
    return text.toUtf8();
}

QByteArray TextEncoding::bom(Kind kind)
{
    switch (kind) {
    case Kind::Utf8Bom:
        return QByteArrayLiteral("\xEF\xBB\xBF");
    case Kind::Utf16Le:
        return QByteArrayLiteral("\xFF\xFE");
    case Kind::Utf16Be:
        return QByteArrayLiteral("\xFE\xFF");
    case Kind::Utf8:
    case Kind::Gb18030:
        break;
    }
    return {};
}

std::optional<TextEncoding::Kind> TextEncoding::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == QLatin1String("utf8bom") || n == QLatin1String("bom"))
        return Kind::Utf8Bom;
    if (n == QLatin1String("utf8"))
        return Kind::Utf8;
    if (n == QLatin1String("gbk") || n == QLatin1String("gb2312") ||
        n == QLatin1String("gb18030") || n == QLatin1String("cp936") || n == QLatin1String("936"))
        return Kind::Gb18030;
    if (n == QLatin1String("utf16") || n == QLatin1String("utf16le"))
        return Kind::Utf16Le;
    if (n == QLatin1String("utf16be"))
        return Kind::Utf16Be;
    return std::nullopt;
}

QString TextEncoding::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return QStringLiteral("UTF-8");
    case Kind::Utf8Bom:
        return tr("UTF-8 with BOM");
    case Kind::Gb18030:
        return QStringLiteral("GBK/GB18030");
    case Kind::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Kind::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

} // namespace gridbook
