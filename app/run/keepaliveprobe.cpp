// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/keepaliveprobe.h"

#include "net/exchange.h"
#include "net/session.h"

#include <QEventLoop>
#include <QJsonArray>

#include <numeric>

using namespace Qt::StringLiterals;

namespace tether::run {

KeepAliveProbe::KeepAliveProbe(QString url, double maxWaitSeconds, net::SessionSettings settings,
                               QObject *parent)
    : QObject(parent),
      m_url(std::move(url)),
      m_maxWait(maxWaitSeconds),
      m_settings(std::move(settings))
{
    m_settings.keepAlive = true;
    // Qt must not be the one closing idle connections while we measure the server.
    m_settings.idleExpirySeconds = int(m_maxWait) + 60;
}

// Doubling from 1 s to the maximum, the maximum itself, then bisecting down to the resolution:
// each probe is two requests and one wait.
static QList<double> plannedWaits(double maxWait, double resolution)
{
    QList<double> waits;
    for (double t = 1; t <= maxWait; t *= 2)
        waits.append(t);
    waits.append(maxWait);
    for (double gap = maxWait / 2; gap > resolution; gap /= 2)
        waits.append(maxWait - gap); // the bisection's worst case: each step near the top
    return waits;
}

int KeepAliveProbe::requestBudget(int requestLimit, double maxWaitSeconds, double resolution)
{
    return requestLimit + 2 * int(plannedWaits(maxWaitSeconds, resolution).size());
}

double KeepAliveProbe::secondsBudget(double maxWaitSeconds, double resolution)
{
    const QList<double> waits = plannedWaits(maxWaitSeconds, resolution);
    return std::accumulate(waits.cbegin(), waits.cend(), 0.0);
}

void KeepAliveProbe::cancel()
{
    m_cancelled = true;
    if (m_loop)
        m_loop->quit();
}

tether::Result<void> KeepAliveProbe::checkCancelled() const
{
    if (m_cancelled)
        return Error{u"cancelled"_s, tr("Probe cancelled after %1.").arg(m_sent)};
    return {};
}

void KeepAliveProbe::wait(double seconds)
{
    if (m_cancelled)
        return;
    QEventLoop loop;
    m_loop = &loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    m_loop = nullptr;
}

tether::Result<net::Exchange> KeepAliveProbe::sendOnce(net::Session &session)
{
    core::Request request;
    request.url = m_url;
    std::optional<net::Exchange> result;
    QEventLoop loop;
    auto connection = connect(&session, &net::Session::exchangeFinished, &loop,
                              [&](const net::Exchange &exchange) {
                                  result = exchange;
                                  loop.quit();
                              });
    if (auto cancelled = checkCancelled(); !cancelled)
        return cancelled.error();
    auto id = session.send(request);
    if (!id) {
        disconnect(connection);
        return Error{u"probe-failed"_s, id.error().message};
    }
    ++m_sent;
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    disconnect(connection);
    if (!result) { // cancelled while it was under way
        session.cancel(id.value());
        return checkCancelled().error();
    }
    if (!result->gotResponse())
        return Error{u"probe-failed"_s, result->error};
    return std::move(*result);
}

tether::Result<bool> KeepAliveProbe::reusedAfter(double seconds)
{
    net::Session session; // a fresh pool per probe
    if (auto applied = session.setSettings(m_settings); !applied)
        return applied.error();
    Q_EMIT progressed(tr("Is a connection still kept after %1 s idle?").arg(seconds, 0, 'f', 1),
                      m_sent);
    if (auto first = sendOnce(session); !first)
        return first.error();
    wait(seconds);
    auto second = sendOnce(session);
    if (!second)
        return second.error();
    return second.value().verdict == net::ConnectionVerdict::Reused
            || second.value().verdict == net::ConnectionVerdict::Multiplexed;
}

tether::Result<KeepAliveProbe::Result> KeepAliveProbe::run()
{
    Result result;
    net::Session session;
    if (auto applied = session.setSettings(m_settings); !applied)
        return applied.error();

    // 1. Does it keep connections, and how many requests does one carry?
    m_cancelled = false;
    m_sent = 0;
    Q_EMIT progressed(tr("Counting the requests one connection carries…"), m_sent);
    auto first = sendOnce(session);
    if (!first)
        return first.error();
    result.origin = first.value().originName();
    result.http2 = first.value().protocol == u"HTTP/2";
    for (int n = 2; n <= m_requestLimit; ++n) {
        auto next = sendOnce(session);
        if (!next)
            return next.error();
        const bool reused = next.value().verdict == net::ConnectionVerdict::Reused
                || next.value().verdict == net::ConnectionVerdict::Multiplexed;
        if (n % 50 == 0)
            Q_EMIT progressed(tr("Counting the requests one connection carries: %1 so far…").arg(n),
                              m_sent);
        if (n == 2)
            result.keepAlive = reused;
        if (!reused) {
            if (result.keepAlive)
                result.maxRequestsPerConnection = n - 1;
            break;
        }
    }

    // 2. How long may a connection sit idle? Double, then bisect.
    if (result.keepAlive) {
        double kept = 0;
        double closed = -1;
        for (double t = 1; t <= m_maxWait; t *= 2) {
            auto reused = reusedAfter(t);
            if (!reused)
                return reused.error();
            result.idleProbes.append({t, reused.value()});
            if (!reused.value()) {
                closed = t;
                break;
            }
            kept = t;
        }
        if (closed < 0 && kept < m_maxWait) {
            auto reused = reusedAfter(m_maxWait);
            if (!reused)
                return reused.error();
            result.idleProbes.append({m_maxWait, reused.value()});
            if (!reused.value())
                closed = m_maxWait;
        }
        while (closed > 0 && closed - kept > m_resolution) {
            const double middle = (kept + closed) / 2;
            auto reused = reusedAfter(middle);
            if (!reused)
                return reused.error();
            result.idleProbes.append({middle, reused.value()});
            (reused.value() ? kept : closed) = middle;
        }
        if (closed > 0)
            result.idleTimeoutSeconds = (kept + closed) / 2;
    }

    if (!result.keepAlive)
        result.summary = tr("%1 closes the connection after every request: keep-alive is off.")
                                 .arg(result.origin);
    else
        result.summary
                = tr("%1 keeps connections alive%2; it closes idle connections %3%4.")
                          .arg(result.origin, result.http2 ? tr(" (HTTP/2)") : QString(),
                               result.idleTimeoutSeconds
                                       ? tr("after ~%1 s")
                                                 .arg(*result.idleTimeoutSeconds, 0, 'f', 1)
                                       : tr("after more than %1 s (or never)").arg(m_maxWait),
                               result.maxRequestsPerConnection
                                       ? tr(", and after %1 requests on one connection")
                                                 .arg(*result.maxRequestsPerConnection)
                                       : tr(", and served %1 requests on one connection")
                                                 .arg(m_requestLimit));
    return result;
}

QJsonObject KeepAliveProbe::Result::toJson() const
{
    QJsonArray probes;
    for (const auto &[seconds, reused] : idleProbes)
        probes.append(QJsonObject{{u"waitSeconds"_s, seconds}, {u"reused"_s, reused}});
    return QJsonObject{
            {u"origin"_s, origin},
            {u"keepAlive"_s, keepAlive},
            {u"http2"_s, http2},
            {u"idleTimeoutSeconds"_s,
             idleTimeoutSeconds ? QJsonValue(*idleTimeoutSeconds) : QJsonValue()},
            {u"maxRequestsPerConnection"_s,
             maxRequestsPerConnection ? QJsonValue(*maxRequestsPerConnection) : QJsonValue()},
            {u"idleProbes"_s, probes},
            {u"summary"_s, summary},
    };
}

} // namespace tether::run
