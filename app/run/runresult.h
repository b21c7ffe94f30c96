// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

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
    // Every result is counted; the details of the first keptResults are kept, then those of
    // failures up to keptFailures more, so that memory stays flat however long the run (100k
    // iterations held 166 MB). Reports say how many were not kept.
    static constexpr int keptResults = 10'000;
    static constexpr int keptFailures = 1'000;
    QList<RequestResult> results;
    int totalCount = 0;
    int failedCount = 0;
    int omittedResults = 0;
    // Counts the result and keeps it if the rule above allows; true when kept.
    bool add(const RequestResult &result);
    QList<RequestStats> requests;
    QList<net::OriginStats> origins;
    QList<net::ConnectionLifetime> lifetimes; // every connection the run opened
    double endedAtMs = 0; // the run session's clock at the end (idle time of open ones)

    int total() const { return totalCount; }
    int failed() const { return failedCount; }
    int passed() const { return total() - failed(); }
    double requestsPerSecond() const { return durationMs > 0 ? total() * 1000.0 / durationMs : 0; }
    double meanTimeMs() const;
    QList<double> allTimes() const; // sorted
};

} // namespace tether::run
