// ExchangeRecorder without a network: a scripted QNetworkReply emits signals in the orders Qt 6.4
// was seen to emit them (traced with bare QNAM against nginx), and each hop's verdict, resend
// count and origin figures come out. The orders after a redirect are rare on the wire (about 1
// redirect in 150 on loopback, in release builds), so tst_connectiontracker cannot be relied on
// to meet each of them; this pins what the recorder makes of every one.
#include "net/connectiontracker.h"
#include "net/exchangerecorder.h"
#include "net/origin.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using net::ConnectionVerdict;

Q_DECLARE_METATYPE(ConnectionVerdict)

namespace {

// A reply whose signals and attributes the test drives.
class ScriptedReply : public QNetworkReply
{
public:
    explicit ScriptedReply(const QUrl &url)
    {
        setUrl(url);
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly);
    }
    void abort() override { }
    void head(int status, const QUrl &location = {})
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setRawHeader("Location", location.toEncoded());
        Q_EMIT metaDataChanged();
    }
    void redirect(const QUrl &target)
    {
        setUrl(target);
        Q_EMIT redirected(target);
    }
    void finish()
    {
        setFinished(true);
        Q_EMIT finished();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

class TestRecorderSignals : public QObject
{
    Q_OBJECT

    const QUrl source = QUrl(u"http://127.0.0.1:8080/to-b"_s);
    const QUrl target = QUrl(u"http://127.0.0.1:9090/json"_s);
    const QUrl third = QUrl(u"http://127.0.0.1:7070/json"_s);

private Q_SLOTS:
    void hops_data()
    {
        // Script: c = socketStartedConnecting, s = requestSent, 3 = a 307 head, 2 = a 200 head,
        // r = redirected (to the next origin), f = finished.
        QTest::addColumn<QString>("script");
        QTest::addColumn<QList<ConnectionVerdict>>("verdicts");
        QTest::addColumn<QList<int>>("resentAfterRedirect"); // per hop
        QTest::addColumn<QList<int>>("resends"); // per origin, in hop order

        using V = ConnectionVerdict;
        QTest::newRow("plain redirect") << u"cs3rs2f"_s << QList<V>{V::New, V::Reused}
                                        << QList<int>{0, 0} << QList<int>{0, 0};
        QTest::newRow("new connection on the target") << u"s3rcs2f"_s << QList<V>{V::Reused, V::New}
                                                      << QList<int>{0, 0} << QList<int>{0, 0};
        QTest::newRow("resend and its 307 head before the target's send")
                << u"s3rs3s2f"_s << QList<V>{V::Reused, V::Reused} << QList<int>{1, 0}
                << QList<int>{1, 0};
        QTest::newRow("resend and its 307 head before a new target connection")
                << u"s3rs3cs2f"_s << QList<V>{V::Reused, V::New} << QList<int>{1, 0}
                << QList<int>{1, 0};
        QTest::newRow("two sends, no connect between")
                << u"s3rss2f"_s << QList<V>{V::Reused, V::Reused} << QList<int>{1, 0}
                << QList<int>{1, 0};
        QTest::newRow("resend's send after the target's head")
                << u"s3rs2sf"_s << QList<V>{V::Reused, V::Reused} << QList<int>{1, 0}
                << QList<int>{1, 0};
        QTest::newRow("the target's own reconnect and resend")
                << u"s3rcscs2f"_s << QList<V>{V::Reused, V::Retried} << QList<int>{0, 0}
                << QList<int>{0, 1};
        QTest::newRow("a redirect chain")
                << u"s3rs3rs2f"_s << QList<V>{V::Reused, V::Reused, V::Reused}
                << QList<int>{0, 0, 0} << QList<int>{0, 0, 0};
        QTest::newRow("resend in the middle of a chain")
                << u"s3rs3s3rs2f"_s << QList<V>{V::Reused, V::Reused, V::Reused}
                << QList<int>{1, 0, 0} << QList<int>{1, 0, 0};
        QTest::newRow("no redirect: a resend is a retry")
                << u"cscs2f"_s << QList<V>{V::Retried} << QList<int>{0} << QList<int>{1};
    }

    void hops()
    {
        QFETCH(QString, script);
        QFETCH(QList<ConnectionVerdict>, verdicts);
        QFETCH(QList<int>, resentAfterRedirect);
        QFETCH(QList<int>, resends);

        net::ConnectionTracker tracker;
        QElapsedTimer clock;
        clock.start();
        net::Exchange seed;
        seed.id = 1;
        seed.method = "GET";
        seed.url = source;
        net::SessionSettings settings;
        settings.timeoutMs = 0;
        net::ExchangeRecorder recorder(seed, clock, clock.nsecsElapsed(), &tracker, settings, {},
                                       nullptr);
        auto *reply = new ScriptedReply(source);
        recorder.attach(reply, net::originOf(source));
        net::Exchange result;
        connect(&recorder, &net::ExchangeRecorder::finished, this,
                [&result](const net::Exchange &exchange) { result = exchange; });

        const QList<QUrl> hopUrls{source, target, third};
        int redirects = 0;
        for (const QChar step : script) {
            switch (step.toLatin1()) {
            case 'c':
                Q_EMIT reply->socketStartedConnecting();
                break;
            case 's':
                Q_EMIT reply->requestSent();
                break;
            case '3':
                reply->head(307, hopUrls.at(redirects + 1));
                break;
            case '2':
                reply->head(200);
                break;
            case 'r':
                reply->redirect(hopUrls.at(++redirects));
                break;
            case 'f':
                reply->finish();
                break;
            }
        }
        QTRY_COMPARE(result.id, quint64(1));
        QCOMPARE(result.hops.size(), verdicts.size());
        for (qsizetype i = 0; i < result.hops.size(); ++i) {
            const net::Hop &hop = result.hops.at(i);
            QCOMPARE(hop.verdict, verdicts.at(i));
            QCOMPARE(hop.resentAfterRedirect, resentAfterRedirect.at(i));
            QCOMPARE(tracker.origin(hop.origin).resends, resends.at(i));
            QCOMPARE(tracker.origin(hop.origin).exchanges, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecorderSignals)
#include "tst_recordersignals.moc"
