// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace tether::testsupport {

struct NginxOptions
{
    int keepaliveTimeoutSeconds = 60;
    int keepaliveRequests = 1000;
    // > 0: /huge.bin (a sparse file of zeros) and /huge.json (JSON lines, gzip-compressed on the
    // fly about 6:1, so Qt inflates it: chunked on the wire, the full size in the body).
    qint64 hugeBodyBytes = 0;
};

// A real nginx on free loopback ports, configured by the test, whose access log (with
// $connection and $connection_requests) is the ground truth for connection reuse.
class NginxFixture
{
public:
    using Options = NginxOptions;
    struct LogLine
    {
        qint64 connection = 0;
        int connectionRequests = 0;
        QString protocol;
        int serverPort = 0;
        int remotePort = 0;
        QString method;
        QString uri;
        int status = 0;
    };

    NginxFixture();
    ~NginxFixture();

    bool start(const Options &options = {});
    void stop();
    QString errorString() const { return m_error; }

    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; } // TLS with HTTP/2
    quint16 https1Port() const { return m_https1Port; } // TLS, HTTP/1.1 only
    quint16 proxyPort() const { return m_proxyPort; } // forward proxy for http URLs
    quint16 authProxyPort() const { return m_authProxyPort; } // the same, wanting user:pw
    QString caFile() const; // the throw-away certificate
    QString wwwPath(const QString &name) const; // a file nginx serves
    QString http(const QString &path) const;
    QString https(const QString &path) const;
    QString https1(const QString &path) const;

    QList<LogLine> log() const;
    // nginx's stub_status "accepts": every TCP connection accepted on any port, including ones
    // that never carried a request (which the access log cannot show). The status reads
    // themselves are subtracted, so differences between two calls count the test's traffic.
    qint64 acceptedConnections();
    // Distinct $connection values among the log lines for a server port.
    int distinctConnections(int serverPort) const;
    // connection_requests == 1 for this request URI: nginx saw it open its connection.
    const LogLine *find(const QList<LogLine> &lines, const QString &uri) const;
    // Waits until the log holds at least n lines (nginx writes after sending the response).
    bool waitForLogLines(int n, int timeoutMs = 5000) const;

private:
    bool startOnce(const Options &options);
    bool writeConfig(const Options &options);
    bool makeCertificate();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    quint16 m_https1Port = 0;
    quint16 m_statusPort = 0;
    quint16 m_proxyPort = 0;
    quint16 m_authProxyPort = 0;
    qint64 m_statusReads = 0;
    QString m_error;
};

// A free TCP port on 127.0.0.1 (bound and released; fine for tests).
quint16 freeLoopbackPort();

} // namespace tether::testsupport
