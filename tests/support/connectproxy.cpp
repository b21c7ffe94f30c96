// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "connectproxy.h"

#include <QTcpSocket>

namespace tether::testsupport {

ConnectProxy::ConnectProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::onConnection);
}

bool ConnectProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ConnectProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientReadable(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void ConnectProxy::onClientReadable(QTcpSocket *client)
{
    if (client->property("tunnel").toBool())
        return; // piped by the tunnel's own connections
    QByteArray head = client->property("head").toByteArray() + client->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        client->setProperty("head", head);
        return;
    }
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "CONNECT") {
        client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: "
                      "close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    const QByteArray target = requestLine[1];
    const qsizetype colon = target.lastIndexOf(':');
    m_targets.append(target);
    client->setProperty("tunnel", true);
    const QByteArray early = head.mid(end + 4); // a client may send its TLS hello at once

    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, this, [this, client, upstream, early] {
        ++m_tunnels;
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        if (!early.isEmpty())
            upstream->write(early);
        // Bytes in both directions, until either side closes.
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
    });
    upstream->connectToHost(QString::fromLatin1(target.left(colon)),
                            quint16(target.mid(colon + 1).toUInt()));
}

} // namespace tether::testsupport
