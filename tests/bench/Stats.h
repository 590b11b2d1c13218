#pragma once

#include <QList>

#include <algorithm>
#include <cstdio>

namespace hotich::bench {

/// Quantile of samples (nearest rank).
inline double quantile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype index =
        std::clamp<qsizetype>(qsizetype(q * double(samples.size()) + 0.5) - 1, 0, samples.size() - 1);
    return samples[index];
}

/// One result line: "name value unit bare value unit ratio r".
inline void report(const char *name, double value, const char *unit, double bare)
{
    std::printf("%s %.3f %s bare %.3f %s ratio %.2f\n", name, value, unit, bare, unit,
                bare > 0 ? value / bare : 0.0);
    std::fflush(stdout);
}

inline void reportPlain(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace hotich::bench
