// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// History in SQLite: record real exchanges (nginx), query, prune, survive a corrupt file, and
// never store a secret's value.
#include "nginxfixture.h"
#include "sessiondriver.h"

#include "net/session.h"
#include "store/historystore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace tether;

class TestHistoryStore : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void recordQueryAndPrune()
    {
        QTemporaryDir dir;
        store::HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)));
        QSignalSpy recorded(&history, &store::HistoryStore::recorded);
        net::Session session;
        connect(&session, &net::Session::exchangeFinished, &history,
                [&history](const net::Exchange &exchange) { history.record(exchange); });
        testsupport::sendUrls(session,
                              {m_nginx.http(u"/json"_s), m_nginx.http(u"/notfound"_s),
                               m_nginx.http(u"/json?x=1"_s)});
        QVERIFY(recorded.wait(2000)); // written in one batch shortly after
        QCOMPARE(recorded.first().first().toInt(), 3);

        auto all = history.query({});
        QVERIFY(all);
        QCOMPARE(all.value().size(), 3);
        const store::HistoryEntry &newest = all.value().first();
        QCOMPARE(newest.url, m_nginx.http(u"/json?x=1"_s));
        QCOMPARE(newest.verdict, u"reused"_s);
        QCOMPARE(newest.body, "{\"ok\":true,\"items\":[1,2,3]}"_ba);
        QCOMPARE(all.value().last().verdict, u"new"_s);

        store::HistoryQuery notFound;
        notFound.statusClass = 4;
        QCOMPARE(history.query(notFound).value().size(), 1);
        store::HistoryQuery text;
        text.text = u"json"_s;
        QCOMPARE(history.query(text).value().size(), 2);
        store::HistoryQuery origin;
        origin.origin = u"http://127.0.0.1:1"_s;
        QCOMPARE(history.query(origin).value().size(), 0);
        auto one = history.entry(newest.id);
        QVERIFY(one);
        QCOMPARE(one.value().request.url, m_nginx.http(u"/json?x=1"_s));

        QCOMPARE(history.pruneToCount(1).value(), 2);
        QCOMPARE(history.query({}).value().size(), 1);
        QCOMPARE(history.pruneOlderThan(QDateTime::currentDateTime().addSecs(60)).value(), 1);
        QCOMPARE(history.query({}).value().size(), 0);
    }

    void bodyCapAndTruncation()
    {
        QTemporaryDir dir;
        store::HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"h.sqlite"_s)));
        history.setBodyCap(1000);
        net::Session session;
        history.record(testsupport::getOne(session, m_nginx.http(u"/big.bin"_s)));
        QVERIFY(history.flush());
        const auto entry = history.query({}).value().first();
        QCOMPARE(entry.body.size(), 1000);
        QCOMPARE(entry.bodySize, qint64(3 * 1024 * 1024));
        QVERIFY(entry.bodyTruncated);
    }

    // The database stays under its total cap: the oldest bodies go first (their exchanges
    // stay, marked truncated), then the oldest exchanges; the file stops growing.
    void historyStaysUnderItsTotalCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_s);
        store::HistoryStore history;
        QVERIFY(history.open(path));
        const qint64 cap = 4'000'000;
        history.setTotalCap(cap);
        auto exchange = [](int n) {
            net::Exchange made;
            made.startedAt = QDateTime::currentDateTimeUtc();
            made.method = "GET";
            made.url = QUrl(u"http://127.0.0.1/%1"_s.arg(n));
            made.status = 200;
            made.body = std::make_shared<net::ResponseBody>(1 << 20);
            QByteArray bytes(100'000, char('a' + n % 26));
            made.body->append(bytes);
            return made;
        };
        qint64 largestFile = 0;
        for (int n = 0; n < 300; ++n) {
            history.record(exchange(n));
            if (n % 10 == 9) {
                QVERIFY(history.flush());
                QVERIFY(history.usedBytes().value() <= cap);
                largestFile = qMax(largestFile, QFileInfo(path).size());
            }
        }
        // 300 × 100 kB bodies: 30 MB without the cap. Freed pages are reused, so the file
        // itself stays near the cap.
        QVERIFY2(largestFile < cap + 1'000'000, qPrintable(QString::number(largestFile)));
        store::HistoryQuery all;
        all.limit = 1000;
        const auto entries = history.query(all).value();
        QCOMPARE(entries.size(), 300); // bodies went first; every exchange is still listed
        QCOMPARE(entries.first().body.size(), 100'000); // the newest keeps its body
        QVERIFY(entries.last().body.isEmpty() && entries.last().bodyTruncated);
        QCOMPARE(entries.last().bodySize, 100'000);

        // A cap below what the rows alone need: the oldest exchanges go too.
        history.setTotalCap(150'000);
        QVERIFY(history.enforceTotalCap());
        QVERIFY(history.usedBytes().value() <= 150'000);
        const auto kept = history.query(all).value();
        QVERIFY2(!kept.isEmpty() && kept.size() < 300, qPrintable(QString::number(kept.size())));
        QCOMPARE(kept.first().url, u"http://127.0.0.1/299"_s);
    }

    // A run is one row (its latest exchange, how many it holds, how many failed); a source
    // filter keeps one sender's traffic; a run's own rows are there when asked for.
    void runsAreGroupedAndSourcesFiltered()
    {
        QTemporaryDir dir;
        store::HistoryStore history;
        QVERIFY(history.open(dir.filePath(u"h.sqlite"_s)));
        auto exchange = [](const QString &path, int status, const QString &runId) {
            net::Exchange made;
            made.startedAt = QDateTime::currentDateTimeUtc();
            made.method = "GET";
            made.url = QUrl(u"http://127.0.0.1"_s + path);
            made.status = status;
            made.error = status ? QString() : u"refused"_s;
            made.context.runId = runId;
            return made;
        };
        history.record(exchange(u"/typed"_s, 200, {}), {}, {}, u"editor"_s);
        for (int n = 0; n < 5; ++n)
            history.record(exchange(u"/run1/%1"_s.arg(n), n == 3 ? 0 : 200, u"r1"_s), {}, {},
                           u"runner"_s);
        history.record(exchange(u"/cli"_s, 404, {}), {}, {}, u"cli"_s);
        for (int n = 0; n < 3; ++n)
            history.record(exchange(u"/run2/%1"_s.arg(n), 200, u"r2"_s), {}, {}, u"cli"_s);
        QVERIFY(history.flush());

        store::HistoryQuery grouped;
        grouped.groupRuns = true;
        const auto rows = history.query(grouped).value();
        QStringList shown;
        for (const store::HistoryEntry &row : rows)
            shown.append(row.url.section(u'/', 3) + u':' + QString::number(row.runExchanges) + u'/'
                         + QString::number(row.runFailures));
        QCOMPARE(shown,
                 (QStringList{u"run2/2:3/0"_s, u"cli:0/0"_s, u"run1/4:5/1"_s, u"typed:0/0"_s}));
        QVERIFY(rows.at(0).isRunRow() && !rows.at(1).isRunRow());

        store::HistoryQuery cli = grouped;
        cli.source = u"cli"_s;
        QCOMPARE(history.query(cli).value().size(), 2); // /cli and run r2
        store::HistoryQuery runner = grouped;
        runner.source = u"runner"_s;
        QCOMPARE(history.query(runner).value().size(), 1);
        // Filters apply inside a run too: its row counts what matches.
        store::HistoryQuery failedOnly = grouped;
        failedOnly.text = u"run1/3"_s;
        const auto failed = history.query(failedOnly).value();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().runExchanges, 1);
        QCOMPARE(failed.first().runFailures, 1);

        store::HistoryQuery oneRun;
        oneRun.runId = u"r1"_s;
        const auto steps = history.query(oneRun).value();
        QCOMPARE(steps.size(), 5);
        QVERIFY(std::all_of(steps.begin(), steps.end(), [](const store::HistoryEntry &step) {
            return step.runId == u"r1" && step.source == u"runner" && !step.isRunRow();
        }));
    }

    // A database from before sources and runs gains the columns; its rows have neither.
    void olderDatabaseGainsSourceAndRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                    u"CREATE TABLE exchanges (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "started_at TEXT NOT NULL, method TEXT, url TEXT, origin TEXT, status INTEGER, "
                    "reason TEXT, protocol TEXT, tls INTEGER, verdict TEXT, phases TEXT, "
                    "request TEXT, collection TEXT, environment TEXT, request_headers TEXT, "
                    "response_headers TEXT, body BLOB, body_size INTEGER, body_truncated INTEGER, "
                    "error TEXT, connection_id TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO exchanges (started_at, method, url, status) "
                               "VALUES ('2026-01-01T10:00:00.000', 'GET', 'http://old/', 200)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        store::HistoryStore history;
        QVERIFY(history.open(path));
        store::HistoryQuery grouped;
        grouped.groupRuns = true;
        const auto rows = history.query(grouped).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().url, u"http://old/"_s);
        QVERIFY(rows.first().source.isEmpty() && !rows.first().isRunRow());
    }

    void secretsAreMaskedTemplatesKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_s);
        {
            store::HistoryStore history;
            QVERIFY(history.open(path));
            net::Session session;
            core::Request request;
            request.url = m_nginx.http(u"/echo-headers?key={{apiKey}}"_s);
            request.headers = {{u"X-Test"_s, u"Token {{apiKey}}"_s, true}};
            request.auth.type = core::AuthType::Basic;
            request.auth.username = u"ada"_s;
            request.auth.password = u"{{password}}"_s;
            core::VariableSet variables;
            variables.setSecret(u"apiKey"_s, u"k3y-SECRET-1"_s);
            variables.setSecret(u"password"_s, u"pw-SECRET-2"_s);
            auto id = session.send(request, variables);
            QVERIFY(id);
            QSignalSpy finished(&session, &net::Session::exchangeFinished);
            QVERIFY(finished.wait(5000));
            const auto exchange = finished.first().first().value<net::Exchange>();
            QVERIFY(exchange.succeeded());
            history.record(exchange);
            QVERIFY(history.flush());
            const auto entry = history.query({}).value().first();
            QCOMPARE(entry.request.url, request.url); // the reference, for replay
            QVERIFY(!entry.url.contains(u"k3y-SECRET-1"_s));
            QVERIFY(entry.url.contains(u"••••"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        for (const QByteArray &secret :
             {"k3y-SECRET-1"_ba, "pw-SECRET-2"_ba, "ada:pw-SECRET-2"_ba.toBase64()})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        // /echo-headers echoed the secret back: the stored response body is masked too.
    }

    void corruptDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        store::HistoryStore history;
        QVERIFY(history.open(path));
        QVERIFY2(history.notice().contains(u"damaged"_s), qPrintable(history.notice()));
        const QStringList aside = QDir(dir.path()).entryList({u"history.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(dir.filePath(aside.first())).size(), qint64(8192)); // kept for the user
        QVERIFY(history.query({}));
    }

    void corruptDatabaseKeepsItsWalAndShm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        for (const auto &[suffix, size] :
             {std::pair{u""_s, 8192}, {u"-wal"_s, 4096}, {u"-shm"_s, 32768}}) {
            QFile file(path + suffix);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(size, 'x'));
        }
        store::HistoryStore history;
        QVERIFY(history.open(path));
        const QStringList aside = QDir(dir.path()).entryList({u"history.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 3); // moved whole: the -wal may hold committed rows
        for (const QString &name : aside)
            QVERIFY2(name.endsWith(u"-wal"_s) ? QFileInfo(dir.filePath(name)).size() == 4096 : true,
                     qPrintable(name));
    }

    void unopenableDatabaseIsAnErrorNotCorruption()
    {
        // A path SQLite cannot open (here a folder) is reported; nothing is moved or deleted.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QVERIFY(QDir().mkpath(path));
        store::HistoryStore history;
        const auto opened = history.open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"Cannot open"_s),
                 qPrintable(opened.error().message));
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QDir(dir.path()).entryList({u"*.corrupt-*"_s}).isEmpty());
    }

    void readOnlyOpenCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        store::HistoryStore history;
        const auto opened = history.open(path, store::HistoryStore::Access::ReadOnly);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"history-missing"_s);
        QVERIFY(!QFileInfo::exists(path));
    }

    void aFailedTimedFlushIsSaidAndKeepsTheExchanges()
    {
        // The table gone under the store (another tool, a damaged copy): the flush the timer
        // makes fails, says so, and the exchanges stay queued for the next flush.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_s);
        store::HistoryStore history;
        QVERIFY(history.open(path));
        QSignalSpy failed(&history, &store::HistoryStore::flushFailed);
        QSignalSpy recorded(&history, &store::HistoryStore::recorded);
        // Another connection renames the table, as another tool would.
        const auto renameTable = [&path](const QString &from, const QString &to) {
            bool renamed = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
                db.setDatabaseName(path);
                renamed = db.open()
                        && QSqlQuery(db).exec(u"ALTER TABLE %1 RENAME TO %2"_s.arg(from, to));
            }
            QSqlDatabase::removeDatabase(u"other"_s);
            return renamed;
        };
        QVERIFY(renameTable(u"exchanges"_s, u"moved"_s));
        net::Exchange made;
        made.startedAt = QDateTime::currentDateTimeUtc();
        made.method = "GET";
        made.url = QUrl(u"http://127.0.0.1/kept"_s);
        made.status = 200;
        history.record(made);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(u"exchanges"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(recorded.count(), 0);
        QVERIFY(renameTable(u"moved"_s, u"exchanges"_s));
        QVERIFY(history.flush());
        QCOMPARE(recorded.count(), 1);
        const auto entries = history.query({});
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().url, u"http://127.0.0.1/kept"_s);
    }

    void lockedDatabaseIsWaitedFor()
    {
        // Another process holding the write lock for a while: open waits for it, nothing is
        // moved aside, the rows are all there and a new one is recorded.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            store::HistoryStore history;
            QVERIFY(history.open(path));
            net::Session session;
            history.record(testsupport::getOne(session, m_nginx.http(u"/"_s)));
            QVERIFY(history.flush());
        }
        std::atomic<bool> locked = false;
        std::thread holder([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
                locked = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                QVERIFY(query.exec(u"COMMIT"_s));
            }
            QSqlDatabase::removeDatabase(u"holder"_s);
        });
        while (!locked)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        store::HistoryStore history;
        const auto opened = history.open(path);
        holder.join();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(history.notice().isEmpty());
        QVERIFY(QDir(dir.path()).entryList({u"*.corrupt-*"_s}).isEmpty());
        const auto entries = history.query({});
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
