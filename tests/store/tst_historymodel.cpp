// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The History tab's table under QAbstractItemModelTester: newest first, refreshed per
// written batch, filtered by the query, an incomplete body marked.
#include "store/historymodel.h"
#include "store/historystore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace tether;
using store::HistoryModel;

class TestHistoryModel : public QObject
{
    Q_OBJECT

    static net::Exchange exchange(const QString &method, const QString &url, int status)
    {
        net::Exchange exchange;
        exchange.request.method = method;
        exchange.request.url = url;
        exchange.method = method.toLatin1();
        exchange.url = QUrl(url);
        exchange.finalUrl = exchange.url;
        exchange.status = status;
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        return exchange;
    }

private Q_SLOTS:
    void followsTheStoreAndItsFilter()
    {
        QTemporaryDir dir;
        store::HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)));
        HistoryModel model(&history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);

        history.record(exchange(u"GET"_s, u"http://127.0.0.1/users"_s, 200));
        history.record(exchange(u"POST"_s, u"http://127.0.0.1/users"_s, 201));
        net::Exchange truncated = exchange(u"GET"_s, u"http://127.0.0.1/big"_s, 200);
        truncated.error = u"The connection closed after 10 of 100 bytes"_s;
        history.record(truncated);
        QVERIFY(history.flush()); // one batch: the model refreshes once, from the store
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HistoryModel::UrlColumn).data().toString(),
                 u"http://127.0.0.1/big"_s); // newest first
        QCOMPARE(model.index(0, HistoryModel::StatusColumn).data().toString(), u"200 incomplete"_s);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"10 of 100"_s));
        QCOMPARE(model.index(1, HistoryModel::MethodColumn).data().toString(), u"POST"_s);
        QCOMPARE(model.entry(2).status, 200);
        QVERIFY(model.index(2, 0).data(HistoryModel::IdRole).toLongLong() > 0);

        store::HistoryQuery query;
        query.method = u"POST"_s;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).status, 201);
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
