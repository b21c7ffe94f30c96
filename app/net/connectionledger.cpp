// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/connectionledger.h"
#include "net/sockettable.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tether::net {

namespace {

// Sockets a ledger has tied to a connection, process-wide: the window's session and a
// runner's may hold connections to the same peer. Keyed by local and remote port.
QSet<quint32> &claimedSockets()
{
    static QSet<quint32> claimed;
    return claimed;
}

quint32 socketKey(quint16 localPort, quint16 remotePort)
{
    return (quint32(localPort) << 16) | remotePort;
}

// The peer's port, the scheme's default when the origin names none (claim and release must
// agree on it, or a released socket stays claimed).
quint16 peerPort(const ConnectionLifetime &lifetime)
{
    return quint16(QUrl(lifetime.origin).port(lifetime.tls ? 443 : 80));
}

// Failures that happen before a request reaches a connection: a pooled one was gone if Qt
// had to connect.
bool isConnectFailure(const QString &code)
{
    return code == u"refused" || code == u"host-not-found" || code == u"tls" || code == u"proxy";
}

QList<quint16> establishedTo(const ConnectionLifetime &lifetime,
                             const QList<SocketTable::Socket> &sockets)
{
    const QUrl url(lifetime.origin);
    const quint16 port = peerPort(lifetime);
    QHostAddress literal;
    const bool isLiteral = literal.setAddress(url.host());
    QList<quint16> ports;
    for (const SocketTable::Socket &socket : sockets) {
        // CLOSE_WAIT: the peer has closed it; it carries nothing more.
        if (socket.remotePort != port || socket.state != SocketTable::State::Established)
            continue;
        if (isLiteral && !socket.remoteAddress.isEqual(literal, QHostAddress::TolerantConversion))
            continue;
        ports.append(socket.localPort);
    }
    return ports;
}

void claimPort(ConnectionLifetime &lifetime, const QList<SocketTable::Socket> &sockets)
{
    const quint16 remotePort = peerPort(lifetime);
    QList<quint16> unclaimed;
    for (quint16 port : establishedTo(lifetime, sockets)) {
        if (!claimedSockets().contains(socketKey(port, remotePort)))
            unclaimed.append(port);
    }
    // Several connections opened at once to one peer cannot be told apart by the table.
    if (unclaimed.size() != 1)
        return;
    lifetime.localPort = unclaimed.constFirst();
    claimedSockets().insert(socketKey(lifetime.localPort, remotePort));
}

} // namespace

QString lifetimeEndName(ConnectionLifetime::End end)
{
    switch (end) {
    case ConnectionLifetime::End::ServerCloseHeader:
        return u"server-close-header"_s;
    case ConnectionLifetime::End::ServerIdleClose:
        return u"server-idle-close"_s;
    case ConnectionLifetime::End::ClientClose:
        return u"client-close"_s;
    case ConnectionLifetime::End::Error:
        return u"error"_s;
    case ConnectionLifetime::End::Open:
        break;
    }
    return u"open"_s;
}

ConnectionLedger::ConnectionLedger(std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setInterval(pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionLedger::poll);
}

ConnectionLedger::~ConnectionLedger()
{
    clear();
}

void ConnectionLedger::clear()
{
    Q_EMIT aboutToClear();
    for (const ConnectionLifetime &lifetime : std::as_const(m_lifetimes)) {
        if (lifetime.localPort)
            claimedSockets().remove(socketKey(lifetime.localPort, peerPort(lifetime)));
    }
    m_lifetimes.clear();
    m_openRows.clear();
    m_currentByPool.clear();
    m_timer.stop();
    Q_EMIT cleared();
}

void ConnectionLedger::clearEnded()
{
    Q_EMIT aboutToClear();
    QList<ConnectionLifetime> open;
    for (ConnectionLifetime &lifetime : m_lifetimes) {
        if (!lifetime.isOpen())
            continue;
        lifetime.rides.clear();
        open.append(std::move(lifetime));
    }
    m_lifetimes = std::move(open);
    m_openRows.clear();
    m_currentByPool.clear();
    for (int row = 0; row < m_lifetimes.size(); ++row) {
        m_openRows.insert(row);
        m_currentByPool.insert(poolKey(m_lifetimes.at(row).lane, m_lifetimes.at(row).origin), row);
    }
    Q_EMIT cleared();
}

QString ConnectionLedger::poolKey(int lane, const QString &origin)
{
    return QString::number(lane) + u' ' + origin;
}

const ConnectionLifetime *ConnectionLedger::find(int id) const
{
    // Ids are rows + 1 until clear(); search to stay right if that ever changes.
    for (const ConnectionLifetime &lifetime : m_lifetimes) {
        if (lifetime.id == id)
            return &lifetime;
    }
    return nullptr;
}

int ConnectionLedger::rowOf(const ConnectionLifetime &lifetime) const
{
    return int(&lifetime - m_lifetimes.constData());
}

void ConnectionLedger::dispatched(int lane, const QString &origin)
{
    ++m_inFlightByPool[poolKey(lane, origin)];
}

bool ConnectionLedger::busy(const ConnectionLifetime &lifetime) const
{
    return m_inFlightByPool.value(poolKey(lifetime.lane, lifetime.origin)) > 0;
}

ConnectionLifetime &ConnectionLedger::open(const Exchange &exchange, const Hop &hop, int hopIndex)
{
    ConnectionLifetime lifetime;
    lifetime.id = m_nextId++;
    lifetime.origin = hop.origin;
    lifetime.lane = exchange.lane;
    lifetime.openedBy = exchange.id;
    lifetime.tls = hop.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    lifetime.openedAtMs = hop.startMs;
    lifetime.lastActiveMs = hop.startMs;
    if (hopIndex == exchange.hops.size() - 1)
        lifetime.protocol = exchange.protocol;
    Q_EMIT lifetimeAboutToBeAdded(int(m_lifetimes.size()));
    m_lifetimes.append(lifetime);
    const int row = int(m_lifetimes.size()) - 1;
    m_openRows.insert(row);
    m_currentByPool.insert(poolKey(lifetime.lane, lifetime.origin), row);
    Q_EMIT lifetimeAdded(row);
    return m_lifetimes[row];
}

void ConnectionLedger::end(ConnectionLifetime &lifetime, ConnectionLifetime::End end, double atMs,
                           QString detail)
{
    if (!lifetime.isOpen())
        return;
    lifetime.end = end;
    lifetime.endedAtMs = qMax(atMs, lifetime.lastActiveMs);
    lifetime.endDetail = std::move(detail);
    if (lifetime.localPort)
        claimedSockets().remove(socketKey(lifetime.localPort, peerPort(lifetime)));
    const QString pool = poolKey(lifetime.lane, lifetime.origin);
    const int row = rowOf(lifetime);
    m_openRows.remove(row);
    if (m_currentByPool.value(pool, -1) == row)
        m_currentByPool.remove(pool);
    Q_EMIT lifetimeChanged(row);
}

QString ConnectionLedger::requestsText(int requests)
{
    return requests == 1 ? QObject::tr("1 request") : QObject::tr("%1 requests").arg(requests);
}

QString ConnectionLedger::closedIdleDetail(int requests, double idleSeconds, bool byServer)
{
    const QString idle = QString::number(idleSeconds, 'f', 1);
    return byServer ? QObject::tr("%1, then the server closed it after %2 s idle")
                              .arg(requestsText(requests), idle)
                    : QObject::tr("%1, then Qt closed it after %2 s idle (idle expiry)")
                              .arg(requestsText(requests), idle);
}

void ConnectionLedger::endClosedIdle(ConnectionLifetime &lifetime, double atMs)
{
    const double idleSeconds = qMax(0.0, (atMs - lifetime.lastActiveMs) / 1000.0);
    // Qt's expiry timer fires at the expiry; a poll sees it up to one interval later.
    const bool byServer = idleSeconds < m_idleExpirySeconds - 0.05;
    end(lifetime,
        byServer ? ConnectionLifetime::End::ServerIdleClose : ConnectionLifetime::End::ClientClose,
        atMs, closedIdleDetail(lifetime.requests, idleSeconds, byServer));
}

void ConnectionLedger::record(Exchange &exchange)
{
    QList<SocketTable::Socket> sockets;
    bool snapped = false;
    const auto snapshot = [&]() -> const QList<SocketTable::Socket> & {
        if (!snapped) {
            sockets = SocketTable::snapshot();
            snapped = true;
        }
        return sockets;
    };
    if (!exchange.hops.isEmpty()) {
        const QString firstPool = poolKey(exchange.lane, exchange.hops.constFirst().origin);
        if (--m_inFlightByPool[firstPool] <= 0)
            m_inFlightByPool.remove(firstPool);
    }

    for (int i = 0; i < exchange.hops.size(); ++i) {
        Hop &hop = exchange.hops[i];
        const bool finalHop = i == exchange.hops.size() - 1;
        const QString pool = poolKey(exchange.lane, hop.origin);
        const int currentRow = m_currentByPool.value(pool, -1);
        ConnectionLifetime *current = currentRow >= 0 ? &m_lifetimes[currentRow] : nullptr;
        ConnectionLifetime *rode = nullptr;
        switch (hop.verdict) {
        case ConnectionVerdict::New:
        case ConnectionVerdict::Retried:
            if (current) {
                if (hop.verdict == ConnectionVerdict::Retried)
                    end(*current, ConnectionLifetime::End::ServerIdleClose, hop.startMs,
                        tr("%1, then the server closed it as the next request was written (Qt "
                           "sent that request again on a new connection)")
                                .arg(requestsText(current->requests)));
                else
                    endClosedIdle(*current, hop.startMs);
            }
            rode = &open(exchange, hop, i);
            if (SocketTable::isSupported())
                claimPort(*rode, snapshot());
            break;
        case ConnectionVerdict::Reused:
        case ConnectionVerdict::Multiplexed:
            // No current one: the first use of a pre-connected socket.
            rode = current ? current : &open(exchange, hop, i);
            if (!current) {
                rode->openedBy = 0;
                if (SocketTable::isSupported())
                    claimPort(*rode, snapshot());
            }
            break;
        case ConnectionVerdict::None:
            if (current && finalHop) {
                if (isConnectFailure(exchange.errorCode))
                    endClosedIdle(*current, hop.startMs); // Qt had to connect: it was gone
                else if (exchange.errorCode == u"cancelled" || exchange.errorCode == u"timeout")
                    end(*current, ConnectionLifetime::End::ClientClose, hop.endMs,
                        tr("%1, then Tether closed it (%2)")
                                .arg(requestsText(current->requests + 1), exchange.error));
                else
                    end(*current, ConnectionLifetime::End::Error, hop.endMs,
                        tr("%1, then it failed: %2")
                                .arg(requestsText(current->requests + 1), exchange.error));
            }
            break;
        case ConnectionVerdict::Ambiguous:
            break; // which connection it rode is not known
        }
        if (!rode)
            continue;
        ++rode->requests;
        rode->lastActiveMs = hop.endMs;
        if (finalHop && rode->protocol.isEmpty())
            rode->protocol = exchange.protocol;
        hop.connection = rode->id;
        if (m_keepRides) {
            ConnectionLifetime::Ride ride;
            ride.exchange = exchange.id;
            ride.hop = i;
            ride.startMs = hop.startMs;
            ride.endMs = hop.endMs;
            if (finalHop)
                ride.phases = exchange.phases;
            ride.verdict = hop.verdict;
            ride.status = hop.status;
            ride.failed = finalHop && !exchange.succeeded();
            if (rode->rides.size() >= maxRidesPerConnection)
                rode->rides.remove(0, maxRidesPerConnection / 10);
            rode->rides.append(ride);
        }
        if (finalHop) {
            exchange.connection = rode->id;
            exchange.requestOnConnection = rode->requests;
        }
        const bool http2 = finalHop && exchange.protocol == u"HTTP/2";
        if (hop.serverSaidClose && m_keepAlive)
            end(*rode, ConnectionLifetime::End::ServerCloseHeader, hop.endMs,
                tr("%1, then the server sent Connection: close").arg(requestsText(rode->requests)));
        else if (hop.serverSaidClose || !m_keepAlive) // HTTP/2 off: a pool of its own, retired
            end(*rode, ConnectionLifetime::End::ClientClose, hop.endMs,
                tr("%1, then closed: keep-alive off (Tether sent Connection: close)")
                        .arg(requestsText(rode->requests)));
        else if (finalHop && !exchange.succeeded() && !http2) {
            // An HTTP/1.1 connection that failed mid-exchange is not reused by Qt.
            if (exchange.errorCode == u"cancelled" || exchange.errorCode == u"timeout")
                end(*rode, ConnectionLifetime::End::ClientClose, hop.endMs,
                    tr("%1, then Tether closed it (%2)")
                            .arg(requestsText(rode->requests), exchange.error));
            else
                end(*rode, ConnectionLifetime::End::Error, hop.endMs,
                    tr("%1, then it failed: %2").arg(requestsText(rode->requests), exchange.error));
        } else {
            Q_EMIT lifetimeChanged(rowOf(*rode));
        }
    }
    updateTimer();
}

void ConnectionLedger::poolReset()
{
    const double at = nowMs();
    for (int row : QSet<int>(m_openRows)) {
        ConnectionLifetime &lifetime = m_lifetimes[row];
        if (!busy(lifetime))
            end(lifetime, ConnectionLifetime::End::ClientClose, at,
                tr("%1, then closed by a pool reset").arg(requestsText(lifetime.requests)));
    }
    updateTimer();
}

void ConnectionLedger::poll()
{
    if (!SocketTable::isSupported())
        return;
    const QList<SocketTable::Socket> sockets = SocketTable::snapshot();
    const double at = nowMs();
    // Per peer: connections whose socket is known, and the ones opened together whose
    // sockets could not be told apart.
    QHash<QString, QList<int>> unresolvedByOrigin;
    for (int row : QSet<int>(m_openRows)) {
        ConnectionLifetime &lifetime = m_lifetimes[row];
        if (!lifetime.localPort) {
            unresolvedByOrigin[lifetime.origin].append(row);
            continue;
        }
        if (busy(lifetime) || establishedTo(lifetime, sockets).contains(lifetime.localPort))
            continue;
        endClosedIdle(lifetime, at);
    }
    for (auto it = unresolvedByOrigin.begin(); it != unresolvedByOrigin.end(); ++it) {
        QList<int> &rows = it.value();
        const ConnectionLifetime &first = m_lifetimes.at(rows.constFirst());
        const quint16 remotePort = peerPort(first);
        qsizetype unclaimed = 0;
        for (quint16 port : establishedTo(first, sockets))
            unclaimed += !claimedSockets().contains(socketKey(port, remotePort));
        if (rows.size() == 1 && unclaimed == 1) {
            claimPort(m_lifetimes[rows.constFirst()], sockets);
            continue;
        }
        // Fewer sockets than connections: the difference closed. Idle ones only, and the
        // longest idle first, which is the order an idle timeout closes them in.
        qsizetype closed = rows.size() - unclaimed;
        std::sort(rows.begin(), rows.end(), [this](int a, int b) {
            return m_lifetimes.at(a).lastActiveMs < m_lifetimes.at(b).lastActiveMs;
        });
        for (int row : std::as_const(rows)) {
            if (closed <= 0)
                break;
            if (busy(m_lifetimes.at(row)))
                continue;
            endClosedIdle(m_lifetimes[row], at);
            --closed;
        }
    }
    updateTimer();
}

void ConnectionLedger::finalize()
{
    poll();
    m_timer.stop();
}

void ConnectionLedger::updateTimer()
{
    const bool anyOpen = !m_openRows.isEmpty();
    if (anyOpen && SocketTable::isSupported() && !m_timer.isActive())
        m_timer.start();
    else if (!anyOpen)
        m_timer.stop();
}

} // namespace tether::net
