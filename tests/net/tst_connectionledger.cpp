// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The ledger's timing rules on a manual clock: who closed an idle connection (the server
// before Qt's idle expiry, Qt at it) and when a pool reset ends what. The exchanges are made
// up, to a peer no socket goes to, so the socket table says every connection is gone; the
// lifetimes against a real nginx are tst_connectionlifetimes.
#include "manualclock.h"

#include "net/connectionledger.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestConnectionLedger : public QObject
{
    Q_OBJECT

    static inline const QString origin = u"http://127.0.0.1:9"_s; // discard: nobody listens

    // One exchange of one hop on lane 0, dispatched and recorded as the session does.
    static void ride(net::ConnectionLedger &ledger, quint64 id, double startMs, double endMs,
                     net::ConnectionVerdict verdict)
    {
        net::Exchange exchange;
        exchange.id = id;
        exchange.status = 200;
        exchange.protocol = u"HTTP/1.1"_s;
        net::Hop hop;
        hop.url = QUrl(origin + u"/x"_s);
        hop.origin = origin;
        hop.status = 200;
        hop.verdict = verdict;
        hop.startMs = startMs;
        hop.endMs = endMs;
        exchange.hops = {hop};
        ledger.dispatched(0, origin);
        ledger.record(exchange);
    }

private Q_SLOTS:
    void idleClosesAreTheServersBeforeQtsExpiryAndQtsAfter_data()
    {
        QTest::addColumn<double>("idleMs");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("detail");
        using End = net::ConnectionLifetime::End;
        QTest::newRow("keepalive_timeout 5 s")
                << 5000.0 << int(End::ServerIdleClose)
                << u"1 request, then the server closed it after 5.0 s idle"_s;
        // The rule allows 50 ms for Qt's expiry timer: just inside it is still the server.
        QTest::newRow("29.94 s") << 29940.0 << int(End::ServerIdleClose)
                                 << u"1 request, then the server closed it after 29.9 s idle"_s;
        QTest::newRow("29.96 s")
                << 29960.0 << int(End::ClientClose)
                << u"1 request, then Qt closed it after 30.0 s idle (idle expiry)"_s;
        QTest::newRow("seen a poll late") << 30240.0 << int(End::ClientClose)
                                          << u"1 request, then Qt closed it after 30.2 s idle "
                                             u"(idle expiry)"_s;
    }

    void idleClosesAreTheServersBeforeQtsExpiryAndQtsAfter()
    {
        QFETCH(double, idleMs);
        QFETCH(int, end);
        QFETCH(QString, detail);
        auto clock = std::make_shared<testsupport::ManualClock>();
        net::ConnectionLedger ledger(clock);
        ledger.setIdleExpirySeconds(30);
        clock->setMs(2);
        ride(ledger, 1, 2, 12, net::ConnectionVerdict::New);
        QCOMPARE(ledger.lifetimes().size(), 1);
        QVERIFY(ledger.lifetimes().first().isOpen());
        clock->setMs(12 + idleMs);
        ledger.poll();
        const net::ConnectionLifetime &lifetime = ledger.lifetimes().first();
        QCOMPARE(int(lifetime.end), end);
        QCOMPARE(lifetime.endedAtMs, 12 + idleMs);
        QCOMPARE(lifetime.endDetail, detail);
        QCOMPARE(lifetime.openedAtMs, 2.0);
    }

    void aPoolResetEndsIdleConnectionsAtItsTimeAndLeavesBusyOnes()
    {
        auto clock = std::make_shared<testsupport::ManualClock>();
        net::ConnectionLedger ledger(clock);
        ride(ledger, 1, 0, 10, net::ConnectionVerdict::New);
        // A second request is on its way on the same pool: the connection is busy.
        ledger.dispatched(0, origin);
        clock->setMs(600);
        ledger.poolReset();
        QVERIFY(ledger.lifetimes().first().isOpen());
        net::Exchange second;
        second.id = 2;
        second.status = 200;
        net::Hop hop;
        hop.url = QUrl(origin + u"/y"_s);
        hop.origin = origin;
        hop.status = 200;
        hop.verdict = net::ConnectionVerdict::Reused;
        hop.startMs = 600;
        hop.endMs = 800;
        second.hops = {hop};
        ledger.record(second);
        QCOMPARE(ledger.lifetimes().size(), 1); // reused: the same connection
        QCOMPARE(ledger.lifetimes().first().requests, 2);
        QCOMPARE(ledger.lifetimes().first().lastActiveMs, 800.0);
        clock->setMs(900);
        ledger.poolReset();
        const net::ConnectionLifetime &lifetime = ledger.lifetimes().first();
        QCOMPARE(int(lifetime.end), int(net::ConnectionLifetime::End::ClientClose));
        QCOMPARE(lifetime.endedAtMs, 900.0);
        QCOMPARE(lifetime.endDetail, u"2 requests, then closed by a pool reset"_s);
        QCOMPARE(lifetime.idleSecondsAt(5000), 0.1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLedger)
#include "tst_connectionledger.moc"
