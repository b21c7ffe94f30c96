// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "nginxfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace tether::testsupport {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

NginxFixture::NginxFixture() = default;

NginxFixture::~NginxFixture()
{
    stop();
}

QString NginxFixture::caFile() const
{
    return m_dir ? m_dir->filePath(u"cert.pem"_s) : QString();
}

QString NginxFixture::wwwPath(const QString &name) const
{
    return m_dir ? m_dir->filePath(u"www/"_s + name) : QString();
}

QString NginxFixture::http(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_httpPort).arg(path);
}

QString NginxFixture::https(const QString &path) const
{
    return u"https://127.0.0.1:%1%2"_s.arg(m_httpsPort).arg(path);
}

QString NginxFixture::https1(const QString &path) const
{
    return u"https://127.0.0.1:%1%2"_s.arg(m_https1Port).arg(path);
}

bool NginxFixture::makeCertificate()
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir->path());
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"key.pem"_s,
                   u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s,
                   u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"_s});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = u"openssl failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

bool NginxFixture::writeConfig(const Options &options)
{
    const QString dir = m_dir->path();
    QDir().mkpath(dir + u"/www"_s);
    QDir().mkpath(dir + u"/tmp"_s);
    {
        QFile big(dir + u"/www/big.bin"_s);
        if (!big.open(QIODevice::WriteOnly))
            return false;
        QByteArray block(64 * 1024, 'x');
        for (int i = 0; i < 48; ++i) // 3 MiB
            big.write(block);
    }
    if (options.hugeBodyBytes > 0) {
        QFile huge(dir + u"/www/huge.bin"_s);
        if (!huge.open(QIODevice::WriteOnly) || !huge.resize(options.hugeBodyBytes))
            return false; // sparse: no disk used until read
        QFile json(dir + u"/www/huge.json"_s);
        if (!json.open(QIODevice::WriteOnly))
            return false;
        QByteArray block;
        for (qint64 id = 0; json.size() + block.size() < options.hugeBodyBytes; ++id) {
            block += "{\"id\":" + QByteArray::number(id) + ",\"name\":\"user "
                    + QByteArray::number(id * 7919 % 100003)
                    + "\",\"score\":" + QByteArray::number((id * 104729) % 1000003) + "}\n";
            if (block.size() > (1 << 20)) {
                json.write(block);
                block.clear();
            }
        }
        json.write(block.left(options.hugeBodyBytes - json.size()));
    }
    {
        QFile binary(dir + u"/www/binary.bin"_s);
        if (!binary.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < 256; ++i)
            binary.putChar(char(i));
    }
    {
        QFile json(dir + u"/www/data.json"_s);
        if (!json.open(QIODevice::WriteOnly))
            return false;
        json.write(
                R"({"users":[{"id":1,"name":"Ada","tags":["x","y"]},{"id":2,"name":"Linus","active":true,"score":null}],"page":2})");
    }
    const QString locations = uR"(
        location = / { default_type text/plain; return 200 "hello\n"; }
        location = /json { default_type application/json; return 200 '{"ok":true,"items":[1,2,3]}'; }
        location = /data.json { root %1/www; }
        location = /big.bin { root %1/www; }
        location = /slow.bin { alias %1/www/big.bin; gzip off; default_type application/octet-stream; limit_rate 1m; }
        location = /binary.bin { root %1/www; }
        location = /huge.bin { root %1/www; gzip off; }
        location = /huge.json { root %1/www; default_type application/json; gzip on; gzip_comp_level 1; }
        location = /redirect { return 302 /json; }
        location = /loop { return 302 /loop; }
        location ~ ^/to-[a-z0-9]+-302$ { return 302 $redirect_target; }
        location ~ ^/to-[a-z0-9]+-307$ { return 307 $redirect_target; }
        location ~ ^/to-[a-z0-9]+-301$ { return 301 $redirect_target; }
        location ~ ^/to-[a-z0-9]+-303$ { return 303 $redirect_target; }
        location ~ ^/to-[a-z0-9]+-308$ { return 308 $redirect_target; }
        location = /credentials { default_type text/plain; return 200 "authorization=$http_authorization;proxy-authorization=$http_proxy_authorization;cookie=$http_cookie;x-api-key=$http_x_api_key;x-test=$http_x_test;method=$request_method;length=$content_length\n"; }
        location = /notfound { default_type text/plain; return 404 "nope\n"; }
        location = /echo-headers { default_type text/plain; return 200 "x-test=$http_x_test;connection=$http_connection;cookie=$http_cookie;authorization=$http_authorization;content-type=$content_type;content-length=$content_length\n"; }
        location = /set-cookie { add_header Set-Cookie "session=abc123; Path=/"; default_type text/plain; return 200 "set\n"; }
        location = /upload { client_max_body_size 0; default_type text/plain; return 200 "length=$content_length\n"; }
        location = /post { client_body_in_single_buffer on; default_type text/plain; return 200 "method=$request_method;length=$content_length\n"; }
        location / { default_type text/plain; return 200 "path=$uri\n"; }
)"_s.arg(dir);
    // Forward proxies for plain http (nginx has no CONNECT), logged like the rest: one open,
    // one that answers 407 until it gets user:pw. $http_host is an IP here: no resolver needed.
    // Cross-origin redirects: /to-http-302 on any server sends the client to /json on the plain
    // HTTP server, /to-https1-307 to the TLS HTTP/1.1 one, and so on. /to-samecred-* stays on the
    // origin, /to-hostcred-* changes only the host (localhost), /to-portcred-* scheme and port;
    // all three end on /credentials, which echoes what a redirect may carry on. /to-away-* goes to
    // localhost and from there back to 127.0.0.1.
    const QString redirectTargets = uR"(map $uri $redirect_target {
        ~^/to-samecred- /credentials;
        ~^/to-hostcred- http://localhost:%1/credentials;
        ~^/to-portcred- https://127.0.0.1:%3/credentials;
        ~^/to-away- http://localhost:%1/to-home-302;
        ~^/to-home- http://127.0.0.1:%1/credentials;
        ~^/to-http- http://127.0.0.1:%1/json;
        ~^/to-https- https://127.0.0.1:%2/json;
        ~^/to-https1- https://127.0.0.1:%3/json;
    })"_s.arg(m_httpPort)
                                            .arg(m_httpsPort)
                                            .arg(m_https1Port);
    const QString forward = u"proxy_pass http://$http_host; proxy_http_version 1.1;"_s;
    const QString proxies = uR"(server { listen 127.0.0.1:%1; location / { %3 } }
    server { listen 127.0.0.1:%2; location / {
        if ($http_proxy_authorization != "Basic dXNlcjpwdw==") {
            add_header Proxy-Authenticate 'Basic realm="proxy"' always; return 407; }
        %3 } })"_s.arg(m_proxyPort)
                                    .arg(m_authProxyPort)
                                    .arg(forward);
    const QString config = uR"(
daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 512; }
http {
    log_format tether '$connection $connection_requests $server_protocol $server_port $remote_port $request_method "$request_uri" $status';
    access_log %1/access.log tether;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    keepalive_timeout %2s;
    keepalive_requests %3;
    gzip on;
    gzip_types application/json text/plain;
    gzip_min_length 1;
    ssl_certificate %1/cert.pem;
    ssl_certificate_key %1/key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    REDIRECT_TARGETS
    server { listen 127.0.0.1:%4; %7 }
    server { listen 127.0.0.1:%5 ssl http2; %7 }
    server { listen 127.0.0.1:%6 ssl; %7 }
    server { listen 127.0.0.1:%8; access_log off; location = /status { stub_status; } }
    %9
}
)"_s.arg(dir)
                                   .arg(options.keepaliveTimeoutSeconds)
                                   .arg(options.keepaliveRequests)
                                   .arg(m_httpPort)
                                   .arg(m_httpsPort)
                                   .arg(m_https1Port)
                                   .arg(locations)
                                   .arg(m_statusPort)
                                   .arg(proxies);
    QFile file(dir + u"/nginx.conf"_s);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QString(config).replace(u"REDIRECT_TARGETS"_s, redirectTargets).toUtf8());
    return true;
}

bool NginxFixture::start(const Options &options)
{
    // Free ports are picked, then bound by nginx: another process (a second test run) can take
    // one in between. nginx then fails to bind and our probes may reach the other's server, so
    // a start whose error log reports a bind failure is retried on fresh ports.
    for (int attempt = 1;; ++attempt) {
        if (!startOnce(options))
            return false;
        QFile errorLog(m_dir->filePath(u"error.log"_s));
        QThread::msleep(100); // nginx binds every port before it serves; a failure is logged
        if (!errorLog.open(QIODevice::ReadOnly) || !errorLog.readAll().contains("bind()"))
            return true;
        if (attempt == 5) {
            m_error = u"nginx could not bind its ports in 5 attempts"_s;
            return false;
        }
    }
}

bool NginxFixture::startOnce(const Options &options)
{
    stop();
    const QString nginx
            = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (nginx.isEmpty()) {
        m_error = u"nginx is not installed (apt-get install nginx)"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_httpPort = freeLoopbackPort();
    m_httpsPort = freeLoopbackPort();
    m_https1Port = freeLoopbackPort();
    m_statusPort = freeLoopbackPort();
    m_proxyPort = freeLoopbackPort();
    m_authProxyPort = freeLoopbackPort();
    m_statusReads = 0;
    if (!makeCertificate() || !writeConfig(options))
        return false;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A test that crashes must not leave nginx behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(nginx,
                    {u"-p"_s, m_dir->path(), u"-e"_s, m_dir->filePath(u"error.log"_s), u"-c"_s,
                     m_dir->filePath(u"nginx.conf"_s)});
    if (!m_process.waitForStarted(5000)) {
        m_error = u"nginx did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    for (quint16 port :
         {m_httpPort, m_httpsPort, m_https1Port, m_statusPort, m_proxyPort, m_authProxyPort}) {
        for (;;) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                break;
            if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
                QFile errorLog(m_dir->filePath(u"error.log"_s));
                errorLog.open(QIODevice::ReadOnly);
                m_error = u"nginx is not listening on %1: %2 %3"_s.arg(port).arg(
                        QString::fromLocal8Bit(m_process.readAll()),
                        QString::fromLocal8Bit(errorLog.readAll()));
                return false;
            }
            QThread::msleep(20);
        }
    }
    // The probes above are connections without requests: they never reach the access log.
    return true;
}

void NginxFixture::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QList<NginxFixture::LogLine> NginxFixture::log() const
{
    QList<LogLine> lines;
    if (!m_dir)
        return lines;
    QFile file(m_dir->filePath(u"access.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList parts = text.split(u' ');
        if (parts.size() < 8)
            continue;
        LogLine line;
        line.connection = parts[0].toLongLong();
        line.connectionRequests = parts[1].toInt();
        line.protocol = parts[2];
        line.serverPort = parts[3].toInt();
        line.remotePort = parts[4].toInt();
        line.method = parts[5];
        line.uri = parts[6].mid(1, parts[6].size() - 2);
        line.status = parts[7].toInt();
        lines.append(line);
    }
    return lines;
}

qint64 NginxFixture::acceptedConnections()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_statusPort);
    if (!socket.waitForConnected(2000))
        return -1;
    ++m_statusReads;
    socket.write("GET /status HTTP/1.1\r\nHost: status\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(2000))
        response += socket.readAll();
    // "Active connections: 1 \nserver accepts handled requests\n 12 12 30 \n..."
    const qsizetype header = response.indexOf("server accepts handled requests");
    if (header < 0)
        return -1;
    const QList<QByteArray> numbers
            = response.mid(header).split('\n').value(1).simplified().split(' ');
    // The start-up probes are in the counter too; they cancel out in differences.
    return numbers.value(0).toLongLong() - m_statusReads;
}

int NginxFixture::distinctConnections(int serverPort) const
{
    QList<qint64> seen;
    for (const LogLine &line : log()) {
        if (line.serverPort == serverPort && !seen.contains(line.connection))
            seen.append(line.connection);
    }
    return int(seen.size());
}

const NginxFixture::LogLine *NginxFixture::find(const QList<LogLine> &lines,
                                                const QString &uri) const
{
    auto it = std::find_if(lines.cbegin(), lines.cend(),
                           [&](const LogLine &line) { return line.uri == uri; });
    return it == lines.cend() ? nullptr : &*it;
}

bool NginxFixture::waitForLogLines(int n, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (log().size() < n) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace tether::testsupport
