#pragma once

#include <QtGlobal>
#include <cmath>
#include <cstdint>

namespace dj::demo {

/// splitmix64 finaliser: a well-mixed 64-bit hash of x. Used to derive independent streams from
/// (seed, entity index) so that any entity's attributes can be recomputed without storing them.
constexpr quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr quint64 mix64(quint64 a, quint64 b)
{
    return mix64(a ^ mix64(b + 0x632BE59BD9B4E019ull));
}
constexpr quint64 mix64(quint64 a, quint64 b, quint64 c)
{
    return mix64(mix64(a, b), c);
}

/// exp() from IEEE basic operations only (+ − × ÷, floor, ldexp are exactly specified), so the demo data
/// is bit-identical on every compiler and C library; std::exp may differ in the last bit between them.
inline double portableExp(double x)
{
    if (x > 700)
        x = 700;
    if (x < -700)
        return 0;
    constexpr double kLn2Hi = 6.93147180369123816490e-01;
    constexpr double kLn2Lo = 1.90821492927058770002e-10;
    constexpr double kInvLn2 = 1.44269504088896338700e+00;
    const double n = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - n * kLn2Hi) - n * kLn2Lo; // |r| <= ~0.35
    double term = 1;
    double sum = 1;
    for (int i = 1; i <= 16; ++i) {
        term = term * r / i;
        sum += term;
    }
    return std::ldexp(sum, int(n));
}

inline double portablePow10(double x)
{
    return portableExp(x * 2.30258509299404568402);
}

/// xoshiro256** seeded through splitmix64. Every draw is integer arithmetic or an exact conversion,
/// never a std:: distribution (those differ between standard libraries).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        for (quint64& s : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            s = mix64(seed);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform integer in [0, n); n > 0.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64((next() >> 1) % quint64(n)); }
    /// Uniform integer in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    qint64 range(int lo, int hi) { return range(qint64(lo), qint64(hi)); }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    /// Approximately standard normal (Irwin–Hall of 12 uniforms): no transcendental functions.
    double normal()
    {
        double s = 0;
        for (int i = 0; i < 12; ++i)
            s += uniform();
        return s - 6.0;
    }
    /// Index drawn with the given integer weights (total > 0).
    template <typename Weights> int weighted(const Weights& weights, qint64 total)
    {
        qint64 x = below(total);
        int i = 0;
        for (const auto w : weights) {
            if (x < qint64(w))
                return i;
            x -= qint64(w);
            ++i;
        }
        return i - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace dj::demo
