#pragma once

#include <QString>

#include <optional>

namespace osiedle::core {

/// Sex as the participant monitoring counts it (K = kobiety / women, M = mężczyźni / men).
/// Stored as 'F' / 'M'.
enum class Sex { Female, Male };

inline QString sexKey(Sex s)
{
    return s == Sex::Female ? QStringLiteral("F") : QStringLiteral("M");
}

inline std::optional<Sex> sexFromKey(const QString& key)
{
    if (key == QLatin1String("F")) {
        return Sex::Female;
    }
    if (key == QLatin1String("M")) {
        return Sex::Male;
    }
    return std::nullopt;
}

} // namespace osiedle::core
