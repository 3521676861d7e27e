// SPDX-License-Identifier: MIT
#include "io/XmlScanner.h"

#include <QIODevice>

#include <cstring>

namespace gridbook {

namespace {

constexpr qsizetype kChunk = 1 << 18;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView localName(QByteArrayView qualified)
{
    const qsizetype colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

XmlScanner::XmlScanner(QIODevice *device) : m_device(device) {}

XmlScanner::XmlScanner(QByteArray data) : m_buffer(std::move(data)), m_eof(true) {}

bool XmlScanner::fill()
{
    if (m_eof || !m_device)
        return false;
    // Drop what was consumed, then append a chunk. The rest is moved down by hand so that the
    // buffer keeps its allocation: QByteArray::remove(0, n) frees space at the front, and the
    // resize() after it then reallocated (and page-faulted in) a fresh 256 KiB every chunk.
    if (m_pos > 0) {
        const qsizetype rest = m_buffer.size() - m_pos;
        char *b = m_buffer.data();
        std::memmove(b, b + m_pos, std::size_t(rest));
        m_buffer.resize(rest);
        m_consumed += m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    if (m_buffer.capacity() < old + kChunk)
        m_buffer.reserve(std::max(old + kChunk, 2 * kChunk));
    m_buffer.resize(old + kChunk);
    const qint64 n = m_device->read(m_buffer.data() + old, kChunk);
    if (n <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        if (n < 0)
            m_error = m_device->errorString();
        return false;
    }
    m_buffer.resize(old + n);
    return true;
}

qsizetype XmlScanner::find(char c, qsizetype from)
{
    for (;;) {
        const void *p = std::memchr(m_buffer.constData() + from, c,
                                    std::size_t(m_buffer.size() - from));
        if (p)
            return static_cast<const char *>(p) - m_buffer.constData();
        // Everything from m_pos on was looked at; fill() moves m_pos to 0.
        const qsizetype scanned = m_buffer.size() - m_pos;
        if (!fill())
            return -1;
        from = m_pos + scanned;
    }
}

qsizetype XmlScanner::find(QByteArrayView what, qsizetype from)
{
    for (;;) {
        const qsizetype i = QByteArrayView(m_buffer).indexOf(what, from);
        if (i >= 0)
            return i;
        const qsizetype scanned = std::max<qsizetype>(0, m_buffer.size() - what.size() + 1 - m_pos);
        if (!fill())
            return -1;
        from = m_pos + scanned;
    }
}

XmlScanner::Token XmlScanner::fail(const char *why)
{
    if (m_error.isEmpty())
        m_error = QString::fromLatin1(why);
    m_token = Token::Error;
    return m_token;
}

bool XmlScanner::parseStartTag(qsizetype end)
{
    // m_buffer[m_pos] == '<', m_buffer[end] == '>'
    const char *b = m_buffer.constData();
    qsizetype i = m_pos + 1;
    const qsizetype nameStart = i;
    while (i < end && !isSpace(b[i]) && b[i] != '/')
        ++i;
    m_name = localName(QByteArrayView(b + nameStart, i - nameStart));
    if (m_name.isEmpty())
        return false;
    m_attributes.clear();
    m_selfClosing = b[end - 1] == '/';
    const qsizetype stop = m_selfClosing ? end - 1 : end;
    while (i < stop) {
        while (i < stop && isSpace(b[i]))
            ++i;
        if (i >= stop)
            break;
        const qsizetype an = i;
        while (i < stop && b[i] != '=' && !isSpace(b[i]))
            ++i;
        const QByteArrayView attrName(b + an, i - an);
        while (i < stop && isSpace(b[i]))
            ++i;
        if (i >= stop || b[i] != '=')
            return false;
        ++i;
        while (i < stop && isSpace(b[i]))
            ++i;
        if (i >= stop || (b[i] != '"' && b[i] != '\''))
            return false;
        const char quote = b[i++];
        const qsizetype vs = i;
        while (i < stop && b[i] != quote)
            ++i;
        if (i >= stop)
            return false;
        m_attributes.append({localName(attrName), QByteArrayView(b + vs, i - vs)});
        ++i;
    }
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_token == Token::Error || m_token == Token::End)
        return m_token;
    if (m_pendingEnd) {
        // The end of a self-closing element.
        m_pendingEnd = false;
        m_selfClosing = true;
        m_token = Token::EndElement;
        return m_token;
    }
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_error.isEmpty())
                return fail("");
            m_token = Token::End;
            return m_token;
        }
        const char *b = m_buffer.constData();
        if (b[m_pos] != '<') {
            const qsizetype lt = find('<', m_pos);
            const qsizetype end = lt < 0 ? m_buffer.size() : lt;
            m_text = QByteArrayView(m_buffer.constData() + m_pos, end - m_pos);
            m_pos = end;
            m_token = Token::Text;
            return m_token;
        }
        // Make sure the next few bytes are there to tell the kind of markup.
        while (m_buffer.size() - m_pos < 9 && fill()) {
        }
        const QByteArrayView ahead(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
        const char second = ahead.size() > 1 ? ahead[1] : '\0';
        // Most markup is a start or end tag; the rest is told apart by its second byte.
        if (second == '/')
            return endTag();
        if (second != '?' && second != '!')
            return startTag();
        if (ahead.startsWith("<?")) {
            const qsizetype e = find(QByteArrayView("?>"), m_pos + 2);
            if (e < 0)
                return fail("unterminated processing instruction");
            m_pos = e + 2;
            continue;
        }
        if (ahead.startsWith("<!--")) {
            const qsizetype e = find(QByteArrayView("-->"), m_pos + 4);
            if (e < 0)
                return fail("unterminated comment");
            m_pos = e + 3;
            continue;
        }
        if (ahead.startsWith("<![CDATA[")) {
            const qsizetype e = find(QByteArrayView("]]>"), m_pos + 9);
            if (e < 0)
                return fail("unterminated CDATA section");
            m_text = QByteArrayView(m_buffer.constData() + m_pos + 9, e - m_pos - 9);
            m_pos = e + 3;
            m_token = Token::Text;
            return m_token;
        }
        if (ahead.startsWith("<!")) {
            const qsizetype e = find('>', m_pos + 2);
            if (e < 0)
                return fail("unterminated declaration");
            m_pos = e + 1;
            continue;
        }
        return startTag();
    }
}

XmlScanner::Token XmlScanner::endTag()
{
    const qsizetype e = find('>', m_pos + 2);
    if (e < 0)
        return fail("unterminated end tag");
    qsizetype s = m_pos + 2;
    qsizetype t = e;
    while (t > s && isSpace(m_buffer[t - 1]))
        --t;
    m_name = localName(QByteArrayView(m_buffer.constData() + s, t - s));
    m_selfClosing = false;
    m_pos = e + 1;
    m_token = Token::EndElement;
    return m_token;
}

XmlScanner::Token XmlScanner::startTag()
{
    // The '>' that ends it is outside quoted attribute values.
    qsizetype i = m_pos + 1;
    char quote = 0;
    for (;;) {
        if (i >= m_buffer.size()) {
            const qsizetype offset = i - m_pos;
            if (!fill())
                return fail("unterminated start tag");
            i = m_pos + offset;
            continue;
        }
        const char c = m_buffer[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            break;
        }
        ++i;
    }
    if (!parseStartTag(i))
        return fail("malformed start tag");
    m_pos = i + 1;
    m_pendingEnd = m_selfClosing;
    m_token = Token::StartElement;
    return m_token;
}

bool XmlScanner::attribute(QByteArrayView name, QByteArrayView &value) const
{
    for (const Attribute &a : m_attributes) {
        if (sameBytes(a.name, name)) {
            value = a.value;
            return true;
        }
    }
    return false;
}

QString XmlScanner::attributeText(QByteArrayView name) const
{
    QByteArrayView v;
    return attribute(name, v) ? decode(v) : QString();
}

QString XmlScanner::text() const
{
    return decode(m_text);
}

QString XmlScanner::decode(QByteArrayView raw)
{
    if (!raw.contains('&'))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '&') {
            out.append(c);
            continue;
        }
        const qsizetype semi = raw.indexOf(';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(c);
            continue;
        }
        const QByteArrayView entity = raw.sliced(i + 1, semi - i - 1);
        if (entity == "lt")
            out.append('<');
        else if (entity == "gt")
            out.append('>');
        else if (entity == "amp")
            out.append('&');
        else if (entity == "quot")
            out.append('"');
        else if (entity == "apos")
            out.append('\'');
        else if (entity.startsWith('#')) {
            bool ok = false;
            const uint cp = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X')
                                ? entity.sliced(2).toByteArray().toUInt(&ok, 16)
                                : entity.sliced(1).toByteArray().toUInt(&ok, 10);
            if (!ok || cp == 0 || cp > 0x10FFFF) {
                out.append(raw.sliced(i, semi - i + 1));
            } else {
                appendUtf8(out, char32_t(cp));
            }
        } else {
            out.append(raw.sliced(i, semi - i + 1)); // unknown: kept as written
        }
        i = semi;
    }
    return QString::fromUtf8(out);
}

QString XmlScanner::readElementText(QByteArrayView skip)
{
    QByteArray raw;
    const RawText text = readElementRaw(raw, skip);
    if (!text.any)
        return QString();
    return text.escaped ? decode(raw) : QString::fromUtf8(raw);
}

XmlScanner::RawText XmlScanner::readElementRaw(QByteArray &raw, QByteArrayView skip)
{
    RawText text;
    int depth = 1;
    bool skipping = false;
    int skipDepth = 0;
    while (depth > 0) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            if (!skipping && !skip.isEmpty() && sameBytes(m_name, skip)) {
                skipping = true;
                skipDepth = depth;
            }
            break;
        case Token::EndElement:
            if (skipping && depth == skipDepth)
                skipping = false;
            --depth;
            break;
        case Token::Text:
            if (!skipping) {
                // CDATA is handed over raw like text; the '&' test decides decoding once.
                raw.append(m_text.data(), m_text.size());
                text.escaped = text.escaped || m_text.contains('&');
                text.any = true;
            }
            break;
        case Token::End:
        case Token::Error:
            return RawText{};
        }
    }
    return text;
}

void XmlScanner::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Text:
            break;
        case Token::End:
        case Token::Error:
            return;
        }
    }
}

} // namespace gridbook
