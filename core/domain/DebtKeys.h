#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace osiedle::core {

/// Lookups in a table of (enum value, stored key) pairs, shared by the debt enums.
template <typename E, std::size_t N>
using DebtKeyTable = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
QList<E> debtKeyValues(const DebtKeyTable<E, N>& table)
{
    QList<E> values;
    for (const auto& entry : table) {
        values.append(entry.first);
    }
    return values;
}

template <typename E, std::size_t N>
QString debtKeyOf(const DebtKeyTable<E, N>& table, E value)
{
    for (const auto& [v, key] : table) {
        if (v == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> debtValueOf(const DebtKeyTable<E, N>& table, const QString& key)
{
    for (const auto& [value, k] : table) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace osiedle::core
