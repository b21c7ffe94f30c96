// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/livepoolmonitor.h"
#include "net/connectiontracker.h"
#include "net/sockettable.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QUrl>

namespace tether::net {

LivePoolMonitor::LivePoolMonitor(ConnectionTracker *tracker, QObject *parent)
    : QObject(parent), m_tracker(tracker)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &LivePoolMonitor::refresh);
}

bool LivePoolMonitor::isSupported()
{
    return SocketTable::isSupported();
}

void LivePoolMonitor::setActive(bool active)
{
    if (!isSupported() || active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

QStringList LivePoolMonitor::addressesFor(const QString &host)
{
    QHostAddress literal;
    if (literal.setAddress(host))
        return {literal.toString()};
    auto found = m_resolved.constFind(host);
    if (found != m_resolved.constEnd())
        return *found;
    m_resolved.insert(host, {}); // resolve once, asynchronously; counts appear on the next tick
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses.append(address.toString());
        m_resolved.insert(host, addresses);
    });
    return {};
}

void LivePoolMonitor::refresh()
{
    if (!m_tracker)
        return;
    const QList<SocketTable::Socket> sockets = SocketTable::snapshot();
    for (const OriginStats &stats : m_tracker->origins()) {
        const QUrl url(stats.origin);
        const QString host = url.host();
        QList<QHostAddress> addresses;
        for (const QString &text : addressesFor(host))
            addresses.append(QHostAddress(text));
        int open = 0;
        for (const SocketTable::Socket &socket : sockets) {
            if (socket.remotePort != url.port() || socket.state == SocketTable::State::Other)
                continue;
            for (const QHostAddress &address : addresses) {
                if (socket.remoteAddress.isEqual(address, QHostAddress::TolerantConversion)) {
                    ++open;
                    break;
                }
            }
        }
        m_tracker->setOpenNow(stats.origin, open);
    }
}

} // namespace tether::net
