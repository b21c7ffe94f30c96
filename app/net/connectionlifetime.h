// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/connectionverdict.h"
#include "net/exchange.h"

#include <QList>
#include <QString>

namespace tether::net {

// One TCP (or TLS) connection from the request that opened it to why it ended. Built by
// ConnectionLedger from the exchanges that rode it and the live socket table.
struct ConnectionLifetime
{
    enum class End {
        Open, // still open when last looked at (at exit: open at exit)
        ServerCloseHeader, // the server said "Connection: close" (keepalive_requests, ...)
        ServerIdleClose, // the server closed it while idle (keepalive_timeout)
        ClientClose, // Tether or Qt closed it: pool reset, keep-alive off, idle expiry, cancel
        Error, // an exchange on it failed in transit (reset, truncated body)
    };
    // One exchange hop on this connection, for the swimlanes.
    struct Ride
    {
        quint64 exchange = 0;
        int hop = 0;
        double startMs = 0;
        double endMs = 0;
        Phases phases; // the final hop's; a redirect hop has only its span
        ConnectionVerdict verdict = ConnectionVerdict::None;
        int status = 0;
        bool failed = false;
    };

    int id = 0; // 1, 2, ...: shown as C1, C2
    QString origin;
    int lane = 0;
    quint64 openedBy = 0; // the exchange that opened it; 0: a pre-connect
    QString protocol; // "HTTP/1.1", "HTTP/2"; empty until a final hop rode it
    bool tls = false;
    int requests = 0;
    double openedAtMs = 0; // the session's clock
    double lastActiveMs = 0; // end of the last exchange on it
    double endedAtMs = -1;
    End end = End::Open;
    QString endDetail; // for people: "10 requests, then the server sent Connection: close"
    quint16 localPort = 0; // 0: not known (several opened at once to one peer)
    QList<Ride> rides; // only when the ledger keeps them (the GUI)

    static QString labelFor(int id) { return QStringLiteral("C") + QString::number(id); }
    QString label() const { return labelFor(id); }
    bool isOpen() const { return end == End::Open; }
    // Seconds it sat idle before it ended (or until now, if open, as of lastActive + idle).
    double idleSecondsAt(double nowMs) const
    {
        return qMax(0.0, ((end == End::Open ? nowMs : endedAtMs) - lastActiveMs) / 1000.0);
    }
};

// Stable machine names: open, server-close-header, server-idle-close, client-close, error.
QString lifetimeEndName(ConnectionLifetime::End end);

} // namespace tether::net
