// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The one writer of history: every exchange of a watched session is recorded with the
// collection and environment its sender put in the exchange's context, and only those.
#include "nginxfixture.h"

#include "net/session.h"
#include "store/historystore.h"
#include "workbench/historyrecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;

    static net::Exchange sendWith(net::Session &session, const QString &url,
                                  const net::ExchangeContext &context)
    {
        QSignalSpy finished(&session, &net::Session::exchangeFinished);
        core::Request request;
        request.url = url;
        auto id = session.send(request, {}, context);
        if (!id || !finished.wait(5000))
            return {};
        return finished.first().first().value<net::Exchange>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void recordsEachExchangeWithItsSendersContext()
    {
        QTemporaryDir dir;
        store::HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)));
        workbench::HistoryRecorder recorder(&history);
        net::Session first;
        net::Session second; // a Runner's own session, say
        recorder.watch(&first, u"editor"_s);
        recorder.watch(&second, u"runner"_s);
        net::Session unwatched;

        const net::Exchange a
                = sendWith(first, m_nginx.http(u"/json?a"_s), {u"/c/api"_s, u"dev"_s});
        QCOMPARE(a.context.collectionDir, u"/c/api"_s); // carried to the finished exchange
        QCOMPARE(a.context.environment, u"dev"_s);
        sendWith(second, m_nginx.http(u"/json?b"_s),
                 {u"/c/other"_s, QString(), true, {}, u"run-1"_s});
        sendWith(first, m_nginx.http(u"/json?private"_s), {u"/c/api"_s, u"dev"_s, false});
        sendWith(unwatched, m_nginx.http(u"/json?unwatched"_s), {});
        sendWith(first, m_nginx.http(u"/json?loose"_s), {});
        QVERIFY(history.flush());

        auto entries = history.query({});
        QVERIFY(entries);
        QHash<QString, store::HistoryEntry> byUrl;
        for (const store::HistoryEntry &entry : entries.value())
            byUrl.insert(entry.url, entry);
        QCOMPARE(byUrl.size(), 3);
        const store::HistoryEntry recordedA = byUrl.value(m_nginx.http(u"/json?a"_s));
        QCOMPARE(recordedA.collectionDir, u"/c/api"_s);
        QCOMPARE(recordedA.environment, u"dev"_s);
        QCOMPARE(recordedA.source, u"editor"_s); // who sent it: the session's watcher says
        QCOMPARE(recordedA.runId, QString());
        const store::HistoryEntry recordedB = byUrl.value(m_nginx.http(u"/json?b"_s));
        QCOMPARE(recordedB.collectionDir, u"/c/other"_s);
        QCOMPARE(recordedB.source, u"runner"_s);
        QCOMPARE(recordedB.runId, u"run-1"_s); // the run it was part of, from its context
        QVERIFY(byUrl.contains(m_nginx.http(u"/json?loose"_s)));
        QCOMPARE(byUrl.value(m_nginx.http(u"/json?loose"_s)).collectionDir, QString());
        QVERIFY(!byUrl.contains(m_nginx.http(u"/json?private"_s)));
        QVERIFY(!byUrl.contains(m_nginx.http(u"/json?unwatched"_s)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
