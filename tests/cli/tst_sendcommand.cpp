// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// tether-run send, run as a user runs it, against nginx.
#include "nginxfixture.h"
#include "rawhttpserver.h"
#include "tetherrun.h"

#include "run/keepaliveprobe.h"
#include "store/collectionstore.h"
#include "store/environmentstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace tether;

class TestSendCommand : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;
    QTemporaryDir m_scratch;

    using Run = testsupport::ProcessResult;
    static Run run(const QStringList &arguments, const QByteArray &input = {},
                   const QProcessEnvironment &environment
                   = QProcessEnvironment::systemEnvironment())
    {
        return testsupport::runProgram(QStringLiteral(TETHER_RUN_PATH), arguments, input,
                                       environment, 30000);
    }

    // Log lines nginx wrote for one of its proxy ports since `from`.
    QList<testsupport::NginxFixture::LogLine> proxied(int from, quint16 port) const
    {
        QList<testsupport::NginxFixture::LogLine> lines;
        for (const auto &line : m_nginx.log().mid(from))
            if (line.serverPort == port)
                lines.append(line);
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void bodyToStdoutSummaryToStderr()
    {
        const Run result = run({u"send"_s, m_nginx.http(u"/json"_s), m_nginx.http(u"/"_s)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, "hello\n"_ba); // the last body
        const QStringList lines = result.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(u"200 OK"_s) && lines[0].contains(u"new connection"_s),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(u"reused"_s), qPrintable(lines[1]));
    }

    void jsonMatchesNginx()
    {
        const int before = m_nginx.distinctConnections(m_nginx.https1Port());
        const qint64 acceptedBefore = m_nginx.acceptedConnections();
        const int lines = int(m_nginx.log().size());
        const Run result = run({u"send"_s, u"--json"_s, u"--repeat"_s, u"10"_s, u"--concurrency"_s,
                                u"10"_s, u"--no-http2"_s, u"--cacert"_s, m_nginx.caFile(),
                                m_nginx.https1(u"/json"_s)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(m_nginx.waitForLogLines(lines + 10));
        const QJsonObject json = result.json();
        const QJsonArray exchanges = json.value(u"exchanges"_s).toArray();
        QCOMPARE(exchanges.size(), 10);
        const QJsonObject first = exchanges.first().toObject();
        QCOMPARE(first.value(u"status"_s).toInt(), 200);
        QCOMPARE(first.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(first.value(u"protocol"_s).toString(), u"HTTP/1.1"_s);
        QCOMPARE(first.value(u"body"_s).toString(), u"{\"ok\":true,\"items\":[1,2,3]}"_s);
        QCOMPARE(first.value(u"headers"_s).toObject().value(u"Content-Type"_s).toString(),
                 u"application/json"_s);
        QVERIFY(first.value(u"phases"_s).toObject().contains(u"wait"_s));
        int newCount = 0;
        for (const auto &value : exchanges) {
            const QString verdict = value.toObject().value(u"connection"_s).toString();
            QVERIFY(verdict == u"new" || verdict == u"reused");
            newCount += verdict == u"new";
        }
        const QJsonArray origins = json.value(u"origins"_s).toArray();
        QCOMPARE(origins.size(), 1);
        const QJsonObject origin = origins.first().toObject();
        // nginx's log shows the connections that carried requests; its accept counter all TCP
        // connections, including one Qt may finish connecting after the queue drained.
        const int logged = m_nginx.distinctConnections(m_nginx.https1Port()) - before;
        const qint64 accepted = m_nginx.acceptedConnections() - acceptedBefore;
        QCOMPARE(origin.value(u"origin"_s).toString(),
                 u"https://127.0.0.1:%1"_s.arg(m_nginx.https1Port()));
        QCOMPARE(origin.value(u"connectionsOpened"_s).toInt(), int(accepted));
        QCOMPARE(origin.value(u"tlsHandshakes"_s).toInt(), logged);
        QCOMPARE(origin.value(u"reused"_s).toInt(), 10 - logged);
        QCOMPARE(newCount, logged);
        QCOMPARE(origin.value(u"exchanges"_s).toInt(), 10);
        QCOMPARE(origin.value(u"http2"_s).toBool(), false);
        // --concurrency 10: ten lanes, ten connections, each with one request, open at exit.
        QCOMPARE(logged, 10);
        const QJsonArray lifetimes = json.value(u"lifetimes"_s).toArray();
        QCOMPARE(lifetimes.size(), logged);
        QSet<QString> ids;
        for (const auto &value : lifetimes) {
            const QJsonObject lifetime = value.toObject();
            ids.insert(lifetime.value(u"id"_s).toString());
            QCOMPARE(lifetime.value(u"origin"_s).toString(), origin.value(u"origin"_s).toString());
            QCOMPARE(lifetime.value(u"requests"_s).toInt(), 1);
            QCOMPARE(lifetime.value(u"end"_s).toString(), u"open"_s);
            QVERIFY(lifetime.value(u"openedBy"_s).toInt() >= 1);
            QVERIFY(lifetime.value(u"idleSeconds"_s).toDouble() >= 0);
        }
        for (const auto &value : exchanges)
            QVERIFY(ids.contains(value.toObject().value(u"connectionId"_s).toString()));
    }

    void repeatReplaysTheUrlListInOrder()
    {
        // One round of jobs is kept and replayed: order, count and the last body must be as if
        // the list had been written out --repeat times.
        const int lines = int(m_nginx.log().size());
        const Run result = run(
                {u"send"_s, u"--repeat"_s, u"3"_s, m_nginx.http(u"/json"_s), m_nginx.http(u"/"_s)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, "hello\n"_ba);
        QCOMPARE(result.err.trimmed().split(u'\n').size(), 6);
        QVERIFY(m_nginx.waitForLogLines(lines + 6));
        const auto log = m_nginx.log().mid(lines);
        QStringList uris;
        for (const auto &line : log)
            uris.append(line.uri);
        QCOMPARE(uris, (QStringList{u"/json"_s, u"/"_s, u"/json"_s, u"/"_s, u"/json"_s, u"/"_s}));
    }

    void proxyFromOptionAndEnvironment()
    {
        const QString url = m_nginx.http(u"/json"_s);
        const QString proxy = u"127.0.0.1:%1"_s.arg(m_nginx.proxyPort());
        QProcessEnvironment viaEnvironment = QProcessEnvironment::systemEnvironment();
        viaEnvironment.insert(u"http_proxy"_s, u"http://"_s + proxy);

        struct Case
        {
            const char *name;
            QStringList arguments;
            QProcessEnvironment environment;
            bool throughProxy;
        };
        QProcessEnvironment ignored = viaEnvironment;
        ignored.insert(u"no_proxy"_s, u"localhost,127.0.0.1"_s);
        const QList<Case> cases{
                {"-x", {u"-x"_s, proxy}, QProcessEnvironment::systemEnvironment(), true},
                {"http_proxy", {}, viaEnvironment, true},
                {"no_proxy", {}, ignored, false},
                {"--noproxy '*'", {u"--noproxy"_s, u"*"_s}, viaEnvironment, false},
        };
        for (const Case &c : cases) {
            const int lines = int(m_nginx.log().size());
            const Run result = run(QStringList{u"send"_s, u"--no-history"_s} + c.arguments
                                           + QStringList{url},
                                   {}, c.environment);
            QVERIFY2(result.exitCode == 0, c.name);
            QCOMPARE(result.out, "{\"ok\":true,\"items\":[1,2,3]}"_ba);
            QVERIFY(m_nginx.waitForLogLines(lines + (c.throughProxy ? 2 : 1)));
            const auto atProxy = proxied(lines, m_nginx.proxyPort());
            QVERIFY2(atProxy.size() == (c.throughProxy ? 1 : 0), c.name);
            if (c.throughProxy) // the absolute form a client sends to a proxy
                QVERIFY2(atProxy.first().uri.endsWith(u"/json"_s), qPrintable(atProxy.first().uri));
        }
    }

    void authenticatingProxyCountsItsConnectionExactly()
    {
        // Qt answers the proxy's 407 by sending the request again on the same connection, with
        // no signal but a second requestSent, which elsewhere means "resent on a new
        // connection" (DESIGN.md). Through a proxy with credentials that exchange is ambiguous
        // and opens nothing; nginx's log is the check.
        const int lines = int(m_nginx.log().size());
        const Run result
                = run({u"send"_s, u"--no-history"_s, u"--json"_s, u"--repeat"_s, u"3"_s, u"-x"_s,
                       u"http://user:pw@127.0.0.1:%1"_s.arg(m_nginx.authProxyPort()),
                       m_nginx.http(u"/json"_s)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(m_nginx.waitForLogLines(lines + 7)); // 407, 3 × (proxy + origin)
        const auto atProxy = proxied(lines, m_nginx.authProxyPort());
        QCOMPARE(atProxy.size(), 4);
        QCOMPARE(atProxy.first().status, 407);
        QSet<qint64> connections;
        for (const auto &line : atProxy)
            connections.insert(line.connection);
        QCOMPARE(connections.size(), 1); // the 407 and the resend shared the connection
        const QJsonObject json = result.json();
        QStringList verdicts;
        for (const auto &exchange : json.value(u"exchanges"_s).toArray())
            verdicts.append(exchange.toObject().value(u"connection"_s).toString());
        QCOMPARE(verdicts, (QStringList{u"ambiguous"_s, u"reused"_s, u"reused"_s}));
        const QJsonObject origin = json.value(u"origins"_s).toArray().first().toObject();
        QCOMPARE(origin.value(u"connectionsOpened"_s).toInt(), int(connections.size()));
    }

    void unusableProxies()
    {
        Run result = run({u"send"_s, u"--no-history"_s, u"-x"_s, u"https://127.0.0.1:1"_s,
                          m_nginx.http(u"/"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"https://"_s), qPrintable(result.err));
        QProcessEnvironment broken = QProcessEnvironment::systemEnvironment();
        broken.insert(u"http_proxy"_s, u"ftp://nowhere"_s);
        result = run({u"send"_s, u"--no-history"_s, m_nginx.http(u"/"_s)}, {}, broken);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"environment"_s), qPrintable(result.err));
        const quint16 closed = testsupport::freeLoopbackPort();
        result = run({u"send"_s, u"--no-history"_s, u"-x"_s, u"127.0.0.1:%1"_s.arg(closed),
                      m_nginx.http(u"/"_s)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"Proxy http://127.0.0.1:%1"_s.arg(closed)),
                 qPrintable(result.err));
    }

    void http2OverTls()
    {
        const Run result = run({u"send"_s, u"--json"_s, u"--repeat"_s, u"3"_s, u"--cacert"_s,
                                m_nginx.caFile(), m_nginx.https(u"/"_s)});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject origin = result.json().value(u"origins"_s).toArray().first().toObject();
        QCOMPARE(origin.value(u"http2"_s).toBool(), true);
        QCOMPARE(origin.value(u"connectionsOpened"_s).toInt(), 1);
        QCOMPARE(origin.value(u"reused"_s).toInt(), 2);
    }

    void dataUserAndHeaders()
    {
        Run result
                = run({u"send"_s, u"-d"_s, u"a=1"_s, u"-d"_s, u"b=2"_s, m_nginx.http(u"/post"_s)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, "method=POST;length=7\n"_ba);
        result = run({u"send"_s, u"-u"_s, u"ada:pw"_s, u"-H"_s, u"X-Test: yes"_s, u"-d"_s, u"x"_s,
                      u"-XPUT"_s, m_nginx.http(u"/echo-headers"_s)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("x-test=yes;"), result.out.constData());
        QVERIFY(result.out.contains(QByteArray("authorization=Basic " + "ada:pw"_ba.toBase64())));
        QVERIFY(result.out.contains("content-type=application/x-www-form-urlencoded"));
        const auto log = m_nginx.log();
        QCOMPARE(log.last().method, u"PUT"_s);
    }

    void redirectsOnlyWithL()
    {
        Run result = run({u"send"_s, u"--json"_s, m_nginx.http(u"/redirect"_s)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json()
                         .value(u"exchanges"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"status"_s)
                         .toInt(),
                 302);
        result = run({u"send"_s, u"-L"_s, m_nginx.http(u"/redirect"_s)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, "{\"ok\":true,\"items\":[1,2,3]}"_ba);
    }

    void redirectsCarryCredentialsLikeCurl_data()
    {
        // Each row is sent by tether-run send and by curl with the same arguments; /credentials
        // echoes what arrived. Another host, or another scheme and port, gets no Authorization or
        // Cookie unless trusted; 301/302 turn POST into GET, 303 anything, 307/308 send the body
        // again. One difference, on purpose: Proxy-Authorization set by hand is dropped too
        // (curl 7.88 keeps it; with no proxy it goes to the origin server itself).
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("leavesUntrusted"); // a hop to another origin, not trusted
        const QStringList credentials
                = {u"-u"_s,          u"alice:pw"_s,     u"-H"_s,
                   u"Cookie: c=x"_s, u"-H"_s,           u"Proxy-Authorization: Basic eDp5"_s,
                   u"-H"_s,          u"X-Test: kept"_s, u"--cacert"_s,
                   m_nginx.caFile()};
        for (const char *to : {"samecred", "hostcred", "portcred"}) {
            for (const char *status : {"302", "307"}) {
                const QString path
                        = u"/to-%1-%2"_s.arg(QLatin1StringView(to), QLatin1StringView(status));
                const bool leaves = qstrcmp(to, "samecred") != 0;
                QTest::addRow("%s %s", to, status)
                        << credentials + QStringList{u"-L"_s, m_nginx.http(path)} << leaves;
                QTest::addRow("%s %s trusted", to, status)
                        << credentials + QStringList{u"--location-trusted"_s, m_nginx.http(path)}
                        << false;
            }
        }
        // Back to the first origin after another: credentials again (curl compares each hop
        // with the first host).
        QTest::newRow("out and back")
                << credentials + QStringList{u"-L"_s, m_nginx.http(u"/to-away-302"_s)} << false;
        QFile body(m_scratch.filePath(u"body.txt"_s));
        QVERIFY(body.open(QIODevice::WriteOnly) && body.write(QByteArray(5000, 'b')) == 5000);
        body.close();
        for (const char *status : {"307", "308"})
            QTest::addRow("a file's body through %s", status)
                    << QStringList{u"-L"_s, u"-d"_s, u'@' + body.fileName(),
                                   m_nginx.http(u"/to-samecred-"_s + QLatin1StringView(status))}
                    << false;
        for (const char *status : {"301", "302", "303", "307", "308"})
            QTest::addRow("POST through %s", status)
                    << QStringList{u"-L"_s,
                                   u"-d"_s,
                                   u"a=1&b=2"_s,
                                   u"-H"_s,
                                   u"X-Test: kept"_s,
                                   m_nginx.http(u"/to-hostcred-"_s + QLatin1StringView(status))}
                    << true;
    }

    void redirectsCarryCredentialsLikeCurl()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, leavesUntrusted);
        const Run tether = run(QStringList{u"send"_s} + arguments);
        QCOMPARE(tether.exitCode, 0);
        QProcess curl;
        curl.start(u"curl"_s, QStringList{u"-sS"_s} + arguments);
        QVERIFY(curl.waitForFinished(30000));
        QCOMPARE(curl.exitCode(), 0);
        QByteArray expected = curl.readAllStandardOutput();
        QVERIFY2(expected.startsWith("authorization="), expected.constData());
        if (leavesUntrusted)
            expected.replace("proxy-authorization=Basic eDp5;", "proxy-authorization=;");
        QCOMPARE(tether.out, expected);
    }

    void redirect303IsAlwaysGet()
    {
        // RFC 9110 §15.4.4, as browsers and Qt do. (curl -X PUT -L sends PUT again: -X names
        // the verb of every hop.)
        const Run result = run({u"send"_s, u"-L"_s, u"-X"_s, u"PUT"_s, u"-d"_s, u"x"_s,
                                m_nginx.http(u"/to-samecred-303"_s)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(";method=GET;length=\n"), result.out.constData());
    }

    void nonAsciiUrlIsPercentEncoded()
    {
        const Run result = run({u"send"_s, m_nginx.http(u"/grüße"_s)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out), u"path=/grüße\n"_s);
        QCOMPARE(m_nginx.log().last().uri, u"/gr%C3%BC%C3%9Fe"_s);
    }

    void binaryBodyIsBase64InJson()
    {
        const Run result = run({u"send"_s, u"--json"_s, m_nginx.http(u"/binary.bin"_s)});
        const QJsonObject exchange
                = result.json().value(u"exchanges"_s).toArray().first().toObject();
        QVERIFY(!exchange.contains(u"body"_s));
        const QByteArray bytes
                = QByteArray::fromBase64(exchange.value(u"bodyBase64"_s).toString().toLatin1());
        QCOMPARE(bytes.size(), 256);
        QCOMPARE(quint8(bytes.at(255)), quint8(255));
    }

    void outputFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.bin"_s);
        const Run result = run({u"send"_s, u"-o"_s, path, m_nginx.http(u"/big.bin"_s)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(QFileInfo(path).size(), qint64(3 * 1024 * 1024));
    }

    void outputToStandardOutputAndPipes()
    {
        // "-" is standard output, not a file named "-"; /dev/stdout works into a pipe (the
        // test's stdout is one) and nothing is renamed over it.
        QTemporaryDir dir;
        const Run dash = run({u"send"_s, u"-o"_s, u"-"_s, m_nginx.http(u"/"_s)});
        QCOMPARE(dash.exitCode, 0);
        QCOMPARE(dash.out, "hello\n"_ba);
        QVERIFY(!QFileInfo::exists(u"-"_s));
        const Run devStdout = run({u"send"_s, u"-o"_s, u"/dev/stdout"_s, m_nginx.http(u"/"_s)});
        QCOMPARE(devStdout.exitCode, 0);
        QCOMPARE(devStdout.out, "hello\n"_ba);
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(u"cat"_s, {fifo});
        QVERIFY(reader.waitForStarted());
        const Run toFifo = run({u"send"_s, u"-o"_s, fifo, m_nginx.http(u"/json"_s)});
        QVERIFY(reader.waitForFinished(10000));
        QCOMPARE(toFifo.exitCode, 0);
        QCOMPARE(reader.readAllStandardOutput(), "{\"ok\":true,\"items\":[1,2,3]}"_ba);
        QVERIFY(!QFileInfo(fifo).isFile()); // still the FIFO
        const Run folder = run({u"send"_s, u"-o"_s, dir.path(), m_nginx.http(u"/"_s)});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains(u"folder"_s), qPrintable(folder.err));
    }

    void exitCodes()
    {
        QCOMPARE(run({u"send"_s}).exitCode, 2);
        QCOMPARE(run({u"send"_s, u"--bogus"_s, m_nginx.http(u"/"_s)}).exitCode, 2);
        QCOMPARE(run({u"send"_s, u"--repeat"_s, u"0"_s, m_nginx.http(u"/"_s)}).exitCode, 2);
        QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({u"--help"_s}).exitCode, 0);
        QCOMPARE(run({u"send"_s, u"--help"_s}).exitCode, 0);
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("tether-run "));
        // A 404 is a response: exit 0, as curl without --fail.
        QCOMPARE(run({u"send"_s, m_nginx.http(u"/notfound"_s)}).exitCode, 0);
        const Run refused
                = run({u"send"_s, u"http://127.0.0.1:%1/"_s.arg(testsupport::freeLoopbackPort())});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(refused.err));
        const Run tls = run({u"send"_s, m_nginx.https(u"/"_s)});
        QCOMPARE(tls.exitCode, 1);
        QVERIFY2(tls.err.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(tls.err));
        QCOMPARE(run({u"send"_s, u"-k"_s, m_nginx.https(u"/"_s)}).exitCode, 0);
        const Run malformed = run({u"send"_s, u"http://127.0.0.1:99999/"_s});
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY(malformed.err.contains(u"Malformed URL"_s));
    }

    // --- collections, secrets, history (run under a real Secret Service) ---

    void saveSendCollectionAndEnvironment()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        Run saved = run({u"save"_s, api + u"/users/list"_s, u"-H"_s, u"X-Test: {{who}}"_s,
                         u"{{base}}/echo-headers"_s});
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(QFile::exists(api + u"/collection.json"_s));
        QVERIFY(QFile::exists(api + u"/users/list.request.json"_s));
        // Saving again overwrites in place.
        saved = run({u"save"_s, api + u"/users/list"_s, u"-H"_s, u"X-Test: {{who}}!"_s,
                     u"{{base}}/echo-headers"_s});
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(QDir(api + u"/users"_s).entryList(QDir::Files).size(), 1);

        auto collection = store::CollectionStore::load(api);
        QVERIFY(collection);
        core::Collection updated = collection.value();
        updated.variables = {{u"base"_s, u"http://127.0.0.1:1"_s, true, false},
                             {u"who"_s, u"collection"_s, true, false}};
        QVERIFY(store::CollectionStore::saveCollection(updated));
        QVERIFY(store::EnvironmentStore::save(
                api, {u"local"_s, {{u"base"_s, m_nginx.http({}), true, false}}, {}}));

        const Run sent
                = run({u"send"_s, u"--collection"_s, api, u"--env"_s, u"local"_s, u"users/list"_s});
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.out.contains("x-test=collection!;"), sent.out.constData());
        const Run missing = run({u"send"_s, u"--collection"_s, api, u"users/nope"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"no request \"users/nope\""_s));
        const Run noEnv
                = run({u"send"_s, u"--collection"_s, api, u"--env"_s, u"prod"_s, u"users/list"_s});
        QCOMPARE(noEnv.exitCode, 2);
        QVERIFY(noEnv.err.contains(u"no environment \"prod\""_s));
    }

    void urlSendsResolvePlainGlobalsOnly()
    {
        // The globals file tether-run reads: $XDG_CONFIG_HOME/tether/globals.json.
        QTemporaryDir config;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
        {
            const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
            const QString oldName = QCoreApplication::applicationName();
            qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
            QCoreApplication::setApplicationName(u"tether"_s);
            auto restore = qScopeGuard([&] {
                qputenv("XDG_CONFIG_HOME", oldConfig);
                QCoreApplication::setApplicationName(oldName);
            });
            core::Environment globals;
            globals.variables = {{u"base"_s, m_nginx.http({}), true, false},
                                 {u"off"_s, u"disabled"_s, false, false},
                                 {u"token"_s, u"global-SECRET"_s, true, true}};
            QVERIFY(store::EnvironmentStore::saveGlobals(globals));
        }
        QVERIFY(QFile::exists(config.filePath(u"tether/globals.json"_s)));
        int lines = int(m_nginx.log().size());
        const Run sent
                = run({u"send"_s, u"--repeat"_s, u"2"_s, u"{{base}}/json?q=1"_s}, {}, environment);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(m_nginx.waitForLogLines(lines + 2));
        QCOMPARE(m_nginx.log().at(lines).uri, u"/json?q=1"_s);
        QCOMPARE(m_nginx.log().at(lines + 1).uri, u"/json?q=1"_s);
        // A disabled or secret global does not resolve outside a collection: each send fails
        // before anything is sent, and no value reaches the wire.
        for (const QString &name : {u"off"_s, u"token"_s}) {
            lines = int(m_nginx.log().size());
            const Run unresolved = run(
                    {u"send"_s, u"--repeat"_s, u"2"_s, u"{{base}}/json?v={{"_s + name + u"}}"_s},
                    {}, environment);
            QCOMPARE(unresolved.exitCode, 1);
            QCOMPARE(unresolved.err.count(name), 2);
            QVERIFY2(!unresolved.err.contains(u"SECRET"_s), qPrintable(unresolved.err));
            QTest::qWait(100);
            QCOMPARE(int(m_nginx.log().size()), lines);
        }
    }

    void readingCommandsCreateNoHistory()
    {
        // `history` and `export --format har` only read: without a database they say so (and
        // nothing else), and leave none behind.
        QTemporaryDir data;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, data.path());
        const QString database = data.filePath(u"tether/history.sqlite"_s);
        const Run listed = run({u"history"_s}, {}, environment);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.err.trimmed(),
                 u"No history has been recorded yet (%1 does not exist)."_s.arg(database));
        const Run json = run({u"history"_s, u"--json"_s}, {}, environment);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, "[]\n"_ba);
        QCOMPARE(json.err, QString());
        const QString api = data.filePath(u"api"_s);
        QCOMPARE(run({u"save"_s, api + u"/f/r"_s, m_nginx.http(u"/"_s)}, {}, environment).exitCode,
                 0);
        const Run har = run({u"export"_s, u"--format"_s, u"har"_s, api}, {}, environment);
        QVERIFY2(har.exitCode == 0, qPrintable(har.err));
        const QJsonObject log
                = QJsonDocument::fromJson(har.out).object().value(u"log"_s).toObject();
        QVERIFY(log.contains(u"entries"_s));
        QCOMPARE(log.value(u"entries"_s).toArray().size(), 0);
        QVERIFY2(har.err.contains(u"No history recorded for"_s), qPrintable(har.err));
        QVERIFY(!QFile::exists(database));
    }

    void secretsLiveInTheKeychainOnly()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        QCOMPARE(run({u"save"_s, api + u"/auth/me"_s, u"-H"_s, u"Authorization: Bearer {{token}}"_s,
                      u"-H"_s, u"X-Key: {{token}}"_s, m_nginx.http(u"/json?key={{token}}"_s)})
                         .exitCode,
                 0);
        const QByteArray secret = "tok-9f8e7d-SECRET";
        const Run set
                = run({u"secret"_s, u"set"_s, u"--collection"_s, api, u"token"_s}, secret + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const Run get = run({u"secret"_s, u"get"_s, u"--collection"_s, api, u"token"_s});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out, secret + '\n');

        const Run sent = run({u"send"_s, u"--collection"_s, api, u"auth/me"_s});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(m_nginx.waitForLogLines(1));
        QCOMPARE(m_nginx.log().last().uri, u"/json?key="_s + QString::fromLatin1(secret));

        // Nothing Tether wrote holds the secret: collection files, settings, history (+WAL).
        QStringList roots = {api};
        for (const char *variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"})
            roots.append(qEnvironmentVariable(variable));
        int filesChecked = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.fileName().contains(u"/keyrings/"_s) || !file.open(QIODevice::ReadOnly))
                    continue; // the keyring's own encrypted store
                const QByteArray bytes = file.readAll();
                ++filesChecked;
                QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toBase64()),
                         qPrintable(file.fileName()));
            }
        }
        QVERIFY(filesChecked >= 3);

        // History keeps the reference; replay resolves it from the keychain again.
        const Run history = run({u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(history.exitCode, 0);
        const QJsonObject entry = QJsonDocument::fromJson(history.out).array().first().toObject();
        const QString startedAt = entry.value(u"startedAt"_s).toString();
        QVERIFY2(QRegularExpression(u"T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)$"_s)
                         .match(startedAt)
                         .hasMatch(),
                 qPrintable(startedAt)); // with its zone: history keeps local times
        QCOMPARE(entry.value(u"request"_s).toObject().value(u"url"_s).toString(),
                 m_nginx.http(u"/json?key={{token}}"_s));
        const int lines = int(m_nginx.log().size());
        const Run replay = run({u"replay"_s, QString::number(entry.value(u"id"_s).toInteger())});
        QVERIFY2(replay.exitCode == 0, qPrintable(replay.err));
        QVERIFY(m_nginx.waitForLogLines(lines + 1));
        QCOMPARE(m_nginx.log().last().uri, u"/json?key="_s + QString::fromLatin1(secret));

        QCOMPARE(run({u"secret"_s, u"delete"_s, u"--collection"_s, api, u"token"_s}).exitCode, 0);
        QCOMPARE(run({u"secret"_s, u"get"_s, u"--collection"_s, api, u"token"_s}).exitCode, 1);
        const Run unresolved = run({u"send"_s, u"--collection"_s, api, u"auth/me"_s});
        QCOMPARE(unresolved.exitCode, 2);
        QVERIFY(unresolved.err.contains(u"{{token}}"_s));
    }

    void savedAuthPasswordGoesToTheKeychain()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        const Run saved = run({u"save"_s, api + u"/me"_s + u"/get"_s, u"-u"_s,
                               u"ada:hunter2-SECRET"_s, m_nginx.http(u"/echo-headers"_s)});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        for (const QString &file :
             {QString(api + u"/me/get.request.json"_s), QString(api + u"/collection.json"_s)}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("hunter2"), qPrintable(file));
        }
        const Run sent = run({u"send"_s, u"--collection"_s, api, u"me/get"_s});
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.out.contains(
                         QByteArray("authorization=Basic " + "ada:hunter2-SECRET"_ba.toBase64())),
                 sent.out.constData());
    }

    void savedCredentialHeadersGoToTheKeychain()
    {
        // save -H 'Authorization: …' and -H 'Cookie: …': the values live in the keychain, the
        // file refers to them, and sending the saved request sends them; a header that already
        // refers to a variable stays as typed.
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        const Run saved = run({u"save"_s, api + u"/me/creds"_s, u"-H"_s,
                               u"Authorization: Bearer tok-HEADER-SECRET"_s, u"-H"_s,
                               u"Cookie: sid=cookie-SECRET"_s, u"-H"_s,
                               u"Proxy-Authorization: {{proxyCredential}}"_s,
                               m_nginx.http(u"/credentials"_s)});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const QByteArray files = testsupport::allFileBytes(api);
        QVERIFY2(!files.contains("SECRET"), files.constData());
        QVERIFY2(files.contains("{{proxyCredential}}"), files.constData());
        const Run sent = run({u"send"_s, u"--collection"_s, api, u"me/creds"_s});
        QCOMPARE(sent.exitCode, 1); // {{proxyCredential}} is not defined
        QVERIFY2(sent.err.contains(u"proxyCredential"_s), qPrintable(sent.err));
        QVERIFY(run({u"save"_s, api + u"/me/creds"_s, u"-H"_s,
                     u"Authorization: Bearer tok-HEADER-SECRET"_s, u"-H"_s,
                     u"Cookie: sid=cookie-SECRET"_s, m_nginx.http(u"/credentials"_s)})
                        .exitCode
                == 0);
        const Run resent = run({u"send"_s, u"--collection"_s, api, u"me/creds"_s});
        QCOMPARE(resent.exitCode, 0);
        QVERIFY2(resent.out.startsWith("authorization=Bearer tok-HEADER-SECRET;proxy-authorization="
                                       ";cookie=sid=cookie-SECRET;"),
                 resent.out.constData());
    }

    void secretWithoutKeychainWritesNothing()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        QCOMPARE(run({u"save"_s, api + u"/r"_s + u"/x"_s, m_nginx.http(u"/"_s)}).exitCode, 0);
        QFile collectionFile(api + u"/collection.json"_s);
        QVERIFY(collectionFile.open(QIODevice::ReadOnly));
        const QByteArray original = collectionFile.readAll();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.remove(u"DISPLAY"_s);
        const Run set = run({u"secret"_s, u"set"_s, u"--collection"_s, api, u"token"_s}, "value\n",
                            environment);
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains(u"No keychain is reachable"_s), qPrintable(set.err));
        QVERIFY(set.err.contains(u"gnome-keyring"_s));
        QFile after(api + u"/collection.json"_s);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original); // no "secret" declaration without a stored value
    }

    void typedCredentialsAreMaskedEverywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArrayList>("secrets"); // none may appear, in any form checked
        const QString url = m_nginx.http(u"/credentials"_s);
        QTest::newRow("-u") << QStringList{u"-u"_s, u"alice:s3cretpw"_s, url}
                            << QByteArrayList{"s3cretpw", "alice:s3cretpw",
                                              QByteArray("alice:s3cretpw").toBase64()};
        QTest::newRow("Authorization header")
                << QStringList{u"-H"_s, u"Authorization: Bearer tok3n-abc"_s, url}
                << QByteArrayList{"tok3n-abc"};
        QTest::newRow("Cookie header")
                << QStringList{u"-H"_s, u"Cookie: sid=cookievalue1; theme=dark"_s, url}
                << QByteArrayList{"cookievalue1"};
        QTest::newRow("Proxy-Authorization header")
                << QStringList{u"-H"_s, u"Proxy-Authorization: Basic cHJveHk6cHJveHlwdw=="_s, url}
                << QByteArrayList{"cHJveHk6cHJveHlwdw==", "proxypw"};
        QString withPassword = url;
        withPassword.replace(u"http://"_s, u"http://bob:urlpass99@"_s);
        QTest::newRow("URL password") << QStringList{withPassword} << QByteArrayList{"urlpass99"};
    }

    void typedCredentialsAreMaskedEverywhere()
    {
        // Not secret variables, just typed in: masked in the stderr summary, --json (the echoed
        // body included), `history` and the history database's own bytes.
        QFETCH(QStringList, arguments);
        QFETCH(QByteArrayList, secrets);
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        const Run plain = run(QStringList{u"send"_s} + arguments, {}, environment);
        QCOMPARE(plain.exitCode, 0);
        const Run json = run(QStringList{u"send"_s, u"--json"_s} + arguments, {}, environment);
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains("\"body\": \"authorization="), json.out.constData());
        const Run listed = run({u"history"_s, u"--json"_s}, {}, environment);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);
        const QByteArray database = testsupport::allFileBytes(dir.filePath(u"data"_s));
        QVERIFY(!database.isEmpty());
        for (const QByteArray &secret : std::as_const(secrets)) {
            for (const auto &[where, text] :
                 {std::pair{"stderr", plain.err.toUtf8()}, std::pair{"--json", json.out},
                  std::pair{"history", listed.out}, std::pair{"database", database}})
                QVERIFY2(!text.contains(secret),
                         qPrintable(u"%1 in %2: %3"_s.arg(QString::fromLatin1(secret),
                                                          QString::fromLatin1(where),
                                                          QString::fromUtf8(text.left(2000)))));
        }
    }

    void historyListsAndNoHistorySkips()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        QCOMPARE(run({u"send"_s, m_nginx.http(u"/json"_s), m_nginx.http(u"/notfound"_s)}, {},
                     environment)
                         .exitCode,
                 0);
        QCOMPARE(run({u"send"_s, u"--no-history"_s, m_nginx.http(u"/skipped"_s)}, {}, environment)
                         .exitCode,
                 0);
        const Run listed = run({u"history"_s}, {}, environment);
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = QString::fromUtf8(listed.out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains(u"404"_s) && lines[0].contains(u"/notfound"_s));
        QVERIFY(lines[1].contains(u"200"_s) && lines[1].contains(u"new"_s));
        const Run filtered = run({u"history"_s, u"--json"_s, u"--origin"_s,
                                  u"http://127.0.0.1:%1"_s.arg(m_nginx.httpPort())},
                                 {}, environment);
        QCOMPARE(QJsonDocument::fromJson(filtered.out).array().size(), 2);
        QCOMPARE(run({u"history"_s, u"--limit"_s, u"0"_s}, {}, environment).exitCode, 2);
        const Run pruned = run({u"history"_s, u"--keep"_s, u"1"_s}, {}, environment);
        QCOMPARE(pruned.exitCode, 0);
        QVERIFY(pruned.err.contains(u"removed 1 exchange"_s));
        QCOMPARE(QString::fromUtf8(run({u"history"_s}, {}, environment).out).trimmed().count(u'\n'),
                 0);
        QCOMPARE(run({u"replay"_s, u"999"_s}, {}, environment).exitCode, 1);
    }

    void manyFirstTimeProcessesAllRecord()
    {
        // 16 processes creating the history database at once: every one records its exchange
        // (they raced to "duplicate column name: connection_id" and one recorded nothing).
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        QList<QProcess *> processes;
        for (int i = 0; i < 16; ++i) {
            auto *process = new QProcess(this);
            process->setProcessEnvironment(environment);
            process->start(QStringLiteral(TETHER_RUN_PATH),
                           {u"send"_s, m_nginx.http(u"/first-time?n="_s) + QString::number(i)});
            processes.append(process);
        }
        // All finish before any check, so a failure here leaves none still sending into the
        // next test's nginx log.
        for (QProcess *process : std::as_const(processes))
            process->waitForFinished(30000);
        const auto cleanup = qScopeGuard([&] { qDeleteAll(processes); });
        for (QProcess *process : std::as_const(processes)) {
            QCOMPARE(process->state(), QProcess::NotRunning);
            QCOMPARE(process->exitCode(), 0);
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(!err.contains("history") && !err.contains("failed"), err.constData());
        }
        const Run listed
                = run({u"history"_s, u"--json"_s, u"--limit"_s, u"100"_s}, {}, environment);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 16);
    }

    void numbersAreValidated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char *seconds : {"1e10", "inf", "nan", "abc", "0", "-1", ""})
            QTest::addRow("send -m %s", seconds)
                    << QStringList{u"send"_s, u"-m"_s, QString::fromLatin1(seconds)};
        QTest::newRow("send --repeat 1e3") << QStringList{u"send"_s, u"--repeat"_s, u"1e3"_s};
        QTest::newRow("send --repeat 99999999999")
                << QStringList{u"send"_s, u"--repeat"_s, u"99999999999"_s};
        QTest::newRow("send --concurrency 65")
                << QStringList{u"send"_s, u"--concurrency"_s, u"65"_s};
        QTest::newRow("run -m abc") << QStringList{u"run"_s, u"-m"_s, u"abc"_s};
        QTest::newRow("run -m inf") << QStringList{u"run"_s, u"-m"_s, u"inf"_s};
        QTest::newRow("run --iterations 0") << QStringList{u"run"_s, u"--iterations"_s, u"0"_s};
        QTest::newRow("run --delay -5") << QStringList{u"run"_s, u"--delay"_s, u"-5"_s};
        QTest::newRow("probe --max-wait inf") << QStringList{u"probe"_s, u"--max-wait"_s, u"inf"_s};
        QTest::newRow("probe --max-requests x")
                << QStringList{u"probe"_s, u"--max-requests"_s, u"x"_s};
    }

    // `probe` says what it may cost before it starts, then what it found; nginx's log has no
    // more requests than it said.
    void probeSaysItsBudgetThenItsFindings()
    {
        const qsizetype before = m_nginx.log().size();
        const Run result = run({u"probe"_s, u"--max-wait"_s, u"1"_s, u"--max-requests"_s, u"5"_s,
                                m_nginx.http(u"/probe"_s)});
        QCOMPARE(result.exitCode, 0);
        const int budget = run::KeepAliveProbe::requestBudget(5, 1);
        QVERIFY2(result.err.startsWith(
                         u"Probing %1: at most %2 requests"_s.arg(m_nginx.http(u"/probe"_s))
                                 .arg(budget)),
                 qPrintable(result.err));
        QVERIFY2(result.out.contains("keeps connections alive"), result.out.constData());
        QTest::qWait(50);
        const qsizetype sent = m_nginx.log().size() - before;
        QVERIFY2(sent >= 5 && sent <= budget, qPrintable(QString::number(sent)));
    }

    void numbersAreValidated()
    {
        // A usage error, exit 2, naming the option, before anything is sent.
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString collection = dir.filePath(u"api"_s);
        QCOMPARE(run({u"save"_s, collection + u"/x"_s, m_nginx.http(u"/"_s)}).exitCode, 0);
        arguments.append(arguments.first() == u"run" ? collection : m_nginx.http(u"/numbers"_s));
        const int lines = int(m_nginx.log().size());
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(arguments.at(1)), qPrintable(result.err));
        QTest::qWait(50);
        QCOMPARE(int(m_nginx.log().size()), lines);
    }

    void maxTime()
    {
        // The silent server lives in a child process-free way: this test's event loop is not
        // running while tether-run waits, but the kernel accepts the connection regardless.
        testsupport::RawHttpServer silent(testsupport::RawHttpServer::Behaviour::NeverAnswer);
        QVERIFY(silent.listen());
        QElapsedTimer timer;
        timer.start();
        const Run result = run({u"send"_s, u"--max-time"_s, u"0.5"_s, silent.url()});
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"Timed out after 0.5 s"_s), qPrintable(result.err));
    }
};

QTEST_MAIN(TestSendCommand)
#include "tst_sendcommand.moc"
