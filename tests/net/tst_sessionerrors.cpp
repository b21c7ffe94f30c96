// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Bad input and failing networks give a clear message, never a crash or a hang.
#include "nginxfixture.h"
#include "rawhttpserver.h"
#include "sessiondriver.h"

#include "net/session.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestSessionErrors : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void rejectedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << u""_s << u"malformed-url"_s << u"Enter a URL"_s;
        QTest::newRow("bad port") << u"http://127.0.0.1:99999/"_s << u"malformed-url"_s
                                  << u"Malformed URL"_s;
        QTest::newRow("no host") << u"http:///path"_s << u"malformed-url"_s << u"no host"_s;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/file"_s << u"unsupported-scheme"_s
                             << u"Unsupported scheme \"ftp\""_s;
        QTest::newRow("unresolved") << u"http://127.0.0.1/{{base}}/{{ id }}"_s
                                    << u"unresolved-variable"_s << u"{{base}}, {{id}}"_s;
    }
    void rejectedBeforeSending()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        net::Session session;
        QSignalSpy started(&session, &net::Session::exchangeStarted);
        core::Request request;
        request.url = url;
        auto result = session.send(request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
        QCOMPARE(started.size(), 0); // nothing went out
    }

    void invalidHeaderAndMethod()
    {
        net::Session session;
        core::Request request;
        request.url = m_nginx.http(u"/"_s);
        request.headers = {{u"Bad Name"_s, u"x"_s, true}};
        auto result = session.send(request);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"Bad Name"_s));
        request.headers.clear();
        request.method = u"GE T"_s;
        result = session.send(request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"invalid-method"_s);
    }

    void missingBodyFile()
    {
        net::Session session;
        core::Request request;
        request.url = m_nginx.http(u"/post"_s);
        request.method = u"POST"_s;
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = u"/nonexistent/upload.bin"_s;
        auto result = session.send(request);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"/nonexistent/upload.bin"_s));
    }

    void connectionRefused()
    {
        net::Session session;
        const quint16 port = testsupport::freeLoopbackPort();
        const auto exchange = testsupport::getOne(session, u"http://127.0.0.1:%1/"_s.arg(port));
        QCOMPARE(exchange.status, 0);
        QVERIFY2(exchange.error.contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(exchange.error));
        QCOMPARE(exchange.verdict, net::ConnectionVerdict::None);
        const auto stats = session.tracker()->origin(exchange.originName());
        QCOMPARE(stats.failures, 1);
        QCOMPARE(stats.connectionsOpened(), 0);
    }

    void timeout()
    {
        testsupport::RawHttpServer silent(testsupport::RawHttpServer::Behaviour::NeverAnswer);
        QVERIFY(silent.listen());
        net::Session session;
        auto settings = session.settings();
        settings.timeoutMs = 300;
        QVERIFY(session.setSettings(settings));
        QElapsedTimer timer;
        timer.start();
        const auto exchange = testsupport::getOne(session, silent.url());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(exchange.errorCode, u"timeout"_s);
        QVERIFY2(exchange.error.contains(u"Timed out after 0.3 s"_s), qPrintable(exchange.error));
        // No response head came: the time after the request went out was waiting, not
        // downloading (the timeline drew it as a download).
        QCOMPARE(exchange.phases.downloadMs, 0.0);
        QVERIFY2(exchange.phases.waitMs >= 250,
                 qPrintable(QString::number(exchange.phases.waitMs)));
    }

    void tlsErrorNamesTheProblemAndCanBeTrusted()
    {
        net::Session session; // no extra CA: nginx's self-signed certificate is unknown
        const auto exchange = testsupport::getOne(session, m_nginx.https(u"/"_s));
        QCOMPARE(exchange.status, 0);
        QCOMPARE(exchange.errorCode, u"tls"_s);
        QVERIFY2(exchange.error.contains(u"self signed"_s, Qt::CaseInsensitive)
                         || exchange.error.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(exchange.error));
        QVERIFY(!exchange.peerCertificateSha256.isEmpty());
        // The handshake that failed is connect time; nothing was uploaded, waited or downloaded.
        QVERIFY(exchange.phases.connectMs > 0);
        QCOMPARE(exchange.phases.uploadMs + exchange.phases.waitMs + exchange.phases.downloadMs,
                 0.0);
        const auto failed = session.tracker()->origin(exchange.originName());
        QCOMPARE(failed.connectionsOpened(), 0); // the failed handshake opened nothing usable

        session.trustCertificate(exchange.originName(), exchange.peerCertificateSha256);
        const auto trusted = testsupport::getOne(session, m_nginx.https(u"/"_s));
        QVERIFY2(trusted.succeeded(), qPrintable(trusted.error));
        QCOMPARE(trusted.status, 200);
    }

    void verificationOnNeverRidesAnUnverifiedConnection()
    {
        net::Session session;
        auto settings = session.settings();
        settings.verifyTls = false;
        QVERIFY(session.setSettings(settings));
        const auto insecure = testsupport::getOne(session, m_nginx.https(u"/"_s));
        QVERIFY2(insecure.succeeded(), qPrintable(insecure.error));

        settings.verifyTls = true; // the pooled connection was opened unverified
        QVERIFY(session.setSettings(settings));
        const auto verified = testsupport::getOne(session, m_nginx.https(u"/"_s));
        QCOMPARE(verified.status, 0);
        QCOMPARE(verified.errorCode, u"tls"_s);
    }

    void invalidJsonBodyWarnsButSends()
    {
        net::Session session;
        QSignalSpy warnings(&session, &net::Session::warningRaised);
        core::Request request;
        request.method = u"POST"_s;
        request.url = m_nginx.http(u"/post"_s);
        request.body.mode = core::BodyMode::Json;
        request.body.text = u"{\"a\": 1,"_s;
        const auto exchange = testsupport::sendOne(session, request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().at(1).toString().contains(u"JSON body does not parse"_s));
        QCOMPARE(exchange.status, 200);
    }

    void extraCaFileAddsTrustAndKeepsTheSystemStore()
    {
        // A CA file of the user's own that did not sign nginx's certificate.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"other.key"_s,
                       u"-out"_s, u"other.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                       u"/CN=Some other CA"_s});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        auto settings = net::SessionSettings{};
        settings.extraCaFiles = {dir.filePath(u"other.pem"_s)};

        // That file alone does not trust nginx...
        net::Session alone;
        QVERIFY(alone.setSettings(settings));
        const auto rejected = testsupport::getOne(alone, m_nginx.https(u"/"_s));
        QCOMPARE(rejected.errorCode, u"tls"_s);

        // ...and a certificate the system store trusts must still pass with the file added.
        // (Adding a CA turns Qt's on-demand system lookup off; Tether checks a rejected chain
        // against the system store itself.) The test cannot write to /etc/ssl/certs, so the
        // stand-in for the system store is the process's default configuration, which that
        // check consults and the session's own configuration (built at send) does not hold.
        net::Session withSystem;
        QVERIFY(withSystem.setSettings(settings));
        QSignalSpy finished(&withSystem, &net::Session::exchangeFinished);
        core::Request request;
        request.url = m_nginx.https(u"/"_s);
        QVERIFY(withSystem.send(request));
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        auto systemStore = original;
        systemStore.addCaCertificates(QSslCertificate::fromPath(m_nginx.caFile()));
        QSslConfiguration::setDefaultConfiguration(systemStore);
        const bool done = finished.wait(10000);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY(done);
        const auto accepted = finished.first().first().value<net::Exchange>();
        QVERIFY2(accepted.succeeded(), qPrintable(accepted.error));
        QCOMPARE(accepted.status, 200);
    }

    void unreadableCaFile()
    {
        net::Session session;
        auto settings = session.settings();
        settings.extraCaFiles = {u"/nonexistent/ca.pem"_s};
        auto applied = session.setSettings(settings);
        QVERIFY(!applied);
        QVERIFY(applied.error().message.contains(u"/nonexistent/ca.pem"_s));
        QVERIFY(session.settings().extraCaFiles.isEmpty()); // old settings kept
    }

    void cancelInFlight()
    {
        testsupport::RawHttpServer silent(testsupport::RawHttpServer::Behaviour::NeverAnswer);
        QVERIFY(silent.listen());
        net::Session session;
        QSignalSpy finished(&session, &net::Session::exchangeFinished);
        core::Request request;
        request.url = silent.url();
        auto id = session.send(request);
        QVERIFY(id);
        QTest::qWait(50);
        session.cancel(id.value());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000); // abort() may finish synchronously
        const auto exchange = finished.first().first().value<net::Exchange>();
        QCOMPARE(exchange.errorCode, u"cancelled"_s);
    }
};

QTEST_MAIN(TestSessionErrors)
#include "tst_sessionerrors.moc"
