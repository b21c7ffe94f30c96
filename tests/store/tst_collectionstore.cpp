// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

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
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

    static core::SavedRequest sampleRequest()
    {
        core::SavedRequest saved;
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
        const core::SavedRequest *request = loaded.value().findRequest(u"users/create"_s);
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
        core::SavedRequest saved = sampleRequest();
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
        core::SavedRequest request = *loaded.value().findRequest(u"ping"_s);
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
        core::SavedRequest request;
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
        core::Collection collection = created.value();
        collection.variables = {{u"base"_s, u"http://collection"_s, true, false},
                                {u"who"_s, u"collection"_s, true, false}};
        collection.root.headers = {{u"X-Team"_s, u"core"_s, true}, {u"Accept"_s, u"*/*"_s, true}};
        collection.root.auth.type = core::AuthType::Bearer;
        collection.root.auth.token = u"{{token}}"_s;
        QVERIFY(store::CollectionStore::saveCollection(collection));
        core::CollectionFolder folder;
        folder.name = u"users"_s;
        folder.path = u"users"_s;
        folder.headers = {{u"X-Team"_s, u"users"_s, true}};
        QVERIFY(store::CollectionStore::saveFolder(dir.path(), folder));
        core::SavedRequest saved;
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
        const core::Environment globals{
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
        core::Collection collection = created.value();
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
        core::Collection collection = store::CollectionStore::openOrCreate(dir.path(), {}).value();
        core::SavedRequest saved;
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
        QCOMPARE(store::CollectionStore::safeFileName(u".."_s), u"--"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"   "_s), u"untitled"_s);
        // Never hidden (a leading dot kept ".x" out of every listing).
        QCOMPARE(store::CollectionStore::safeFileName(u".x"_s), u"-x"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"a..b"_s), u"a..b"_s);
        // Names Windows reserves, alone or before an extension, and its trailing dots.
        QCOMPARE(store::CollectionStore::safeFileName(u"CON"_s), u"CON_"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"aux"_s), u"aux_"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"nul.txt"_s), u"nul_.txt"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"Com1.json"_s), u"Com1_.json"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"console"_s), u"console"_s);
        QCOMPARE(store::CollectionStore::safeFileName(u"v1. "_s), u"v1"_s);
        // At most 200 bytes of UTF-8, cut between characters (a 300-character name failed an
        // import half-way).
        const QString longName
                = QString(150, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80").repeated(50);
        const QString cut = store::CollectionStore::safeFileName(longName);
        QVERIFY(cut.toUtf8().size() <= store::CollectionStore::maximumNameBytes);
        QVERIFY(cut.toUtf8().size() >= store::CollectionStore::maximumNameBytes - 3);
        QVERIFY(!cut.back().isHighSurrogate());
        QCOMPARE(QString::fromUtf8(cut.toUtf8()), cut);
        // Numbers survive the cut, so "name (2)" is another file than "name".
        QCOMPARE(store::CollectionStore::numberedName(longName, 1), longName);
        const QString second = store::CollectionStore::safeFileName(
                store::CollectionStore::numberedName(longName, 2));
        const QString hundredth = store::CollectionStore::safeFileName(
                store::CollectionStore::numberedName(longName, 100));
        QVERIFY2(second.endsWith(u" (2)"_s), qPrintable(second));
        QVERIFY2(hundredth.endsWith(u" (100)"_s), qPrintable(hundredth));
        QVERIFY(second.toUtf8().size() <= store::CollectionStore::maximumNameBytes);
        QVERIFY(hundredth.toUtf8().size() <= store::CollectionStore::maximumNameBytes);
        QCOMPARE(store::CollectionStore::safeFileName(
                         store::CollectionStore::numberedName(u"NUL."_s + QString(300, u'x'), 7))
                         .right(4),
                 u" (7)"_s);
        // A device name left once trailing dots and spaces go is still renamed.
        QCOMPARE(store::CollectionStore::safeFileName(u"NUL ."_s), u"NUL_"_s);
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), {}));
        core::SavedRequest escape;
        escape.path = u"../outside"_s;
        QVERIFY(!store::CollectionStore::saveRequest(dir.path(), escape));
    }

    // A request or folder whose name starts with a dot is saved and read back; so are hidden
    // request files written by hand or by an older Tether, and hidden folders it wrote.
    void dotNamedRequestsAndFoldersLoad()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), u"c"_s));
        for (const QString &name : {u".x"_s, u".env/.token"_s}) {
            core::SavedRequest request;
            request.name = name.section(u'/', -1);
            QStringList parts;
            for (const QString &part : name.split(u'/'))
                parts.append(store::CollectionStore::safeFileName(part));
            request.path = parts.join(u'/');
            request.request.url = u"http://127.0.0.1/"_s + name;
            QVERIFY(store::CollectionStore::saveRequest(dir.path(), request));
        }
        // By hand: a hidden request file, and a hidden folder holding a folder.json.
        QVERIFY(store::JsonFile::write(dir.filePath(u".old.request.json"_s),
                                       QJsonObject{{u"format"_s, u"tether-request"_s},
                                                   {u"url"_s, u"http://127.0.0.1/old"_s}}));
        QVERIFY(store::JsonFile::write(dir.filePath(u".kept/folder.json"_s),
                                       QJsonObject{{u"format"_s, u"tether-folder"_s}}));
        QVERIFY(store::JsonFile::write(dir.filePath(u".kept/in.request.json"_s),
                                       QJsonObject{{u"format"_s, u"tether-request"_s},
                                                   {u"url"_s, u"http://127.0.0.1/in"_s}}));
        // .git and friends (no folder.json) stay out.
        QVERIFY(QDir().mkpath(dir.filePath(u".git/objects"_s)));
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QStringList names;
        core::CollectionFolder root = loaded.value().root;
        std::function<void(const core::CollectionFolder &)> walk
                = [&](const core::CollectionFolder &folder) {
                      for (const auto &request : folder.requests)
                          names.append(request.name);
                      for (const auto &child : folder.folders)
                          walk(child);
                  };
        walk(root);
        names.sort();
        QCOMPARE(names, (QStringList{u".old"_s, u".token"_s, u".x"_s, u"in"_s}));
        QCOMPARE(root.folders.size(), 2); // -env and .kept, no .git
    }

    // Links that would loop, or multiply folders without end, are errors naming the link;
    // a link to a folder outside the collection is read (a shared folder).
    void symbolicLinkLoopsAreErrors()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), u"c"_s));
        QVERIFY(store::JsonFile::write(dir.filePath(u"a/r.request.json"_s),
                                       QJsonObject{{u"format"_s, u"tether-request"_s}}));
        QTemporaryDir shared;
        QVERIFY(store::JsonFile::write(shared.filePath(u"s.request.json"_s),
                                       QJsonObject{{u"format"_s, u"tether-request"_s}}));
        QVERIFY(QFile::link(shared.path(), dir.filePath(u"shared"_s)));
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().root.folders.size(), 2);

        QVERIFY(QFile::link(u".."_s, dir.filePath(u"a/up"_s)));
        auto looped = store::CollectionStore::load(dir.path());
        QVERIFY(!looped);
        QCOMPARE(looped.error().code, u"link-loop"_s);
        QVERIFY2(looped.error().message.contains(dir.filePath(u"a/up"_s)),
                 qPrintable(looped.error().message));
        QVERIFY(QFile::remove(dir.filePath(u"a/up"_s)));

        // Two links to one folder, each holding two more: 2^n paths without a loop.
        QVERIFY(QFile::link(dir.filePath(u"a"_s), dir.filePath(u"b1"_s)));
        QVERIFY(QFile::link(dir.filePath(u"a"_s), dir.filePath(u"b2"_s)));
        auto twice = store::CollectionStore::load(dir.path());
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"link-loop"_s);
        QVERIFY(QFile::remove(dir.filePath(u"b1"_s)) && QFile::remove(dir.filePath(u"b2"_s)));

        QVERIFY(QFile::link(dir.filePath(u"gone"_s), dir.filePath(u"dangling.request.json"_s)));
        auto dangling = store::CollectionStore::load(dir.path());
        QVERIFY(!dangling);
        QVERIFY(dangling.error().message.contains(u"dangling.request.json"_s));
    }

    // A folder or request file that is a link out of the collection is read, never written
    // through (save wrote outside it); links that stay inside are written as usual.
    void writesNeverFollowALinkOut()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        auto created = store::CollectionStore::openOrCreate(dir.path(), u"c"_s);
        QVERIFY(created);
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"shared"_s)));
        QVERIFY(QFile::link(outside.filePath(u"x.json"_s), dir.filePath(u"r.request.json"_s)));
        QVERIFY(QDir().mkpath(dir.filePath(u"real"_s)));
        QVERIFY(QFile::link(dir.filePath(u"real"_s), dir.filePath(u"alias"_s)));
        for (const QString &path : {u"shared/new"_s, u"shared/deeper/new"_s, u"r"_s}) {
            core::SavedRequest request;
            request.path = path;
            auto saved = store::CollectionStore::saveRequest(dir.path(), request);
            QVERIFY2(!saved, qPrintable(path));
            QCOMPARE(saved.error().code, u"outside-collection"_s);
        }
        core::CollectionFolder folder;
        folder.path = u"shared"_s;
        QVERIFY(!store::CollectionStore::saveFolder(dir.path(), folder));
        core::Environment environment;
        environment.name = u"dev"_s;
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"environments"_s)));
        QVERIFY(!store::EnvironmentStore::save(dir.path(), environment));
        QCOMPARE(QDir(outside.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        core::SavedRequest inside;
        inside.path = u"alias/ok"_s;
        QVERIFY(store::CollectionStore::saveRequest(dir.path(), inside));
        QVERIFY(QFileInfo::exists(dir.filePath(u"real/ok.request.json"_s)));
    }

    // A FIFO named like a request would block the loader forever; it is an error at once.
    void fifoInACollectionIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), u"c"_s));
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {dir.filePath(u"pipe.request.json"_s)}), 0);
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"pipe.request.json"_s),
                 qPrintable(loaded.error().message));
    }

    // 256 levels load; deeper is an error naming the folder, never a silent cut.
    void foldersNestUpTo256Levels()
    {
        QTemporaryDir dir;
        QVERIFY(store::CollectionStore::openOrCreate(dir.path(), u"c"_s));
        QString path = dir.path();
        for (int level = 0; level < core::maximumFolderDepth; ++level)
            path += u"/d"_s;
        QVERIFY(store::JsonFile::write(path + u"/deep.request.json"_s,
                                       QJsonObject{{u"format"_s, u"tether-request"_s}}));
        auto loaded = store::CollectionStore::load(dir.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const core::CollectionFolder *folder = &loaded.value().root;
        int depth = 0;
        while (!folder->folders.isEmpty()) {
            folder = &folder->folders.first();
            ++depth;
        }
        QCOMPARE(depth, core::maximumFolderDepth);
        QCOMPARE(folder->requests.size(), 1);

        QVERIFY(store::JsonFile::write(path + u"/d/deeper.request.json"_s,
                                       QJsonObject{{u"format"_s, u"tether-request"_s}}));
        auto tooDeep = store::CollectionStore::load(dir.path());
        QVERIFY(!tooDeep);
        QCOMPARE(tooDeep.error().code, u"too-deep"_s);
    }
};

QTEST_GUILESS_MAIN(TestCollectionStore)
#include "tst_collectionstore.moc"
