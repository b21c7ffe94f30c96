// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The keep-alive probe finds nginx's configured keepalive_timeout and keepalive_requests.
#include "nginxfixture.h"

#include "run/keepaliveprobe.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestKeepAliveProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsIdleTimeoutAndRequestLimit_data()
    {
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("requests");
        QTest::newRow("2 s, 50 requests") << 2 << 50;
        QTest::newRow("5 s, 1000 requests") << 5 << 1000;
    }
    void findsIdleTimeoutAndRequestLimit()
    {
        QFETCH(int, timeout);
        QFETCH(int, requests);
        testsupport::NginxFixture nginx;
        QVERIFY2(nginx.start({timeout, requests}), qPrintable(nginx.errorString()));
        run::KeepAliveProbe probe(nginx.http(u"/"_s), 20, {});
        probe.setRequestLimit(200);
        auto result = probe.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(result.value().keepAlive);
        QVERIFY(!result.value().http2);
        QVERIFY(result.value().idleTimeoutSeconds.has_value());
        QVERIFY2(qAbs(*result.value().idleTimeoutSeconds - timeout) <= 1.0,
                 qPrintable(QString::number(*result.value().idleTimeoutSeconds)));
        if (requests <= 200)
            QCOMPARE(result.value().maxRequestsPerConnection, std::optional<int>(requests));
        else
            QVERIFY(!result.value().maxRequestsPerConnection.has_value());
        QVERIFY(result.value().summary.contains(u"closes idle connections after ~"_s));
        const QJsonObject json = result.value().toJson();
        QCOMPARE(json.value(u"keepAlive"_s).toBool(), true);
        QVERIFY(json.value(u"idleTimeoutSeconds"_s).isDouble());
    }

    void noKeepAliveAndHttp2()
    {
        testsupport::NginxFixture nginx;
        QVERIFY2(nginx.start({0, 1000}), qPrintable(nginx.errorString()));
        auto off = run::KeepAliveProbe(nginx.http(u"/"_s), 5, {}).run();
        QVERIFY(off);
        QVERIFY(!off.value().keepAlive);
        QVERIFY(!off.value().idleTimeoutSeconds.has_value());
        QVERIFY(off.value().toJson().value(u"idleTimeoutSeconds"_s).isNull());
        QVERIFY(off.value().summary.contains(u"keep-alive is off"_s));

        testsupport::NginxFixture h2;
        QVERIFY2(h2.start({60, 1000}), qPrintable(h2.errorString()));
        net::SessionSettings settings;
        settings.extraCaFiles = {h2.caFile()};
        run::KeepAliveProbe probe(h2.https(u"/"_s), 2, settings);
        probe.setRequestLimit(20);
        auto on = probe.run();
        QVERIFY(on);
        QVERIFY(on.value().http2);
        QVERIFY(on.value().keepAlive);
        QVERIFY(!on.value().idleTimeoutSeconds.has_value()); // outlived --max-wait
        QVERIFY(!on.value().maxRequestsPerConnection.has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeepAliveProbe)
#include "tst_keepaliveprobe.moc"
