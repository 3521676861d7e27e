// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace gridbook {

/**
 * One shared QString per distinct short text of a spreadsheet being read: a 100,000-row sheet
 * repeats 男, 汉族, 群众, its compound and building names and its room numbers hundreds of
 * thousands of times, and a separate allocation for each cell cost more memory than the rest of
 * the import. Long texts (ID numbers, record ids, addresses) are copied as they are; once the
 * pool is full, new texts are no longer added, so a column of unique values cannot make it grow
 * without bound. The text handed out last is always kept, whatever its length: a pool per column
 * then shares what consecutive rows repeat.
 */
class StringPool {
public:
    /** Texts longer than `maxLength` are not pooled; at most `capacity` texts are kept. */
    explicit StringPool(qsizetype maxLength = 16, qsizetype capacity = 1 << 15);

    /** The pooled copy of `text` (shared with earlier equal texts), or a new copy. */
    QString intern(QStringView text);

private:
    void grow();

    std::vector<QString> m_slots; // open addressing, a power of two, null = free
    QString m_last;               // the text handed out last
    qsizetype m_size = 0;
    qsizetype m_maxLength;
    qsizetype m_capacity;
};

} // namespace gridbook
