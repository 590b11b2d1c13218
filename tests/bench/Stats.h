#pragma once

#include <QList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <limits>
#include <set>
#include <string>

namespace hotich::bench {

/// Quantile of samples (nearest rank); no samples give no figure (NaN).
inline double quantile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(samples.begin(), samples.end());
    const qsizetype index =
        std::clamp<qsizetype>(qsizetype(q * double(samples.size()) + 0.5) - 1, 0, samples.size() - 1);
    return samples[index];
}

/// What makes a run's figures worthless: a search that found nothing, a figure not measured. Each
/// is said on stderr as "hotich-bench: FAILED: …"; main then exits 1.
inline int &problems()
{
    static int count = 0;
    return count;
}

inline void problem(const std::string &what)
{
    std::fprintf(stderr, "hotich-bench: FAILED: %s\n", what.c_str());
    std::fflush(stderr);
    ++problems();
}

/// The figures printed so far (measured or not).
inline std::set<std::string> &figuresPrinted()
{
    static std::set<std::string> names;
    return names;
}

inline void checkMeasured(const char *name, std::initializer_list<double> values)
{
    figuresPrinted().insert(name);
    if (std::any_of(values.begin(), values.end(), [](double v) { return !std::isfinite(v) || v < 0; }))
        problem(std::string("figure ") + name + " was not measured");
}

/// Each of `names` must have been printed.
inline void requireFigures(std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (!figuresPrinted().count(name))
            problem(std::string("figure ") + name + " is missing");
    }
}

/// One result line: "name value unit bare value unit ratio r".
inline void report(const char *name, double value, const char *unit, double bare)
{
    checkMeasured(name, {value, bare});
    std::printf("%s %.3f %s bare %.3f %s ratio %.2f\n", name, value, unit, bare, unit,
                bare > 0 ? value / bare : 0.0);
    std::fflush(stdout);
}

inline void reportPlain(const char *name, double value, const char *unit)
{
    checkMeasured(name, {value});
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace hotich::bench
