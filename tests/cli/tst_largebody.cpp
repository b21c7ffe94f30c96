// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// A 300 MB body through tether-run: streamed (Qt's buffer bounded, spilled to a file), saved
// whole, and never held in memory. Peak RSS is measured (wait4), never timed.
#include "largebody.h"
#include "nginxfixture.h"
#include "tetherrun.h"

#include "store/collectionstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestLargeBody : public QObject
{
    Q_OBJECT

    static constexpr qint64 bodyBytes = testsupport::largebody::bodyBytes;
    static constexpr qint64 rssLimitKiB = testsupport::largebody::peakRssLimitKiB;
    static constexpr bool measuresMemory = testsupport::largebody::measuresMemory;
    testsupport::NginxFixture m_nginx;
    QTemporaryDir m_dir;

    // The two files hold the same bytes, all bodyBytes of them.
    static bool sameBytes(const QString &path, const QString &served)
    {
        QFile file(path);
        QFile original(served);
        if (!file.open(QIODevice::ReadOnly) || !original.open(QIODevice::ReadOnly)
            || file.size() != bodyBytes || original.size() != bodyBytes)
            return false;
        while (!file.atEnd()) {
            if (file.read(1 << 20) != original.read(1 << 20))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::NginxOptions options;
        options.hugeBodyBytes = bodyBytes;
        QVERIFY2(m_nginx.start(options), qPrintable(m_nginx.errorString()));
        QVERIFY(m_dir.isValid());
    }

    void sendStreamsTheBody_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("toStdout");
        QTest::addColumn<QString>("served");
        const QString zeros = m_nginx.wwwPath(u"huge.bin"_s);
        const QString out = m_dir.filePath(u"body.bin"_s);
        QTest::newRow("-o FILE") << QStringList{u"-o"_s, out, m_nginx.http(u"/huge.bin"_s)} << false
                                 << zeros;
        QTest::newRow("stdout") << QStringList{m_nginx.http(u"/huge.bin"_s)} << true << zeros;
        QTest::newRow("TLS, HTTP/1.1") << QStringList{u"--cacert"_s, m_nginx.caFile(), u"-o"_s, out,
                                                      m_nginx.https1(u"/huge.bin"_s)}
                                       << false << zeros;
        QTest::newRow("gzip JSON, inflated by Qt")
                << QStringList{u"-o"_s, out, m_nginx.http(u"/huge.json"_s)} << false
                << m_nginx.wwwPath(u"huge.json"_s);
    }

    void sendStreamsTheBody()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, toStdout);
        QFETCH(QString, served);
        const QString out = m_dir.filePath(u"body.bin"_s);
        QFile::remove(out);
        const testsupport::MeasuredRun result = testsupport::runMeasured(
                QStringLiteral(TETHER_RUN_PATH),
                QStringList{u"send"_s, u"--no-history"_s} + arguments, toStdout ? out : QString());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(sameBytes(out, served), "the body was not saved whole");
        qInfo("peak RSS %lld KiB", result.peakRssKiB);
        QVERIFY2(!measuresMemory || result.peakRssKiB < rssLimitKiB,
                 qPrintable(u"peak RSS %1 KiB"_s.arg(result.peakRssKiB)));
    }

    // A 300 MB file as the body goes from disk to the socket: memory stays flat, and curl's
    // --data-binary and -T are both streamed.
    void uploadStreamsTheBody_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--data-binary @FILE") << u"--data-binary"_s;
        QTest::newRow("-T FILE") << u"-T"_s;
    }

    void uploadStreamsTheBody()
    {
        QFETCH(QString, option);
        const QString source = m_nginx.wwwPath(u"huge.bin"_s);
        const QString out = m_dir.filePath(u"answer.txt"_s);
        const testsupport::MeasuredRun result = testsupport::runMeasured(
                QStringLiteral(TETHER_RUN_PATH),
                {u"send"_s, u"--no-history"_s, u"-X"_s, u"POST"_s, u"-o"_s, out, option,
                 option == u"-T" ? source : u"@"_s + source, m_nginx.http(u"/upload"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile answer(out);
        QVERIFY(answer.open(QIODevice::ReadOnly));
        QCOMPARE(answer.readAll(), "length=" + QByteArray::number(bodyBytes) + '\n');
        qInfo("peak RSS %lld KiB", result.peakRssKiB);
        QVERIFY2(!measuresMemory || result.peakRssKiB < rssLimitKiB,
                 qPrintable(u"peak RSS %1 KiB"_s.arg(result.peakRssKiB)));
    }

    // A device as the body source is bounded (it grew without end): a clear message, exit 2,
    // memory flat while it read.
    void deviceBodyIsLimited()
    {
        const testsupport::MeasuredRun result
                = testsupport::runMeasured(QStringLiteral(TETHER_RUN_PATH),
                                           {u"send"_s, u"--no-history"_s, u"-d"_s, u"@/dev/zero"_s,
                                            m_nginx.http(u"/upload"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"/dev/zero gave more than 256 MiB"_s),
                 qPrintable(result.err));
        qInfo("peak RSS %lld KiB", result.peakRssKiB);
        QVERIFY2(!measuresMemory || result.peakRssKiB < rssLimitKiB,
                 qPrintable(u"peak RSS %1 KiB"_s.arg(result.peakRssKiB)));
    }

    // The runner's memory is flat however many iterations: 36,000 peak within 4 MiB of 12,000
    // (it grew by 1.5 KiB an iteration: 166 MB at 100k).
    void runnerMemoryIsFlatOverIterations()
    {
        if (!measuresMemory)
            QSKIP("memory is not measured under the sanitizers");
        const QString dir = m_dir.filePath(u"iterations"_s);
        core::Collection collection = store::CollectionStore::openOrCreate(dir, u"it"_s).value();
        core::SavedRequest ping;
        ping.path = u"ping"_s;
        ping.request.url = m_nginx.http(u"/"_s);
        QVERIFY(store::CollectionStore::saveRequest(dir, ping));
        qint64 peaks[2] = {};
        const int iterations[2] = {12'000, 36'000};
        for (int i = 0; i < 2; ++i) {
            const testsupport::MeasuredRun result
                    = testsupport::runMeasured(QStringLiteral(TETHER_RUN_PATH),
                                               {u"run"_s, dir, u"--iterations"_s,
                                                QString::number(iterations[i]), u"--no-history"_s});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            peaks[i] = result.peakRssKiB;
        }
        qInfo("peak RSS %lld KiB at 12k, %lld KiB at 36k", peaks[0], peaks[1]);
        QVERIFY2(peaks[1] - peaks[0] < 4 * 1024,
                 qPrintable(u"%1 → %2 KiB"_s.arg(peaks[0]).arg(peaks[1])));
    }

    void runDoesNotHoldTheBody()
    {
        const QString dir = m_dir.filePath(u"collection"_s);
        core::Collection collection = store::CollectionStore::openOrCreate(dir, u"big"_s).value();
        QVERIFY(store::CollectionStore::saveCollection(collection));
        core::SavedRequest huge;
        huge.path = u"huge"_s;
        huge.request.url = m_nginx.http(u"/huge.bin"_s);
        huge.raw = QJsonObject{
                {u"assertions"_s,
                 QJsonArray{QJsonObject{{u"type"_s, u"status"_s}, {u"equals"_s, 200}}}}};
        QVERIFY(store::CollectionStore::saveRequest(dir, huge));
        const testsupport::MeasuredRun result = testsupport::runMeasured(
                QStringLiteral(TETHER_RUN_PATH),
                {u"run"_s, dir, u"--iterations"_s, u"2"_s, u"--no-history"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        qInfo("peak RSS %lld KiB", result.peakRssKiB);
        QVERIFY2(!measuresMemory || result.peakRssKiB < rssLimitKiB,
                 qPrintable(u"peak RSS %1 KiB"_s.arg(result.peakRssKiB)));
    }
};

QTEST_GUILESS_MAIN(TestLargeBody)
#include "tst_largebody.moc"
