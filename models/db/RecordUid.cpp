// SPDX-License-Identifier: MIT
#include "db/RecordUid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace gridbook {

namespace {

QString format(const std::array<std::uint8_t, 16> &b)
{
    // Written in place: the demo and imports make a uid for every row.
    static const char16_t hex[] = u"0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar *p = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = u'-';
        *p++ = hex[b[i] >> 4];
        *p++ = hex[b[i] & 0xf];
    }
    return out;
}

} // namespace

QString RecordUid::create()
{
    std::array<std::uint8_t, 16> b{};
    const auto ms = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    // One system-seeded generator per thread: a getrandom() call per uid cost more than the
    // rest of an imported row's insert.
    thread_local QRandomGenerator random = QRandomGenerator::securelySeeded();
    random.generate(b.begin() + 6, b.end());
    b[6] = static_cast<std::uint8_t>(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3f)); // RFC 4122 variant
    return format(b);
}

bool RecordUid::isValid(const QString &text)
{
    // 8-4-4-4-12 lowercase hex, checked by hand: imports test two per row.
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

SeededUidGenerator::SeededUidGenerator(std::uint64_t seed) : m_random(seed) {}

QString SeededUidGenerator::next()
{
    // A counter in the high bytes keeps seeded uids ordered like v7 ones, the random tail
    // keeps two seeds from colliding.
    std::array<std::uint8_t, 16> b{};
    const std::uint64_t counter = ++m_counter;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<std::uint8_t>(counter >> (8 * (5 - i)));
    const std::uint64_t r1 = m_random();
    const std::uint64_t r2 = m_random();
    for (int i = 0; i < 2; ++i)
        b[6 + i] = static_cast<std::uint8_t>(r1 >> (8 * i));
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<std::uint8_t>(r2 >> (8 * i));
    b[6] = static_cast<std::uint8_t>(0x80 | (b[6] & 0x0f)); // version 8: vendor-defined
    b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3f));
    return format(b);
}

} // namespace gridbook
