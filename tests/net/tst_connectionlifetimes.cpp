// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Why each connection ended, against nginx configured the ways servers end keep-alive
// (keepalive_requests, keepalive_timeout, keepalive_timeout 0) and a server that fails
// mid-body. nginx's access log ($connection, $remote_port) is the ground truth for which
// requests rode which connection.
#include "faultyhttpserver.h"
#include "nginxfixture.h"
#include "sessiondriver.h"

#include "net/connectionledger.h"
#include "net/session.h"
#include "net/sockettable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using End = net::ConnectionLifetime::End;
using testsupport::NginxFixture;

class TestConnectionLifetimes : public QObject
{
    Q_OBJECT

    // Every exchange rode the lifetime that nginx's log puts it on: same connection, and the
    // lifetime's local port is nginx's $remote_port wherever the ledger knows it.
    static void verifyAgainstLog(const NginxFixture &nginx, const net::Session &session,
                                 const QList<net::Exchange> &exchanges)
    {
        const auto log = nginx.log();
        QHash<int, qint64> nginxConnectionOf; // lifetime id → nginx $connection
        for (const net::Exchange &exchange : exchanges) {
            QVERIFY2(exchange.succeeded(), qPrintable(exchange.error));
            const auto *line = nginx.find(log, testsupport::uriOf(exchange));
            QVERIFY(line);
            QVERIFY(exchange.connection > 0);
            QCOMPARE(exchange.requestOnConnection, line->connectionRequests);
            const auto known = nginxConnectionOf.constFind(exchange.connection);
            if (known != nginxConnectionOf.constEnd())
                QCOMPARE(*known, line->connection);
            nginxConnectionOf.insert(exchange.connection, line->connection);
            const auto *lifetime = session.ledger()->find(exchange.connection);
            QVERIFY(lifetime);
            if (lifetime->localPort)
                QCOMPARE(int(lifetime->localPort), line->remotePort);
        }
        // One lifetime per nginx connection, and no two lifetimes on one.
        QCOMPARE(QSet<qint64>(nginxConnectionOf.cbegin(), nginxConnectionOf.cend()).size(),
                 nginxConnectionOf.size());
    }

private Q_SLOTS:
    void keepaliveRequestsEndsWithConnectionClose()
    {
        NginxFixture nginx;
        NginxFixture::Options options;
        options.keepaliveRequests = 3;
        QVERIFY2(nginx.start(options), qPrintable(nginx.errorString()));
        net::Session session;
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.http({}), 7));
        QVERIFY(nginx.waitForLogLines(7));
        verifyAgainstLog(nginx, session, exchanges);
        session.ledger()->finalize();
        const auto &lifetimes = session.ledger()->lifetimes();
        QCOMPARE(lifetimes.size(), 3);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(lifetimes.at(i).requests, 3);
            QCOMPARE(lifetimes.at(i).end, End::ServerCloseHeader);
            QCOMPARE(lifetimes.at(i).endDetail,
                     u"3 requests, then the server sent Connection: close"_s);
            QCOMPARE(lifetimes.at(i).openedBy, exchanges.at(3 * i).id);
        }
        QCOMPARE(lifetimes.at(2).requests, 1);
        QCOMPARE(lifetimes.at(2).end, End::Open);
        QCOMPARE(exchanges.at(4).connection, lifetimes.at(1).id);
        QCOMPARE(exchanges.at(4).requestOnConnection, 2);
    }

    void keepaliveTimeoutZeroClosesEveryTime()
    {
        NginxFixture nginx;
        NginxFixture::Options options;
        options.keepaliveTimeoutSeconds = 0;
        QVERIFY2(nginx.start(options), qPrintable(nginx.errorString()));
        net::Session session;
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.http({}), 4));
        QVERIFY(nginx.waitForLogLines(4));
        verifyAgainstLog(nginx, session, exchanges);
        const auto &lifetimes = session.ledger()->lifetimes();
        QCOMPARE(lifetimes.size(), 4);
        for (const auto &lifetime : lifetimes) {
            QCOMPARE(lifetime.requests, 1);
            QCOMPARE(lifetime.end, End::ServerCloseHeader);
        }
    }

    // keepalive_timeout 1s: the socket table sees the connection leave ESTABLISHED while idle,
    // before any request finds it gone.
    void keepaliveTimeoutIsAServerIdleClose()
    {
        if (!net::SocketTable::isSupported())
            QSKIP("no socket table on this platform");
        NginxFixture nginx;
        NginxFixture::Options options;
        options.keepaliveTimeoutSeconds = 1;
        QVERIFY2(nginx.start(options), qPrintable(nginx.errorString()));
        net::Session session;
        const QStringList list = testsupport::uniqueUrls(nginx.http({}), 3);
        auto exchanges = testsupport::sendUrls(session, list.mid(0, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!session.ledger()->lifetimes().constFirst().isOpen(), 4000);
        const net::ConnectionLifetime first = session.ledger()->lifetimes().constFirst();
        QCOMPARE(first.end, End::ServerIdleClose);
        QCOMPARE(first.requests, 2);
        const double idle = first.idleSecondsAt(0);
        QVERIFY2(idle >= 0.95 && idle < 1.0 + 3.0 * net::ConnectionLedger::pollIntervalMs / 1000,
                 qPrintable(QString::number(idle)));
        QVERIFY(first.localPort > 0);
        exchanges.append(testsupport::getOne(session, list.at(2)));
        QVERIFY(nginx.waitForLogLines(3));
        verifyAgainstLog(nginx, session, exchanges);
        QCOMPARE(exchanges.last().verdict, net::ConnectionVerdict::New);
        QCOMPARE(session.ledger()->lifetimes().size(), 2);
        // Closed before the third request was sent, and it still says so.
        QVERIFY(first.endedAtMs < exchanges.last().hops.constFirst().startMs);
        QCOMPARE(session.ledger()->lifetimes().constFirst().end, End::ServerIdleClose);
    }

    void clientCloses()
    {
        NginxFixture nginx;
        QVERIFY2(nginx.start(), qPrintable(nginx.errorString()));
        {
            // Keep-alive off: Tether sends Connection: close, the server obliges.
            net::Session session;
            auto settings = session.settings();
            settings.keepAlive = false;
            QVERIFY(session.setSettings(settings));
            testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.http({}), 2));
            const auto &lifetimes = session.ledger()->lifetimes();
            QCOMPARE(lifetimes.size(), 2);
            for (const auto &lifetime : lifetimes)
                QCOMPARE(lifetime.end, End::ClientClose);
        }
        {
            net::Session session;
            testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.http({}), 2));
            session.resetPool();
            const auto &lifetimes = session.ledger()->lifetimes();
            QCOMPARE(lifetimes.size(), 1);
            QCOMPARE(lifetimes.constFirst().end, End::ClientClose);
            QCOMPARE(lifetimes.constFirst().endDetail,
                     u"2 requests, then closed by a pool reset"_s);
        }
        if (net::SocketTable::isSupported()) {
            // Qt's idle expiry (1 s here, nginx keeps connections 60 s): Qt closed it.
            net::Session session;
            auto settings = session.settings();
            settings.idleExpirySeconds = 1;
            QVERIFY(session.setSettings(settings));
            testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.http({}), 1));
            QTRY_VERIFY_WITH_TIMEOUT(!session.ledger()->lifetimes().constFirst().isOpen(), 5000);
            const auto lifetime = session.ledger()->lifetimes().constFirst();
            QCOMPARE(lifetime.end, End::ClientClose);
            QVERIFY2(lifetime.endDetail.endsWith(u"(idle expiry)"_s),
                     qPrintable(lifetime.endDetail));
        }
    }

    // C lanes: C lifetimes, each request on the connection nginx saw it on.
    void lanesGiveOneLifetimePerConnection()
    {
        NginxFixture nginx;
        QVERIFY2(nginx.start(), qPrintable(nginx.errorString()));
        net::Session session;
        auto settings = session.settings();
        settings.lanes = 4;
        QVERIFY(session.setSettings(settings));
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.http({}), 40), 4);
        QVERIFY(nginx.waitForLogLines(40));
        verifyAgainstLog(nginx, session, exchanges);
        session.ledger()->finalize();
        const auto &lifetimes = session.ledger()->lifetimes();
        QCOMPARE(lifetimes.size(), 4);
        int requests = 0;
        for (const auto &lifetime : lifetimes) {
            requests += lifetime.requests;
            QCOMPARE(lifetime.end, End::Open);
        }
        QCOMPARE(requests, 40);
    }

    void http2IsOneLifetime()
    {
        NginxFixture nginx;
        QVERIFY2(nginx.start(), qPrintable(nginx.errorString()));
        net::Session session;
        auto settings = session.settings();
        settings.extraCaFiles = {nginx.caFile()};
        QVERIFY(session.setSettings(settings));
        const auto exchanges
                = testsupport::sendUrls(session, testsupport::uniqueUrls(nginx.https({}), 12), 6);
        const auto &lifetimes = session.ledger()->lifetimes();
        QCOMPARE(lifetimes.size(), 1);
        QCOMPARE(lifetimes.constFirst().requests, 12);
        QCOMPARE(lifetimes.constFirst().protocol, u"HTTP/2"_s);
        for (const auto &exchange : exchanges)
            QCOMPARE(exchange.connection, lifetimes.constFirst().id);
    }

    void failureMidBodyEndsInError()
    {
        testsupport::FaultyHttpServer server;
        QVERIFY(server.listen());
        net::Session session;
        const auto ok = testsupport::getOne(session, server.url(u"/ok"_s));
        QVERIFY(ok.succeeded());
        const auto failed = testsupport::getOne(session, server.url(u"/reset-mid-body"_s));
        QVERIFY(!failed.succeeded());
        QCOMPARE(failed.connection, ok.connection);
        const auto &lifetimes = session.ledger()->lifetimes();
        QCOMPARE(lifetimes.size(), 1);
        QCOMPARE(lifetimes.constFirst().requests, 2);
        QCOMPARE(lifetimes.constFirst().end, End::Error);
        QVERIFY2(lifetimes.constFirst().endDetail.startsWith(u"2 requests, then it failed"_s),
                 qPrintable(lifetimes.constFirst().endDetail));
    }
};

QTEST_GUILESS_MAIN(TestConnectionLifetimes)
#include "tst_connectionlifetimes.moc"
