// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "rawhttpserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace tether::testsupport {

RawHttpServer::RawHttpServer(Behaviour behaviour, QObject *parent)
    : QObject(parent), m_behaviour(behaviour)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawHttpServer::onConnection);
}

RawHttpServer::~RawHttpServer()
{
    // The sockets die with m_server, after the hashes their slots touch.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool RawHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString RawHttpServer::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path);
}

void RawHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_requestsOnConnection.remove(socket);
            socket->deleteLater();
        });
    }
}

void RawHttpServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype total = headEnd + 4 + contentLength;
        if (buffer.size() < total)
            return;
        m_requests.append(buffer.left(total));
        buffer.remove(0, total);
        const int number = ++m_requestsOnConnection[socket];

        if (m_behaviour == Behaviour::NeverAnswer)
            continue;
        if (m_behaviour == Behaviour::CloseOnSecondRequest && number == 2) {
            socket->abort(); // as a server whose idle timer fired just as the request arrived
            return;
        }
        const QByteArray body = "request " + QByteArray::number(m_requests.size()) + "\n";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n"
                      + body);
    }
}

} // namespace tether::testsupport
