// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// tether-run import and export as a user runs them: exit codes, what lands in the collection,
// secrets in the (real) keychain and not in files, history from a HAR, exports that read back.
#include "nginxfixture.h"
#include "store/collectionstore.h"
#include "store/environmentstore.h"
#include "store/requestcodec.h"
#include "tetherrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tether;

namespace {

using Run = testsupport::ProcessResult;

Run run(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return testsupport::runProgram(QStringLiteral(TETHER_RUN_PATH), arguments, {}, environment);
}

QString corpus(const QString &relative)
{
    return QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
            .filePath(u"../shared/corpus/"_s + relative);
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT
    testsupport::NginxFixture m_nginx;
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }
    void importsPostmanWithEnvironment();
    void typedSecretsGoToTheKeychain();
    void importedCurlPasswordGoesOutResolved();
    void importIntoExistingCollectionMakesAFolder();
    void exitCodes();
    void harHistoryRoundTrip();
    void harCredentialHeadersGoToTheKeychain();
    void exportsReadBack();
    void dotNamedRequestsAreImportedAndRun();
    void importThatCannotCompleteWritesNothing();
    void unreadableFolderIsAnErrorNamingIt();
    void filesOutsideTheCollectionNeedPermission();
};

void TestImportExport::importsPostmanWithEnvironment()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"booker"_s);
    const Run result = run(
            {u"import"_s, corpus(u"postman/restful-booker.postman_collection.json"_s),
             corpus(u"postman/restful-booker.postman_environment.json"_s), u"--into"_s, target});
    QCOMPARE(result.exitCode, 1); // scripts could not be mapped: listed as warnings
    QCOMPARE(result.out.count("→"), 5);
    QVERIFY(result.err.contains(u"warning: Token: test script kept in the notes"_s));
    auto collection = store::CollectionStore::load(target);
    QVERIFY(collection.ok());
    QCOMPARE(collection.value().name, u"APIproject1"_s);
    QCOMPARE(collection.value().root.requests.size(), 5);
    QCOMPARE(collection.value().root.requests.first().name, u"Create Booking"_s); // Postman's order
    QVERIFY(store::EnvironmentStore::load(target, u"APIproject1"_s).ok());
    // The chained token survives as an extraction the runner applies.
    const core::SavedRequest *token = collection.value().findRequest(u"Token"_s);
    QCOMPARE(store::RequestCodec::encodeExtractions(token->extractions)
                     .first()
                     .toObject()
                     .value(u"variable"_s)
                     .toString(),
             u"access_token"_s);
}

void TestImportExport::typedSecretsGoToTheKeychain()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"auth"_s);
    const Run result
            = run({u"import"_s, corpus(u"postman/insomnia-fixture-basic-auth-v2_1-input.json"_s),
                   u"--into"_s, target});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    auto collection = store::CollectionStore::load(target);
    QVERIFY(collection.ok());
    const core::SavedRequest &request = collection.value().root.requests.first();
    QCOMPARE(request.request.auth.type, core::AuthType::Basic);
    QVERIFY(request.request.auth.password.startsWith(u"{{"_s));
    const QString secretName = request.request.auth.password.mid(2).chopped(2);
    const Run secret = run({u"secret"_s, u"get"_s, u"--collection"_s, target, secretName});
    QCOMPARE(secret.exitCode, 0);
    const QByteArray password = secret.out.trimmed();
    QVERIFY(!password.isEmpty());
    QVERIFY2(!testsupport::allFileBytes(target).contains(password), "the password reached a file");
}

void TestImportExport::importedCurlPasswordGoesOutResolved()
{
    // Seen before: the password was stored as the secret "GET -x.password", the resolver did not
    // recognise a name with a space, and {{GET -x.password}} itself went out as the password.
    QTemporaryDir dir;
    QFile command(dir.filePath(u"x.sh"_s));
    QVERIFY(command.open(QIODevice::WriteOnly));
    command.write("curl '" + m_nginx.http(u"/echo-headers"_s).toUtf8() + "' -u 'admin:123'\n");
    command.close();
    const QString target = dir.filePath(u"imported"_s);
    const Run imported = run({u"import"_s, command.fileName(), u"--into"_s, target});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    auto collection = store::CollectionStore::load(target);
    QVERIFY(collection.ok());
    const core::SavedRequest &request = collection.value().root.requests.first();
    const QString reference = request.request.auth.password;
    QVERIFY2(reference.contains(u' '), qPrintable(reference)); // the case that went wrong
    const Run sent = run({u"send"_s, u"--no-history"_s, u"--collection"_s, target, request.path});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    QVERIFY2(sent.out.contains(
                     QByteArray("authorization=Basic " + QByteArray("admin:123").toBase64() + ";")),
             sent.out.constData());
    const Run ran = run({u"run"_s, target, u"--no-history"_s, u"--json"_s});
    QCOMPARE(ran.exitCode, 0);
}

void TestImportExport::importIntoExistingCollectionMakesAFolder()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"api"_s);
    QCOMPARE(run({u"import"_s, corpus(u"curl/insomnia-fixture-url-only-input.sh"_s), u"--into"_s,
                  target})
                     .exitCode,
             0);
    const Run second = run({u"import"_s, corpus(u"http/edge-cases.http"_s), u"--into"_s, target});
    QCOMPARE(second.exitCode, 0);
    auto collection = store::CollectionStore::load(target);
    QVERIFY(collection.ok());
    QCOMPARE(collection.value().root.requests.size(), 1);
    QCOMPARE(collection.value().root.folders.size(), 1);
    QCOMPARE(collection.value().root.folders.first().name, u"edge-cases"_s);
    QCOMPARE(collection.value().root.folders.first().requests.size(), 5);
}

void TestImportExport::exitCodes()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"x"_s);
    const Run broken = run(
            {u"import"_s, corpus(u"curl/insomnia-fixture-no-url-input.sh"_s), u"--into"_s, target});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(broken.err.contains(u"names no URL"_s));
    QCOMPARE(run({u"import"_s, u"/nonexistent/file.json"_s, u"--into"_s, target}).exitCode, 2);
    QCOMPARE(run({u"import"_s, corpus(u"har/chrome_h2_www.nghttp2.org.har"_s)}).exitCode,
             2); // no --into
    QCOMPARE(run({u"import"_s, corpus(u"har/chrome_h2_www.nghttp2.org.har"_s), u"--from"_s,
                  u"word"_s, u"--into"_s, target})
                     .exitCode,
             2);
    const Run forced = run({u"import"_s, corpus(u"http/edge-cases.http"_s), u"--from"_s,
                            u"postman"_s, u"--into"_s, target});
    QCOMPARE(forced.exitCode, 2);
    const Run dry = run({u"import"_s, u"--dry-run"_s, corpus(u"bruno/directus-yaml"_s)});
    QCOMPARE(dry.exitCode, 1); // websocket requests are listed as not imported
    QCOMPARE(dry.out.count("→"), 205);
    QCOMPARE(run({u"export"_s, target, u"--format"_s, u"word"_s}).exitCode, 2);
    QCOMPARE(run({u"export"_s, u"/nonexistent"_s, u"--format"_s, u"curl"_s}).exitCode, 2);
}

void TestImportExport::harCredentialHeadersGoToTheKeychain()
{
    // A browser's HAR with the credentials it sent (a corpus file, with an Authorization and a
    // Cookie header added to its first request): neither reaches the collection's files, nor
    // the history --history fills; the keychain holds them.
    QFile source(corpus(u"har/chrome_h2_www.nghttp2.org.har"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject har = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject log = har.value(u"log"_s).toObject();
    QJsonArray entries = log.value(u"entries"_s).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonObject request = entry.value(u"request"_s).toObject();
    QJsonArray headers = request.value(u"headers"_s).toArray();
    headers.append(QJsonObject{{u"name"_s, u"Authorization"_s},
                               {u"value"_s, u"Bearer har-token-SECRET"_s}});
    headers.append(QJsonObject{{u"name"_s, u"Cookie"_s}, {u"value"_s, u"sid=har-cookie-SECRET"_s}});
    request.insert(u"headers"_s, headers);
    entry.insert(u"request"_s, request);
    entries.replace(0, entry);
    log.insert(u"entries"_s, entries);
    har.insert(u"log"_s, log);
    QTemporaryDir dir;
    QFile edited(dir.filePath(u"with-credentials.har"_s));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(QJsonDocument(har).toJson());
    edited.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    const QString target = dir.filePath(u"har"_s);
    const Run imported = run({u"import"_s, edited.fileName(), u"--history"_s, u"--into"_s, target},
                             environment);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(!testsupport::allFileBytes(target).contains("SECRET"), "a credential reached a file");
    const QByteArray database = testsupport::allFileBytes(dir.filePath(u"data"_s));
    QVERIFY(!database.isEmpty());
    QVERIFY2(!database.contains("SECRET"), "a credential reached the history database");
    auto collection = store::CollectionStore::load(target);
    QVERIFY(collection.ok());
    int secrets = 0;
    for (const core::Variable &variable : collection.value().variables)
        secrets += variable.secret ? 1 : 0;
    QVERIFY(secrets >= 2);
}

void TestImportExport::harHistoryRoundTrip()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"har"_s);
    const Run imported = run({u"import"_s, corpus(u"har/chrome_h2_www.nghttp2.org.har"_s),
                              u"--history"_s, u"--into"_s, target});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains("11 exchanges added to the history"));
    const Run history = run({u"history"_s, u"--json"_s, u"--limit"_s, u"11"_s});
    const QJsonArray entries = QJsonDocument::fromJson(history.out).array();
    QCOMPARE(entries.size(), 11);
    QVERIFY(!entries.first().toObject().value(u"connectionId"_s).toString().isEmpty());
    const Run har = run({u"export"_s, target, u"--format"_s, u"har"_s});
    QCOMPARE(har.exitCode, 0);
    const QJsonArray exported = QJsonDocument::fromJson(har.out)
                                        .object()
                                        .value(u"log"_s)
                                        .toObject()
                                        .value(u"entries"_s)
                                        .toArray();
    QCOMPARE(exported.size(), 11);
    // The browser's connection ids come back out.
    QFile original(corpus(u"har/chrome_h2_www.nghttp2.org.har"_s));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QJsonArray originalEntries = QJsonDocument::fromJson(original.readAll())
                                               .object()
                                               .value(u"log"_s)
                                               .toObject()
                                               .value(u"entries"_s)
                                               .toArray();
    QSet<QString> before;
    QSet<QString> after;
    for (const QJsonValue &entry : originalEntries)
        before.insert(entry.toObject().value(u"connection"_s).toString());
    for (const QJsonValue &entry : exported)
        after.insert(entry.toObject().value(u"connection"_s).toString());
    QCOMPARE(after, before);
}

void TestImportExport::exportsReadBack()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"altinn"_s);
    QCOMPARE(run({u"import"_s, corpus(u"bruno/altinn-dialogporten"_s), u"--into"_s, target})
                     .exitCode,
             1);
    const QString postman = dir.filePath(u"out.postman.json"_s);
    QCOMPARE(run({u"export"_s, target, u"--format"_s, u"postman"_s, u"-o"_s, postman}).exitCode, 0);
    const Run back = run({u"import"_s, u"--dry-run"_s, postman});
    QCOMPARE(back.out.count("→"), 77);
    const QString http = dir.filePath(u"out.http"_s);
    QCOMPARE(run({u"export"_s, target, u"--format"_s, u"http"_s, u"-o"_s, http}).exitCode, 0);
    QCOMPARE(run({u"import"_s, u"--dry-run"_s, http}).out.count("→"), 77);
    const QString k6 = dir.filePath(u"script.mjs"_s);
    QCOMPARE(run({u"export"_s, target, u"--format"_s, u"k6"_s, u"--env"_s, u"Production"_s, u"-o"_s,
                  k6})
                     .exitCode,
             0);
    QProcess node;
    node.start(u"node"_s, {u"--check"_s, k6});
    QVERIFY(node.waitForFinished(30000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    QFile script(k6);
    QVERIFY(script.open(QIODevice::ReadOnly));
    QCOMPARE(script.readAll().count("http.request("), 77);
    const Run curl = run(
            {u"export"_s, target, u"--format"_s, u"curl"_s, u"--folder"_s, u"Dialogporten"_s});
    QCOMPARE(curl.exitCode, 0);
    QVERIFY(curl.out.count("\ncurl ") + curl.out.startsWith("curl ") > 10);
}

// A Postman collection whose request and folder names start with a dot: imported, then every
// request is run (".x" was saved but never loaded: import said 3 requests, run ran 1).
void TestImportExport::dotNamedRequestsAreImportedAndRun()
{
    QTemporaryDir dir;
    const QString url = m_nginx.http(u"/echo-headers"_s);
    const QJsonObject collection{
            {u"info"_s,
             QJsonObject{
                     {u"name"_s, u"Dots"_s},
                     {u"schema"_s,
                      u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}}},
            {u"item"_s,
             QJsonArray{QJsonObject{{u"name"_s, u".x"_s},
                                    {u"request"_s,
                                     QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, url}}}},
                        QJsonObject{{u"name"_s, u".hidden folder"_s},
                                    {u"item"_s,
                                     QJsonArray{QJsonObject{{u"name"_s, u".y"_s},
                                                            {u"request"_s,
                                                             QJsonObject{{u"method"_s, u"GET"_s},
                                                                         {u"url"_s, url}}}}}}},
                        QJsonObject{{u"name"_s, u"CON"_s},
                                    {u"request"_s,
                                     QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, url}}}}}}};
    const QString source = dir.filePath(u"dots.postman_collection.json"_s);
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(collection).toJson());
    file.close();
    const QString target = dir.filePath(u"c"_s);
    const Run imported = run({u"import"_s, source, u"--into"_s, target});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.err.contains(u"3 requests"_s));
    QVERIFY(QFileInfo::exists(target + u"/-x.request.json"_s));
    QVERIFY(QFileInfo::exists(target + u"/CON_.request.json"_s));
    const Run ran = run({u"run"_s, target, u"--json"_s});
    QCOMPARE(ran.exitCode, 0);
    QCOMPARE(ran.json().value(u"results"_s).toArray().size(), 3);
}

// An import that cannot be completed leaves the folder as it was: no collection.json, no
// half of the requests, no staging folder.
void TestImportExport::importThatCannotCompleteWritesNothing()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"c"_s);
    QVERIFY(QDir().mkpath(target));
    // Something of the user's, named like one of the collection's request files.
    QFile mine(target + u"/Token.request.json"_s);
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine\n");
    mine.close();
    const Run failed
            = run({u"import"_s, corpus(u"postman/restful-booker.postman_collection.json"_s),
                   u"--into"_s, target});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY2(failed.err.contains(u"already exists; nothing was imported"_s),
             qPrintable(failed.err));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"Token.request.json"_s});

    // Into a new folder: it ends complete, with no staging folder left behind.
    const QString fresh = dir.filePath(u"fresh"_s);
    const Run done = run({u"import"_s, corpus(u"postman/restful-booker.postman_collection.json"_s),
                          u"--into"_s, fresh});
    QVERIFY2(done.exitCode == 0 || done.exitCode == 1, qPrintable(done.err));
    QVERIFY(QDir(fresh)
                    .entryList({u".tether-import-*"_s}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    QVERIFY(store::CollectionStore::load(fresh));
}

// A folder of a collection that cannot be read is an error naming it (exit 2), for run and
// export alike; it used to be skipped ("1 passed"). As root every folder is readable, so the
// commands run as nobody then.
void TestImportExport::unreadableFolderIsAnErrorNamingIt()
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther | QFile::WriteOther);
    const QString target = dir.filePath(u"c"_s);
    auto created = store::CollectionStore::openOrCreate(target, u"c"_s);
    QVERIFY(created);
    for (const QString &path : {u"ok"_s, u"locked/secret"_s}) {
        core::SavedRequest request;
        request.path = path;
        request.request.url = m_nginx.http(u"/echo-headers"_s);
        QVERIFY(store::CollectionStore::saveRequest(target, request));
    }
    const QString locked = target + u"/locked"_s;
    QStringList prefix;
    if (geteuid() == 0) {
        prefix = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                  u"--"_s};
        // nobody reads the rest of the collection, and has a home for its history.
        QProcess::execute(u"chmod"_s, {u"-R"_s, u"a+rX"_s, target});
        QProcess::execute(u"chmod"_s, {u"a+rwx"_s, dir.path()});
    }
    QVERIFY(QFile::setPermissions(locked, QFile::WriteOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path());
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    for (const QStringList &command :
         {QStringList{u"run"_s, target},
          QStringList{u"export"_s, target, u"--format"_s, u"curl"_s}}) {
        QStringList arguments = prefix;
        arguments << QStringLiteral(TETHER_RUN_PATH) << command;
        const Run result
                = testsupport::runProgram(arguments.takeFirst(), arguments, {}, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"Cannot read the folder "_s + locked),
                 qPrintable(result.err));
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A collection's @file fields: relative paths are the source collection's (not the working
// directory's), import names every file read, and a run uploads a file outside the collection
// only with --allow-outside-files; relative paths inside it work from any directory.
void TestImportExport::filesOutsideTheCollectionNeedPermission()
{
    QTemporaryDir dir;
    const QString bruno = dir.filePath(u"bruno"_s);
    auto write = [](const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(bruno + u"/bruno.json"_s, R"({"version":"1","name":"B","type":"collection"})");
    write(bruno + u"/data/a.txt"_s, "from the bruno folder\n");
    const QByteArray post = m_nginx.http(u"/post"_s).toUtf8();
    write(bruno + u"/upload.bru"_s,
          "meta {\n  name: upload\n  type: http\n  seq: 1\n}\n\npost {\n  url: " + post
                  + "\n  body: multipartForm\n}\n\nbody:multipart-form {\n"
                    "  file: @file(data/a.txt)\n}\n");
    const QString target = dir.filePath(u"c"_s);
    const Run imported = run({u"import"_s, bruno, u"--into"_s, target});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.contains(u"reads file: "_s + bruno + u"/data/a.txt"_s),
             qPrintable(imported.err));

    // The path is the Bruno folder's, outside this collection.
    const Run refused = run({u"run"_s, target, u"--no-history"_s, u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject first = refused.json().value(u"results"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"error"_s).toObject().value(u"code"_s).toString(), u"outside-file"_s);
    const Run allowed = run({u"run"_s, target, u"--no-history"_s, u"--allow-outside-files"_s});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    const Run sent = run({u"send"_s, u"--no-history"_s, u"--collection"_s, target, u"upload"_s});
    QCOMPARE(sent.exitCode, 2);
    QVERIFY(sent.err.contains(u"--allow-outside-files"_s));

    // A relative path inside the collection is the collection's, whatever the working directory.
    write(target + u"/data/b.txt"_s, "inside\n");
    core::SavedRequest inside;
    inside.path = u"inside"_s;
    inside.request.method = u"POST"_s;
    inside.request.url = m_nginx.http(u"/post"_s);
    inside.request.body.mode = core::BodyMode::BinaryFile;
    inside.request.body.filePath = u"data/b.txt"_s;
    QVERIFY(store::CollectionStore::saveRequest(target, inside));
    const Run relative
            = run({u"send"_s, u"--no-history"_s, u"--collection"_s, target, u"inside"_s});
    QVERIFY2(relative.exitCode == 0, qPrintable(relative.err));
    QCOMPARE(relative.out, "method=POST;length=7\n"_ba);
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
