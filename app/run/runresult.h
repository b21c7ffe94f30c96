#pragma once

#include "net/connectionlifetime.h"
#include "net/connectionverdict.h"
#include "net/originstats.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tether::run {

struct CheckResult
{
    QString description;
    bool passed = false;
    QString message;
};

// One exchange of a run.
struct RequestResult
{
    QString path;
    QString name;
    int iteration = 0;
    QString method;
    QString url;
    int status = 0;
    double timeMs = 0;
    double connectMs = 0;
    qint64 bytes = 0;
    net::ConnectionVerdict verdict = net::ConnectionVerdict::None;
    int connection = 0; // ConnectionLifetime::id (C1, C2, ...); 0: not known
    int requestOnConnection = 0;
    QList<CheckResult> checks;
    QString error; // transport error, unresolved variable, failed extraction
    QString errorCode; // stable (ExchangeFailure::codes(), unresolved-variable, ...)
    qint64 declaredLength = -1; // Content-Length the server sent, for "1,024 of 4,096 bytes"
    qint64 receivedBytes = 0; // body bytes as they came, before decoding

    bool passed() const;
};

// Per request of the collection, over all iterations.
struct RequestStats
{
    QString path;
    QString name;
    int count = 0;
    int failures = 0;
    qint64 bytes = 0;
    QList<double> times; // sorted ascending once the run ends
    double percentile(double p) const;
    double mean() const;
};

struct RunSummary
{
    QString collection;
    QString folder;
    QString environment;
    int iterations = 0;
    int concurrency = 1;
    bool keepAlive = true;
    QDateTime startedAt;
    double durationMs = 0;
    bool cancelled = false;
    QList<RequestResult> results;
    QList<RequestStats> requests;
    QList<net::OriginStats> origins;
    QList<net::ConnectionLifetime> lifetimes; // every connection the run opened
    double endedAtMs = 0; // the run session's clock at the end (idle time of open ones)

    int total() const { return int(results.size()); }
    int failed() const;
    int passed() const { return total() - failed(); }
    double requestsPerSecond() const { return durationMs > 0 ? total() * 1000.0 / durationMs : 0; }
    double meanTimeMs() const;
    QList<double> allTimes() const; // sorted
};

} // namespace tether::run
