// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace gridbook {

/**
 * The demo generator's random source: xoshiro256** seeded by splitmix64. Written out here
 * rather than taken from <random> because the standard distributions differ between library
 * implementations, and a demo file must be the same for the same seed everywhere.
 */
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed);

    std::uint64_t next();
    /** Uniform in [0, n); n > 0. */
    std::uint32_t below(std::uint32_t n);
    /** Uniform in [lo, hi], inclusive. */
    int between(int lo, int hi);
    /** True with probability p. */
    bool chance(double p);
    /** Uniform in [0, 1). */
    double unit();
    /** An index chosen with the given relative weights. */
    std::size_t weighted(const std::vector<double> &weights);
    std::size_t weighted(std::initializer_list<double> weights);

    /** Fisher-Yates shuffle. */
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(static_cast<std::uint32_t>(i))]);
    }

private:
    std::uint64_t m_s[4];
};

} // namespace gridbook
