// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// RedirectStep without a network: the verb, body and headers of the next hop, and the targets
// it refuses. The wire behaviour (against nginx, with curl as the reference) is in
// tst_sendcommand's redirectsCarryCredentialsLikeCurl.
#include "net/redirectstep.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using net::RedirectStep;

class TestRedirectStep : public QObject
{
    Q_OBJECT

    static RedirectStep::Hop first(const QString &url, const QByteArray &verb = "POST")
    {
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Basic YTpi");
        request.setRawHeader("Cookie", "c=1");
        request.setRawHeader("Host", "api.example");
        request.setRawHeader("Content-Type", "text/plain");
        request.setRawHeader("X-Kept", "yes");
        return {request, verb, true};
    }
    const RedirectStep::Policy policy{{"Authorization"_ba, "Cookie"_ba}, false};

private Q_SLOTS:
    void relativeLocationKeepsOriginAndCredentials()
    {
        const auto hop = first(u"http://a.test:8080/x/y#frag"_s);
        const auto next = RedirectStep::next(hop.request, hop, 307, "../z?q=1", policy);
        QVERIFY(next);
        QCOMPARE(next.value().request.url(), QUrl(u"http://a.test:8080/z?q=1#frag"_s));
        QCOMPARE(next.value().verb, "POST"_ba);
        QVERIFY(next.value().sendsBody);
        QCOMPARE(next.value().request.rawHeader("Authorization"), "Basic YTpi"_ba);
        QCOMPARE(next.value().request.rawHeader("Host"), "api.example"_ba);
        QCOMPARE(next.value().request.rawHeader("Content-Type"), "text/plain"_ba);
    }

    void anotherPortIsAnotherOrigin()
    {
        const auto hop = first(u"http://a.test/"_s);
        const auto next = RedirectStep::next(hop.request, hop, 308, "http://a.test:81/", policy);
        QVERIFY(next);
        const QNetworkRequest &request = next.value().request;
        QVERIFY(!request.hasRawHeader("Authorization"));
        QVERIFY(!request.hasRawHeader("Cookie"));
        QVERIFY(!request.hasRawHeader("Host"));
        QCOMPARE(request.rawHeader("X-Kept"), "yes"_ba);
        const auto trusted = RedirectStep::next(hop.request, hop, 308, "http://a.test:81/",
                                                {policy.credentialHeaders, true});
        QCOMPARE(trusted.value().request.rawHeader("Cookie"), "c=1"_ba);
        QVERIFY(!trusted.value().request.hasRawHeader("Host")); // names the first origin
    }

    void verbsPerStatus_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("nextVerb");
        QTest::newRow("POST 301") << "POST"_ba << 301 << "GET"_ba;
        QTest::newRow("POST 302") << "POST"_ba << 302 << "GET"_ba;
        QTest::newRow("PUT 302") << "PUT"_ba << 302 << "PUT"_ba;
        QTest::newRow("PUT 303") << "PUT"_ba << 303 << "GET"_ba;
        QTest::newRow("HEAD 303") << "HEAD"_ba << 303 << "HEAD"_ba;
        QTest::newRow("POST 307") << "POST"_ba << 307 << "POST"_ba;
        QTest::newRow("DELETE 308") << "DELETE"_ba << 308 << "DELETE"_ba;
    }

    void verbsPerStatus()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(QByteArray, nextVerb);
        const auto hop = first(u"http://a.test/"_s, verb);
        const auto next = RedirectStep::next(hop.request, hop, status, "/b", policy);
        QCOMPARE(next.value().verb, nextVerb);
        const bool keepsBody = nextVerb == verb;
        QCOMPARE(next.value().sendsBody, keepsBody);
        QCOMPARE(next.value().request.hasRawHeader("Content-Type"), keepsBody);
    }

    void refusedTargets_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("code");
        QTest::newRow("https to http")
                << u"https://a.test/"_s << "http://a.test/"_ba << u"insecure-redirect"_s;
        QTest::newRow("file") << u"http://a.test/"_s << "file:///etc/passwd"_ba
                              << u"bad-redirect"_s;
        QTest::newRow("ftp") << u"http://a.test/"_s << "ftp://a.test/x"_ba << u"bad-redirect"_s;
        QTest::newRow("no host") << u"http://a.test/"_s << "http:///x"_ba << u"bad-redirect"_s;
    }

    void refusedTargets()
    {
        QFETCH(QString, from);
        QFETCH(QByteArray, location);
        QFETCH(QString, code);
        const auto hop = first(from, "GET");
        const auto next = RedirectStep::next(hop.request, hop, 302, location, policy);
        QVERIFY(!next);
        QCOMPARE(next.error().code, code);
    }

    void followedStatuses()
    {
        for (int status : {301, 302, 303, 307, 308})
            QVERIFY(RedirectStep::follows(status));
        for (int status : {300, 304, 305, 306, 200, 404})
            QVERIFY(!RedirectStep::follows(status));
    }
};

QTEST_GUILESS_MAIN(TestRedirectStep)
#include "tst_redirectstep.moc"
