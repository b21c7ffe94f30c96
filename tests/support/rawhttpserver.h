// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

namespace tether::testsupport {

// A tiny HTTP/1.1 server on loopback for what nginx cannot be made to do: close a kept
// connection right after reading a request (to provoke Qt's silent resend), never answer
// (timeouts), and record raw requests byte for byte.
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Answer, // 200 with keep-alive
        CloseOnSecondRequest, // read the 2nd request on a connection, close without answering
        NeverAnswer, // accept and read, never write
    };

    explicit RawHttpServer(Behaviour behaviour, QObject *parent = nullptr);
    ~RawHttpServer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/")) const;

    int connectionsAccepted() const { return m_connections; }
    QList<QByteArray> requests() const { return m_requests; } // head + body, as received

private:
    void onConnection();
    void onReadable(class QTcpSocket *socket);

    Behaviour m_behaviour;
    QTcpServer m_server;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_requestsOnConnection;
};

} // namespace tether::testsupport
