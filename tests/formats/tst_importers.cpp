// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Importers on the real public files in ../shared/corpus and on hand-written edge cases.
#include "formats/brunoimporter.h"
#include "formats/curlimporter.h"
#include "formats/harimporter.h"
#include "formats/httpfileimporter.h"
#include "formats/importer.h"
#include "formats/insomniaimporter.h"
#include "formats/postmanimporter.h"
#include "formats/shellwords.h"
#include "formats/yamlreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;

namespace {

QString corpus(const QString &relative)
{
    return QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
            .filePath(u"../shared/corpus/"_s + relative);
}

const SavedRequest *findRequest(const CollectionFolder &folder, const QString &name)
{
    for (const SavedRequest &request : folder.requests)
        if (request.name == name)
            return &request;
    for (const CollectionFolder &child : folder.folders)
        if (const SavedRequest *found = findRequest(child, name))
            return found;
    return nullptr;
}

core::Request curl(const QString &command, QStringList *warnings = nullptr)
{
    QStringList ignored;
    auto request = CurlImporter::parseCommand(command, warnings ? warnings : &ignored);
    if (!request)
        qWarning() << request.error().message;
    return request ? request.value() : core::Request{};
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusFileImports_data();
    void corpusFileImports();
    void corpusInputsThatMustNotImportCleanly();

    void curlBrowserCopies();
    void curlGluedAndLongFlags();
    void curlDataForms();
    void curlWindowsCmdQuoting();
    void curlWarnsAboutUnknownFlags();
    void curlErrors();

    void httpFileVariablesNamesAndChaining();
    void httpFileBodiesMultipartGraphql();
    void httpFileSeparatorNeedsExactlyThreeHashes();

    void postmanAuthLevelsBodiesAndScripts();
    void postmanEnvironment();
    void insomniaTemplatesEnvironmentsAndResponseTags();
    void brunoBruFilesAndYaml();
    void harConnectionsAndTimings();

    void insomniaParentCycleIsReadOnce();
    void insomniaOrphansAndCyclesGoToTheTop();
    void foldersNestTo256AndDeeperAreKept();
    void brunoHiddenFilesLinksAndUnreadable();
    void yamlSubset();
    void malformedInputsGiveErrors_data();
    void malformedInputsGiveErrors();
};

void TestImporters::corpusFileImports_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("environments");
    QTest::addColumn<QString>("format");
    // Counts from the files themselves (curl commands, ### blocks, Postman request items,
    // Insomnia "request" resources, .bru/.yml request files, HAR entries).
    const QList<std::tuple<const char *, int, int, const char *>> files{
            {"curl/browser-copies.txt", 15, 0, "curl"},
            {"curl/insomnia-fixture-complex-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-dollar-sign-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-form-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-from-chrome-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-get-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-header-colon-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-multi-data-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-multi-input.sh", 4, 0, "curl"},
            {"curl/insomnia-fixture-question-mark-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-simple-url-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-skip-squished-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-url-only-input.sh", 1, 0, "curl"},
            {"curl/insomnia-fixture-urlencoded-input.sh", 1, 0, "curl"},
            {"http/edge-cases.http", 5, 0, "http"},
            {"http/jetbrains-style.http", 7, 0, "http"},
            {"http/vscode-restclient-style.http", 6, 0, "http"},
            {"har/browsertime_sitespeed.io.har", 27, 0, "har"},
            {"har/capture-har_cnn.har", 2, 0, "har"},
            {"har/capture-har_redirect-loop.har", 11, 0, "har"},
            {"har/chrome_h2_www.nghttp2.org.har", 11, 0, "har"},
            {"har/firefox_www.nghttp2.org.har", 10, 0, "har"},
            {"har/wpt_h2_www.nghttp2.org.har", 20, 0, "har"},
            {"har/insomnia-fixture-deep-input.json", 2, 0, "har"},
            {"har/insomnia-fixture-form-data-input.json", 1, 0, "har"},
            {"har/insomnia-fixture-minimal-input.json", 1, 0, "har"},
            {"har/insomnia-fixture-shallow-input.json", 1, 0, "har"},
            {"postman/playing-with-authentication.postman_collection.json", 26, 0, "postman"},
            {"postman/restful-booker.postman_collection.json", 5, 0, "postman"},
            {"postman/restful-booker.postman_environment.json", 0, 1, "postman"},
            {"postman/insomnia-fixture-env-basic-input.json", 0, 1, "postman"},
            {"postman/insomnia-fixture-env-no-name-input.json", 0, 1, "postman"},
            {"insomnia/34motors-api-doc.insomnia.json", 12, 1, "insomnia"},
            {"insomnia/campautn.insomnia.json", 4, 0, "postman"},
            {"insomnia/insomnia-fixture-basic-input.yaml", 0, 0, "insomnia"},
            {"bruno/altinn-dialogporten", 77, 6, "bruno"},
            {"bruno/directus-yaml", 205, 4, "bruno"},
    };
    for (const auto &[path, requests, environments, format] : files)
        QTest::newRow(path) << QString::fromUtf8(path) << requests << environments
                            << QString::fromUtf8(format);
    // Every Postman fixture from Insomnia's importer tests: request items counted from the JSON.
    const QDir postman(corpus(u"postman"_s));
    for (const QString &file : postman.entryList({u"insomnia-fixture-*-v2_*-input.json"_s})) {
        QFile input(postman.filePath(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        int count = 0;
        std::function<void(const QJsonArray &)> countItems = [&](const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                if (item.toObject().contains(u"item"_s))
                    countItems(item.toObject().value(u"item"_s).toArray());
                else if (item.toObject().contains(u"request"_s))
                    ++count;
            }
        };
        countItems(QJsonDocument::fromJson(input.readAll()).object().value(u"item"_s).toArray());
        QTest::newRow(qPrintable(u"postman/"_s + file))
                << u"postman/"_s + file << count << 0 << u"postman"_s;
    }
}

void TestImporters::corpusFileImports()
{
    QFETCH(QString, path);
    QFETCH(int, requests);
    QFETCH(int, environments);
    QFETCH(QString, format);
    auto imported = Importer::importPath(corpus(path));
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported.value().format, format);
    QCOMPARE(imported.value().requestCount(), requests);
    QCOMPARE(imported.value().environments.size(), environments);
    // Every request has a method (a few real files have items without a URL), and paths come
    // out unique.
    ImportResult result = imported.value();
    result.assignPaths();
    QSet<QString> paths;
    forEachRequest(result.collection.root, [&](const SavedRequest &request) {
        QVERIFY(!request.request.method.isEmpty());
        QVERIFY2(!paths.contains(request.path.toLower()), qPrintable(request.path));
        paths.insert(request.path.toLower());
    });
}

void TestImporters::corpusInputsThatMustNotImportCleanly()
{
    auto noUrl = Importer::importPath(corpus(u"curl/insomnia-fixture-no-url-input.sh"_s));
    QVERIFY(!noUrl.ok());
    QVERIFY2(noUrl.error().message.contains(u"names no URL"_s), qPrintable(noUrl.error().message));

    auto hybrid = Importer::importPath(corpus(u"insomnia/campautn-collection.json"_s));
    QVERIFY(hybrid.ok()); // the three typed resources import; the untyped one is listed
    QCOMPARE(hybrid.value().requestCount(), 3);
    QCOMPARE(hybrid.value().warnings.size(), 1);
    QVERIFY(hybrid.value().warnings.first().contains(u"\"_type\""_s));
    QVERIFY(hybrid.value().warnings.first().contains(u"add-batch"_s));

    auto empty = Importer::importPath(corpus(u"har/insomnia-fixture-no-requests-input.json"_s));
    QVERIFY(empty.ok());
    QCOMPARE(empty.value().requestCount(), 0);
    QCOMPARE(empty.value().warnings.size(), 1);
    QVERIFY(empty.value().warnings.first().contains(u"no requests"_s));
}

void TestImporters::curlBrowserCopies()
{
    auto imported = Importer::importPath(corpus(u"curl/browser-copies.txt"_s));
    QVERIFY(imported.ok());
    const QList<SavedRequest> &requests = imported.value().collection.root.requests;
    QCOMPARE(requests.size(), 15);
    // Chrome's bash copy: headers kept in order, --compressed accepted silently.
    const core::Request &first = requests.at(0).request;
    QCOMPARE(first.url, u"https://api.example.test/v1/items?limit=20&cursor=abc%3D%3D"_s);
    QCOMPARE(first.headers.size(), 5);
    QCOMPARE(first.headerValue(u"authorization"_s), u"Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"_s);
    // $'…' ANSI-C quoting with \' and \\".
    const core::Request &ansi = requests.at(1).request;
    QCOMPARE(ansi.method, u"POST"_s);
    QCOMPARE(ansi.body.mode, core::BodyMode::Json);
    QCOMPARE(ansi.body.text, u"{\"name\":\"it's \\\"quoted\\\"\",\"lines\":\"a\\nb\"}"_s);
    // Windows cmd copy with ^ continuations.
    const core::Request &windows = requests.at(2).request;
    QCOMPARE(windows.url, u"https://api.example.test/v1/items"_s);
    QCOMPARE(windows.body.text, u"{\"name\":\"windows\"}"_s);
    QCOMPARE(windows.headerValue(u"accept"_s), u"application/json"_s);
    // -u → Basic auth.
    const core::Request &basic = requests.at(4).request;
    QCOMPARE(basic.auth.type, core::AuthType::Basic);
    QCOMPARE(basic.auth.username, u"admin"_s);
    QCOMPARE(basic.auth.password, u"s3cr3t"_s);
    // -F with a file and a type.
    const core::Request &upload = requests.at(5).request;
    QCOMPARE(upload.body.mode, core::BodyMode::Multipart);
    QCOMPARE(upload.body.multipartFields.size(), 2);
    QVERIFY(upload.body.multipartFields.at(0).isFile);
    QCOMPARE(upload.body.multipartFields.at(0).value, u"report.pdf"_s);
    QCOMPARE(upload.body.multipartFields.at(0).contentType, u"application/pdf"_s);
    QCOMPARE(upload.body.multipartFields.at(1).value, u"quarterly"_s);
    // --data several times joined with &; the explicit content type kept.
    const core::Request &token = requests.at(6).request;
    QCOMPARE(token.body.text, u"grant_type=client_credentials&client_id=abc&client_secret=xyz"_s);
    // -G with --data-urlencode: to the query, '+' for spaces as real curl 7.88 sends it (see
    // tst_curlwire, which compares with curl on the wire).
    QCOMPARE(requests.at(7).request.url,
             u"https://api.example.test/v1/search?q=hello+world&lang=en"_s);
    QCOMPARE(requests.at(7).request.method, u"GET"_s);
    // -I → HEAD; -b/-A/-e → headers.
    QCOMPARE(requests.at(9).request.method, u"HEAD"_s);
    const core::Request &cookies = requests.at(10).request;
    QCOMPARE(cookies.headerValue(u"Cookie"_s), u"session=abc; theme=dark"_s);
    QCOMPARE(cookies.headerValue(u"User-Agent"_s), u"MyAgent/1.0"_s);
    QCOMPARE(cookies.headerValue(u"Referer"_s), u"https://ref.example.test"_s);
    // --data-binary @file → a file body.
    QCOMPARE(requests.at(11).request.body.mode, core::BodyMode::BinaryFile);
    QCOMPARE(requests.at(11).request.body.filePath, u"payload.bin"_s);
    // "X-Empty;" sends an empty header; repeated headers stay repeated.
    const core::Request &headers = requests.at(12).request;
    QCOMPARE(headers.headers.size(), 3);
    QCOMPARE(headers.headers.at(0).name, u"X-Empty"_s);
    QCOMPARE(headers.headers.at(0).value, QString());
}

void TestImporters::curlGluedAndLongFlags()
{
    const core::Request squished = curl(u"curl -XPOST -did=1234 https://insomnia.rest"_s);
    QCOMPARE(squished.method, u"POST"_s);
    QCOMPARE(squished.body.mode, core::BodyMode::FormUrlEncoded);
    QCOMPARE(squished.body.formFields.first().name, u"id"_s);
    const core::Request longForms = curl(u"curl --request PUT --url http://h/x --header 'A: 1' "
                                         "--user u:p:q --data-raw '@not-a-file'"_s);
    QCOMPARE(longForms.method, u"PUT"_s);
    QCOMPARE(longForms.url, u"http://h/x"_s);
    QCOMPARE(longForms.auth.password, u"p:q"_s); // split at the first colon only
    QCOMPARE(longForms.body.text, u"@not-a-file"_s);
    const core::Request get
            = curl(u"curl -X GET 'http://somesite.com/getdata' -i -G -d 'id=1234'"_s);
    QCOMPARE(get.url, u"http://somesite.com/getdata?id=1234"_s);
    QCOMPARE(get.body.mode, core::BodyMode::None);
    const core::Request flags = curl(u"curl -sSLk -o /dev/null -w '%{http_code}' http://h/"_s);
    QCOMPARE(flags.url, u"http://h/"_s);
    QCOMPARE(flags.method, u"GET"_s);
    // Bash escapes outside quotes: \? stays ?.
    QCOMPARE(curl(u"curl http://h:9200/x/_search\\?pretty"_s).url,
             u"http://h:9200/x/_search?pretty"_s);
}

void TestImporters::curlDataForms()
{
    // Re-encodable form data becomes form fields; data Tether would encode differently stays raw.
    const core::Request fields = curl(u"curl -d 'a=1&b=two%20words' http://h/"_s);
    QCOMPARE(fields.body.mode, core::BodyMode::FormUrlEncoded);
    QCOMPARE(fields.body.formFields.at(1).value, u"two words"_s);
    const core::Request raw = curl(u"curl -d 'a=1+2&b=x' http://h/"_s);
    QCOMPARE(raw.body.mode, core::BodyMode::Raw);
    QCOMPARE(raw.body.text, u"a=1+2&b=x"_s);
    QCOMPARE(raw.body.contentType, u"application/x-www-form-urlencoded"_s);
    const core::Request json = curl(u"curl --json '{\"a\":1}' http://h/"_s);
    QCOMPARE(json.body.mode, core::BodyMode::Json);
    QCOMPARE(json.headerValue(u"Accept"_s), u"application/json"_s);
    const core::Request encoded
            = curl(u"curl --data-urlencode 'msg=a&b c' --data-urlencode =x/y http://h/"_s);
    QCOMPARE(encoded.body.mode, core::BodyMode::Raw); // "+" does not re-encode the same way
    QCOMPARE(encoded.body.text, u"msg=a%26b+c&x%2Fy"_s);
}

void TestImporters::curlWindowsCmdQuoting()
{
    const core::Request chrome
            = curl(u"curl ^\"https://h.test/api?q=1^\" ^\n  -H ^\"accept: */*^\" ^\n"
                   "  --data-raw ^\"^{^\\^\"a^\\^\":1^}^\""_s);
    QCOMPARE(chrome.url, u"https://h.test/api?q=1"_s);
    QCOMPARE(chrome.headerValue(u"accept"_s), u"*/*"_s);
    QCOMPARE(chrome.body.text, u"{\"a\":1}"_s);
}

void TestImporters::curlWarnsAboutUnknownFlags()
{
    QStringList warnings;
    curl(u"curl --frobnicate -v --max-time 5 -k http://h/"_s, &warnings);
    QCOMPARE(warnings.size(), 3); // --frobnicate, --max-time 5, -k; -v is output-only
    QVERIFY(warnings.at(0).contains(u"--frobnicate"_s));
    QVERIFY(warnings.at(1).contains(u"--max-time 5"_s));
}

void TestImporters::curlErrors()
{
    QStringList warnings;
    auto unbalanced = CurlImporter::parseCommand(u"curl 'http://h/ -H x"_s, &warnings);
    QVERIFY(!unbalanced.ok());
    QVERIFY2(unbalanced.error().message.contains(u"line 1, column 6"_s),
             qPrintable(unbalanced.error().message));
    QVERIFY(!CurlImporter::parseCommand(u"curl -H"_s, &warnings).ok());
    QVERIFY(!CurlImporter::parseCommand(u"wget http://h/"_s, &warnings).ok());
    QVERIFY(!CurlImporter::parseCommand(u"curl -F a=1 -d b=2 http://h/"_s, &warnings).ok());
}

void TestImporters::httpFileVariablesNamesAndChaining()
{
    auto imported = Importer::importPath(corpus(u"http/vscode-restclient-style.http"_s));
    QVERIFY(imported.ok());
    const ImportResult &result = imported.value();
    // @host = {{hostname}}:{{port}} is expanded (Tether resolves in one pass).
    auto variable = [&](const QString &name) {
        for (const Variable &v : result.collection.variables)
            if (v.name == name)
                return v.value;
        return QString();
    };
    QCOMPARE(variable(u"host"_s), u"localhost:8080"_s);
    QCOMPARE(variable(u"contentType"_s), u"application/json"_s);
    // @authToken = {{login.response.body.$.token}} → an extraction on "login".
    const SavedRequest *login = findRequest(result.collection.root, u"login"_s);
    QVERIFY(login);
    QCOMPARE(login->raw.value(u"extract"_s).toArray().first().toObject(),
             (QJsonObject{{u"variable"_s, u"authToken"_s}, {u"json"_s, u"$.token"_s}}));
    QVERIFY(variable(u"authToken"_s).isNull());
    // A reference inside a request → an extraction named after the reference itself.
    const SavedRequest *profile = findRequest(result.collection.root, u"getProfile"_s);
    QCOMPARE(profile->raw.value(u"extract"_s).toArray().first().toObject().value(u"json"_s),
             QJsonValue(u"$.lastItemId"_s));
    // Authorization: Basic user:password → Basic auth.
    const SavedRequest *remove = nullptr;
    forEachRequest(result.collection.root, [&](const SavedRequest &r) {
        if (r.request.method == u"DELETE")
            remove = &r;
    });
    QVERIFY(remove);
    QCOMPARE(remove->request.auth.type, core::AuthType::Basic);
    QCOMPARE(remove->request.auth.username, u"dev"_s);
    QVERIFY(!remove->request.hasHeader(u"Authorization"_s));
    QVERIFY(std::any_of(result.warnings.begin(), result.warnings.end(),
                        [](const QString &w) { return w.contains(u"$dotenv"_s); }));
}

void TestImporters::httpFileBodiesMultipartGraphql()
{
    auto jetbrains = Importer::importPath(corpus(u"http/jetbrains-style.http"_s));
    QVERIFY(jetbrains.ok());
    const CollectionFolder &root = jetbrains.value().collection.root;
    const SavedRequest *create = findRequest(root, u"createUser"_s);
    QCOMPARE(create->request.body.mode, core::BodyMode::Json);
    QVERIFY(create->request.body.text.startsWith(u"{\n  \"name\": \"{{user}}\""_s));
    QVERIFY(!create->request.body.text.contains(u"client.global"_s));
    QVERIFY(create->notes.contains(u"client.global.set(\"userId\""_s));
    const SavedRequest *upload = findRequest(root, u"Upload a file from disk"_s);
    QCOMPARE(upload->request.body.mode, core::BodyMode::Multipart);
    QCOMPARE(upload->request.body.multipartFields.size(), 2);
    QCOMPARE(upload->request.body.multipartFields.at(0).contentType, u"application/json"_s);
    QVERIFY(upload->request.body.multipartFields.at(1).isFile);
    QVERIFY(upload->request.body.multipartFields.at(1).value.endsWith(u"/http/avatar.png"_s));
    const SavedRequest *put
            = findRequest(root, u"Request body from a file, and a multi-line URL"_s);
    QCOMPARE(put->request.url, u"{{baseUrl}}/users/{{userId}}?notify=false&audit=true"_s);
    QCOMPARE(put->request.body.mode, core::BodyMode::BinaryFile);

    auto vscode = Importer::importPath(corpus(u"http/vscode-restclient-style.http"_s));
    const SavedRequest *graphql = nullptr;
    forEachRequest(vscode.value().collection.root, [&](const SavedRequest &r) {
        if (r.request.url.endsWith(u"/graphql"_s))
            graphql = &r;
    });
    QVERIFY(graphql);
    const QJsonObject payload
            = QJsonDocument::fromJson(graphql->request.body.text.toUtf8()).object();
    QVERIFY(payload.value(u"query"_s).toString().startsWith(u"query ($id: ID!)"_s));
    QCOMPARE(payload.value(u"variables"_s).toObject().value(u"id"_s).toString(), u"42"_s);
    QVERIFY(!graphql->request.hasHeader(u"X-REQUEST-TYPE"_s));
}

void TestImporters::httpFileSeparatorNeedsExactlyThreeHashes()
{
    auto imported = Importer::importPath(corpus(u"http/edge-cases.http"_s));
    QVERIFY(imported.ok());
    const QList<SavedRequest> &requests = imported.value().collection.root.requests;
    QCOMPARE(requests.at(0).request.method, u"PROPFIND"_s);
    QCOMPARE(requests.at(0).request.headerValue(u"X-Forwarded-For"_s), u"10.0.0.1:443"_s);
    QCOMPARE(requests.at(1).request.method, u"GET"_s);
    QCOMPARE(requests.at(2).request.headers.size(), 4);
    QCOMPARE(requests.at(3).request.body.text,
             u"line one\n#### not a separator: four hashes inside a body is text in some tools\n"
             "line three"_s);
    QCOMPARE(requests.at(4).request.body.text, u"{\"msg\": \"héllo 👋\"}"_s);
}

void TestImporters::postmanAuthLevelsBodiesAndScripts()
{
    auto imported
            = Importer::importPath(corpus(u"postman/insomnia-fixture-complex-v2_1-input.json"_s));
    QVERIFY(imported.ok());
    const ImportResult &complex = imported.value();
    int withBody = 0;
    forEachRequest(complex.collection.root, [&](const SavedRequest &r) {
        withBody += r.request.body.mode != core::BodyMode::None;
    });
    QVERIFY(withBody > 0);

    auto apiKey = Importer::importPath(
            corpus(u"postman/insomnia-fixture-api-key-queryParams-v2_1-input.json"_s));
    const core::Auth &auth = apiKey.value().collection.root.requests.isEmpty()
            ? apiKey.value().collection.root.folders.first().requests.first().request.auth
            : apiKey.value().collection.root.requests.first().request.auth;
    QCOMPARE(auth.type, core::AuthType::ApiKey);
    QCOMPARE(auth.keyLocation, core::ApiKeyLocation::Query);

    auto basic = Importer::importPath(
            corpus(u"postman/insomnia-fixture-basic-auth-v2_0-input.json"_s));
    core::Auth basicAuth;
    forEachRequest(basic.value().collection.root,
                   [&](const SavedRequest &r) { basicAuth = r.request.auth; });
    QCOMPARE(basicAuth.type, core::AuthType::Basic);
    QVERIFY(!basicAuth.username.isEmpty());

    // Unsupported auth is reported, not silently dropped.
    auto digest = Importer::importPath(
            corpus(u"postman/insomnia-fixture-digest-auth-v2_1-input.json"_s));
    QVERIFY(digest.value().warnings.join(u'\n').contains(u"digest auth is not supported"_s));

    // Scripts go to the notes; status tests and pm.environment.set(…, jsonData.x) are mapped.
    auto booker = Importer::importPath(corpus(u"postman/restful-booker.postman_collection.json"_s));
    const SavedRequest *token = findRequest(booker.value().collection.root, u"Token"_s);
    QVERIFY(token->notes.contains(u"pm.environment.set(\"access_token\""_s));
    QCOMPARE(token->raw.value(u"extract"_s).toArray().first().toObject(),
             (QJsonObject{{u"variable"_s, u"access_token"_s}, {u"json"_s, u"$.token"_s}}));
    const SavedRequest *create = findRequest(booker.value().collection.root, u"Create Booking"_s);
    QCOMPARE(create->raw.value(u"extract"_s).toArray().first().toObject().value(u"json"_s),
             QJsonValue(u"$.bookingid"_s));

    // Disabled headers and query rows survive as disabled rows; formdata files are file parts.
    const QByteArray handWritten
            = R"({"info":{"name":"h","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
      "auth":{"type":"bearer","bearer":[{"key":"token","value":"{{tok}}"}]},
      "item":[{"name":"F","auth":{"type":"noauth"},"item":[
        {"name":"R","request":{"method":"post","header":[{"key":"A","value":"1","disabled":true}],
          "url":{"raw":"https://h/p/:id?x=1","host":["h"],"path":["p",":id"],
                 "query":[{"key":"x","value":"1"},{"key":"y","value":"2","disabled":true}],
                 "variable":[{"key":"id","value":"7"}]},
          "body":{"mode":"formdata","formdata":[{"key":"f","type":"file","src":"/tmp/a.txt"},
                                                {"key":"t","value":"v","type":"text"}]}}},
        {"name":"G","request":{"method":"POST","url":"https://h/graphql",
          "body":{"mode":"graphql","graphql":{"query":"{ me { id } }","variables":"{\"a\":1}"}}}}]}]})";
    auto parsed = PostmanImporter::importCollection(QJsonDocument::fromJson(handWritten), u"h"_s);
    QVERIFY(parsed.ok());
    const CollectionFolder &folder = parsed.value().collection.root.folders.first();
    QCOMPARE(parsed.value().collection.root.auth.type, core::AuthType::Bearer);
    QCOMPARE(folder.auth.type, core::AuthType::None);
    const core::Request &r = folder.requests.at(0).request;
    QCOMPARE(r.method, u"POST"_s);
    QCOMPARE(r.auth.type, core::AuthType::Inherit);
    QCOMPARE(r.url, u"https://h/p/7?x=1"_s);
    QCOMPARE(r.params.size(), 1);
    QVERIFY(!r.params.first().enabled);
    QVERIFY(!r.headers.first().enabled);
    QVERIFY(r.body.multipartFields.first().isFile);
    QCOMPARE(r.body.multipartFields.first().value, u"/tmp/a.txt"_s);
    const QJsonObject graphql
            = QJsonDocument::fromJson(folder.requests.at(1).request.body.text.toUtf8()).object();
    QCOMPARE(graphql.value(u"query"_s).toString(), u"{ me { id } }"_s);
    QCOMPARE(graphql.value(u"variables"_s).toObject().value(u"a"_s).toInt(), 1);
}

void TestImporters::postmanEnvironment()
{
    auto imported
            = Importer::importPath(corpus(u"postman/restful-booker.postman_environment.json"_s));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().environments.first().name, u"APIproject1"_s);
    QVERIFY(!imported.value().environments.first().variables.isEmpty());
    auto unnamed
            = Importer::importPath(corpus(u"postman/insomnia-fixture-env-no-name-input.json"_s));
    QCOMPARE(unnamed.value().environments.first().name, u"insomnia-fixture-env-no-name-input"_s);
    QCOMPARE(unnamed.value().warnings.size(), 1);
}

void TestImporters::insomniaTemplatesEnvironmentsAndResponseTags()
{
    auto imported = Importer::importPath(corpus(u"insomnia/34motors-api-doc.insomnia.json"_s));
    QVERIFY(imported.ok());
    const ImportResult &result = imported.value();
    QCOMPARE(result.collection.name, u"34 Motors FINAL"_s);
    QCOMPARE(result.collection.root.folders.size(), 4);
    const SavedRequest *login = findRequest(result.collection.root, u"LOGIN"_s);
    QCOMPARE(login->request.url, u"{{baseURL}}/login"_s); // {{ _.baseURL }} converted
    // token = {% response 'body', 'req_…', 'b64::$.token' %} → extraction on LOGIN.
    QCOMPARE(login->raw.value(u"extract"_s).toArray().first().toObject(),
             (QJsonObject{{u"variable"_s, u"token"_s}, {u"json"_s, u"$.token"_s}}));
    QVERIFY(std::none_of(result.collection.variables.begin(), result.collection.variables.end(),
                         [](const Variable &v) { return v.name == u"token"; }));
    QCOMPARE(result.environments.first().name, u"Dev"_s);
    const SavedRequest *comments = findRequest(result.collection.root, u"LIST COMMENTS"_s);
    QCOMPARE(comments->request.auth.type, core::AuthType::Bearer);
    QCOMPARE(comments->request.auth.token, u"{{token}}"_s);
    const SavedRequest *upload = findRequest(result.collection.root, u"UPLOAD FRONT IMAGE"_s);
    QCOMPARE(upload->request.body.mode, core::BodyMode::Multipart);
    QVERIFY(upload->request.body.multipartFields.first().isFile);
}

void TestImporters::brunoBruFilesAndYaml()
{
    auto bru = Importer::importPath(corpus(u"bruno/altinn-dialogporten"_s));
    QVERIFY(bru.ok());
    const ImportResult &altinn = bru.value();
    QCOMPARE(altinn.collection.name, u"Altinn"_s);
    const SavedRequest *create = findRequest(altinn.collection.root, u"Create dialog"_s);
    QVERIFY(create);
    QCOMPARE(create->request.method, u"POST"_s);
    QCOMPARE(create->request.body.mode, core::BodyMode::Json);
    // The JSON body keeps its own closing braces (a "}" indented inside the block).
    QVERIFY(QJsonDocument::fromJson(create->request.body.text.toUtf8()).isObject());
    QCOMPARE(create->request.auth.type, core::AuthType::None);
    const SavedRequest *policy = findRequest(altinn.collection.root, u"Update policy"_s);
    QCOMPARE(policy->request.url,
             u"{{baseUrlPlatform}}/resourceregistry/api/v1/resource/super-simple-service/Policy"_s);
    QCOMPARE(policy->request.body.mode, core::BodyMode::Multipart);
    QVERIFY(policy->request.body.multipartFields.first().isFile);
    // Folders follow meta.seq; disabled query params stay disabled.
    const Environment *production = nullptr;
    for (const Environment &environment : altinn.environments)
        if (environment.name == u"Production")
            production = &environment;
    QVERIFY(production);
    QVERIFY(std::any_of(production->variables.begin(), production->variables.end(),
                        [](const Variable &v) {
                            return v.name == u"SubscriptionKey" && v.value == u"{{SubKey_PROD}}";
                        }));

    auto yaml = Importer::importPath(corpus(u"bruno/directus-yaml"_s));
    QVERIFY(yaml.ok());
    QCOMPARE(yaml.value().collection.name, u"directus"_s);
    QCOMPARE(yaml.value().warnings.filter(u"websocket"_s).size(), 4);
    const SavedRequest *diff = findRequest(yaml.value().collection.root, u"diff_schema"_s);
    QVERIFY(diff);
    QCOMPARE(diff->request.method, u"POST"_s);
    QCOMPARE(diff->request.url, u"{{base_url}}/schema/diff"_s);
    QVERIFY(QJsonDocument::fromJson(diff->request.body.text.toUtf8()).isObject());
    QVERIFY(diff->notes.startsWith(u"Retrieve the diff"_s));
    QCOMPARE(diff->request.auth.type, core::AuthType::Inherit);
}

void TestImporters::harConnectionsAndTimings()
{
    auto imported = Importer::importPath(corpus(u"har/chrome_h2_www.nghttp2.org.har"_s));
    QVERIFY(imported.ok());
    const ImportResult &result = imported.value();
    QCOMPARE(result.exchanges.size(), 11);
    // The browser's connection ids decide new vs reused: one "new" per distinct id.
    QSet<QString> ids;
    int opened = 0;
    for (const net::Exchange &exchange : result.exchanges) {
        if (exchange.connectionId.isEmpty() || exchange.status == 0)
            continue;
        ids.insert(exchange.connectionId);
        opened += exchange.verdict == net::ConnectionVerdict::New;
        QVERIFY(exchange.phases.totalMs > 0);
    }
    QVERIFY(!ids.isEmpty());
    QCOMPARE(opened, ids.size());
    // Pseudo-headers and Host are not copied into requests.
    forEachRequest(result.collection.root, [](const SavedRequest &request) {
        for (const core::KeyValue &header : request.request.headers)
            QVERIFY2(!header.name.startsWith(u':')
                             && header.name.compare(u"Host"_s, Qt::CaseInsensitive) != 0,
                     qPrintable(header.name));
    });
}

void TestImporters::insomniaParentCycleIsReadOnce()
{
    // A malformed export (found by fuzz_yaml): the same group id twice, once under the
    // workspace and once under itself. It used to be read again at every level (exponential).
    const QByteArray text
            = "{\"_type\":\"export\",\"__export_format\":4,\"resources\":["
              "{\"_id\":\"w\",\"_type\":\"workspace\",\"name\":\"W\"},"
              "{\"_id\":\"g\",\"parentId\":\"w\",\"_type\":\"request_group\",\"name\":\"G\"},"
              "{\"_id\":\"g\",\"parentId\":\"g\",\"_type\":\"request_group\",\"name\":\"G\"},"
              "{\"_id\":\"g\",\"parentId\":\"g\",\"_type\":\"request_group\",\"name\":\"G\"},"
              "{\"_id\":\"r\",\"parentId\":\"g\",\"_type\":\"request\",\"name\":\"R\","
              "\"method\":\"GET\",\"url\":\"http://h/\"}]}";
    QElapsedTimer timer;
    timer.start();
    auto imported = Importer::importText(QString::fromUtf8(text), u"cycle.json"_s);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().requestCount(), 1);
    QVERIFY(imported.value().warnings.join(u'\n').contains(u"appears twice"_s));
}

static int requestsIn(const CollectionFolder &folder)
{
    int count = int(folder.requests.size());
    for (const CollectionFolder &child : folder.folders)
        count += requestsIn(child);
    return count;
}

static int depthOf(const CollectionFolder &folder)
{
    int deepest = 0;
    for (const CollectionFolder &child : folder.folders)
        deepest = qMax(deepest, depthOf(child) + 1);
    return deepest;
}

void TestImporters::insomniaOrphansAndCyclesGoToTheTop()
{
    // Every request of the file is imported (they used to vanish with exit 0): one whose
    // parent is missing, one whose folders' parentIds form a cycle, one without an _id at all.
    const QByteArray text
            = "{\"_type\":\"export\",\"__export_format\":4,\"resources\":["
              "{\"_id\":\"w\",\"_type\":\"workspace\",\"name\":\"W\"},"
              "{\"_id\":\"ok\",\"parentId\":\"w\",\"_type\":\"request\",\"name\":\"Ok\"},"
              "{\"_id\":\"o\",\"parentId\":\"gone\",\"_type\":\"request\",\"name\":\"Orphan\"},"
              "{\"_id\":\"g1\",\"parentId\":\"g2\",\"_type\":\"request_group\",\"name\":\"G1\"},"
              "{\"_id\":\"g2\",\"parentId\":\"g1\",\"_type\":\"request_group\",\"name\":\"G2\"},"
              "{\"_id\":\"c\",\"parentId\":\"g2\",\"_type\":\"request\",\"name\":\"InCycle\"},"
              "{\"parentId\":\"nowhere\",\"_type\":\"request\",\"name\":\"NoId\"},"
              "{\"_id\":\"u\",\"parentId\":\"ok\",\"_type\":\"request\",\"name\":\"UnderARequest\"}"
              "]}";
    auto imported = Importer::importText(QString::fromUtf8(text), u"orphans.json"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    const CollectionFolder &root = imported.value().collection.root;
    QCOMPARE(requestsIn(root), 5);
    for (const char *name : {"Orphan", "NoId", "UnderARequest"}) {
        const auto found = std::find_if(
                root.requests.begin(), root.requests.end(),
                [&](const SavedRequest &r) { return r.name == QLatin1StringView(name); });
        QVERIFY2(found != root.requests.end(), name);
    }
    QVERIFY(findRequest(root, u"InCycle"_s));
    const QString warnings = imported.value().warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"Orphan: its parent gone is not a folder in the file"_s),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(u"the cycle is broken here"_s), qPrintable(warnings));
}

void TestImporters::foldersNestTo256AndDeeperAreKept()
{
    // Postman and Insomnia: 300 nested folders with a request at the bottom. The first 256
    // levels are folders; the request below is kept in the deepest one, with a warning.
    const int levels = 300;
    QByteArray postman
            = "{\"info\":{\"name\":\"Deep\",\"schema\":"
              "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
              "\"item\":[";
    for (int i = 0; i < levels; ++i)
        postman += "{\"name\":\"f" + QByteArray::number(i) + "\",\"item\":[";
    postman += "{\"name\":\"bottom\",\"request\":{\"method\":\"GET\",\"url\":\"http://h/\"}}";
    for (int i = 0; i < levels; ++i)
        postman += "]}";
    postman += "]}";
    QByteArray insomnia = "{\"_type\":\"export\",\"__export_format\":4,\"resources\":["
                          "{\"_id\":\"w\",\"_type\":\"workspace\",\"name\":\"W\"}";
    // Insomnia's are flat, so a file can nest far deeper than JSON can: 20000 levels.
    const int insomniaLevels = 20000;
    for (int i = 0; i < insomniaLevels; ++i)
        insomnia += ",{\"_id\":\"g" + QByteArray::number(i) + "\",\"parentId\":\""
                + (i == 0 ? QByteArray("w") : "g" + QByteArray::number(i - 1))
                + "\",\"_type\":\"request_group\",\"name\":\"f\"}";
    insomnia += ",{\"_id\":\"r\",\"parentId\":\"g" + QByteArray::number(insomniaLevels - 1)
            + "\",\"_type\":\"request\",\"name\":\"bottom\",\"url\":\"http://h/\"}]}";
    for (const QByteArray &text : {postman, insomnia}) {
        QElapsedTimer timer;
        timer.start();
        auto imported = Importer::importText(QString::fromUtf8(text), u"deep.json"_s);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(timer.elapsed() < 10000);
        const CollectionFolder &root = imported.value().collection.root;
        QCOMPARE(requestsIn(root), 1);
        QCOMPARE(depthOf(root), core::maximumFolderDepth);
        QVERIFY(imported.value().warnings.join(u'\n').contains(u"deeper than 256 levels"_s));
    }
}

void TestImporters::brunoHiddenFilesLinksAndUnreadable()
{
    QTemporaryDir dir;
    auto write = [&](const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(path)).path());
        QFile file(dir.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    auto bru = [](const char *name) {
        return QByteArray("meta {\n  name: ") + name
                + "\n  type: http\n  seq: 1\n}\n\nget {\n"
                  "  url: http://127.0.0.1/"
                + name + "\n}\n";
    };
    write(u"bruno.json"_s, R"({"version":"1","name":"B","type":"collection"})");
    write(u".hidden.bru"_s, bru("hidden"));
    write(u"api/.dot.bru"_s, bru("dot"));
    write(u".github/workflows/ci.yml"_s, "on: push\n");
    write(u"node_modules/x/x.bru"_s, bru("dependency"));
    QTemporaryDir shared;
    {
        QFile file(shared.filePath(u"shared.bru"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bru("shared"));
    }
    QVERIFY(QFile::link(shared.path(), dir.filePath(u"linked"_s)));
    auto imported = BrunoImporter::importDirectory(dir.path());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    const CollectionFolder &root = imported.value().collection.root;
    QCOMPARE(requestsIn(root), 3);
    QVERIFY(findRequest(root, u"hidden"_s) && findRequest(root, u"dot"_s)
            && findRequest(root, u"shared"_s));
    QVERIFY(!findRequest(root, u"dependency"_s));
    for (const CollectionFolder &folder : root.folders)
        QVERIFY2(folder.name != u".github", "a hidden folder without requests is no folder");

    QVERIFY(QFile::link(u".."_s, dir.filePath(u"api/up"_s)));
    auto looped = BrunoImporter::importDirectory(dir.path());
    QVERIFY(!looped);
    QCOMPARE(looped.error().code, u"link-loop"_s);
    QVERIFY(QFile::remove(dir.filePath(u"api/up"_s)));

    QString deep = u"api"_s;
    for (int level = 0; level < core::maximumFolderDepth + 1; ++level)
        deep += u"/d"_s;
    write(deep + u"/deep.bru"_s, bru("deep"));
    auto tooDeep = BrunoImporter::importDirectory(dir.path());
    QVERIFY(!tooDeep);
    QCOMPARE(tooDeep.error().code, u"too-deep"_s);
}

static QByteArray deeplyNestedBlocks(int levels)
{
    QByteArray text;
    for (int i = 0; i < levels; ++i)
        text += QByteArray(i * 2, ' ') + "a:\n";
    return text + QByteArray(levels * 2, ' ') + "1\n";
}

void TestImporters::yamlSubset()
{
    const QByteArray text = "a: 1\n"
                            "b: 'it''s'\n"
                            "c: \"tab\\there\"\n"
                            "list:\n"
                            "  - x\n"
                            "  - name: n  # comment\n"
                            "    value: v\n"
                            "same-indent:\n"
                            "- 1\n"
                            "- [2, 'three', {k: v}]\n"
                            "literal: |\n"
                            "  line 1\n"
                            "    indented\n"
                            "\n"
                            "  line 3\n"
                            "stripped: |-\n"
                            "  no newline\n"
                            "folded: >\n"
                            "  one\n"
                            "  two\n"
                            "empty:\n"
                            "flag: true\n";
    auto parsed = YamlReader::parse(text, u"t.yaml"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    const QJsonObject o = parsed.value().toObject();
    QCOMPARE(o.value(u"a"_s).toInt(), 1);
    QCOMPARE(o.value(u"b"_s).toString(), u"it's"_s);
    QCOMPARE(o.value(u"c"_s).toString(), u"tab\there"_s);
    QCOMPARE(o.value(u"list"_s).toArray().at(1).toObject().value(u"value"_s).toString(), u"v"_s);
    QCOMPARE(o.value(u"list"_s).toArray().at(1).toObject().value(u"name"_s).toString(), u"n"_s);
    QCOMPARE(o.value(u"same-indent"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"same-indent"_s)
                     .toArray()
                     .at(1)
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(u"k"_s)
                     .toString(),
             u"v"_s);
    QCOMPARE(o.value(u"literal"_s).toString(), u"line 1\n  indented\n\nline 3\n"_s);
    QCOMPARE(o.value(u"stripped"_s).toString(), u"no newline"_s);
    QCOMPARE(o.value(u"folded"_s).toString(), u"one two\n"_s);
    QVERIFY(o.value(u"empty"_s).isNull());
    QCOMPARE(o.value(u"flag"_s).toBool(), true);

    auto tabs = YamlReader::parse("a:\n\tb: 1\n", u"t.yaml"_s);
    QVERIFY(!tabs.ok());
    QVERIFY(tabs.error().message.contains(u"t.yaml:2"_s));
    QVERIFY(!YamlReader::parse("a: &anchor 1\n", u"t.yaml"_s).ok());
    QVERIFY(!YamlReader::parse("a: [1, 2\n", u"t.yaml"_s).ok());
    QVERIFY(!YamlReader::parse("a: 'open\n", u"t.yaml"_s).ok());
    // Deep flow nesting is an error with its line, not a stack overflow (it was SIGSEGV).
    for (const QByteArray &deep :
         {"a: " + QByteArray(100000, '['), "a: " + QByteArray("{b: ").repeated(50000),
          deeplyNestedBlocks(300)}) {
        const auto refused = YamlReader::parse(deep, u"deep.yaml"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"nested too deeply"_s),
                 qPrintable(refused.error().message));
    }
    QVERIFY(YamlReader::parse("a: " + QByteArray(150, '[') + QByteArray(150, ']'), u"t.yaml"_s)
                    .ok());
}

void TestImporters::malformedInputsGiveErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("truncated postman")
            << u"c.json"_s
            << QByteArray(
                       R"({"info":{"schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[{"name":"a",)")
            << u"c.json:1:"_s;
    QTest::newRow("postman wrong types")
            << u"c.json"_s
            << QByteArray(
                       R"({"info":{"name":"x","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":{"a":1}})")
            << u"not a list"_s;
    QTest::newRow("deep nesting") << u"d.json"_s << QByteArray(100000, '[') << u"d.json:1:"_s;
    QTest::newRow("unbalanced curl")
            << u"c.sh"_s << QByteArray("curl 'http://h/\n-H 'x: y'\n") << u"never closed"_s;
    QTest::newRow("har entries not a list")
            << u"h.har"_s << QByteArray(R"({"log":{"entries":5}})") << u"not a list"_s;
    QTest::newRow("insomnia other version")
            << u"i.json"_s << QByteArray(R"({"_type":"export","__export_format":3,"resources":[]})")
            << u"format 3 is not supported"_s;
    QTest::newRow("unknown json") << u"x.json"_s << QByteArray(R"({"hello":"world"})")
                                  << u"not a Postman"_s;
    QTest::newRow("http without request line")
            << u"x.http"_s << QByteArray("### one\nnot a request\n")
            << u"x.http:2: expected a request line"_s;
    QTest::newRow("yaml broken") << u"x.yaml"_s << QByteArray("_type: export\nresources: [1, \n")
                                 << u"x.yaml:2"_s;
}

void TestImporters::malformedInputsGiveErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    auto imported = Importer::importText(QString::fromUtf8(content), name);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
    // Huge strings and fragments of every format never crash; they either import or explain.
    const QString huge = u"curl http://h/ -d '"_s + QString(4 * 1024 * 1024, u'x') + u"'"_s;
    QVERIFY(CurlImporter::import(huge).ok());
    for (int cut = 1; cut < content.size() && cut < 200; cut += 7)
        (void)Importer::importText(QString::fromUtf8(content.left(cut)), name);
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
