// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/clock.h"
#include "net/connectionlifetime.h"
#include "net/exchange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace tether::net {

// Every connection a session opened, the exchanges that rode it and why it ended.
//
// Attribution rests on lanes (Session): each lane's pool for an origin carries one HTTP/1.1
// request at a time, so it holds at most one connection, and a hop's verdict says whether it
// opened a new one (new, retried) or rode the pool's current one (reused, multiplexed). Ends
// come from the exchanges (Connection: close, a failure in transit, keep-alive off) and from
// the live socket table: a connection that leaves ESTABLISHED while idle was closed by the
// server, or by Qt's idle expiry when it had been idle that long.
class ConnectionLedger : public QObject
{
    Q_OBJECT
public:
    static constexpr int pollIntervalMs = 250;
    static constexpr int maxRidesPerConnection = 10000; // then the oldest go

    explicit ConnectionLedger(std::shared_ptr<const core::Clock> clock, QObject *parent = nullptr);
    ~ConnectionLedger() override;

    // The swimlanes need every ride; a command-line run only the lifetimes (flat memory).
    void setKeepRides(bool keep) { m_keepRides = keep; }
    // Qt closes connections idle this long (SessionSettings::idleExpirySeconds).
    void setIdleExpirySeconds(int seconds) { m_idleExpirySeconds = seconds; }
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

    // A request left on a lane for an origin: that pool's connection is busy until record().
    void dispatched(int lane, const QString &origin);
    // Attributes every hop of a finished exchange to a connection; fills the exchange's and
    // its hops' connection fields.
    void record(Exchange &exchange);
    // The session closed its idle pooled connections.
    void poolReset();
    // Reads the socket table now (also on a timer while a connection is open).
    void poll();
    // A last look before reporting: what is still open is "open" at exit.
    void finalize();

    const QList<ConnectionLifetime> &lifetimes() const { return m_lifetimes; }
    const ConnectionLifetime *find(int id) const;
    void clear();
    // Forgets connections that have ended and what rode the open ones ("Clear figures").
    void clearEnded();

    // "1 request", "10 requests": how every end reason starts.
    static QString requestsText(int requests);
    // For people: "10 requests, then the server closed it after 1.0 s idle".
    static QString closedIdleDetail(int requests, double idleSeconds, bool byServer);

Q_SIGNALS:
    // Around every change of the list, so models can begin and end inserts and resets.
    void lifetimeAboutToBeAdded(int row);
    void lifetimeAdded(int row);
    void lifetimeChanged(int row);
    void aboutToClear();
    void cleared();

private:
    static QString poolKey(int lane, const QString &origin);
    double nowMs() const { return m_clock->msecsElapsed(); }
    ConnectionLifetime &open(const Exchange &exchange, const Hop &hop, int hopIndex);
    void end(ConnectionLifetime &lifetime, ConnectionLifetime::End end, double atMs,
             QString detail);
    // It went away while nothing rode it: the server's close, or Qt's idle expiry.
    void endClosedIdle(ConnectionLifetime &lifetime, double atMs);
    bool busy(const ConnectionLifetime &lifetime) const;
    int rowOf(const ConnectionLifetime &lifetime) const;
    void updateTimer();

    std::shared_ptr<const core::Clock> m_clock;
    QList<ConnectionLifetime> m_lifetimes;
    QSet<int> m_openRows;
    QHash<QString, int> m_currentByPool; // pool → row of its open connection
    QHash<QString, int> m_inFlightByPool;
    QTimer m_timer;
    bool m_keepRides = false;
    bool m_keepAlive = true;
    int m_idleExpirySeconds = 120;
    int m_nextId = 1;
};

} // namespace tether::net
