// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace tether::testsupport {

// An HTTP proxy that only tunnels (CONNECT host:port), for https through a proxy: nginx has no
// CONNECT. It runs in the test's own event loop and counts the tunnels it opened.
class ConnectProxy : public QObject
{
    Q_OBJECT
public:
    explicit ConnectProxy(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int tunnels() const { return m_tunnels; }
    QList<QByteArray> targets() const { return m_targets; } // "host:port" of each CONNECT

private:
    void onConnection();
    void onClientReadable(QTcpSocket *client);

    QTcpServer m_server;
    int m_tunnels = 0;
    QList<QByteArray> m_targets;
};

} // namespace tether::testsupport
