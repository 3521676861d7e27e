// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gridbook {

/**
 * The text encodings office files come in, and how to tell them apart: Excel on a Chinese
 * Windows saves CSV as GBK (code page 936) unless told otherwise, WPS and web platforms write
 * UTF-8 with or without a byte order mark, and sheets pasted together from several sources
 * mix the two line by line.
 *
 * GBK is handled as GB18030, its superset: every GBK byte sequence decodes the same, and
 * characters outside GBK (rare hanzi in names) survive as GB18030's four-byte sequences.
 * Qt's QStringConverter enum knows neither; Debian's Qt is built with ICU, so QStringDecoder
 * and QStringEncoder take them by name.
 */
class TextEncoding {
    Q_DECLARE_TR_FUNCTIONS(gridbook::TextEncoding)
public:
    enum class Kind {
        Utf8,    ///< UTF-8 without a byte order mark
        Utf8Bom, ///< UTF-8 with EF BB BF in front (what Excel needs to open a CSV right)
        Gb18030, ///< GBK / GB18030
        Utf16Le, ///< "Unicode text" as Excel saves it (with its byte order mark)
        Utf16Be,
    };

    /** Decoded text and how it was decoded. */
    struct Decoded {
        QString text;
        Kind kind = Kind::Utf8;
        /** Some lines were UTF-8 and others GBK; each was decoded on its own. */
        bool mixed = false;
        /** Bytes that fit no encoding were replaced by U+FFFD. */
        bool replacements = false;
    };

    TextEncoding() = delete;

    /**
     * Decodes `bytes`, detecting the encoding unless `forced` says it: a byte order mark
     * decides; otherwise valid UTF-8 is UTF-8, and anything else GB18030 - line by line
     * when some lines are valid UTF-8 with non-ASCII characters and others are not.
     */
    static Decoded decode(const QByteArray &bytes, std::optional<Kind> forced = std::nullopt);

    /** Encodes `text` (no byte order mark; see bom()). */
    static QByteArray encode(const QString &text, Kind kind);

    /** The byte order mark `kind` writes at the start of a file, if any. */
    static QByteArray bom(Kind kind);

    /** True if `bytes` is well-formed UTF-8. */
    static bool isValidUtf8(const char *bytes, qsizetype size);

    /** Parses a user's name for an encoding: utf-8, utf8-bom, gbk, gb2312, gb18030, cp936. */
    static std::optional<Kind> fromName(const QString &name);

    /** A short display name ("UTF-8", "GBK/GB18030", ...). */
    static QString displayName(Kind kind);
};

} // namespace gridbook
