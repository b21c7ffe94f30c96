// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// tether-run send and run against a server that misbehaves on purpose, with curl's verdict on
// the same response as the reference: every fault after the request starts is a failure.
#include "faultyhttpserver.h"
#include "nginxfixture.h"
#include "tetherrun.h"

#include "store/collectionstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestSendFaults : public QObject
{
    Q_OBJECT

    testsupport::FaultyHttpServer m_server;
    testsupport::NginxFixture m_nginx;

    using Run = testsupport::ProcessResult;
    static Run run(const QStringList &arguments)
    {
        return testsupport::runProgram(QStringLiteral(TETHER_RUN_PATH), arguments, {},
                                       QProcessEnvironment::systemEnvironment(), 30000);
    }
    // The error object of the first exchange of send --json.
    static QJsonObject firstError(const Run &result)
    {
        const QJsonArray exchanges = result.json().value(u"exchanges"_s).toArray();
        return exchanges.first().toObject().value(u"error"_s).toObject();
    }
    static int curlExitCode(const QString &url)
    {
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-s"_s, u"--compressed"_s, u"-o"_s, u"/dev/null"_s, u"--max-time"_s, u"5"_s,
                    url});
        curl.waitForFinished(20000);
        return curl.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
    }

    void faultIsAFailureAsCurlSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status"); // the head that did arrive, 0 if none
        QTest::addColumn<qint64>("received");
        QTest::addColumn<qint64>("expected"); // -1: no Content-Length
        QTest::addColumn<QString>("message");
        QTest::newRow("reset mid-body") << u"/reset-mid-body"_s << u"truncated-body"_s << 200
                                        << qint64(1024) << qint64(4096)
                                        << u"1,024 of 4,096 bytes arrived, then the server "
                                           u"closed the connection"_s;
        QTest::newRow("body shorter than Content-Length")
                << u"/short-body"_s << u"truncated-body"_s << 200 << qint64(1024) << qint64(4096)
                << u"1,024 of 4,096 bytes arrived"_s;
        // Qt ends this one with an error or, when the reset wins a race in Qt, without one (the
        // dropped connection gives it away): either way a failure.
        QTest::newRow("chunked, reset before the last chunk")
                << u"/chunked-reset"_s << u"truncated-body|bad-framing"_s << 200 << qint64(5)
                << qint64(-1) << u"5 bytes of a chunked body arrived"_s;
        QTest::newRow("invalid chunk size")
                << u"/bad-chunk"_s << u"bad-framing"_s << 200 << qint64(5) << qint64(-1)
                << u"an invalid chunk size"_s;
        QTest::newRow("invalid first chunk size")
                << u"/bad-first-chunk"_s << u"bad-framing"_s << 200 << qint64(0) << qint64(-1)
                << u"an invalid chunk size"_s;
        QTest::newRow("gzip that is not gzip")
                << u"/bad-gzip"_s << u"content-decoding"_s << 200 << qint64(43) << qint64(43)
                << u"the body could not be decoded: The compressed body is corrupt"_s;
        QTest::newRow("garbage instead of a status line")
                << u"/garbage"_s << u"closed-before-response"_s << 0 << qint64(-1) << qint64(-1)
                << u"before a complete response head arrived"_s;
        QTest::newRow("reset before the head")
                << u"/reset-before-head"_s << u"closed-before-response"_s << 0 << qint64(-1)
                << qint64(-1) << u"before a complete response head arrived"_s;
        QTest::newRow("closed before the head")
                << u"/close-before-head"_s << u"closed-before-response"_s << 0 << qint64(-1)
                << qint64(-1) << u"before a complete response head arrived"_s;
    }

    void faultIsAFailureAsCurlSays()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(qint64, received);
        QFETCH(qint64, expected);
        QFETCH(QString, message);
        const QString url = m_server.url(path);
        QVERIFY2(curlExitCode(url) != 0, "curl accepts this response: the fault is not one");

        const Run plain = run({u"send"_s, u"--no-history"_s, url});
        QVERIFY2(plain.exitCode == 1, qPrintable(plain.err));
        QVERIFY2(plain.err.contains(message), qPrintable(plain.err));
        const QStringList codes = code.split(u'|');
        if (status > 0) // never a bare "200 OK" over what did not arrive whole
            QVERIFY2(plain.err.contains(
                             QRegularExpression(u"200 OK \\(failed: (%1)\\)"_s.arg(code))),
                     qPrintable(plain.err));

        const Run json = run({u"send"_s, u"--no-history"_s, u"--json"_s, url});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject exchange = json.json().value(u"exchanges"_s).toArray().first().toObject();
        QCOMPARE(exchange.value(u"status"_s).toInt(), status);
        const QJsonObject error = exchange.value(u"error"_s).toObject();
        QVERIFY2(codes.contains(error.value(u"code"_s).toString()),
                 qPrintable(error.value(u"code"_s).toString()));
        QVERIFY2(error.value(u"message"_s).toString().contains(message),
                 qPrintable(error.value(u"message"_s).toString()));
        QCOMPARE(error.value(u"bytesReceived"_s).toInteger(-1), received);
        QCOMPARE(error.value(u"bytesExpected"_s).toInteger(-1), expected);
    }

    void wellFormedResponsesPass_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chunked") << m_server.url(u"/chunked-ok"_s) << "hello world"_ba;
        QTest::newRow("content-length") << m_server.url(u"/anything"_s) << "ok\n"_ba;
        QTest::newRow("nginx gzip, chunked") << m_nginx.http(u"/data.json"_s) << QByteArray();
    }

    void wellFormedResponsesPass()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QCOMPARE(curlExitCode(url), 0);
        // Three times on one connection: the framing check must not cost a kept connection.
        const Run result = run({u"send"_s, u"--no-history"_s, u"--json"_s, u"-H"_s,
                                u"Accept-Encoding: gzip"_s, u"--repeat"_s, u"3"_s, url});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray exchanges = result.json().value(u"exchanges"_s).toArray();
        QCOMPARE(exchanges.size(), 3);
        for (const QJsonValue &value : exchanges) {
            const QJsonObject exchange = value.toObject();
            QVERIFY(!exchange.contains(u"error"_s));
            if (!body.isEmpty())
                QCOMPARE(exchange.value(u"body"_s).toString().toUtf8(), body);
        }
        QCOMPARE(exchanges.at(2).toObject().value(u"connection"_s).toString(), u"reused"_s);
    }

    void gzipIsReallyChunked()
    {
        // The nginx row above is only worth its name if nginx answers it chunked.
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-s"_s, u"-D"_s, u"-"_s, u"-o"_s, u"/dev/null"_s, u"-H"_s,
                    u"Accept-Encoding: gzip"_s, m_nginx.http(u"/data.json"_s)});
        QVERIFY(curl.waitForFinished(20000));
        QVERIFY2(curl.readAllStandardOutput().toLower().contains("transfer-encoding: chunked"),
                 "nginx did not chunk the gzip response");
    }

    void whatQtHidesIsReportedWithItsCauses_data()
    {
        QTest::addColumn<QString>("path");
        // Pinned limitation: Qt 6.4 cannot read a trailer section and drops the connection as
        // it does after a broken chunk size; a server that closes right after a chunked body
        // (without Connection: close) leaves the same trace. curl accepts both; Tether cannot
        // tell them from a broken chunk, so it names all three causes rather than say 200 OK.
        QTest::newRow("trailer section") << u"/chunked-trailer"_s;
        QTest::newRow("close without Connection: close") << u"/chunked-then-close"_s;
    }

    void whatQtHidesIsReportedWithItsCauses()
    {
        QFETCH(QString, path);
        const QString url = m_server.url(path);
        QCOMPARE(curlExitCode(url), 0);
        const Run result = run({u"send"_s, u"--no-history"_s, url});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"a trailer section or a server that closed without "
                                     u"sending Connection: close"_s),
                 qPrintable(result.err));
        QCOMPARE(result.out, "hello"_ba); // what arrived is still written
    }

    void whatArrivedIsStillWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"part.bin"_s);
        const Run result = run(
                {u"send"_s, u"--no-history"_s, u"-o"_s, file, m_server.url(u"/reset-mid-body"_s)});
        QCOMPARE(result.exitCode, 1);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray(1024, 'x'));
    }

    void timeoutMidBodySaysWhatArrived()
    {
        const Run result = run({u"send"_s, u"--no-history"_s, u"--json"_s, u"--max-time"_s,
                                u"0.5"_s, m_server.url(u"/stall-mid-body"_s)});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject error = firstError(result);
        QCOMPARE(error.value(u"code"_s).toString(), u"timeout"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"1,024 of 4,096 bytes"_s),
                 qPrintable(error.value(u"message"_s).toString()));
    }

    // -m bounds the whole exchange, the upload included: a peer that never reads stalls the
    // upload of a 64 MiB file once the socket buffers are full.
    void maxTimeBoundsTheUpload()
    {
        QTcpServer neverAccepts; // the kernel completes the handshake; nobody reads
        QVERIFY(neverAccepts.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(64 << 20));
        big.close();
        QElapsedTimer timer;
        timer.start();
        const Run result = run({u"send"_s, u"--no-history"_s, u"--json"_s, u"-m"_s, u"1"_s,
                                u"--data-binary"_s, u"@"_s + big.fileName(),
                                u"http://127.0.0.1:%1/up"_s.arg(neverAccepts.serverPort())});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(firstError(result).value(u"code"_s).toString(), u"timeout"_s);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    // A FIFO no one writes to: -m bounds the wait for the body too, and nothing is sent.
    void maxTimeBoundsAStreamedBody()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"body"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        QElapsedTimer timer;
        timer.start();
        const Run result = run({u"send"_s, u"--no-history"_s, u"-m"_s, u"0.5"_s, u"-d"_s,
                                u"@"_s + fifo, m_nginx.http(u"/post"_s)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"did not end within -m 0.5 s; nothing was sent"_s),
                 qPrintable(result.err));
        QVERIFY(timer.elapsed() < 10000);
        // Without -m it waits for its writer, as curl does, and sends what it wrote.
        QProcess writer;
        writer.start(u"bash"_s, {u"-c"_s, u"sleep 0.3; printf 'a=1\\n' > "_s + fifo});
        const Run sent = run(
                {u"send"_s, u"--no-history"_s, u"-d"_s, u"@"_s + fifo, m_nginx.http(u"/post"_s)});
        writer.waitForFinished();
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.out, "method=POST;length=3\n"_ba);
    }

    void redirectLoopFails()
    {
        const Run result = run(
                {u"send"_s, u"--no-history"_s, u"--json"_s, u"-L"_s, m_nginx.http(u"/loop"_s)});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject error = firstError(result);
        QCOMPARE(error.value(u"code"_s).toString(), u"redirect-loop"_s);
    }

    void runCountsATruncatedBodyAsAFailedRequest()
    {
        // A status == 200 check must not pass on a body that did not arrive whole.
        QTemporaryDir dir;
        core::Collection collection
                = store::CollectionStore::openOrCreate(dir.path(), u"faults"_s).value();
        QVERIFY(store::CollectionStore::saveCollection(collection));
        core::SavedRequest truncated;
        truncated.path = u"truncated"_s;
        truncated.request.url = m_server.url(u"/reset-mid-body"_s);
        truncated.raw = QJsonObject{
                {u"assertions"_s,
                 QJsonArray{QJsonObject{{u"type"_s, u"status"_s}, {u"equals"_s, 200}}}}};
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), truncated));
        core::SavedRequest whole = truncated;
        whole.path = u"whole"_s;
        whole.request.url = m_server.url(u"/chunked-ok"_s);
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), whole));

        const Run result = run({u"run"_s, dir.path(), u"--json"_s, u"--no-history"_s});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = result.json();
        QJsonObject failed;
        QJsonObject passed;
        for (const QJsonValue &value : report.value(u"results"_s).toArray())
            (value.toObject().value(u"path"_s).toString() == u"truncated"_s ? failed : passed)
                    = value.toObject();
        QCOMPARE(failed.value(u"passed"_s).toBool(), false);
        QCOMPARE(failed.value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"truncated-body"_s);
        const QJsonObject check = failed.value(u"checks"_s).toArray().first().toObject();
        QCOMPARE(check.value(u"passed"_s).toBool(), false);
        QVERIFY2(check.value(u"message"_s).toString().startsWith(u"not checked"_s),
                 qPrintable(check.value(u"message"_s).toString()));
        QCOMPARE(passed.value(u"passed"_s).toBool(), true);
    }
};

QTEST_MAIN(TestSendFaults)
#include "tst_sendfaults.moc"
