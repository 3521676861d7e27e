// SPDX-License-Identifier: MIT
#include "io/StringPool.h"

#include <QHash>

#include <bit>

namespace gridbook {

StringPool::StringPool(qsizetype maxLength, qsizetype capacity)
    : m_maxLength(maxLength), m_capacity(capacity)
{
    // Twice the capacity in slots keeps probe chains short.
    m_slots.resize(std::bit_ceil(std::size_t(std::max<qsizetype>(capacity, 8)) * 2));
}

QString StringPool::intern(QStringView text)
{
    if (text.isEmpty())
        return QString();
    // The rows of a household follow each other and repeat its number, address and record
    // id in every column of them, long or not: the previous text of the column is kept too.
    if (text == m_last)
        return m_last;
    if (text.size() > m_maxLength)
        return m_last = text.toString();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = qHash(text) & mask;; i = (i + 1) & mask) {
        QString &slot = m_slots[i];
        if (slot.isNull()) {
            if (m_size >= m_capacity)
                return m_last = text.toString();
            slot = text.toString();
            ++m_size;
            return m_last = slot;
        }
        if (slot == text)
            return m_last = slot;
    }
}

} // namespace gridbook
