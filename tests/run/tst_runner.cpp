// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The runner against nginx: iterations, concurrency, checks, extraction chaining, data files,
// reports, keep-alive comparison, cancel, and tether-run run's exit codes.
#include "nginxfixture.h"
#include "rawhttpserver.h"

#include "net/session.h"
#include "run/datafile.h"
#include "run/jsonpath.h"
#include "run/runner.h"
#include "run/runreport.h"
#include "store/collectionstore.h"
#include "workbench/dispatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace tether;

// A run's own session and the application's dispatcher, as the window and `run` give them.
struct RunDispatch
{
    net::Session session;
    workbench::Dispatcher dispatcher{&session, nullptr, workbench::Dispatcher::VariableReads::Once};
};

// Runs to the end through a dispatch of its own.
static Result<run::RunSummary> runToEnd(const core::Collection &collection,
                                        const run::RunOptions &options)
{
    RunDispatch dispatch;
    return run::Runner(collection, options, &dispatch.dispatcher).runToEnd();
}

class TestRunner : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;
    QTemporaryDir m_home;

    // A collection with: api/list (checks + extraction), api/use (uses the extracted value),
    // api/missing (a 404 checked for 200: fails).
    core::Collection makeCollection(const QString &dir, bool withFailure)
    {
        core::Collection collection = store::CollectionStore::openOrCreate(dir, u"api"_s).value();
        collection.variables = {{u"base"_s, m_nginx.http({}), true, false}};
        (void)store::CollectionStore::saveCollection(collection);
        core::SavedRequest list;
        list.path = u"api/a-list"_s;
        list.request.url = u"{{base}}/json"_s;
        list.raw = QJsonObject{
                {u"assertions"_s,
                 QJsonArray{QJsonObject{{u"type"_s, u"status"_s}, {u"equals"_s, 200}},
                            QJsonObject{{u"type"_s, u"json"_s},
                                        {u"path"_s, u"$.items[1]"_s},
                                        {u"equals"_s, 2}},
                            QJsonObject{{u"type"_s, u"header"_s},
                                        {u"name"_s, u"Content-Type"_s},
                                        {u"matches"_s, u"json"_s}},
                            QJsonObject{{u"type"_s, u"body"_s}, {u"contains"_s, u"\"ok\":true"_s}},
                            QJsonObject{{u"type"_s, u"time"_s}, {u"below"_s, 5000}}}},
                {u"extract"_s,
                 QJsonArray{
                         QJsonObject{{u"variable"_s, u"second"_s}, {u"json"_s, u"$.items[1]"_s}}}}};
        (void)store::CollectionStore::saveRequest(dir, list);
        core::SavedRequest use;
        use.path = u"api/b-use"_s;
        use.request.url = u"{{base}}/use?v={{second}}&row={{row}}"_s;
        use.raw = QJsonObject{
                {u"assertions"_s,
                 QJsonArray{
                         QJsonObject{{u"type"_s, u"status"_s}, {u"min"_s, 200}, {u"max"_s, 299}}}}};
        (void)store::CollectionStore::saveRequest(dir, use);
        if (withFailure) {
            core::SavedRequest missing;
            missing.path = u"api/c-missing"_s;
            missing.request.url = u"{{base}}/notfound"_s;
            missing.raw = QJsonObject{
                    {u"assertions"_s,
                     QJsonArray{QJsonObject{{u"type"_s, u"status"_s}, {u"equals"_s, 200}}}}};
            (void)store::CollectionStore::saveRequest(dir, missing);
        }
        return store::CollectionStore::load(dir).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    }

    void jsonPath()
    {
        const QJsonObject root
                = QJsonDocument::fromJson(R"({"a":{"b":[10,{"c":"x"}]},"k y":true})").object();
        QCOMPARE(run::JsonPath::toText(*run::JsonPath::evaluate(root, u"$.a.b[0]"_s)), u"10"_s);
        QCOMPARE(run::JsonPath::toText(*run::JsonPath::evaluate(root, u"$.a.b[-1].c"_s)), u"x"_s);
        QCOMPARE(run::JsonPath::toText(*run::JsonPath::evaluate(root, u"$['k y']"_s)), u"true"_s);
        QVERIFY(!run::JsonPath::evaluate(root, u"$.a.b[5]"_s));
        QVERIFY(!run::JsonPath::evaluate(root, u"$.nope"_s));
        // Numbers beyond qint64 print in exponent form instead of through an overflowing cast.
        QCOMPARE(run::JsonPath::toText(QJsonValue(1.7777777e47)), u"1.7777777e+47"_s);
        QCOMPARE(run::JsonPath::toText(QJsonValue(-9007199254740992.0)), u"-9007199254740992"_s);
        QCOMPARE(run::JsonPath::toText(QJsonValue(2.5)), u"2.5"_s);
    }

    void csvAndJsonData()
    {
        auto rows = run::DataFile::parseCsv(
                u"name,note\nada,\"hello, \"\"world\"\"\"\nlinus,\"two\nlines\"\n"_s, u"d.csv"_s);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value()[0].value(u"note"_s), u"hello, \"world\""_s);
        QCOMPARE(rows.value()[1].value(u"note"_s), u"two\nlines"_s);
        auto bad = run::DataFile::parseCsv(u"a,b\n1\n"_s, u"d.csv"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"row 2 has 1 fields"_s));
        QVERIFY(!run::DataFile::parseCsv(u"a\n\"open\n"_s, u"d.csv"_s));
        auto json
                = run::DataFile::parseJson(R"([{"row":1,"x":"a"},{"row":2,"x":"b"}])", u"d.json"_s);
        QVERIFY(json);
        QCOMPARE(json.value()[1].value(u"row"_s), u"2"_s);
        QVERIFY(!run::DataFile::parseJson("{}", u"d.json"_s));
    }

    void iterationsChecksExtractionAndData()
    {
        QTemporaryDir dir;
        const core::Collection collection = makeCollection(dir.path(), true);
        run::RunOptions options;
        options.data = {{{u"row"_s, u"r1"_s}}, {{u"row"_s, u"r2"_s}}, {{u"row"_s, u"r3"_s}}};
        const int lines = int(m_nginx.log().size());
        RunDispatch dispatch;
        run::Runner runner(collection, options, &dispatch.dispatcher);
        auto summary = runner.runToEnd();
        QVERIFY(summary);
        QCOMPARE(summary.value().iterations, 3); // one per data row
        QCOMPARE(summary.value().total(), 9);
        QCOMPARE(summary.value().failed(), 3); // the 404s
        QVERIFY(m_nginx.waitForLogLines(lines + 9));
        QStringList used;
        for (const auto &line : m_nginx.log().mid(lines))
            if (line.uri.startsWith(u"/use"_s))
                used.append(line.uri);
        QCOMPARE(used,
                 (QStringList{u"/use?v=2&row=r1"_s, u"/use?v=2&row=r2"_s, u"/use?v=2&row=r3"_s}));
        const auto &first = summary.value().results.first();
        QCOMPARE(first.checks.size(), 5);
        QVERIFY(first.passed());
        const auto &failure = summary.value().results.at(2);
        QCOMPARE(failure.path, u"api/c-missing"_s);
        QCOMPARE(failure.checks.first().message, u"got 404"_s);
        // Sequential on one session: one connection for all nine.
        QCOMPARE(summary.value().origins.first().connectionsOpened(), 1);
        QCOMPARE(summary.value().requests.size(), 3);
        QCOMPARE(summary.value().requests[0].count, 3);
    }

    // Every result is counted; details are kept for the first keptResults and for failures up
    // to keptFailures after them, so a long run's memory stays flat.
    void summaryKeepsBoundedDetails()
    {
        run::RunSummary summary;
        const int passing = run::RunSummary::keptResults + 2000;
        const int failing = run::RunSummary::keptFailures + 500;
        for (int i = 0; i < passing + failing; ++i) {
            run::RequestResult result;
            result.path = u"r"_s;
            result.iteration = i;
            result.status = i < passing ? 200 : 0;
            result.error = i < passing ? QString() : u"refused"_s;
            summary.add(result);
        }
        QCOMPARE(summary.total(), passing + failing);
        QCOMPARE(summary.failed(), failing);
        QCOMPARE(summary.results.size(),
                 run::RunSummary::keptResults + run::RunSummary::keptFailures);
        QCOMPARE(summary.omittedResults, 2000 + 500);
        QVERIFY(!summary.results.last().passed());
        QCOMPARE(run::RunReport::json(summary).value(u"omittedResults"_s).toInt(), 2500);
        QVERIFY(run::RunReport::junit(summary).contains("name=\"omittedResults\" value=\"2500\""));
    }

    // One definition of reuse (net::OriginStats::reuseRatio) in the window, `run` and every
    // report: reused over exchanges that got a response. The report used the run's request
    // count, so a run with failures said 83 % where the window said 100 %.
    void reportsShareTheWindowsReuseFigure()
    {
        run::RunSummary summary;
        summary.collection = u"api"_s;
        net::OriginStats origin;
        origin.origin = u"http://127.0.0.1:8080"_s;
        origin.exchanges = 5; // 6 requests, one got no response
        origin.failures = 1;
        origin.connectingSignals = 1;
        origin.newCount = 1;
        origin.reusedCount = 4;
        summary.origins = {origin};
        summary.totalCount = 6;
        summary.failedCount = 1;
        const QJsonObject connections
                = run::RunReport::json(summary).value(u"connections"_s).toObject();
        QCOMPARE(connections.value(u"reuseRatio"_s).toDouble(), origin.reuseRatio());
        QCOMPARE(connections.value(u"reuseRatio"_s).toDouble(), 0.8);
        QCOMPARE(connections.value(u"exchanges"_s).toInt(), 5);
        const QByteArray html = run::RunReport::html(summary);
        QVERIFY2(html.contains("reused by 4 of 5 exchanges (80 %)"), html.constData());
    }

    void concurrencyMatchesNginx()
    {
        QTemporaryDir dir;
        const core::Collection collection = makeCollection(dir.path(), false);
        run::RunOptions options;
        options.iterations = 20;
        options.concurrency = 4;
        options.settings.http2Allowed = false;
        // With several in flight a request may start before an earlier one extracted its
        // value; the data row gives {{second}} a starting value.
        options.data = {{{u"row"_s, u"x"_s}, {u"second"_s, u"2"_s}}};
        const qint64 accepted = m_nginx.acceptedConnections();
        RunDispatch dispatch;
        run::Runner runner(collection, options, &dispatch.dispatcher);
        auto summary = runner.runToEnd();
        QVERIFY(summary);
        QCOMPARE(summary.value().total(), 40);
        QCOMPARE(summary.value().failed(), 0);
        const int opened = summary.value().origins.first().connectionsOpened();
        QCOMPARE(opened, int(m_nginx.acceptedConnections() - accepted));
        // 4 lanes, each one request at a time: exactly 4 connections, every badge exact.
        QCOMPARE(opened, 4);
        for (const run::RequestResult &result : summary.value().results)
            QVERIFY(result.verdict == net::ConnectionVerdict::New
                    || result.verdict == net::ConnectionVerdict::Reused);
    }

    void keepAliveComparison()
    {
        QTemporaryDir dir;
        const core::Collection collection = makeCollection(dir.path(), false);
        run::RunOptions options;
        options.data = {{{u"row"_s, u"x"_s}}};
        options.iterations = 10;
        const qint64 before = m_nginx.acceptedConnections();
        auto on = runToEnd(collection, options);
        const qint64 middle = m_nginx.acceptedConnections();
        options.settings.keepAlive = false;
        auto off = runToEnd(collection, options);
        const qint64 after = m_nginx.acceptedConnections();
        QVERIFY(on && off);
        QCOMPARE(middle - before, 1);
        QCOMPARE(after - middle, 20);
        QCOMPARE(on.value().origins.first().connectionsOpened(), 1);
        QCOMPARE(off.value().origins.first().connectionsOpened(), 20);
        const QJsonObject comparison = run::RunReport::comparison(on.value(), off.value());
        QCOMPARE(comparison.value(u"keepAlive"_s)
                         .toObject()
                         .value(u"connections"_s)
                         .toObject()
                         .value(u"opened"_s)
                         .toInt(),
                 1);
        QCOMPARE(comparison.value(u"noKeepAlive"_s)
                         .toObject()
                         .value(u"connections"_s)
                         .toObject()
                         .value(u"opened"_s)
                         .toInt(),
                 20);
        QVERIFY(comparison.contains(u"timeSavedPerRequestMs"_s));
    }

    void reportsAreValid()
    {
        QTemporaryDir dir;
        const core::Collection collection = makeCollection(dir.path(), true);
        run::RunOptions options;
        options.data = {{{u"row"_s, u"<&>"_s}}};
        auto summary = runToEnd(collection, options);
        QVERIFY(summary);
        QXmlStreamReader xml(run::RunReport::junit(summary.value()));
        int testcases = 0;
        int failures = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"testcase")
                ++testcases;
            if (xml.isStartElement() && xml.name() == u"failure")
                ++failures;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(testcases, 3);
        QCOMPARE(failures, 1);
        const QJsonObject json = run::RunReport::json(summary.value());
        // The start carries its zone (a local time without one names no instant).
        const QString startedAt = json.value(u"startedAt"_s).toString();
        QVERIFY2(QRegularExpression(u"T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)$"_s)
                         .match(startedAt)
                         .hasMatch(),
                 qPrintable(startedAt));
        for (const char *key : {"total", "passed", "failed", "requestsPerSecond", "latency",
                                "connections", "requests", "origins", "results"})
            QVERIFY2(json.contains(QString::fromLatin1(key)), key);
        QCOMPARE(json.value(u"failed"_s).toInt(), 1);
        const QByteArray html = run::RunReport::html(summary.value());
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<svg"));
        QVERIFY(html.contains("api/c-missing"));
    }

    void stopOnFailureAndCancel()
    {
        QTemporaryDir dir;
        const core::Collection collection = makeCollection(dir.path(), true);
        run::RunOptions options;
        options.stopOnFailure = true;
        options.data = {{{u"row"_s, u"x"_s}}};
        options.iterations = 5;
        auto summary = runToEnd(collection, options);
        QVERIFY(summary);
        QCOMPARE(summary.value().total(), 3); // stopped after the first failure

        testsupport::RawHttpServer silent(testsupport::RawHttpServer::Behaviour::NeverAnswer);
        QVERIFY(silent.listen());
        core::Collection slow = collection;
        slow.variables = {{u"base"_s, silent.url(u""_s), true, false}};
        run::RunOptions slowOptions;
        slowOptions.data = {{{u"row"_s, u"x"_s}}};
        RunDispatch dispatch;
        run::Runner runner(slow, slowOptions, &dispatch.dispatcher);
        QVERIFY(runner.start());
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 1000);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(runner.summary().cancelled);
    }

    void cliExitCodes()
    {
        QTemporaryDir dir;
        makeCollection(dir.filePath(u"pass"_s), false);
        makeCollection(dir.filePath(u"fail"_s), true);
        QFile data(dir.filePath(u"rows.csv"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("row\nfirst\nsecond\n");
        data.close();
        auto run = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(TETHER_RUN_PATH), arguments);
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), process.readAllStandardOutput()};
        };
        const auto passed
                = run({u"run"_s, dir.filePath(u"pass"_s), u"--data"_s, dir.filePath(u"rows.csv"_s),
                       u"--report"_s, u"junit="_s + dir.filePath(u"j.xml"_s), u"--no-history"_s});
        QCOMPARE(passed.first, 0);
        QVERIFY2(passed.second.contains("4 passed, 0 failed"), passed.second.constData());
        QVERIFY(QFile::exists(dir.filePath(u"j.xml"_s)));
        const auto failed = run({u"run"_s, dir.filePath(u"fail"_s), u"--json"_s, u"--no-history"_s,
                                 u"--data"_s, dir.filePath(u"rows.csv"_s)});
        QCOMPARE(failed.first, 1);
        QCOMPARE(QJsonDocument::fromJson(failed.second).object().value(u"failed"_s).toInt(), 2);
        QCOMPARE(run({u"run"_s, dir.filePath(u"nope"_s)}).first, 2);
        QCOMPARE(run({u"run"_s, dir.filePath(u"pass"_s), u"--folder"_s, u"nope"_s}).first, 2);
        QCOMPARE(run({u"run"_s, dir.filePath(u"pass"_s), u"--iterations"_s, u"0"_s}).first, 2);
        QCOMPARE(run({u"run"_s, dir.filePath(u"pass"_s), u"--report"_s, u"pdf=x"_s}).first, 2);
        const auto compared = run({u"run"_s, dir.filePath(u"pass"_s), u"--compare"_s, u"--json"_s,
                                   u"--no-history"_s, u"--data"_s, dir.filePath(u"rows.csv"_s)});
        QCOMPARE(compared.first, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(compared.second).object();
        QCOMPARE(comparison.value(u"noKeepAlive"_s)
                         .toObject()
                         .value(u"connections"_s)
                         .toObject()
                         .value(u"opened"_s)
                         .toInt(),
                 4);
    }
};

QTEST_MAIN(TestRunner)
#include "tst_runner.moc"
