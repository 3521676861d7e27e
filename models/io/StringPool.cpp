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
    if (text.size() > m_maxLength)
        return text.toString();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = qHash(text) & mask;; i = (i + 1) & mask) {
        QString &slot = m_slots[i];
        if (slot.isNull()) {
            if (m_size >= m_capacity)
                return text.toString();
            slot = text.toString();
            ++m_size;
            return slot;
        }
        if (slot == text)
            return slot;
    }
}

} // namespace gridbook
