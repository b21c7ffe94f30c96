// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/runresult.h"

#include <algorithm>
#include <cmath>

namespace tether::run {

bool RequestResult::passed() const
{
    if (!error.isEmpty() || status == 0)
        return false;
    return std::all_of(checks.cbegin(), checks.cend(),
                       [](const CheckResult &c) { return c.passed; });
}

static double percentileOf(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    // Nearest-rank: the smallest value with at least p % of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * sorted.size()));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

double RequestStats::percentile(double p) const
{
    return percentileOf(times, p);
}

double RequestStats::mean() const
{
    if (times.isEmpty())
        return 0;
    double sum = 0;
    for (double t : times)
        sum += t;
    return sum / times.size();
}

bool RunSummary::add(const RequestResult &result)
{
    ++totalCount;
    const bool passed = result.passed();
    failedCount += passed ? 0 : 1;
    const qsizetype kept = results.size();
    if (kept < keptResults || (!passed && kept < keptResults + keptFailures)) {
        results.append(result);
        return true;
    }
    ++omittedResults;
    return false;
}

QList<double> RunSummary::allTimes() const
{
    // From the per-request statistics, which count every result (kept or not).
    QList<double> times;
    for (const RequestStats &stats : requests)
        times.append(stats.times);
    std::sort(times.begin(), times.end());
    return times;
}

double RunSummary::meanTimeMs() const
{
    const QList<double> times = allTimes();
    if (times.isEmpty())
        return 0;
    double sum = 0;
    for (double t : times)
        sum += t;
    return sum / times.size();
}

} // namespace tether::run
