// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// What the window and `tether-run export` share: a collection's history (its own exchanges
// only, oldest first, the newest N), HAR and collection files written whole, requests as curl.
#include "formats/exporter.h"
#include "net/session.h"
#include "store/collectiontreemodel.h"
#include "store/historystore.h"
#include "store/workspace.h"
#include "workbench/dispatcher.h"
#include "workbench/exportservice.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace tether;

class TestExportService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static net::Exchange exchange(const QString &url)
    {
        net::Exchange exchange;
        exchange.request.method = u"GET"_s;
        exchange.request.url = url;
        exchange.method = "GET";
        exchange.url = QUrl(url);
        exchange.finalUrl = exchange.url;
        exchange.status = 200;
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        return exchange;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    }

    void collectionHistoryIsItsOwnOldestFirstNewestN()
    {
        QTemporaryDir dir;
        store::HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)));
        const QString api = dir.filePath(u"api"_s);
        for (int i = 0; i < 5; ++i)
            history.record(exchange(u"http://127.0.0.1/%1"_s.arg(i)), api);
        history.record(exchange(u"http://127.0.0.1/other"_s), dir.filePath(u"other"_s));
        history.record(exchange(u"http://127.0.0.1/loose"_s));
        auto flushed = history.flush();
        QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().message));

        // The same folder however it is spelled.
        auto all = workbench::ExportService::collectionHistory(history, api + u"/./"_s);
        QVERIFY(all);
        QCOMPARE(all.value().size(), 5);
        QCOMPARE(all.value().first().url.toString(), u"http://127.0.0.1/0"_s);
        QCOMPARE(all.value().last().url.toString(), u"http://127.0.0.1/4"_s);
        auto newest = workbench::ExportService::collectionHistory(history, api, 2);
        QVERIFY(newest);
        QCOMPARE(newest.value().size(), 2);
        QCOMPARE(newest.value().first().url.toString(), u"http://127.0.0.1/3"_s);
        QCOMPARE(newest.value().last().url.toString(), u"http://127.0.0.1/4"_s);
    }

    void harAndCollectionFilesAreWritten()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        const QString api = dir.filePath(u"api"_s);
        QVERIFY(workspace.newCollection(api, u"API"_s));
        core::Request request;
        request.url = u"http://127.0.0.1/users"_s;
        QVERIFY(workspace.saveRequest(api, u"users"_s, u"users"_s, request));
        workspace.history()->record(exchange(u"http://127.0.0.1/users"_s), api);
        QVERIFY(workspace.history()->flush());

        const QString har = dir.filePath(u"out.har"_s);
        auto written = workbench::ExportService::writeCollection(
                *workspace.collections()->collection(api), u"har"_s, {}, har, *workspace.history());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(harFile.readAll())
                                           .object()[u"log"_s][u"entries"_s]
                                           .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()[u"request"_s][u"url"_s].toString(), u"http://127.0.0.1/users"_s);

        const QString postman = dir.filePath(u"out.postman.json"_s);
        QVERIFY(workbench::ExportService::writeCollection(*workspace.collections()->collection(api),
                                                          u"postman"_s, {}, postman,
                                                          *workspace.history()));
        QFile postmanFile(postman);
        QVERIFY(postmanFile.open(QIODevice::ReadOnly));
        QCOMPARE(
                QJsonDocument::fromJson(postmanFile.readAll()).object()[u"item"_s].toArray().size(),
                1);

        // A file that cannot be written is an error naming it, not a silent success.
        auto refused = workbench::ExportService::writeHar({}, dir.filePath(u"missing/x.har"_s));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"missing"_s),
                 qPrintable(refused.error().message));
    }

    void requestAsCurlAppliesVariablesButNotSecrets()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        const QString api = dir.filePath(u"api"_s);
        QVERIFY(workspace.newCollection(api, u"API"_s));
        core::Variable host;
        host.name = u"host"_s;
        host.value = u"127.0.0.1:8080"_s;
        QVERIFY(workspace.saveCollectionVariables(api, {host}, {}));
        core::Request request;
        request.url = u"http://{{host}}/users"_s;
        request.headers.append({u"X-Token"_s, u"{{undefinedToken}}"_s});
        net::Session session;
        workbench::Dispatcher dispatcher(&session, workspace.secretStore());
        store::Outgoing outgoing;
        outgoing.request = request;
        outgoing.collection = workspace.collections()->collection(api);
        QVERIFY(outgoing.collection);
        const QString curl = workbench::ExportService::requestAs(dispatcher, outgoing, u"curl"_s);
        QVERIFY2(curl.startsWith(u"curl "_s), qPrintable(curl));
        QVERIFY2(curl.contains(u"http://127.0.0.1:8080/users"_s), qPrintable(curl));
        QVERIFY2(curl.contains(u"{{undefinedToken}}"_s), qPrintable(curl));
    }
};

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
