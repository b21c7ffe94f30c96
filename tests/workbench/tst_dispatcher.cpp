// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The one place a request is prepared and sent: variables in precedence order (globals <
// collection < environment < overrides), collection headers inherited, body files confined to
// the collection, the caller's tag back in the finished exchange, and when variables are read.
#include "nginxfixture.h"

#include "net/session.h"
#include "store/collectionstore.h"
#include "store/environmentstore.h"
#include "workbench/dispatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestDispatcher : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;
    QTemporaryDir m_dir;
    core::Collection m_collection;

    static core::Variable variable(const QString &name, const QString &value)
    {
        core::Variable made;
        made.name = name;
        made.value = value;
        return made;
    }

    static void saveEnvironment(const QString &dir, const QString &layer)
    {
        core::Environment environment;
        environment.name = u"dev"_s;
        environment.variables = {variable(u"layer"_s, layer)};
        QVERIFY(store::EnvironmentStore::save(dir, environment));
    }

    // Sends through the dispatcher and waits for the exchange.
    static net::Exchange sent(workbench::Dispatcher &dispatcher, const store::Outgoing &outgoing)
    {
        QSignalSpy finished(dispatcher.session(), &net::Session::exchangeFinished);
        auto id = dispatcher.send(outgoing);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return {};
        }
        if (!finished.wait(5000))
            return {};
        return finished.first().first().value<net::Exchange>();
    }

    static QString bodyOf(const net::Exchange &exchange)
    {
        return exchange.body ? QString::fromUtf8(exchange.body->read()) : QString();
    }

    store::Outgoing echo(const QString &headerValue) const
    {
        store::Outgoing outgoing;
        outgoing.request.url = m_nginx.http(u"/echo-headers"_s);
        outgoing.request.headers.append({u"X-Test"_s, headerValue});
        outgoing.collection = &m_collection;
        outgoing.path = u"echo"_s;
        return outgoing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        core::Environment globals;
        globals.variables = {variable(u"layer"_s, u"global"_s), variable(u"onlyGlobal"_s, u"g"_s)};
        QVERIFY(store::EnvironmentStore::saveGlobals(globals));
        const QString dir = m_dir.filePath(u"api"_s);
        auto created = store::CollectionStore::openOrCreate(dir, u"API"_s);
        QVERIFY(created);
        m_collection = created.value();
        m_collection.variables = {variable(u"layer"_s, u"collection"_s)};
        m_collection.root.headers.append({u"Cookie"_s, u"from={{layer}}"_s});
        QVERIFY(store::CollectionStore::saveCollection(m_collection));
        saveEnvironment(dir, u"environment"_s);
    }

    void variablesTakeTheNearestLayer()
    {
        net::Session session;
        workbench::Dispatcher dispatcher(&session, nullptr);
        store::Outgoing outgoing = echo(u"{{layer}}+{{onlyGlobal}}"_s);
        auto prepared = dispatcher.prepare(outgoing);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        QCOMPARE(prepared.value().variables.value(u"layer"_s), u"collection"_s);
        outgoing.environment = u"dev"_s;
        QCOMPARE(dispatcher.prepare(outgoing).value().variables.value(u"layer"_s),
                 u"environment"_s);
        outgoing.overrides = {{u"layer"_s, u"row"_s}, {u"layer"_s, u"extracted"_s}};
        const net::Exchange exchange = sent(dispatcher, outgoing);
        QVERIFY(exchange.succeeded());
        // On the wire: the last override, the globals below, and the collection's header
        // inherited with the same variables.
        QCOMPARE(bodyOf(exchange).section(u';', 0, 0), u"x-test=extracted+g"_s);
        QVERIFY2(bodyOf(exchange).contains(u"cookie=from=extracted;"_s),
                 qPrintable(bodyOf(exchange)));
        QCOMPARE(exchange.context.collectionDir, m_collection.dir);
        QCOMPARE(exchange.context.environment, u"dev"_s);

        // Outside a collection only the plain globals apply, and nothing is inherited.
        store::Outgoing loose = echo(u"{{layer}}"_s);
        loose.collection = nullptr;
        const net::Exchange looseExchange = sent(dispatcher, loose);
        QVERIFY2(bodyOf(looseExchange).startsWith(u"x-test=global;"_s),
                 qPrintable(bodyOf(looseExchange)));
        QVERIFY(bodyOf(looseExchange).contains(u"cookie=;"_s));
        QVERIFY(looseExchange.context.collectionDir.isEmpty());
    }

    void theCallersTagComesBackWithTheExchange()
    {
        net::Session session;
        workbench::Dispatcher dispatcher(&session, nullptr);
        store::Outgoing outgoing = echo(u"tagged"_s);
        outgoing.tag = u"tab 7"_s;
        outgoing.recordHistory = false;
        const net::Exchange exchange = sent(dispatcher, outgoing);
        QCOMPARE(exchange.context.tag.toString(), u"tab 7"_s);
        QCOMPARE(exchange.context.recordHistory, false);
        QVERIFY(!sent(dispatcher, echo(u"untagged"_s)).context.tag.isValid());
    }

    void bodyFilesOutsideTheCollectionNeedPermission()
    {
        QTemporaryDir elsewhere;
        QFile outside(elsewhere.filePath(u"secret.txt"_s));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("outside\n");
        outside.close();
        net::Session session;
        workbench::Dispatcher dispatcher(&session, nullptr);
        store::Outgoing outgoing;
        outgoing.request.method = u"POST"_s;
        outgoing.request.url = m_nginx.http(u"/post"_s);
        outgoing.request.body.mode = core::BodyMode::BinaryFile;
        outgoing.request.body.filePath = outside.fileName();
        outgoing.collection = &m_collection;
        auto refused = dispatcher.send(outgoing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"outside-file"_s);
        QCOMPARE(session.inFlightCount(), 0); // nothing went out
        outgoing.allowOutsideFiles = true;
        const net::Exchange exchange = sent(dispatcher, outgoing);
        QVERIFY2(bodyOf(exchange).contains(u"length=8"_s), qPrintable(bodyOf(exchange)));
    }

    // The window reads variables for every send (an edited environment counts at once); a run
    // or `send` reads them once.
    void variablesAreReadEachSendOrOnce()
    {
        net::Session session;
        workbench::Dispatcher eachSend(&session, nullptr);
        workbench::Dispatcher once(&session, nullptr, workbench::Dispatcher::VariableReads::Once);
        store::Outgoing outgoing = echo(u"{{layer}}"_s);
        outgoing.environment = u"dev"_s;
        QCOMPARE(eachSend.prepare(outgoing).value().variables.value(u"layer"_s), u"environment"_s);
        QCOMPARE(once.prepare(outgoing).value().variables.value(u"layer"_s), u"environment"_s);
        saveEnvironment(m_collection.dir, u"edited"_s);
        QCOMPARE(eachSend.prepare(outgoing).value().variables.value(u"layer"_s), u"edited"_s);
        QCOMPARE(once.prepare(outgoing).value().variables.value(u"layer"_s), u"environment"_s);
        saveEnvironment(m_collection.dir, u"environment"_s);
    }

    void aMissingEnvironmentIsSaidAndNothingIsSent()
    {
        net::Session session;
        workbench::Dispatcher dispatcher(&session, nullptr);
        store::Outgoing outgoing = echo(u"x"_s);
        outgoing.environment = u"prod"_s;
        auto refused = dispatcher.send(outgoing);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"prod"_s), qPrintable(refused.error().message));
        QCOMPARE(session.inFlightCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
