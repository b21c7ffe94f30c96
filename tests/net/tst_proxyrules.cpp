// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// curl's proxy rules for tether-run: proxy URLs, the environment, no_proxy.
#include "net/proxyrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestProxyRules : public QObject
{
    Q_OBJECT

    static QProcessEnvironment environment(const QList<std::pair<QString, QString>> &variables)
    {
        QProcessEnvironment result;
        for (const auto &[name, value] : variables)
            result.insert(name, value);
        return result;
    }

private Q_SLOTS:
    void proxyUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("host:port") << u"proxy.local:3128"_s << u"http://proxy.local:3128"_s;
        QTest::newRow("default port") << u"http://proxy.local"_s << u"http://proxy.local:1080"_s;
        QTest::newRow("credentials")
                << u"http://me:s%40cret@10.0.0.1:8080"_s << u"http://me:s%40cret@10.0.0.1:8080"_s;
        QTest::newRow("socks5h") << u"socks5h://127.0.0.1:9050"_s << u"socks5h://127.0.0.1:9050"_s;
        QTest::newRow("upper-case scheme") << u"HTTP://proxy:1"_s << u"http://proxy:1"_s;
        QTest::newRow("https proxy") << u"https://proxy:443"_s << QString();
        QTest::newRow("ftp") << u"ftp://proxy:21"_s << QString();
        QTest::newRow("no host") << u"http://:8080"_s << QString();
    }
    void proxyUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = net::ProxyRules::parseProxyUrl(text);
        if (expected.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.contains(text), qPrintable(parsed.error().message));
            return;
        }
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed.value().toString(), expected);
        if (text.contains(u"me:"_s))
            QCOMPARE(parsed.value().password(), u"s@cret"_s); // decoded for the proxy
    }

    void environmentFollowsCurl()
    {
        // Upper-case HTTP_PROXY is ignored (a CGI environment sets it from a request header);
        // HTTPS_PROXY is taken; all_proxy fills what is not set.
        auto rules = net::ProxyRules::fromEnvironment(
                environment({{u"HTTP_PROXY"_s, u"evil:1"_s},
                             {u"HTTPS_PROXY"_s, u"tls-proxy:2"_s},
                             {u"all_proxy"_s, u"fallback:3"_s}}));
        QVERIFY(rules);
        QCOMPARE(rules.value().proxyFor(QUrl(u"http://example.com/"_s)),
                 QUrl(u"http://fallback:3"_s));
        QCOMPARE(rules.value().proxyFor(QUrl(u"https://example.com/"_s)),
                 QUrl(u"http://tls-proxy:2"_s));

        QCOMPARE(rules.value().proxyFor(QUrl(u"preconnect-https://example.com:443"_s)),
                 QUrl(u"http://tls-proxy:2"_s)); // what Qt asks when a connection is warmed

        rules = net::ProxyRules::fromEnvironment(environment({{u"http_proxy"_s, u"web:8"_s}}));
        QVERIFY(rules);
        QCOMPARE(rules.value().proxyFor(QUrl(u"http://example.com/"_s)), QUrl(u"http://web:8"_s));
        QVERIFY(rules.value().proxyFor(QUrl(u"https://example.com/"_s)).isEmpty());

        QVERIFY(net::ProxyRules::fromEnvironment({}).value().isEmpty());
        const auto broken
                = net::ProxyRules::fromEnvironment(environment({{u"https_proxy"_s, u"ftp://x"_s}}));
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(u"environment"_s));
    }

    void noProxy_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("bypassed");
        QTest::newRow("exact") << u"example.com"_s << u"example.com"_s << true;
        QTest::newRow("subdomain") << u"example.com"_s << u"api.example.com"_s << true;
        QTest::newRow("leading dot") << u".example.com"_s << u"api.example.com"_s << true;
        QTest::newRow("not a suffix match") << u"example.com"_s << u"notexample.com"_s << false;
        QTest::newRow("case") << u"Example.COM"_s << u"EXAMPLE.com"_s << true;
        QTest::newRow("star") << u"*"_s << u"anything.org"_s << true;
        QTest::newRow("list") << u"a.org, 127.0.0.1 ,b.org"_s << u"127.0.0.1"_s << true;
        QTest::newRow("ip is exact") << u"0.0.1"_s << u"127.0.0.1"_s << false;
        QTest::newRow("ipv6") << u"[::1]"_s << u"::1"_s << true;
        QTest::newRow("other host") << u"a.org"_s << u"b.org"_s << false;
        QTest::newRow("empty") << QString() << u"a.org"_s << false;
    }
    void noProxy()
    {
        QFETCH(QString, list);
        QFETCH(QString, host);
        QFETCH(bool, bypassed);
        auto rules = net::ProxyRules::forProxy(u"proxy:1"_s);
        QVERIFY(rules);
        rules.value().setNoProxy(list);
        QCOMPARE(rules.value().bypasses(host), bypassed);
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(host);
        QCOMPARE(rules.value().proxyFor(url).isEmpty(), bypassed);
    }
};

QTEST_GUILESS_MAIN(TestProxyRules)
#include "tst_proxyrules.moc"
