#pragma once

#include <QDate>

#include <cstdint>
#include <initializer_list>

namespace osiedle::core {

/// The demo generator's own pseudo-random numbers (splitmix64): the same seed gives the same
/// sequence on every platform and compiler, which std::rand and the standard distributions do
/// not promise. Not for anything but demo data.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// A whole number in [low, high] (both included).
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low) {
            return low;
        }
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<qint64>(next() % span);
    }
    int between(int low, int high) { return static_cast<int>(between(qint64(low), qint64(high))); }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    /// An index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = between(0, total - 1);
        int index = 0;
        for (int w : weights) {
            if (roll < w) {
                return index;
            }
            roll -= w;
            ++index;
        }
        return index - 1;
    }

    QDate dateBetween(const QDate& from, const QDate& to)
    {
        return from.addDays(between(qint64(0), from.daysTo(to)));
    }

    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[static_cast<qsizetype>(between(qint64(0), qint64(std::size(items)) - 1))];
    }

private:
    std::uint64_t m_state;
};

} // namespace osiedle::core
