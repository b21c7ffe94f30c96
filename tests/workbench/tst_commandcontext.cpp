// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// tether-run's context: each part made on first use and then shared, history opened at the
// access asked for (read-only never creates the file), never written through a read-only handle.
#include "secrets/secretstore.h"
#include "workbench/commandcontext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestCommandContext : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
        QFile::remove(store::HistoryStore::defaultPath());
        QVERIFY(store::HistoryStore::defaultPath().startsWith(m_data.path()));
    }

    void partsAreMadeOnceAndShared()
    {
        workbench::CommandContext context;
        QVERIFY(context.findChildren<QObject *>().isEmpty()); // nothing made before it is asked
        net::Session *session = context.session();
        QVERIFY(session);
        QCOMPARE(context.session(), session);
        secrets::SecretStore *secrets = context.secretStore();
        QVERIFY(secrets);
        QCOMPARE(context.secretStore(), secrets);
        auto history = context.history(store::HistoryStore::Access::ReadWrite);
        QVERIFY(history);
        QCOMPARE(context.history(store::HistoryStore::Access::ReadWrite).value(), history.value());
        // Reading from a read-write history is fine: replay reads the entry it then records to.
        QCOMPARE(context.history(store::HistoryStore::Access::ReadOnly).value(), history.value());
        QVERIFY(QFile::exists(store::HistoryStore::defaultPath()));
    }

    void readOnlyHistoryCreatesNothing()
    {
        workbench::CommandContext context;
        auto missing = context.history(store::HistoryStore::Access::ReadOnly);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"history-missing"_s);
        QVERIFY(!QFile::exists(store::HistoryStore::defaultPath()));
        // The failure is for read-only access only: read-write still creates the database.
        auto created = context.history(store::HistoryStore::Access::ReadWrite);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QVERIFY(QFile::exists(store::HistoryStore::defaultPath()));
    }

    void noWritesThroughAReadOnlyHandle()
    {
        {
            workbench::CommandContext creating;
            QVERIFY(creating.history(store::HistoryStore::Access::ReadWrite));
        }
        workbench::CommandContext context;
        auto reading = context.history(store::HistoryStore::Access::ReadOnly);
        QVERIFY(reading);
        auto writing = context.history(store::HistoryStore::Access::ReadWrite);
        QVERIFY(!writing);
        QCOMPARE(writing.error().code, u"history-read-only"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandContext)
#include "tst_commandcontext.moc"
