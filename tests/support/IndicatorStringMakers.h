#pragma once

#include "core/indicators/IndicatorValue.h"

#include <catch2/catch.hpp>

#include <string>

// Prints an O/K/M cell as "total/women/men" ("-" for a part not split) in failed checks.
namespace Catch {
template <>
struct StringMaker<osiedle::core::IndicatorValue> {
    static std::string convert(const osiedle::core::IndicatorValue& v)
    {
        auto part = [](const std::optional<qint64>& x) { return x ? std::to_string(*x) : std::string("-"); };
        return std::to_string(v.total) + "/" + part(v.women) + "/" + part(v.men);
    }
};
} // namespace Catch
