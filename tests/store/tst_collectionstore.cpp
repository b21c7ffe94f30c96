// Collections on disk: deterministic, merge-friendly files; atomic saves; parse errors with
// lines; unknown fields kept; nothing overwritten that could not be read.
#include "secrets/secretstore.h"
#include "store/authsecrets.h"
#include "store/collectionstore.h"
#include "store/environmentstore.h"
#include "store/jsonfile.h"
#include "store/requestresolver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

// A device that accepts `budget` bytes and then fails, to exercise every save path.
class FailingDevice : public QBuffer
{
public:
    explicit FailingDevice(qint64 budget) : m_budget(budget) { }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (length > m_budget) {
            setErrorString(u"disk full (simulated)"_s);
            return -1;
        }
        m_budget -= length;
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_budget;
};

class TestCollectionStore : public QObject
{
    Q_OBJECT

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static store::SavedRequest sampleRequest()
    {
        store::SavedRequest saved;
        saved.path = u"users/create"_s;
        saved.name = u"Create user"_s;
        saved.notes = u"Creates a user; needs {{token}}."_s;
        core::Request &request = saved.request;
        request.method = u"POST"_s;
        request.url = u"{{base}}/users"_s;
        request.params = {{u"dry-run"_s, u"1"_s, false}};
        request.headers
                = {{u"Accept"_s, u"application/json"_s, true}, {u"X-Trace"_s, u"on"_s, false}};
        request.body.mode = core::BodyMode::Json;
        request.body.text = u"{\n  \"name\": \"Grüße\"\n}"_s;
        request.auth.type = core::AuthType::Bearer;
        request.auth.token = u"{{token}}"_s;
        return saved;
    }

private Q_SLOTS:
    void roundTripIsByteIdentical()
    {
        QTemporaryDir dir;
        auto collection = store::CollectionStore::openOrCreate(dir.path(), u"My API"_s);
        QVERIFY(collection);
        auto file = store::CollectionStore::saveRequest(dir.path(), sampleRequest());
        QVERIFY(file);
        const QByteArray first = readAll(file.value());
        QVERIFY(first.endsWith("}\n"));
        QVERIFY(first.contains("\n  \"method\": \"POST\",\n")); // 2-space indent
        QVERIFY(QString::fromUtf8(first).contains(u"Grüße"_s)); // UTF-8, not escaped

        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY(loaded);
        const store::SavedRequest *request = loaded.value().findRequest(u"users/create"_s);
        QVERIFY(request);
        QCOMPARE(request->request, sampleRequest().request);
        QCOMPARE(request->name, u"Create user"_s);
        QCOMPARE(request->notes, sampleRequest().notes);
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), *request));
        QCOMPARE(readAll(file.value()), first);
        const QByteArray collectionFile = readAll(dir.filePath(u"collection.json"_s));
        QVERIFY(store::CollectionStore::saveCollection(loaded.value()));
        QCOMPARE(readAll(dir.filePath(u"collection.json"_s)), collectionFile);
    }

    void renamingAHeaderChangesOneLine()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), {}));
        store::SavedRequest saved = sampleRequest();
        auto file = store::CollectionStore::saveRequest(dir.path(), saved);
        const QList<QByteArray> before = readAll(file.value()).split('\n');
        saved.request.headers[0].name = u"Accept-Language"_s;
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), saved));
        const QList<QByteArray> after = readAll(file.value()).split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (int i = 0; i < before.size(); ++i)
            changed += before[i] != after[i];
        QCOMPARE(changed, 1);
    }

    void unknownFieldsSurvive()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), {}));
        const QString path = dir.filePath(u"ping.request.json"_s);
        writeAll(path,
                 "{\"format\":\"tether-request\",\"version\":1,\"method\":\"GET\",\"url\":\"http://"
                 "h/\","
                 "\"x-future\":{\"retries\":3},\"name\":\"ping\"}");
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY(loaded);
        store::SavedRequest request = *loaded.value().findRequest(u"ping"_s);
        request.request.url = u"http://h/ping"_s;
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), request));
        const QByteArray saved = readAll(path);
        QVERIFY2(saved.contains("\"x-future\": {\n    \"retries\": 3\n  }"), saved.constData());
        QVERIFY(saved.contains("http://h/ping"));
    }

    void parseErrorNamesLineAndNeverOverwrites()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), {}));
        const QString path = dir.filePath(u"users/broken.request.json"_s);
        const QByteArray broken
                = "{\n  \"method\": \"GET\",\n  \"url\": \"http://h/\"\n  \"name\": \"x\"\n}\n";
        writeAll(path, broken);
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"broken.request.json:4:"_s),
                 qPrintable(loaded.error().message));
        store::SavedRequest request;
        request.path = u"users/broken"_s;
        request.request.url = u"http://h/"_s;
        auto saved = store::CollectionStore::saveRequest(dir.path(), request);
        QVERIFY(!saved);
        QCOMPARE(readAll(path), broken); // untouched
    }

    void newerFormatIsRefused()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(u"collection.json"_s),
                 "{\"format\":\"tether-collection\",\"version\":99,\"id\":\"x\",\"name\":\"n\"}");
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(u"newer Tether"_s));
        QVERIFY(!store::CollectionStore::load(dir.filePath(u"missing"_s)));
    }

    void failingWriteKeepsNothingHalfDone()
    {
        FailingDevice device(10);
        QVERIFY(device.open(QIODevice::WriteOnly));
        auto written = store::JsonFile::writeTo(device, u"x.json"_s,
                                                QJsonObject{{u"a"_s, u"long enough to fail"_s}});
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(u"disk full"_s));

        // Through QSaveFile: a failure leaves the previous file as it was.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"readonly/file.json"_s);
        QVERIFY(store::JsonFile::write(path, QJsonObject{{u"v"_s, 1}}));
        const QByteArray before = readAll(path);
        QFile::setPermissions(dir.filePath(u"readonly"_s), QFile::ReadOwner | QFile::ExeOwner);
        auto failed = store::JsonFile::write(path, QJsonObject{{u"v"_s, 2}});
        QFile::setPermissions(dir.filePath(u"readonly"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (failed) // root ignores directory permissions
            QSKIP("running as root: the directory stays writable");
        QCOMPARE(readAll(path), before);
    }

    void killedMidSaveLeavesOldFileIntact()
    {
        // tether-run save writes through QSaveFile; SIGKILL it at random moments while it
        // rewrites a 2 MB request, then check that the file always parses.
        QTemporaryDir dir;
        const QString target = dir.filePath(u"api/big/req"_s);
        const QString tetherRun = QStringLiteral(TETHER_RUN_PATH);
        QByteArray data(2 * 1024 * 1024, 'a');
        const QString dataFile = dir.filePath(u"data.txt"_s);
        writeAll(dataFile, data);
        QProcess first;
        first.start(tetherRun,
                    {u"save"_s, target, u"-d"_s, u"@"_s + dataFile, u"http://127.0.0.1/"_s});
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
        const QString file = dir.filePath(u"api/big/req.request.json"_s);
        for (int round = 0; round < 12; ++round) {
            QProcess save;
            save.start(tetherRun,
                       {u"save"_s, target, u"-d"_s, u"@"_s + dataFile,
                        u"http://127.0.0.1/round"_s + QString::number(round)});
            QVERIFY(save.waitForStarted());
            QTest::qSleep(2 + round * 3);
            save.kill();
            save.waitForFinished();
            auto parsed = store::JsonFile::read(file);
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
            QCOMPARE(parsed.value().value(u"body"_s).toObject().value(u"text"_s).toString().size(),
                     data.size());
        }
        // No temporary files are left behind next to it.
        const QStringList leftovers = QDir(dir.filePath(u"api/big"_s)).entryList(QDir::Files);
        QCOMPARE(leftovers, QStringList{u"req.request.json"_s});
    }

    void inheritanceAndEnvironments()
    {
        QTemporaryDir dir;
        auto created = store::CollectionStore::openOrCreate(dir.path(), u"api"_s);
        QVERIFY(created);
        store::Collection collection = created.value();
        collection.variables = {{u"base"_s, u"http://collection"_s, true, false},
                                {u"who"_s, u"collection"_s, true, false}};
        collection.root.headers = {{u"X-Team"_s, u"core"_s, true}, {u"Accept"_s, u"*/*"_s, true}};
        collection.root.auth.type = core::AuthType::Bearer;
        collection.root.auth.token = u"{{token}}"_s;
        QVERIFY(store::CollectionStore::saveCollection(collection));
        store::CollectionFolder folder;
        folder.name = u"users"_s;
        folder.path = u"users"_s;
        folder.headers = {{u"X-Team"_s, u"users"_s, true}};
        QVERIFY(store::CollectionStore::saveFolder(dir.path(), folder));
        store::SavedRequest saved;
        saved.path = u"users/list"_s;
        saved.request.url = u"{{base}}/users?by={{who}}"_s;
        saved.request.headers = {{u"Accept"_s, u"application/json"_s, true}};
        saved.request.auth.type = core::AuthType::Inherit;
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), saved));
        QVERIFY(store::EnvironmentStore::save(
                dir.path(), {u"staging"_s, {{u"base"_s, u"http://staging"_s, true, false}}, {}}));

        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY(loaded);
        QCOMPARE(loaded.value().environments, QStringList{u"staging"_s});
        auto environment = store::EnvironmentStore::load(dir.path(), u"staging"_s);
        QVERIFY(environment);
        const store::Environment globals{
                u"globals"_s,
                {{u"who"_s, u"global"_s, true, false}, {u"token"_s, u"t0"_s, true, false}},
                {}};
        auto resolved = store::RequestResolver::resolve(loaded.value(), u"users/list"_s,
                                                        &environment.value(), globals, nullptr);
        QVERIFY(resolved);
        auto request = resolved.value().variables.resolve(resolved.value().request);
        QVERIFY(request);
        // environment > collection > globals
        QCOMPARE(request.value().url, u"http://staging/users?by=collection"_s);
        QCOMPARE(request.value().headerValue(u"X-Team"_s), u"users"_s); // folder wins
        QCOMPARE(request.value().headerValue(u"Accept"_s), u"application/json"_s); // request wins
        QCOMPARE(request.value().auth.type, core::AuthType::Bearer); // inherited
        QCOMPARE(request.value().auth.token, u"t0"_s);
    }

    void secretVariablesHaveNoValueInFiles()
    {
        QTemporaryDir dir;
        auto created = store::CollectionStore::openOrCreate(dir.path(), {});
        store::Collection collection = created.value();
        collection.variables = {{u"token"_s, u"do-not-write-me"_s, true, true}};
        QVERIFY(store::CollectionStore::saveCollection(collection));
        QVERIFY(!readAll(dir.filePath(u"collection.json"_s)).contains("do-not-write-me"));
        QVERIFY(readAll(dir.filePath(u"collection.json"_s)).contains("\"secret\": true"));
        auto resolved = store::RequestResolver::variables(
                store::CollectionStore::load(dir.path()).value(), nullptr, {}, nullptr);
        QVERIFY(!resolved); // a secret without a keychain is an error, never a silent blank
        QVERIFY(resolved.error().message.contains(u"{{token}}"_s));
    }

    void authSecretsWithoutKeychain()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no Secret Service for this process
        qunsetenv("DISPLAY");
        QTemporaryDir dir;
        store::Collection collection = store::CollectionStore::openOrCreate(dir.path(), {}).value();
        store::SavedRequest saved;
        saved.path = u"login"_s;
        saved.request.url = u"http://h/"_s;
        saved.request.auth.type = core::AuthType::Basic;
        saved.request.auth.username = u"ada"_s;
        saved.request.auth.password = u"typed-SECRET"_s;
        secrets::SecretStore secretStore;
        auto refused = store::AuthSecrets::extract(collection, saved, secretStore);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"no-keychain"_s);
        QVERIFY(collection.variables.isEmpty());

        auto kept = store::AuthSecrets::extract(collection, saved, secretStore, true);
        QVERIFY(kept);
        QCOMPARE(kept.value().request.auth.password, u"{{login.password}}"_s);
        QCOMPARE(collection.variables.size(), 1);
        QVERIFY(collection.variables.first().secret);
        QCOMPARE(secretStore.read(collection.id, u"login.password"_s).value(), u"typed-SECRET"_s);
        auto file = store::CollectionStore::saveRequest(dir.path(), kept.value());
        QVERIFY(file);
        QVERIFY(!readAll(file.value()).contains("typed-SECRET"));
        // A reference is left alone.
        saved.request.auth.password = u"{{pw}}"_s;
        QCOMPARE(store::AuthSecrets::extract(collection, saved, secretStore)
                         .value()
                         .request.auth.password,
                 u"{{pw}}"_s);
    }

    void safeNames()
    {
        QCOMPARE(store::CollectionStore::safeFileName(u"Get users?"_s), u"Get users-"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"a/b\\c"_s), u"a-b-c"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u".."_s), u"untitled"_s);
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), {}));
        store::SavedRequest escape;
        escape.path = u"../outside"_s;
        QVERIFY(!store::CollectionStore::saveRequest(dir.path(), escape));
    }
};

QTEST_GUILESS_MAIN(TestCollectionStore)
#include "tst_collectionstore.moc"
