#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <QList>
#include <QtGlobal>
#include <QString>

namespace chatvox::bench {

// CPU time of the calling thread in ms (Linux; elsewhere 0, so busy figures stay 0).
inline double threadCpuMs()
{
#ifdef Q_OS_LINUX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// Percentile (0..100) of values, nearest rank.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double mean(const QList<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? std::nan("") : sum / double(values.size());
}

// "name: ours X unit, baseline Y unit, ratio Z" (STYLE.md).
inline void printRatio(const char *name, double ours, double baseline, const char *unit)
{
    std::printf("%s: ours %.2f %s, baseline %.2f %s, ratio %.3f\n", name, ours, unit, baseline,
                unit, baseline != 0 ? ours / baseline : std::nan(""));
    std::fflush(stdout);
}

inline void printGoal(const char *name, double ours, const char *unit, const char *goal, bool met)
{
    std::printf("%s: ours %.2f %s (goal %s: %s)\n", name, ours, unit, goal,
                met ? "met" : "NOT met");
    std::fflush(stdout);
}

} // namespace chatvox::bench
