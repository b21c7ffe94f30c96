// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/requestfactory.h"

#include <QSslConfiguration>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestRequestFactory : public QObject
{
    Q_OBJECT

    static net::PreparedRequest build(const core::Request &request,
                                      const net::SessionSettings &settings = {})
    {
        static const QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        auto prepared = net::RequestFactory::build(
                request, settings, []() -> const QSslConfiguration & { return tls; });
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error().message));
        return std::move(prepared).value();
    }

private Q_SLOTS:
    void urlDefaultsAndEncoding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme defaults to http")
                << u"example.test/a"_s << u"http://example.test/a"_s;
        QTest::newRow("non-ascii path")
                << u"http://h.test/grüße"_s << u"http://h.test/gr%C3%BC%C3%9Fe"_s;
        QTest::newRow("space") << u"http://h.test/a b"_s << u"http://h.test/a%20b"_s;
        QTest::newRow("ipv6") << u"http://[::1]:8080/"_s << u"http://[::1]:8080/"_s;
    }
    void urlDefaultsAndEncoding()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto url = net::RequestFactory::parseUrl(input);
        QVERIFY(url);
        QCOMPARE(url.value().toString(QUrl::FullyEncoded), expected);
    }

    void paramsAndApiKeyAppendToQuery()
    {
        core::Request request;
        request.url = u"http://h.test/s?existing=1"_s;
        request.params = {{u"q"_s, u"a+b c"_s, true}, {u"off"_s, u"x"_s, false}};
        request.auth.type = core::AuthType::ApiKey;
        request.auth.keyLocation = core::ApiKeyLocation::Query;
        request.auth.keyName = u"api_key"_s;
        request.auth.keyValue = u"k&1"_s;
        auto url = net::RequestFactory::effectiveUrl(request);
        QVERIFY(url);
        QCOMPARE(url.value().toString(QUrl::FullyEncoded),
                 u"http://h.test/s?existing=1&q=a%2Bb%20c&api_key=k%261"_s);
    }

    void keepAliveOffAndAttributes()
    {
        core::Request request;
        request.url = u"http://h.test/"_s;
        net::SessionSettings settings;
        settings.keepAlive = false;
        settings.http2Allowed = false;
        settings.followRedirects = false;
        const auto prepared = build(request, settings);
        QCOMPARE(prepared.request.rawHeader("Connection"), "close"_ba);
        QCOMPARE(prepared.request
                         .attribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute)
                         .toInt(),
                 0);
        QCOMPARE(prepared.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(),
                 false);
        QCOMPARE(prepared.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));

        settings = {};
        settings.idleExpirySeconds = 5;
        const auto kept = build(request, settings);
        QVERIFY(!kept.request.hasRawHeader("Connection"));
        QCOMPARE(kept.request
                         .attribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute)
                         .toInt(),
                 5);
    }

    void userHeadersWin()
    {
        core::Request request;
        request.url = u"http://h.test/"_s;
        request.method = u"POST"_s;
        request.headers = {{u"Content-Type"_s, u"application/vnd.api+json"_s, true},
                           {u"Authorization"_s, u"Custom x"_s, true}};
        request.body.mode = core::BodyMode::Json;
        request.body.text = u"{}"_s;
        request.auth.type = core::AuthType::Bearer;
        request.auth.token = u"t"_s;
        const auto prepared = build(request);
        QCOMPARE(prepared.request.rawHeader("Content-Type"), "application/vnd.api+json"_ba);
        QCOMPARE(prepared.request.rawHeader("Authorization"), "Custom x"_ba);
        QCOMPARE(prepared.data, "{}"_ba);
        QVERIFY(prepared.warnings.isEmpty());
    }

    void bearerAndTokens()
    {
        core::Request request;
        request.url = u"http://h.test/"_s;
        request.auth.type = core::AuthType::Bearer;
        request.auth.token = u"abc"_s;
        QCOMPARE(build(request).request.rawHeader("Authorization"), "Bearer abc"_ba);
        QVERIFY(net::RequestFactory::isToken("PROPFIND"));
        QVERIFY(!net::RequestFactory::isToken("A B"));
        QVERIFY(!net::RequestFactory::isToken("X:Y"));
        QVERIFY(!net::RequestFactory::isToken(""));
    }

    void tlsConfigurationForHttpsAndRedirects()
    {
        int asked = 0;
        QSslConfiguration insecure; // no default store: building it must not be needed for http
        insecure.setPeerVerifyMode(QSslSocket::VerifyNone);
        const auto source = [&]() -> const QSslConfiguration & {
            ++asked;
            return insecure;
        };
        net::SessionSettings direct;
        direct.followRedirects = false;
        core::Request request;
        request.url = u"http://h.test/"_s;
        QVERIFY(net::RequestFactory::build(request, direct, source));
        QCOMPARE(asked, 0);
        // Followed, an http URL may land on https: Qt reuses this request's TLS settings there.
        auto redirectable = net::RequestFactory::build(request, {}, source);
        QVERIFY(redirectable);
        QCOMPARE(asked, 1);
        QCOMPARE(redirectable.value().request.sslConfiguration().peerVerifyMode(),
                 QSslSocket::VerifyNone);
        request.url = u"https://h.test/"_s;
        auto prepared = net::RequestFactory::build(request, direct, source);
        QVERIFY(prepared);
        QCOMPARE(asked, 2);
        QCOMPARE(prepared.value().request.sslConfiguration().peerVerifyMode(),
                 QSslSocket::VerifyNone);
    }

    void headerValueWithNewlineRejected()
    {
        core::Request request;
        request.url = u"http://h.test/"_s;
        request.headers = {{u"X"_s, u"a\r\nInjected: 1"_s, true}};
        auto prepared = net::RequestFactory::build(request, {}, {});
        QVERIFY(!prepared);
        QVERIFY(prepared.error().message.contains(u"line break"_s));
    }

    void cookiePairsAndTheirMasks()
    {
        using Pairs = QList<QPair<QByteArray, QByteArray>>;
        QCOMPARE(net::RequestFactory::cookiePairs(" a=1 ;b = two=2;; flag"_ba),
                 (Pairs{{"a"_ba, "1"_ba}, {"b"_ba, "two=2"_ba}, {"flag"_ba, {}}}));
        QCOMPARE(net::RequestFactory::cookiePairs({}), Pairs{});
        // Each cookie value from 4 characters on is masked on its own, '=' inside kept whole.
        const QStringList masked = net::RequestFactory::credentialValues(
                {{"Cookie"_ba, "sid=abcd1234; b=two=2; c=xy"_ba}}, {"Cookie"_ba}, {}, {});
        QCOMPARE(masked,
                 (QStringList{u"sid=abcd1234; b=two=2; c=xy"_s, u"abcd1234"_s, u"two=2"_s}));
    }

    // Qt would buffer a sequential upload device whole: a .http body "< /dev/zero" or a form
    // file that is a FIFO grew without end. They are refused with the reason.
    void bodyFilesMustBeRegularFiles()
    {
        core::Request request;
        request.url = u"http://h.test/"_s;
        request.method = u"POST"_s;
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = u"/dev/zero"_s;
        auto binary = net::RequestFactory::build(request, {}, {});
        QVERIFY(!binary);
        QCOMPARE(binary.error().code, u"file-unreadable"_s);
        QVERIFY2(binary.error().message.contains(u"\"/dev/zero\" is not a regular file"_s),
                 qPrintable(binary.error().message));
        request.body.mode = core::BodyMode::Multipart;
        request.body.multipartFields = {{u"upload"_s, u"/dev/zero"_s, true, {}, true}};
        auto multipart = net::RequestFactory::build(request, {}, {});
        QVERIFY(!multipart);
        QVERIFY(multipart.error().message.contains(u"is not a regular file"_s));
        // A regular file is streamed: the device is the file, not a copy.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("abc");
        file.flush();
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = file.fileName();
        const net::PreparedRequest prepared = build(request);
        QVERIFY(prepared.device && !prepared.device->isSequential());
        QCOMPARE(prepared.bodySize, 3);
    }
};

QTEST_MAIN(TestRequestFactory)
#include "tst_requestfactory.moc"
