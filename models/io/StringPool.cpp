// SPDX-License-Identifier: MIT
#include "io/StringPool.h"

#include <QHash>

#include <algorithm>

namespace gridbook {

StringPool::StringPool(qsizetype maxLength, qsizetype capacity)
    : m_maxLength(maxLength), m_capacity(capacity)
{
    // The slots are made as texts come: a reader keeps a pool per column, and a sheet with
    // tens of thousands of (mostly blank) columns must not cost a full table for each.
}

void StringPool::grow()
{
    // At least twice as many slots as texts keeps probe chains short.
    std::vector<QString> old(std::max<std::size_t>(16, m_slots.size() * 2));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (QString &text : old) {
        if (text.isNull())
            continue;
        std::size_t i = qHash(text) & mask;
        while (!m_slots[i].isNull())
            i = (i + 1) & mask;
        m_slots[i] = std::move(text);
    }
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
    if (std::size_t(m_size) * 2 >= m_slots.size() && m_size < m_capacity)
        grow();
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
