// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "net/sessionsettings.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tether::net {
class Session;
struct Exchange;
} // namespace tether::net

namespace tether::run {

// Finds out how an origin treats kept connections: whether it keeps them at all, whether it
// speaks HTTP/2, how long it lets one sit idle (send, wait t, send again on the same pool: was
// it reused? t doubles until not, then bisects to within a second, up to maxWait), and how many
// requests it serves on one connection before closing it (up to 1000).
class KeepAliveProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString origin;
        bool keepAlive = false;
        bool http2 = false;
        std::optional<double> idleTimeoutSeconds; // nothing: outlived maxWait (or no keep-alive)
        std::optional<int> maxRequestsPerConnection; // nothing: no limit within `requestLimit`
        QList<std::pair<double, bool>> idleProbes; // wait, reused
        QString summary; // in plain words
        QString error;
        QJsonObject toJson() const;
    };

    KeepAliveProbe(QString url, double maxWaitSeconds, net::SessionSettings settings,
                   QObject *parent = nullptr);
    void setRequestLimit(int limit) { m_requestLimit = limit; }
    void setResolution(double seconds) { m_resolution = seconds; }

    // Runs to the end (nested event loop), or until cancel() (error code "cancelled").
    tether::Result<Result> run();
    // At most this many requests (the count phase's limit, then two per idle probe), and
    // about this many seconds: what run() may cost, to be said before it starts.
    static int requestBudget(int requestLimit, double maxWaitSeconds, double resolution = 0.5);
    static double secondsBudget(double maxWaitSeconds, double resolution = 0.5);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // What it is doing now, in plain words, and how many requests it has sent so far.
    void progressed(const QString &step, int requestsSent);

private:
    tether::Result<void> checkCancelled() const;
    // Sends one GET on the probe's session and waits for it.
    tether::Result<net::Exchange> sendOnce(net::Session &session);
    // Two requests on a fresh pool, seconds apart: did the second ride the first's connection?
    tether::Result<bool> reusedAfter(double seconds);
    void wait(double seconds);

    QString m_url;
    double m_maxWait;
    net::SessionSettings m_settings;
    int m_requestLimit = 1000;
    double m_resolution = 0.5;
    bool m_cancelled = false;
    int m_sent = 0;
    QEventLoop *m_loop = nullptr; // the nested loop run() is waiting in
};

} // namespace tether::run
