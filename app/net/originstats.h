// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QList>
#include <QString>

namespace tether::net {

// What one origin's connections did during a session. Counts are exact; per-exchange badges
// may be "ambiguous", these totals never are.
struct OriginStats
{
    QString origin;
    int exchanges = 0; // hops that got a response
    int failures = 0; // hops that ended without one
    int connectingSignals = 0;
    int resends = 0; // silent reconnect + resend (requestSent twice in a hop)
    int failedConnects = 0; // connects or TLS handshakes that did not complete
    int preconnects = 0;
    int tlsHandshakes = 0;
    int newCount = 0;
    int reusedCount = 0;
    int multiplexedCount = 0;
    int retriedCount = 0;
    int ambiguousCount = 0;
    bool http2 = false;
    double connectMsTotal = 0;
    int connectSamples = 0;
    double waitMsTotal = 0;
    int waitSamples = 0;
    int openNow = -1; // live sockets, -1 when unknown

    // DESIGN.md: Σ socketStartedConnecting + Σ resends − failed handshakes + pre-connects.
    int connectionsOpened() const
    {
        return qMax(0, connectingSignals + resends - failedConnects) + preconnects;
    }
    // Exchanges that rode on a connection they did not open (pre-connected ones included).
    // Exact from the badges when every badge is exact; otherwise derived from the connection
    // count, which undercounts by any connection Qt opened but never used.
    int reused() const
    {
        if (ambiguousCount == 0)
            return reusedCount + multiplexedCount;
        return qMax(0, exchanges - (connectionsOpened() - preconnects));
    }
    // The one definition of reuse, everywhere it is shown (panel, Runner, `run`, reports):
    // reused exchanges over exchanges that got a response; redirect hops count one each,
    // exchanges that got no response count in neither.
    double reuseRatio() const { return exchanges > 0 ? double(reused()) / exchanges : 0.0; }
    double meanConnectMs() const { return connectSamples ? connectMsTotal / connectSamples : 0.0; }
    double meanWaitMs() const { return waitSamples ? waitMsTotal / waitSamples : 0.0; }
    double timeSavedMs() const { return reused() * meanConnectMs(); }

    // Several origins' figures added up (a run's report): the same definitions over the sum.
    struct Totals
    {
        int exchanges = 0;
        int opened = 0;
        int reused = 0;
        double timeSavedMs = 0;
        double reuseRatio() const { return exchanges > 0 ? double(reused) / exchanges : 0.0; }
    };
    static Totals totals(const QList<OriginStats> &origins)
    {
        Totals sum;
        for (const OriginStats &origin : origins) {
            sum.exchanges += origin.exchanges;
            sum.opened += origin.connectionsOpened();
            sum.reused += origin.reused();
            sum.timeSavedMs += origin.timeSavedMs();
        }
        return sum;
    }
};

} // namespace tether::net
