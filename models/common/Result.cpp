// SPDX-License-Identifier: MIT
#include "common/Result.h"

#include <QStringList>

namespace gridbook {

QString Error::details() const
{
    QStringList lines;
    if (!message.isEmpty())
        lines << message;
    if (!field.isEmpty())
        lines << QStringLiteral("field: ") + field;
    if (!operation.isEmpty())
        lines << QStringLiteral("operation: ") + operation;
    if (!cause.isEmpty())
        lines << QStringLiteral("cause: ") + cause;
    if (!statement.isEmpty())
        lines << QStringLiteral("statement: ") + statement;
    return lines.join(QLatin1Char('\n'));
}

} // namespace gridbook
