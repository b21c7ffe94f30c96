// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The tracker's verdicts and per-origin counts against nginx's access log (the ground truth).
#include "nginxfixture.h"
#include "sessiondriver.h"

#include "net/connectionledger.h"
#include "net/connectionlifetimesmodel.h"
#include "net/originstatsmodel.h"
#include "net/session.h"
#include "net/sockettable.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using testsupport::NginxFixture;

class TestConnectionTracker : public QObject
{
    Q_OBJECT

private:
    NginxFixture m_nginx;
    int m_serial = 0;

    net::SessionSettings trustingSettings() const
    {
        net::SessionSettings settings;
        settings.extraCaFiles = {m_nginx.caFile()};
        return settings;
    }
    // Every exchange's verdict agrees with nginx: new ⇔ first request on its connection.
    void verifyVerdictsAgainstLog(const QList<net::Exchange> &exchanges)
    {
        const auto log = m_nginx.log();
        for (const net::Exchange &exchange : exchanges) {
            QVERIFY2(exchange.succeeded(), qPrintable(exchange.error));
            const auto *line = m_nginx.find(log, testsupport::uriOf(exchange));
            QVERIFY2(line, qPrintable(testsupport::uriOf(exchange)));
            const bool nginxSaysNew = line->connectionRequests == 1;
            const bool tetherSaysNew = exchange.verdict == net::ConnectionVerdict::New;
            QVERIFY2(
                    nginxSaysNew == tetherSaysNew,
                    qPrintable(u"%1: nginx connection_requests=%2, tether %3"_s.arg(
                            testsupport::uriOf(exchange), QString::number(line->connectionRequests),
                            net::verdictName(exchange.verdict))));
        }
    }
    void waitForLog(int expected) { QVERIFY(m_nginx.waitForLogLines(expected)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void sequentialHttp11()
    {
        net::Session session;
        const int before = int(m_nginx.log().size());
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.http({}), 20));
        waitForLog(before + 20);
        verifyVerdictsAgainstLog(exchanges);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(stats.exchanges, 20);
        QCOMPARE(stats.connectionsOpened(), 1);
        QCOMPARE(stats.reused(), 19);
        QCOMPARE(exchanges.first().verdict, net::ConnectionVerdict::New);
        QCOMPARE(exchanges.last().verdict, net::ConnectionVerdict::Reused);
        QCOMPARE(exchanges.last().protocol, u"HTTP/1.1"_s);
    }

    void sequentialTlsHttp2()
    {
        net::Session session;
        QVERIFY(session.setSettings(trustingSettings()));
        const auto before = m_nginx.distinctConnections(m_nginx.httpsPort());
        const int lines = int(m_nginx.log().size());
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.https({}), 10));
        waitForLog(lines + 10);
        verifyVerdictsAgainstLog(exchanges);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(stats.connectionsOpened(),
                 m_nginx.distinctConnections(m_nginx.httpsPort()) - before);
        QCOMPARE(stats.connectionsOpened(), 1);
        QCOMPARE(stats.tlsHandshakes, 1);
        QVERIFY(stats.http2);
        QCOMPARE(exchanges.first().protocol, u"HTTP/2"_s);
        // A new TLS exchange pays connect + TLS; a reused one pays none.
        QVERIFY(exchanges.first().phases.connectMs > 0);
        QCOMPARE(exchanges.last().phases.connectMs, 0.0);
    }

    void sequentialTlsHttp11()
    {
        net::Session session;
        QVERIFY(session.setSettings(trustingSettings()));
        const int lines = int(m_nginx.log().size());
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.https1({}), 10));
        waitForLog(lines + 10);
        verifyVerdictsAgainstLog(exchanges);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(stats.connectionsOpened(), 1);
        QCOMPARE(exchanges.last().protocol, u"HTTP/1.1"_s);
    }

    void concurrentHttp2Multiplexes()
    {
        net::Session session;
        QVERIFY(session.setSettings(trustingSettings()));
        const int before = m_nginx.distinctConnections(m_nginx.httpsPort());
        const int lines = int(m_nginx.log().size());
        const auto exchanges = testsupport::sendUrls(
                session, testsupport::uniqueUrls(m_nginx.https({}), 10), 10);
        waitForLog(lines + 10);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(stats.connectionsOpened(),
                 m_nginx.distinctConnections(m_nginx.httpsPort()) - before);
        QCOMPARE(stats.connectionsOpened(), 1);
        // One stream is marked new (the reply encrypted() was delivered to), the other nine
        // multiplexed. Which stream nginx numbers first is not observable from Qt's signals: Qt
        // writes the queued streams together after the handshake, and under ASan's timing
        // nginx's connection_requests=1 went to another stream than the encrypted() one.
        QCOMPARE(stats.newCount, 1);
        QCOMPARE(stats.multiplexedCount, 9);
        QCOMPARE(stats.reused(), 9);
        for (const auto &exchange : exchanges) {
            QVERIFY2(exchange.succeeded(), qPrintable(exchange.error));
            QCOMPARE(exchange.protocol, u"HTTP/2"_s);
        }
    }

    void oneAtATimeMakesPlainHttpExact()
    {
        net::Session session;
        auto settings = session.settings();
        settings.oneAtATimePerOrigin = true;
        QVERIFY(session.setSettings(settings));
        const int lines = int(m_nginx.log().size());
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.http({}), 24), 8);
        waitForLog(lines + 24);
        verifyVerdictsAgainstLog(exchanges);
        QCOMPARE(session.tracker()->origin(exchanges.first().originName()).connectionsOpened(), 1);
    }

    void concurrentTlsHttp11BadgesExact()
    {
        net::Session session;
        auto settings = trustingSettings();
        settings.http2Allowed = false;
        QVERIFY(session.setSettings(settings));
        const int before = m_nginx.distinctConnections(m_nginx.https1Port());
        const qint64 acceptedBefore = m_nginx.acceptedConnections();
        const int lines = int(m_nginx.log().size());
        const auto exchanges = testsupport::sendUrls(
                session, testsupport::uniqueUrls(m_nginx.https1({}), 10), 10);
        waitForLog(lines + 10);
        verifyVerdictsAgainstLog(exchanges); // every badge exact, concurrency or not
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        const int logged = m_nginx.distinctConnections(m_nginx.https1Port()) - before;
        const qint64 accepted = m_nginx.acceptedConnections() - acceptedBefore;
        QVERIFY(logged >= 2 && logged <= 6);
        QCOMPARE(stats.connectionsOpened(), int(accepted)); // TCP truth, idle ones included
        QCOMPARE(stats.newCount, logged); // connections that carried requests
        QCOMPARE(stats.tlsHandshakes, logged);
        QCOMPARE(stats.reused(), 10 - logged);
    }

    // Lanes (send and run at concurrency C): C in flight open exactly C connections, and every
    // badge is exact on plain HTTP too, because each lane's pool carries one request at a time.
    void lanesOpenExactlyCAndEveryBadgeIsExact_data()
    {
        QTest::addColumn<QString>("scheme"); // http, https1 (server speaks only HTTP/1.1)
        QTest::addColumn<bool>("http2Allowed");
        QTest::addColumn<int>("lanes");
        QTest::newRow("http, 6 lanes") << u"http"_s << true << 6;
        QTest::newRow("http, 2 lanes") << u"http"_s << true << 2;
        QTest::newRow("tls http/1.1, 4 lanes") << u"https1"_s << false << 4;
        // HTTP/2 allowed, but ALPN says http/1.1: the first request learns it, then C lanes.
        QTest::newRow("tls, h2 allowed, server http/1.1") << u"https1"_s << true << 4;
    }
    void lanesOpenExactlyCAndEveryBadgeIsExact()
    {
        QFETCH(QString, scheme);
        QFETCH(bool, http2Allowed);
        QFETCH(int, lanes);
        net::Session session;
        auto settings = trustingSettings();
        settings.http2Allowed = http2Allowed;
        settings.lanes = lanes;
        QVERIFY(session.setSettings(settings));
        const bool tls = scheme == u"https1";
        const int port = tls ? m_nginx.https1Port() : m_nginx.httpPort();
        const int before = m_nginx.distinctConnections(port);
        const qint64 acceptedBefore = m_nginx.acceptedConnections();
        const int lines = int(m_nginx.log().size());
        const int count = 20 * lanes;
        const auto exchanges = testsupport::sendUrls(
                session,
                testsupport::uniqueUrls(tls ? m_nginx.https1({}) : m_nginx.http({}), count), lanes);
        waitForLog(lines + count);
        verifyVerdictsAgainstLog(exchanges);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(m_nginx.acceptedConnections() - acceptedBefore, qint64(lanes));
        QCOMPARE(m_nginx.distinctConnections(port) - before, lanes);
        QCOMPARE(stats.connectionsOpened(), lanes);
        QCOMPARE(stats.newCount, lanes);
        QCOMPARE(stats.reusedCount, count - lanes);
        QCOMPARE(stats.ambiguousCount, 0);
        QSet<int> lanesUsed;
        for (const auto &exchange : exchanges)
            lanesUsed.insert(exchange.lane);
        QCOMPARE(lanesUsed.size(), lanes);
    }

    // Bodies both ways on lanes: 64 KiB uploads and 3 MiB downloads interleaved, still
    // exactly C connections and every badge nginx's.
    void lanesWithBodiesBothWays()
    {
        net::Session session;
        auto settings = session.settings();
        settings.lanes = 3;
        QVERIFY(session.setSettings(settings));
        const qint64 acceptedBefore = m_nginx.acceptedConnections();
        const int before = m_nginx.distinctConnections(m_nginx.httpPort());
        const int lines = int(m_nginx.log().size());
        QList<core::Request> requests;
        for (int i = 0; i < 30; ++i) {
            core::Request request;
            if (i % 2 == 0) {
                request.method = u"POST"_s;
                request.url = m_nginx.http(u"/upload?n="_s) + QString::number(++m_serial);
                request.body.mode = core::BodyMode::Raw;
                request.body.text = QString(64 * 1024, u'x');
            } else {
                request.url = m_nginx.http(u"/big.bin?n="_s) + QString::number(++m_serial);
            }
            requests.append(request);
        }
        const auto exchanges = testsupport::sendAll(session, requests, 3);
        waitForLog(lines + 30);
        verifyVerdictsAgainstLog(exchanges);
        for (int i = 1; i < exchanges.size(); i += 2)
            QVERIFY(exchanges.at(i).bodySize() >= 1024 * 1024);
        // Exactly 3 almost always; now and then, with the machine loaded (2 of about 15 runs
        // beside a parallel build), nginx logs a 4th connection. Not explained yet (open in
        // issue 11's note); Tether's record agrees with nginx's then too, which is what this
        // test holds it to.
        const int distinct = m_nginx.distinctConnections(m_nginx.httpPort()) - before;
        QVERIFY2(distinct >= 3 && distinct <= 4, qPrintable(QString::number(distinct)));
        if (distinct > 3)
            qInfo("nginx saw %d connections for 3 lanes", distinct);
        QCOMPARE(m_nginx.acceptedConnections() - acceptedBefore, qint64(distinct));
        QCOMPARE(int(session.ledger()->lifetimes().size()), distinct);
    }

    void lanesKeepHttp2OnOneConnection()
    {
        net::Session session;
        auto settings = trustingSettings();
        settings.lanes = 6;
        QVERIFY(session.setSettings(settings));
        const int before = m_nginx.distinctConnections(m_nginx.httpsPort());
        const qint64 acceptedBefore = m_nginx.acceptedConnections();
        const int lines = int(m_nginx.log().size());
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.https({}), 60), 6);
        waitForLog(lines + 60);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(m_nginx.acceptedConnections() - acceptedBefore, qint64(1));
        QCOMPARE(m_nginx.distinctConnections(m_nginx.httpsPort()) - before, 1);
        QCOMPARE(stats.connectionsOpened(), 1);
        QCOMPARE(stats.newCount, 1);
        QCOMPARE(stats.newCount + stats.multiplexedCount + stats.reusedCount, 60);
        QCOMPARE(stats.ambiguousCount, 0);
        for (const auto &exchange : exchanges) {
            QVERIFY2(exchange.succeeded(), qPrintable(exchange.error));
            QCOMPARE(exchange.protocol, u"HTTP/2"_s);
        }
        QCOMPARE(exchanges.first().verdict, net::ConnectionVerdict::New);
    }

    // One at a time per origin holds even when each finished handler sends the next request
    // (it used to slip in beside the queued one), on two origins at once.
    void oneAtATimeHoldsUnderRefill()
    {
        net::Session session;
        auto settings = trustingSettings();
        settings.oneAtATimePerOrigin = true;
        settings.http2Allowed = false;
        settings.lanes = 6;
        QVERIFY(session.setSettings(settings));
        const int lines = int(m_nginx.log().size());
        const int beforeHttp = m_nginx.distinctConnections(m_nginx.httpPort());
        const int beforeTls = m_nginx.distinctConnections(m_nginx.https1Port());
        QStringList list;
        const QStringList plain = testsupport::uniqueUrls(m_nginx.http({}), 15);
        const QStringList tls = testsupport::uniqueUrls(m_nginx.https1({}), 15);
        for (int i = 0; i < 15; ++i)
            list << plain.at(i) << tls.at(i);
        const auto exchanges = testsupport::sendUrls(session, list, 6);
        waitForLog(lines + 30);
        verifyVerdictsAgainstLog(exchanges);
        QCOMPARE(m_nginx.distinctConnections(m_nginx.httpPort()) - beforeHttp, 1);
        QCOMPARE(m_nginx.distinctConnections(m_nginx.https1Port()) - beforeTls, 1);
        for (const auto &exchange : exchanges)
            QVERIFY(exchange.verdict != net::ConnectionVerdict::Ambiguous);
    }

    void keepAliveOff_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http/1.1") << false;
        QTest::newRow("http/2") << true;
    }
    void keepAliveOff()
    {
        QFETCH(bool, tls);
        net::Session session;
        auto settings = trustingSettings();
        settings.keepAlive = false;
        QVERIFY(session.setSettings(settings));
        const int port = tls ? m_nginx.httpsPort() : m_nginx.httpPort();
        const int before = m_nginx.distinctConnections(port);
        const int lines = int(m_nginx.log().size());
        const auto exchanges = testsupport::sendUrls(
                session, testsupport::uniqueUrls(tls ? m_nginx.https({}) : m_nginx.http({}), 5));
        waitForLog(lines + 5);
        verifyVerdictsAgainstLog(exchanges);
        const auto stats = session.tracker()->origin(exchanges.first().originName());
        QCOMPARE(m_nginx.distinctConnections(port) - before, 5);
        QCOMPARE(stats.connectionsOpened(), 5);
        QCOMPARE(stats.newCount, 5);
        if (tls)
            QCOMPARE(exchanges.first().protocol, u"HTTP/2"_s);
    }

    void preconnect_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    void preconnect()
    {
        QFETCH(bool, tls);
        net::Session session;
        QVERIFY(session.setSettings(trustingSettings()));
        const int port = tls ? m_nginx.httpsPort() : m_nginx.httpPort();
        const int before = m_nginx.distinctConnections(port);
        const int lines = int(m_nginx.log().size());
        const QString base = tls ? m_nginx.https({}) : m_nginx.http({});
        auto origin = session.preconnect(base);
        QVERIFY(origin);
        // Let the connection (and handshake) finish before the request: wait for the socket.
        const auto established = [port] {
            const auto sockets = net::SocketTable::snapshot();
            return std::any_of(sockets.cbegin(), sockets.cend(), [port](const auto &socket) {
                return socket.remotePort == port
                        && socket.state == net::SocketTable::State::Established;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(established(), 5000);
        QTest::qWait(tls ? 200 : 20); // and, on TLS, the handshake on top of it
        const auto exchanges = testsupport::sendUrls(session, testsupport::uniqueUrls(base, 3));
        waitForLog(lines + 3);
        const auto stats = session.tracker()->origin(origin.value());
        QCOMPARE(m_nginx.distinctConnections(port) - before, 1);
        QCOMPARE(stats.connectionsOpened(), 1);
        QCOMPARE(stats.preconnects, 1);
        for (const auto &exchange : exchanges)
            QCOMPARE(exchange.verdict, net::ConnectionVerdict::Reused);
        QCOMPARE(stats.reused(), 3);
    }

    void resetPoolOpensNewConnection()
    {
        net::Session session;
        const int before = m_nginx.distinctConnections(m_nginx.httpPort());
        const int lines = int(m_nginx.log().size());
        const QStringList list = testsupport::uniqueUrls(m_nginx.http({}), 3);
        auto first = testsupport::sendUrls(session, list.mid(0, 2));
        session.resetPool();
        auto second = testsupport::getOne(session, list.at(2));
        waitForLog(lines + 3);
        verifyVerdictsAgainstLog(first + QList<net::Exchange>{second});
        QCOMPARE(second.verdict, net::ConnectionVerdict::New);
        QCOMPARE(m_nginx.distinctConnections(m_nginx.httpPort()) - before, 2);
        QCOMPARE(session.tracker()->origin(second.originName()).connectionsOpened(), 2);
    }

    void redirectCountsEachHop()
    {
        net::Session session;
        const int lines = int(m_nginx.log().size());
        const auto exchange = testsupport::getOne(session, m_nginx.http(u"/redirect"_s));
        waitForLog(lines + 2);
        QCOMPARE(exchange.status, 200);
        QCOMPARE(exchange.hops.size(), 2);
        QCOMPARE(exchange.hops.at(0).status, 302);
        QCOMPARE(exchange.hops.at(0).verdict, net::ConnectionVerdict::New);
        QCOMPARE(exchange.hops.at(1).verdict, net::ConnectionVerdict::Reused);
        const auto stats = session.tracker()->origin(exchange.originName());
        QCOMPARE(stats.exchanges, 2);
        QCOMPARE(stats.connectionsOpened(), 1);
    }

    void crossOriginRedirectsCountPerHop_data()
    {
        QTest::addColumn<QString>("from"); // the redirecting origin's base URL
        QTest::addColumn<int>("fromPort");
        QTest::addColumn<QString>("path"); // to-<target>-<status>
        QTest::addColumn<int>("toPort");
        for (const char *status : {"302", "307"}) {
            const QString s = QString::fromLatin1(status);
            QTest::addRow("http → https/1.1, %s", status)
                    << m_nginx.http({}) << int(m_nginx.httpPort()) << u"/to-https1-"_s + s
                    << int(m_nginx.https1Port());
            QTest::addRow("http → https/2, %s", status)
                    << m_nginx.http({}) << int(m_nginx.httpPort()) << u"/to-https-"_s + s
                    << int(m_nginx.httpsPort());
            QTest::addRow("https/2 → https/1.1, %s", status)
                    << m_nginx.https({}) << int(m_nginx.httpsPort()) << u"/to-https1-"_s + s
                    << int(m_nginx.https1Port());
            QTest::addRow("https/1.1 → https/2, %s", status)
                    << m_nginx.https1({}) << int(m_nginx.https1Port()) << u"/to-https-"_s + s
                    << int(m_nginx.httpsPort());
        }
    }

    void crossOriginRedirectsCountPerHop()
    {
        // Ten sequential sends through a redirect to another origin: each origin's count of
        // connections opened equals the connections nginx saw on its port, and nothing is
        // called "retried" (nothing was sent twice). nginx's 302 and 307 carry a small body.
        QFETCH(QString, from);
        QFETCH(int, fromPort);
        QFETCH(QString, path);
        QFETCH(int, toPort);
        net::Session session;
        QVERIFY(session.setSettings(trustingSettings()));
        const auto distinct = [this](int port, qsizetype since) {
            QSet<qint64> seen;
            for (const auto &line : m_nginx.log().mid(since))
                if (line.serverPort == port)
                    seen.insert(line.connection);
            return int(seen.size());
        };
        const qsizetype lines = m_nginx.log().size();
        QStringList urls;
        for (int i = 0; i < 10; ++i)
            urls.append(from + path);
        const auto exchanges = testsupport::sendUrls(session, urls);
        waitForLog(int(lines) + 20);
        QTest::qWait(100); // anything sent after the last exchange ended is in the log too
        // Tether follows redirects itself: Qt 6.4, following them, now and then sent the
        // redirecting request a second time (bare QNAM too: 11 for 10 in about 1 run of 15).
        int sentToSource = 0;
        for (const auto &line : m_nginx.log().mid(lines))
            sentToSource += line.serverPort == fromPort ? 1 : 0;
        QCOMPARE(sentToSource, 10);
        QCOMPARE(int(m_nginx.log().size() - lines), 20);
        for (const net::Exchange &exchange : exchanges) {
            QVERIFY2(exchange.succeeded(), qPrintable(exchange.error));
            QCOMPARE(exchange.hops.size(), 2);
            for (const net::Hop &hop : exchange.hops)
                QVERIFY(hop.verdict != net::ConnectionVerdict::Retried);
        }
        const net::OriginStats source
                = session.tracker()->origin(exchanges.first().hops.first().origin);
        const net::OriginStats target
                = session.tracker()->origin(exchanges.first().hops.last().origin);
        QCOMPARE(source.exchanges, 10);
        QCOMPARE(target.exchanges, 10);
        QCOMPARE(source.resends, 0);
        QCOMPARE(target.resends, 0);
        QCOMPARE(source.connectionsOpened(), distinct(fromPort, lines));
        QCOMPARE(source.connectionsOpened(), 1);
        QCOMPARE(target.connectionsOpened(), distinct(toPort, lines));
        QCOMPARE(target.connectionsOpened(), 1);
        int requestsOnSource = 0;
        for (const net::ConnectionLifetime &lifetime : session.ledger()->lifetimes())
            requestsOnSource += lifetime.origin == source.origin ? lifetime.requests : 0;
        QCOMPARE(requestsOnSource, 10);
    }

    void downgradingRedirectIsRefused()
    {
        // As Qt's no-less-safe policy did: https → http is a failure that says so (curl -L would
        // follow it), and nothing is sent to the http origin.
        net::Session session;
        QVERIFY(session.setSettings(trustingSettings()));
        const auto exchange = testsupport::getOne(session, m_nginx.https1(u"/to-http-302"_s));
        QCOMPARE(exchange.errorCode, u"insecure-redirect"_s);
        QVERIFY(!exchange.succeeded());
    }

    void modelsFollowTheTracker()
    {
        net::Session session;
        net::OriginStatsModel origins(session.tracker());
        QAbstractItemModelTester originsTester(
                &origins, QAbstractItemModelTester::FailureReportingMode::QtTest);
        net::ConnectionLifetimesModel lifetimes;
        QAbstractItemModelTester lifetimesTester(
                &lifetimes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lifetimes.setLedger(session.ledger(), [&session] { return session.clockMs(); });
        auto settings = session.settings();
        settings.keepAlive = false; // a lifetime per exchange: rows inserted and changed
        QVERIFY(session.setSettings(settings));
        testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.http({}), 2));
        settings.keepAlive = true;
        QVERIFY(session.setSettings(settings));
        testsupport::sendUrls(session, testsupport::uniqueUrls(m_nginx.http({}), 5));
        QCOMPARE(origins.rowCount(), 1);
        QCOMPARE(origins.index(0, net::OriginStatsModel::ExchangesColumn).data().toInt(), 7);
        // One lifetime per connection opened (under load Qt may open one more than 3).
        const int opened = origins.index(0, net::OriginStatsModel::OpenedColumn).data().toInt();
        QVERIFY(opened >= 3);
        QCOMPARE(lifetimes.rowCount(), opened);
        QCOMPARE(lifetimes.index(0, net::ConnectionLifetimesModel::IdColumn).data().toString(),
                 u"C1"_s);
        QCOMPARE(lifetimes.index(0, net::ConnectionLifetimesModel::EndColumn).data().toString(),
                 u"client-close"_s);
        int requests = 0;
        for (int row = 0; row < lifetimes.rowCount(); ++row)
            requests += lifetimes.index(row, net::ConnectionLifetimesModel::RequestsColumn)
                                .data()
                                .toInt();
        QCOMPARE(requests, 7);
        QCOMPARE(lifetimes.index(opened - 1, net::ConnectionLifetimesModel::EndColumn)
                         .data()
                         .toString(),
                 u"open"_s);
        session.ledger()->clear();
        QCOMPARE(lifetimes.rowCount(), 0);
    }

    void cleanupTestCase() { m_nginx.stop(); }
};

QTEST_MAIN(TestConnectionTracker)
#include "tst_connectiontracker.moc"
