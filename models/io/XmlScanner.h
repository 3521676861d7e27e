// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

class QIODevice;

namespace gridbook {

/**
 * A small pull scanner for the XML of spreadsheet parts (sheets, shared strings): elements,
 * attributes and text, over UTF-8 bytes streamed from a device in chunks. It is several times
 * faster than QXmlStreamReader on a 100 MB sheet because it hands out views into its buffer
 * and decodes text only when asked, which is what a 100,000-row import needs.
 *
 * What it does not do: DTDs with internal subsets, entity declarations, encodings other than
 * UTF-8 (the only one the OOXML parts use), and validation beyond well-formed tags. Namespace
 * prefixes are dropped from element and attribute names ("x:c" is "c"). A declaration,
 * comment or processing instruction is skipped; CDATA is text.
 *
 * Views returned by name(), attribute() and rawText() are valid until the next call to next().
 */
class XmlScanner {
public:
    enum class Token { StartElement, EndElement, Text, End, Error };

    explicit XmlScanner(QIODevice *device);
    explicit XmlScanner(QByteArray data);

    Token next();
    Token token() const { return m_token; }

    /** The local name of the current start or end element. */
    QByteArrayView name() const { return m_name; }
    /** True for <c/>: an EndElement follows without text in between. */
    bool isEmptyElement() const { return m_selfClosing; }
    /** The raw value of an attribute of the current start element (entities not decoded). */
    bool attribute(QByteArrayView localName, QByteArrayView &value) const;
    /** The attribute's value as text, entities decoded; empty if it is absent. */
    QString attributeText(QByteArrayView localName) const;

    /** The current text token, undecoded (CDATA included as is). */
    QByteArrayView rawText() const { return m_text; }
    /** The current text token, entities decoded. */
    QString text() const;

    /**
     * At a start element: the concatenated text of its descendants up to its end element,
     * entities decoded. Children named `skip` (e.g. "rPh", a phonetic guide) are left out.
     */
    QString readElementText(QByteArrayView skip = {});
    /** What readElementRaw() found. */
    struct RawText {
        bool any = false;     ///< some text (false also at an error or the end of the data)
        bool escaped = false; ///< it holds a '&': decode() it
    };
    /**
     * readElementText() without the decoding: appends the UTF-8 of the text to `raw`, a buffer
     * the caller reuses, so that a sheet's millions of cells need no allocation each.
     */
    RawText readElementRaw(QByteArray &raw, QByteArrayView skip = {});

    /** Equal bytes; inline, since names compared are a few bytes long and compared often. */
    static bool sameBytes(QByteArrayView a, QByteArrayView b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    /** At a start element: skips to its end element. */
    void skipElement();

    bool hasError() const { return m_token == Token::Error; }
    QString errorString() const { return m_error; }
    /** Bytes consumed so far, for progress. */
    qint64 offset() const { return m_consumed + m_pos; }

    /** Decodes &lt; &gt; &amp; &quot; &apos; &#NN; &#xHH; in `raw` (UTF-8). */
    static QString decode(QByteArrayView raw);

private:
    bool fill();
    qsizetype find(char c, qsizetype from);
    qsizetype find(QByteArrayView what, qsizetype from);
    Token fail(const char *why);
    bool parseStartTag(qsizetype end);
    Token startTag();
    Token endTag();

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    Token m_token = Token::Text;
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_selfClosing = false;
    bool m_pendingEnd = false;
    struct Attribute {
        QByteArrayView name;
        QByteArrayView value;
    };
    QVarLengthArray<Attribute, 8> m_attributes;
    QString m_error;
};

} // namespace gridbook
