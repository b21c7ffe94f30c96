// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "faultyhttpserver.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace tether::testsupport {

namespace {

// A reset, not a FIN: SO_LINGER with a zero timeout makes close() send RST.
void resetConnection(QTcpSocket *socket)
{
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

QByteArray head(const QByteArray &fields)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n" + fields + "\r\n";
}

void answer(QTcpSocket *socket, const QByteArray &path)
{
    const QByteArray quarter(1024, 'x');
    if (path == "/reset-mid-body") {
        socket->write(head("Content-Length: 4096\r\n") + quarter);
        socket->flush();
        socket->waitForBytesWritten(1000);
        resetConnection(socket);
    } else if (path == "/short-body") {
        socket->write(head("Content-Length: 4096\r\nConnection: close\r\n") + quarter);
        socket->disconnectFromHost(); // FIN once written
    } else if (path == "/reset-before-head") {
        resetConnection(socket);
    } else if (path == "/close-before-head") {
        socket->disconnectFromHost();
    } else if (path == "/garbage") {
        socket->write("SSH-2.0-OpenSSH_9.2 not http at all\r\n\r\n");
        socket->disconnectFromHost();
    } else if (path == "/bad-chunk") {
        socket->write(head("Transfer-Encoding: chunked\r\n")
                      + "5\r\nhello\r\nzz\r\nworld\r\n0\r\n\r\n");
    } else if (path == "/bad-first-chunk") {
        socket->write(head("Transfer-Encoding: chunked\r\n") + "zz\r\nhello\r\n0\r\n\r\n");
    } else if (path == "/chunked-reset") {
        socket->write(head("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n");
        socket->flush();
        socket->waitForBytesWritten(1000);
        resetConnection(socket);
    } else if (path == "/chunked-ok") {
        socket->write(head("Transfer-Encoding: chunked\r\n")
                      + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    } else if (path == "/chunked-then-close") {
        socket->write(head("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n");
        socket->disconnectFromHost(); // FIN, without having said Connection: close
    } else if (path == "/chunked-trailer") {
        socket->write(head("Transfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n")
                      + "5\r\nhello\r\n0\r\nX-Checksum: 42\r\n\r\n");
    } else if (path == "/bad-gzip") {
        const QByteArray garbage("this is not a gzip stream, whatever it says");
        socket->write(head("Content-Encoding: gzip\r\nContent-Length: "
                           + QByteArray::number(garbage.size()) + "\r\n")
                      + garbage);
    } else if (path == "/stall-mid-body") {
        socket->write(head("Content-Length: 4096\r\n") + quarter);
    } else {
        socket->write(head("Content-Length: 3\r\n") + "ok\n");
    }
}

class Listener : public QTcpServer
{
public:
    explicit Listener(std::atomic<int> *connections) : m_connections(connections)
    {
        connect(this, &QTcpServer::newConnection, this, &Listener::onConnection);
    }

private:
    void onConnection()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++*m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void onReadable(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            // Bodies are not expected here: every fault answers a GET.
            const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
            buffer.remove(0, headEnd + 4);
            const QByteArray path = requestLine.split(' ').value(1);
            answer(socket, path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')));
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    std::atomic<int> *m_connections;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

FaultyHttpServer::FaultyHttpServer() = default;

FaultyHttpServer::~FaultyHttpServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool FaultyHttpServer::listen()
{
    if (m_thread.isRunning())
        return m_port != 0;
    m_thread.start();
    auto *listener = new Listener(&m_connections);
    listener->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    QMetaObject::invokeMethod(
            listener,
            [this, listener] {
                if (listener->listen(QHostAddress::LocalHost, 0))
                    m_port = listener->serverPort();
            },
            Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString FaultyHttpServer::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

} // namespace tether::testsupport
