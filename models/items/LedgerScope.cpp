// SPDX-License-Identifier: MIT
#include "items/LedgerScope.h"

#include <QStringList>

namespace gridbook {

LedgerScope::LedgerScope(Level level, qint64 id, qint64 smallGridId)
    : m_level(level), m_id(level == Level::Everything ? 0 : id),
      m_smallGridId(level == Level::Compound ? smallGridId : 0)
{
}

QString LedgerScope::levelKey(Level level)
{
    switch (level) {
    case Level::Everything:
        return QStringLiteral("everything");
    case Level::Community:
        return QStringLiteral("community");
    case Level::BigGrid:
        return QStringLiteral("big_grid");
    case Level::SmallGrid:
        return QStringLiteral("small_grid");
    case Level::Compound:
        return QStringLiteral("compound");
    case Level::Building:
        return QStringLiteral("building");
    case Level::Unit:
        return QStringLiteral("unit");
    }
    return {};
}

std::optional<LedgerScope::Level> LedgerScope::levelFromKey(const QString &key)
{
    for (Level level : {Level::Everything, Level::Community, Level::BigGrid, Level::SmallGrid,
                        Level::Compound, Level::Building, Level::Unit}) {
        if (levelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QString LedgerScope::toString() const
{
    if (isEverything())
        return levelKey(m_level);
    QString text = levelKey(m_level) + QLatin1Char(':') + QString::number(m_id);
    if (m_smallGridId > 0)
        text += QLatin1Char('@') + levelKey(Level::SmallGrid) + QLatin1Char(':') +
                QString::number(m_smallGridId);
    return text;
}

std::optional<LedgerScope> LedgerScope::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == levelKey(Level::Everything))
        return LedgerScope();
    const QStringList parts = trimmed.split(QLatin1Char('@'));
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    auto keyAndId = [](const QString &part) -> std::optional<std::pair<Level, qint64>> {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return std::nullopt;
        const auto level = levelFromKey(part.left(colon));
        bool ok = false;
        const qint64 id = part.mid(colon + 1).toLongLong(&ok);
        if (!level || !ok || id <= 0 || *level == Level::Everything)
            return std::nullopt;
        return std::make_pair(*level, id);
    };
    const auto main = keyAndId(parts[0]);
    if (!main)
        return std::nullopt;
    qint64 grid = 0;
    if (parts.size() == 2) {
        const auto qualifier = keyAndId(parts[1]);
        if (!qualifier || main->first != Level::Compound || qualifier->first != Level::SmallGrid)
            return std::nullopt;
        grid = qualifier->second;
    }
    return LedgerScope(main->first, main->second, grid);
}

size_t qHash(const LedgerScope &scope, size_t seed) noexcept
{
    return qHashMulti(seed, int(scope.level()), scope.id(), scope.smallGridId());
}

} // namespace gridbook
