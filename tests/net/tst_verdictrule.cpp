// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The verdict rule (DESIGN.md "The rule Tether uses") without a network: what a recorder saw on
// each hop in, the verdict and the per-origin counts out. The nginx-backed tests in
// tst_connectiontracker prove the rule against the wire; this pins every branch of it.
#include "net/connectiontracker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using Facts = net::ConnectionTracker::HopFacts;
using net::ConnectionVerdict;

Q_DECLARE_METATYPE(ConnectionVerdict)

namespace {
// One hop as the tracker hears of it: started on a pool, maybe overlapped by another hop on the
// same pool, then ended with these facts.
struct HopScript
{
    Facts facts;
    bool overlappedOnSamePool = false;
    bool overlappedOnOtherPool = false;
};
} // namespace
Q_DECLARE_METATYPE(HopScript)

class TestVerdictRule : public QObject
{
    Q_OBJECT

    static Facts response(bool tls, bool http2 = false)
    {
        Facts facts;
        facts.tls = tls;
        facts.http2 = http2;
        facts.gotResponse = true;
        facts.requestSentCount = 1;
        return facts;
    }

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<HopScript>("hop");
        QTest::addColumn<ConnectionVerdict>("expected");

        HopScript hop{response(false)};
        QTest::newRow("http, no connect signal: reused") << hop << ConnectionVerdict::Reused;
        hop.facts.connectedBeforeResponse = true;
        QTest::newRow("http, connecting before the head: new") << hop << ConnectionVerdict::New;
        hop.overlappedOnSamePool = true;
        QTest::newRow("http, company on its pool: ambiguous")
                << hop << ConnectionVerdict::Ambiguous;
        hop.overlappedOnSamePool = false;
        hop.overlappedOnOtherPool = true;
        QTest::newRow("http, company on another lane: still exact")
                << hop << ConnectionVerdict::New;

        hop = {response(false)};
        hop.facts.requestSentCount = 2;
        QTest::newRow("sent twice: retried") << hop << ConnectionVerdict::Retried;
        hop.facts.proxyAuthResend = true;
        QTest::newRow("sent twice through an authenticating proxy: ambiguous")
                << hop << ConnectionVerdict::Ambiguous;

        hop = {response(true)};
        hop.facts.connectedBeforeResponse = true;
        hop.overlappedOnSamePool = true;
        QTest::newRow("tls http/1.1, company: encrypted() is per reply, new")
                << hop << ConnectionVerdict::New;
        hop.facts.connectedBeforeResponse = false;
        QTest::newRow("tls http/1.1, company, no handshake: reused")
                << hop << ConnectionVerdict::Reused;

        hop = {response(true, true)};
        hop.overlappedOnSamePool = true;
        QTest::newRow("h2 with other streams: multiplexed")
                << hop << ConnectionVerdict::Multiplexed;
        hop.overlappedOnSamePool = false;
        QTest::newRow("h2 alone, no handshake: reused") << hop << ConnectionVerdict::Reused;
        hop.facts.connectedBeforeResponse = true;
        QTest::newRow("h2 with a handshake: new") << hop << ConnectionVerdict::New;

        hop = {Facts{}};
        QTest::newRow("no response: none") << hop << ConnectionVerdict::None;
    }
    void verdict()
    {
        QFETCH(HopScript, hop);
        QFETCH(ConnectionVerdict, expected);
        net::ConnectionTracker tracker;
        const QString origin = u"http://127.0.0.1:1"_s;
        tracker.hopStarted(1, origin, 0);
        if (hop.overlappedOnSamePool)
            tracker.hopStarted(2, origin, 0);
        if (hop.overlappedOnOtherPool)
            tracker.hopStarted(3, origin, 1);
        QCOMPARE(tracker.hopEnded(1, origin, hop.facts), expected);
        // The tracker adds only the overlap; the rule itself is verdictFor, and a hop whose
        // phases show a connect (openedConnection) is one the rule calls new or retried unless
        // company on its pool made it ambiguous.
        QCOMPARE(net::verdictFor(hop.facts, hop.overlappedOnSamePool), expected);
        if (expected == ConnectionVerdict::New || expected == ConnectionVerdict::Retried)
            QVERIFY(net::openedConnection(hop.facts));
        if (expected == ConnectionVerdict::Reused || expected == ConnectionVerdict::Multiplexed
            || expected == ConnectionVerdict::None)
            QVERIFY(!net::openedConnection(hop.facts) || !hop.facts.gotResponse);
    }

    // The counts follow the verdicts; failed connects and handshakes are not connections.
    void originCounts()
    {
        net::ConnectionTracker tracker;
        const QString origin = u"https://127.0.0.1:1"_s;
        Facts fresh = response(true);
        fresh.connectedBeforeResponse = true;
        fresh.connectMs = 4;
        tracker.socketConnecting(origin);
        tracker.tlsHandshakeCompleted(origin);
        tracker.hopStarted(1, origin);
        QCOMPARE(tracker.hopEnded(1, origin, fresh), ConnectionVerdict::New);
        for (quint64 key = 2; key <= 4; ++key) {
            tracker.hopStarted(key, origin);
            QCOMPARE(tracker.hopEnded(key, origin, response(true)), ConnectionVerdict::Reused);
        }
        Facts resent = response(true);
        resent.requestSentCount = 2;
        tracker.resent(origin);
        tracker.hopStarted(5, origin);
        QCOMPARE(tracker.hopEnded(5, origin, resent), ConnectionVerdict::Retried);
        Facts refused;
        refused.connectFailed = true;
        tracker.socketConnecting(origin);
        tracker.hopStarted(6, origin);
        QCOMPARE(tracker.hopEnded(6, origin, refused), ConnectionVerdict::None);

        const auto stats = tracker.origin(origin);
        QCOMPARE(stats.exchanges, 5);
        QCOMPARE(stats.newCount, 1);
        QCOMPARE(stats.reusedCount, 3);
        QCOMPARE(stats.retriedCount, 1);
        QCOMPARE(stats.failures, 1);
        QCOMPARE(stats.failedConnects, 1);
        QCOMPARE(stats.connectionsOpened(), 2); // the first, and the resend's
        QCOMPARE(stats.connectSamples, 1);
    }
};

QTEST_GUILESS_MAIN(TestVerdictRule)
#include "tst_verdictrule.moc"
