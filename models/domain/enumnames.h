#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace chairside::detail {

// Stable wire names for enums: one table per enum, read both ways.
template<typename Enum, typename Table>
std::optional<Enum> parseEnumName(const QString &name, const Table &table)
{
    for (const auto &[value, text] : table) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, typename Table>
QString enumName(Enum value, const Table &table)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return text.toString();
    }
    return {};
}

} // namespace chairside::detail
