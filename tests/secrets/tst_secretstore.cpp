// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/support/with-keyring.sh), and without one.
#include "secrets/secretstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tether::secrets::SecretStore;

class TestSecretStore : public QObject
{
    Q_OBJECT

    // A child of this test without a session bus (none autolaunched either), running a probe.
    static QProcessEnvironment probeEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.remove(u"DISPLAY"_s);
        environment.insert(u"TETHER_SECRET_PROBE"_s, u"1"_s);
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
            && qEnvironmentVariableIsEmpty("TETHER_SECRET_PROBE"))
            QFAIL("run through tests/support/with-keyring.sh (ctest does)");
    }

    void storeReadDelete()
    {
        SecretStore store;
        const QString value = u"pa55 wörd with spaces\nand a newline"_s;
        auto written = store.write(u"collection-1"_s, u"token"_s, value);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        auto read = store.read(u"collection-1"_s, u"token"_s);
        QVERIFY(read);
        QCOMPARE(read.value(), value);
        // Keyed by collection: another collection's "token" is another secret.
        auto other = store.read(u"collection-2"_s, u"token"_s);
        QVERIFY(!other);
        QCOMPARE(other.error().code, u"not-found"_s);
        QVERIFY(store.remove(u"collection-1"_s, u"token"_s));
        auto gone = store.read(u"collection-1"_s, u"token"_s);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, u"not-found"_s);
        QVERIFY(store.remove(u"collection-1"_s, u"token"_s)); // deleting twice is fine
    }

    void overwrite()
    {
        SecretStore store;
        QVERIFY(store.write(u"c"_s, u"k"_s, u"one"_s));
        QVERIFY(store.write(u"c"_s, u"k"_s, u"two"_s));
        QCOMPARE(store.read(u"c"_s, u"k"_s).value(), u"two"_s);
        QVERIFY(store.remove(u"c"_s, u"k"_s));
    }

    void sessionOnlyValue()
    {
        SecretStore store;
        store.keepForSession(u"c"_s, u"temp"_s, u"memory-only"_s);
        QCOMPARE(store.read(u"c"_s, u"temp"_s).value(), u"memory-only"_s);
        SecretStore another; // a new process would not see it either
        QVERIFY(!another.read(u"c"_s, u"temp"_s));
    }

    void noKeychainIsExplained()
    {
        // A child without a session bus: QtKeychain cannot reach any Secret Service.
        QProcess child;
        child.setProcessEnvironment(probeEnvironment());
        child.start(QCoreApplication::applicationFilePath(), {u"probeWithoutKeychain"_s});
        QVERIFY(child.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
    }

    void probeWithoutKeychain()
    {
        if (qEnvironmentVariableIsEmpty("TETHER_SECRET_PROBE"))
            QSKIP("runs in the child process of noKeychainIsExplained");
        SecretStore store;
        auto written = store.write(u"c"_s, u"k"_s, u"v"_s);
        QVERIFY(!written);
        QCOMPARE(written.error().code, u"no-keychain"_s);
        QVERIFY(written.error().message.contains(u"Secret Service"_s));
        QVERIFY(SecretStore::couldNotStore(written.error()));
    }

    // A session bus whose gnome-keyring has no login collection (never unlocked, no prompt
    // without a display): the write fails otherwise than "no keychain", and is still one the
    // user may answer by keeping the value for this run.
    void keyringWithoutLoginCollectionCannotStore()
    {
        QTemporaryDir home;
        QProcess child;
        QProcessEnvironment environment = probeEnvironment();
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, home.path());
        child.setProcessEnvironment(environment);
        child.start(u"dbus-run-session"_s,
                    {u"--"_s, QCoreApplication::applicationFilePath(),
                     u"probeKeyringWithoutLoginCollection"_s});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"PASS   : TestSecretStore::probeKeyringWithoutLoginCollection"_s),
                 qPrintable(output));
    }

    void probeKeyringWithoutLoginCollection()
    {
        if (qEnvironmentVariableIsEmpty("TETHER_SECRET_PROBE"))
            QSKIP("runs in the child process of keyringWithoutLoginCollectionCannotStore");
        SecretStore store;
        auto written = store.write(u"c"_s, u"k"_s, u"v"_s);
        QVERIFY(!written);
        QVERIFY2(written.error().code != u"no-keychain"_s, qPrintable(written.error().message));
        QVERIFY2(SecretStore::couldNotStore(written.error()), qPrintable(written.error().code));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
