// SPDX-License-Identifier: MIT
#include "demo/DemoRandom.h"

namespace gridbook {

namespace {
std::uint64_t splitmix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    for (auto &s : m_s)
        s = splitmix64(seed);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint32_t DemoRandom::below(std::uint32_t n)
{
    // Multiply-shift: unbiased enough for demo data and the same on every platform.
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
}

int DemoRandom::between(int lo, int hi)
{
    return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
}

double DemoRandom::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::chance(double p)
{
    return unit() < p;
}

std::size_t DemoRandom::weighted(const std::vector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return weights.size() - 1;
}

std::size_t DemoRandom::weighted(std::initializer_list<double> weights)
{
    return weighted(std::vector<double>(weights));
}

} // namespace gridbook
