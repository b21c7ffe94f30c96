// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// What Qt reported when a reply ended → the code and sentence Tether gives: no network.
#include "net/exchangefailure.h"

#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using Facts = net::ExchangeFailure::Facts;

Q_DECLARE_METATYPE(Facts)

class TestExchangeFailure : public QObject
{
    Q_OBJECT

    static Facts facts(QNetworkReply::NetworkError error, int status, qint64 body = 0,
                       qint64 declared = -1)
    {
        Facts f;
        f.qtError = error;
        f.qtMessage = u"Qt says so"_s;
        f.status = status;
        f.bodyBytes = body;
        f.contentLength = declared;
        f.requestsSent = 1;
        f.host = u"127.0.0.1:8080"_s;
        return f;
    }

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<QString>("code"); // empty: a success
        QTest::addColumn<QString>("message");
        using E = QNetworkReply;
        QTest::newRow("200 whole") << facts(E::NoError, 200, 10, 10) << QString() << QString();
        QTest::newRow("404 is a response")
                << facts(E::ContentNotFoundError, 404, 5, 5) << QString() << QString();
        QTest::newRow("503 is a response")
                << facts(E::ServiceUnavailableError, 503) << QString() << QString();
        QTest::newRow("reset mid-body")
                << facts(E::RemoteHostClosedError, 200, 1024, 4096) << u"truncated-body"_s
                << u"1,024 of 4,096 bytes arrived, then the server closed the connection."_s;
        QTest::newRow("short body, no error from Qt")
                << facts(E::NoError, 200, 1024, 4096) << u"truncated-body"_s
                << u"1,024 of 4,096 bytes arrived, then the connection closed."_s;
        Facts head = facts(E::NoError, 200, 0, 4096);
        head.bodyExpected = false;
        QTest::newRow("HEAD declares a length it does not send") << head << QString() << QString();
        QTest::newRow("200 that Qt could not inflate")
                << facts(E::UnknownContentError, 200, 8 << 20) << u"content-decoding"_s
                << u"8,388,608 bytes arrived, then the body could not be decoded: Qt says so"_s;
        QTest::newRow("418 is a response")
                << facts(E::UnknownContentError, 418) << QString() << QString();
        QTest::newRow("404 cut short is a failure")
                << facts(E::RemoteHostClosedError, 404, 3, 40) << u"truncated-body"_s
                << u"3 of 40 bytes arrived"_s;
        Facts chunked = facts(E::RemoteHostClosedError, 200, 5);
        chunked.chunked = true;
        QTest::newRow("chunked cut short")
                << chunked << u"truncated-body"_s << u"5 bytes of a chunked body arrived"_s;
        Facts broken = facts(E::NoError, 200, 5);
        broken.chunked = true;
        broken.framingBroken = true;
        QTest::newRow("broken chunk") << broken << u"bad-framing"_s << u"an invalid chunk size"_s;
        Facts closed = facts(E::RemoteHostClosedError, 0);
        closed.requestsSent = 3;
        QTest::newRow("closed before the head")
                << closed << u"closed-before-response"_s
                << u"before a complete response head arrived (Qt sent the request 3 times)."_s;
        QTest::newRow("refused") << facts(E::ConnectionRefusedError, 0) << u"refused"_s
                                 << u"Connection refused by 127.0.0.1:8080."_s;
        QTest::newRow("no such host")
                << facts(E::HostNotFoundError, 0) << u"host-not-found"_s << u"not found"_s;
        QTest::newRow("protocol") << facts(E::ProtocolFailure, 0) << u"protocol"_s
                                  << u"not valid HTTP (Qt says so)"_s;
        QTest::newRow("redirect loop") << facts(E::TooManyRedirectsError, 302) << u"redirect-loop"_s
                                       << u"Too many redirects"_s;
        Facts timedOut = facts(E::OperationCanceledError, 200, 1024, 4096);
        timedOut.timedOut = true;
        timedOut.timeoutMs = 500;
        QTest::newRow("timeout mid-body")
                << timedOut << u"timeout"_s << u"Timed out after 0.5 s: 1,024 of 4,096 bytes"_s;
        Facts silent = facts(E::OperationCanceledError, 0);
        silent.timedOut = true;
        silent.timeoutMs = 2000;
        QTest::newRow("timeout, no head") << silent << u"timeout"_s << u"with no response"_s;
        Facts cancelled = facts(E::OperationCanceledError, 0);
        cancelled.cancelled = true;
        QTest::newRow("cancelled") << cancelled << u"cancelled"_s << u"Cancelled."_s;
        Facts tls = facts(E::SslHandshakeFailedError, 0);
        tls.tlsErrors = {u"self-signed"_s};
        QTest::newRow("tls") << tls << u"tls"_s << u"rejected for 127.0.0.1:8080: self-signed"_s;
        Facts proxy = facts(E::ConnectionRefusedError, 0);
        proxy.proxy = u"http://127.0.0.1:3128"_s;
        QTest::newRow("refused by the proxy")
                << proxy << u"proxy"_s << u"Proxy http://127.0.0.1:3128: Qt says so"_s;
        Facts system = proxy;
        system.proxyIsSystem = true; // the system's "proxy" may be none: Qt's word only
        QTest::newRow("refused, system proxy") << system << u"refused"_s << u"refused"_s;
        Facts disk = facts(E::OperationCanceledError, 200, 100);
        disk.bodyStorageError = u"disk full"_s;
        QTest::newRow("disk full") << disk << u"body-storage"_s << u"disk full"_s;
        QTest::newRow("anything else")
                << facts(E::UnknownNetworkError, 0) << u"network"_s << u"Qt says so"_s;
    }

    void classify()
    {
        QFETCH(Facts, facts);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto failure = net::ExchangeFailure::classify(facts);
        if (code.isEmpty()) {
            QVERIFY2(!failure, qPrintable(failure ? failure->message : QString()));
            return;
        }
        QVERIFY(failure);
        QCOMPARE(failure->code, code);
        QVERIFY2(failure->message.contains(message), qPrintable(failure->message));
        QVERIFY(net::ExchangeFailure::codes().contains(code));
    }
};

QTEST_MAIN(TestExchangeFailure)
#include "tst_exchangefailure.moc"
