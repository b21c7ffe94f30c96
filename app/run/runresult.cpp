#include "runresult.h"

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

int RunSummary::failed() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const RequestResult &r) { return !r.passed(); }));
}

QList<double> RunSummary::allTimes() const
{
    QList<double> times;
    for (const RequestResult &result : results) {
        if (result.status > 0)
            times.append(result.timeMs);
    }
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
