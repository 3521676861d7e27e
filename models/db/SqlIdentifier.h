// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gridbook {

/** `identifier` (a table, column or index name) quoted for splicing into SQL text, where
 *  bound parameters cannot go: in double quotes, with inner quotes doubled. */
inline QString quotedIdentifier(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace gridbook
