// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Exporters: round trips through Postman, .http and curl keep method, URL, headers, body and
// auth; the k6 script is valid JavaScript and, run against a stand-in for k6's modules, sends
// the collection's requests in order with its checks and chained variables; code snippets parse
// in their languages; HAR out and back keeps timings and connection ids.
#include "formats/curlexporter.h"
#include "formats/curlimporter.h"
#include "formats/harexporter.h"
#include "formats/harimporter.h"
#include "formats/httpfileexporter.h"
#include "formats/httpfileimporter.h"
#include "formats/importresult.h"
#include "formats/k6exporter.h"
#include "formats/postmanexporter.h"
#include "formats/postmanimporter.h"
#include "formats/snippetexporter.h"
#include "store/collectionstore.h"
#include "store/requestcodec.h"
#include "store/requestresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::store;
using namespace tether::formats;

namespace {

SavedRequest saved(const QString &path, const core::Request &request)
{
    SavedRequest result;
    result.path = path;
    result.name = path.section(u'/', -1);
    result.request = request;
    return result;
}

// A collection with what a round trip must carry: every body mode, every auth type, disabled
// rows, params, folder auth and checks/extractions.
Collection sampleCollection()
{
    Collection collection;
    collection.id = u"c0ffee"_s;
    collection.name = u"Sample"_s;
    collection.variables
            = {{u"base"_s, u"http://127.0.0.1:9"_s, true, false}, {u"token"_s, {}, true, true}};
    collection.root.auth = {core::AuthType::Bearer,      {}, {}, u"{{token}}"_s, {}, {},
                            core::ApiKeyLocation::Header};

    core::Request login;
    login.method = u"POST"_s;
    login.url = u"{{base}}/login"_s;
    login.body.mode = core::BodyMode::Json;
    login.body.text = u"{\n  \"user\": \"ann\",\n  \"pass\": \"it's\"\n}"_s;
    login.auth.type = core::AuthType::None;
    SavedRequest loginRequest = saved(u"auth/login"_s, login);
    loginRequest.checks = store::RequestCodec::decodeChecks(QJsonArray{
            QJsonObject{{u"type"_s, u"status"_s}, {u"equals"_s, 200}},
            QJsonObject{{u"type"_s, u"json"_s}, {u"path"_s, u"$.token"_s}, {u"exists"_s, true}}});
    loginRequest.extractions = store::RequestCodec::decodeExtractions(
            QJsonArray{QJsonObject{{u"variable"_s, u"token"_s}, {u"json"_s, u"$.token"_s}}});

    core::Request list;
    list.url = u"{{base}}/items"_s;
    list.params = {{u"q"_s, u"a b"_s, true}, {u"page"_s, u"2"_s, false}};
    list.headers = {{u"Accept"_s, u"application/json"_s, true}, {u"X-Off"_s, u"1"_s, false}};
    list.auth.type = core::AuthType::Inherit;
    SavedRequest listRequest = saved(u"items/list"_s, list);
    listRequest.checks = store::RequestCodec::decodeChecks(
            QJsonArray{QJsonObject{{u"type"_s, u"status"_s}, {u"min"_s, 200}, {u"max"_s, 299}},
                       QJsonObject{{u"type"_s, u"body"_s}, {u"contains"_s, u"items"_s}},
                       QJsonObject{{u"type"_s, u"time"_s}, {u"below"_s, 500}}});

    core::Request form;
    form.method = u"PUT"_s;
    form.url = u"{{base}}/items/{{id}}"_s;
    form.body.mode = core::BodyMode::FormUrlEncoded;
    form.body.formFields = {{u"name"_s, u"Jörg"_s, true}, {u"note"_s, u"a&b"_s, true}};
    form.auth = {core::AuthType::Basic,       u"ann"_s, u"{{password}}"_s, {}, {}, {},
                 core::ApiKeyLocation::Header};

    core::Request raw;
    raw.method = u"POST"_s;
    raw.url = u"{{base}}/xml"_s;
    raw.body.mode = core::BodyMode::Raw;
    raw.body.text = u"<a>1</a>"_s;
    raw.body.contentType = u"application/xml"_s;
    raw.auth = {core::AuthType::ApiKey,      {}, {}, {}, u"X-Key"_s, u"{{key}}"_s,
                core::ApiKeyLocation::Header};

    core::Request upload;
    upload.method = u"POST"_s;
    upload.url = u"{{base}}/upload"_s;
    upload.body.mode = core::BodyMode::Multipart;
    upload.body.multipartFields = {{u"meta"_s, u"{\"a\":1}"_s, false, u"application/json"_s, true},
                                   {u"file"_s, u"/tmp/tether-export-test.bin"_s, true, {}, true}};
    upload.auth.type = core::AuthType::None;

    CollectionFolder authFolder;
    authFolder.name = u"auth"_s;
    authFolder.path = u"auth"_s;
    authFolder.requests = {loginRequest};
    CollectionFolder items;
    items.name = u"items"_s;
    items.path = u"items"_s;
    items.headers = {{u"X-Folder"_s, u"items"_s, true}};
    items.requests = {listRequest, saved(u"items/update"_s, form), saved(u"items/xml"_s, raw),
                      saved(u"items/upload"_s, upload)};
    items.order = {u"list"_s, u"update"_s, u"xml"_s, u"upload"_s};
    collection.root.folders = {authFolder, items};
    collection.root.order = {u"auth"_s, u"items"_s};
    return collection;
}

QString effectiveContentType(const core::Request &request)
{
    const QString header = request.headerValue(u"Content-Type"_s);
    if (!header.isNull())
        return header;
    switch (request.body.mode) {
    case core::BodyMode::Json:
        return u"application/json"_s;
    case core::BodyMode::FormUrlEncoded:
        return u"application/x-www-form-urlencoded"_s;
    case core::BodyMode::Raw:
        return request.body.contentType;
    default:
        return {};
    }
}

// What reaches the server: method, URL with params, enabled headers, body, auth.
void compareSent(const core::Request &actual, const core::Request &expected)
{
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(CurlExporter::effectiveUrl(actual), CurlExporter::effectiveUrl(expected));
    auto enabledHeaders = [](const core::Request &request) {
        QStringList headers;
        for (const core::KeyValue &header : request.headers)
            if (header.enabled && header.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) != 0)
                headers << header.name.toLower() + u": "_s + header.value;
        return headers;
    };
    QCOMPARE(enabledHeaders(actual), enabledHeaders(expected));
    QCOMPARE(effectiveContentType(actual), effectiveContentType(expected));
    QCOMPARE(actual.body.mode, expected.body.mode);
    QCOMPARE(actual.body.text, expected.body.text);
    auto enabledFields = [](const core::KeyValueList &fields) {
        core::KeyValueList result;
        for (const core::KeyValue &field : fields)
            if (field.enabled)
                result.append(field);
        return result;
    };
    QCOMPARE(enabledFields(actual.body.formFields), enabledFields(expected.body.formFields));
    QCOMPARE(actual.body.multipartFields.size(), expected.body.multipartFields.size());
    for (qsizetype i = 0; i < actual.body.multipartFields.size(); ++i) {
        QCOMPARE(actual.body.multipartFields.at(i).name, expected.body.multipartFields.at(i).name);
        QCOMPARE(actual.body.multipartFields.at(i).value,
                 expected.body.multipartFields.at(i).value);
        QCOMPARE(actual.body.multipartFields.at(i).isFile,
                 expected.body.multipartFields.at(i).isFile);
    }
    QCOMPARE(actual.body.filePath, expected.body.filePath);
    QCOMPARE(actual.auth.type, expected.auth.type);
    QCOMPARE(actual.auth.username, expected.auth.username);
    QCOMPARE(actual.auth.password, expected.auth.password);
    QCOMPARE(actual.auth.token, expected.auth.token);
}

QMap<QString, const SavedRequest *> byPath(const Collection &collection)
{
    QMap<QString, const SavedRequest *> map;
    forEachRequest(collection.root,
                   [&](const SavedRequest &request) { map.insert(request.path, &request); });
    return map;
}

QByteArray runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return process.readAll() + "\n(timed out or did not start: " + program.toUtf8() + ")";
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postmanRoundTrip();
    void httpFileRoundTrip();
    void curlRoundTrip();
    void k6ScriptIsValidJavaScript();
    void k6ScriptSendsTheCollection();
    void snippetsParse();
    void harRoundTrip();
};

void TestExporters::postmanRoundTrip()
{
    const Collection collection = sampleCollection();
    const QJsonObject exported = PostmanExporter::exportCollection(collection);
    auto imported = PostmanImporter::importCollection(QJsonDocument(exported), u"out.json"_s);
    QVERIFY(imported.ok());
    ImportResult result = imported.value();
    result.assignPaths();
    Collection back = result.collection;
    QCOMPARE(back.name, collection.name);
    QCOMPARE(back.root.auth.type, core::AuthType::Bearer);
    QCOMPARE(back.variables.size(), 2);
    QVERIFY(back.variables.at(1).secret);
    QVERIFY(back.variables.at(1).value.isEmpty());
    const auto original = byPath(collection);
    const auto roundTripped = byPath(back);
    QCOMPARE(roundTripped.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        const SavedRequest *other = roundTripped.value(it.key());
        // Folder headers travel inside each request (Postman folders have none).
        compareSent(RequestResolver::withInheritance(back, other->path, other->request),
                    RequestResolver::withInheritance(collection, it.key(), it.value()->request));
        QCOMPARE(other->request.auth.type, it.value()->request.auth.type);
    }
    // Checks went out as test scripts; status and the extraction come back.
    const SavedRequest *login = roundTripped.value(u"auth/login"_s);
    QCOMPARE(store::RequestCodec::encodeExtractions(login->extractions),
             store::RequestCodec::encodeExtractions(
                     collection.findRequest(u"auth/login"_s)->extractions));
    QCOMPARE(store::RequestCodec::encodeChecks(login->checks).first(),
             store::RequestCodec::encodeChecks(collection.findRequest(u"auth/login"_s)->checks)
                     .first());
}

void TestExporters::httpFileRoundTrip()
{
    const Collection collection = sampleCollection();
    const QString text = HttpFileExporter::exportCollection(collection);
    auto imported = HttpFileImporter::import(text, u"out.http"_s);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
    const QList<SavedRequest> &requests = imported.value().collection.root.requests;
    QList<const SavedRequest *> original;
    forEachRequest(collection.root,
                   [&](const SavedRequest &request) { original.append(&request); });
    QCOMPARE(requests.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        core::Request expected = RequestResolver::withInheritance(collection, original.at(i)->path,
                                                                  original.at(i)->request);
        core::Request actual = requests.at(i).request;
        QCOMPARE(requests.at(i).name, original.at(i)->path);
        if (expected.auth.type == core::AuthType::ApiKey) {
            // .http has no API-key auth: it is the header it sends.
            expected.headers.append({expected.auth.keyName, expected.auth.keyValue, true});
            expected.auth = {};
        }
        expected.params.removeIf([](const core::KeyValue &p) { return !p.enabled; });
        compareSent(actual, expected);
    }
    QCOMPARE(imported.value().collection.variables.size(), 1); // the secret one is not written
    QVERIFY(text.contains(u"Secret variables"_s));
}

void TestExporters::curlRoundTrip()
{
    const Collection collection = sampleCollection();
    forEachRequest(collection.root, [&](const SavedRequest &request) {
        const core::Request expected
                = RequestResolver::withInheritance(collection, request.path, request.request);
        QStringList warnings;
        auto back = CurlImporter::parseCommand(CurlExporter::toCommand(expected), &warnings);
        QVERIFY(back.ok());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        core::Request comparable = expected;
        if (comparable.auth.type == core::AuthType::ApiKey) {
            comparable.headers.append({comparable.auth.keyName, comparable.auth.keyValue, true});
            comparable.auth = {};
        }
        comparable.params.removeIf([](const core::KeyValue &p) { return !p.enabled; });
        core::Request actual = back.value();
        // curl carries Raw bodies' and form bodies' types as headers.
        compareSent(actual, comparable);
    });
}

void TestExporters::k6ScriptIsValidJavaScript()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"script.mjs"_s); // ES module, as k6 scripts are
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(K6Exporter::exportScript(sampleCollection(), {}, nullptr).toUtf8());
    file.close();
    int exitCode = 0;
    const QByteArray output = runTool(u"node"_s, {u"--check"_s, path}, &exitCode);
    QVERIFY2(exitCode == 0, output.constData());
    QCOMPARE(K6Exporter::selectorFor(u"$.items[0].id"_s), u"items.0.id"_s);
    QCOMPARE(K6Exporter::selectorFor(u"$['a'].b"_s), u"a.b"_s);
}

void TestExporters::k6ScriptSendsTheCollection()
{
    // Run the script under Node with stand-ins for k6/http, k6 and k6/encoding that record the
    // requests and answer every one with {"token":"T0K","items":[]}.
    QString script = K6Exporter::exportScript(sampleCollection(), {}, nullptr);
    script.remove(QRegularExpression(u"^import .*$"_s, QRegularExpression::MultilineOption));
    script.replace(u"export default function"_s, u"function iteration"_s);
    const QString harness = uR"(
const sent = [];
const checks = [];
globalThis.__ENV = { password: "pw", key: "k1", id: "42" };
function open(path, mode) { return "FILE:" + path; }
const http = {
  file: (data, name, type) => ({ data, filename: name, content_type: type }),
  request(method, url, body, params) {
    sent.push({ method, url, body, headers: params.headers, name: params.tags.name });
    return {
      status: 200, headers: { "Content-Type": "application/json" }, timings: { duration: 3 },
      body: '{"token":"T0K","items":[]}',
      json(selector) { const v = JSON.parse(this.body); return selector ? selector.split(".").reduce((o, k) => (o === undefined ? undefined : o[k]), v) : v; },
    };
  },
};
const check = (r, set) => { for (const [name, fn] of Object.entries(set)) checks.push([name, fn(r)]); };
const encoding = { b64encode: (s) => Buffer.from(s).toString("base64") };
)"_s;
    const QString tail = u"\niteration();\nconsole.log(JSON.stringify({ sent, checks }));\n"_s;
    QTemporaryDir dir;
    QFile file(dir.filePath(u"run.mjs"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((harness + script + tail).toUtf8());
    file.close();
    int exitCode = 0;
    const QByteArray output = runTool(u"node"_s, {file.fileName()}, &exitCode);
    QVERIFY2(exitCode == 0, output.constData());
    const QJsonObject result
            = QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
    const QJsonArray sent = result.value(u"sent"_s).toArray();
    QCOMPARE(sent.size(), 5); // in display order
    QCOMPARE(sent.at(0).toObject().value(u"name"_s).toString(), u"auth/login"_s);
    QCOMPARE(sent.at(0).toObject().value(u"url"_s).toString(), u"http://127.0.0.1:9/login"_s);
    QCOMPARE(sent.at(0).toObject().value(u"method"_s).toString(), u"POST"_s);
    QVERIFY(sent.at(0).toObject().value(u"body"_s).toString().contains(u"\"user\": \"ann\""_s));
    // The token extracted from the login response reaches the inherited bearer auth.
    const QJsonObject list = sent.at(1).toObject();
    QCOMPARE(list.value(u"url"_s).toString(), u"http://127.0.0.1:9/items?q=a%20b"_s);
    QCOMPARE(list.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
             u"Bearer T0K"_s);
    QCOMPARE(list.value(u"headers"_s).toObject().value(u"X-Folder"_s).toString(), u"items"_s);
    QVERIFY(!list.value(u"headers"_s).toObject().contains(u"X-Off"_s));
    const QJsonObject update = sent.at(2).toObject();
    QCOMPARE(update.value(u"url"_s).toString(), u"http://127.0.0.1:9/items/42"_s); // __ENV
    QCOMPARE(update.value(u"body"_s).toString(), u"name=J%C3%B6rg&note=a%26b"_s);
    QCOMPARE(update.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
             u"Basic "_s + QString::fromLatin1(QByteArray("ann:pw").toBase64()));
    QCOMPARE(sent.at(3).toObject().value(u"headers"_s).toObject().value(u"X-Key"_s).toString(),
             u"k1"_s);
    const QJsonObject upload = sent.at(4).toObject().value(u"body"_s).toObject();
    QCOMPARE(upload.value(u"file"_s).toObject().value(u"data"_s).toString(),
             u"FILE:/tmp/tether-export-test.bin"_s);
    // Every check ran and passed against the stand-in response.
    const QJsonArray checks = result.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 5);
    for (const QJsonValue &check : checks)
        QVERIFY2(check.toArray().at(1).toBool(), qPrintable(check.toArray().at(0).toString()));
}

void TestExporters::snippetsParse()
{
    const Collection collection = sampleCollection();
    QTemporaryDir dir;
    int index = 0;
    forEachRequest(collection.root, [&](const SavedRequest &saved) {
        const core::Request request
                = RequestResolver::withInheritance(collection, saved.path, saved.request);
        ++index;
        auto write = [&](const QString &name, const QString &text) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(text.toUtf8());
            return file.fileName();
        };
        int exitCode = 0;
        const QString js = write(u"s%1.mjs"_s.arg(index), SnippetExporter::javascript(request));
        QByteArray output = runTool(u"node"_s, {u"--check"_s, js}, &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        const QString py = write(u"s%1.py"_s.arg(index), SnippetExporter::python(request));
        output = runTool(u"python3"_s,
                         {u"-c"_s, u"import ast,sys; ast.parse(open(sys.argv[1]).read())"_s, py},
                         &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY(SnippetExporter::python(request).contains(u"requests.Session()"_s));
    });
    // The Qt snippet compiles against this machine's Qt.
    forEachRequest(collection.root, [&](const SavedRequest &saved) {
        const core::Request request
                = RequestResolver::withInheritance(collection, saved.path, saved.request);
        QFile file(dir.filePath(u"snippet.cpp"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(SnippetExporter::qt(request).toUtf8());
        file.close();
        QStringList arguments{u"-std=c++17"_s, u"-fsyntax-only"_s, u"-fPIC"_s};
        for (const QString &include :
             QStringLiteral(TETHER_QT_INCLUDES).split(u'|', Qt::SkipEmptyParts))
            arguments << u"-isystem"_s << include;
        arguments << file.fileName();
        int exitCode = 0;
        const QByteArray output = runTool(QStringLiteral(TETHER_CXX), arguments, &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
    });
}

void TestExporters::harRoundTrip()
{
    // A zone two hours east (POSIX TZ, no tzdata needed), so a local time's offset shows.
    const QByteArray oldZone = qgetenv("TZ");
    qputenv("TZ", "XYZ-2");
    auto restoreZone = qScopeGuard([&] {
        if (oldZone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldZone);
    });
    QList<net::Exchange> exchanges;
    for (int i = 0; i < 3; ++i) {
        net::Exchange exchange;
        // A session's exchanges start in UTC, history's in local time.
        exchange.startedAt
                = QDateTime(QDate(2026, 11, 25), QTime(12, 0, i), i == 1 ? Qt::LocalTime : Qt::UTC);
        exchange.method = "GET";
        exchange.url = QUrl(u"https://h.test/x/%1"_s.arg(i));
        exchange.request.url = exchange.url.toString();
        exchange.status = 200;
        exchange.reason = "OK";
        exchange.protocol = u"HTTP/1.1"_s;
        exchange.verdict = i == 0 ? net::ConnectionVerdict::New : net::ConnectionVerdict::Reused;
        exchange.phases = {1.0, i == 0 ? 12.0 : 0.0, 0.5, 3.0, 1.0, i == 0 ? 17.5 : 5.5};
        exchange.responseHeaders = {{"Content-Type", "application/json"}};
        exchange.body = std::make_shared<net::ResponseBody>(1024);
        exchange.body->append(QByteArray("{\"i\":" + QByteArray::number(i) + "}"));
        exchanges.append(exchange);
    }
    const QJsonObject har = HarExporter::exportExchanges(exchanges);
    const QJsonArray entries = har.value(u"log"_s).toObject().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).toObject().value(u"connection"_s),
             entries.at(2).toObject().value(u"connection"_s));
    QCOMPARE(entries.at(1).toObject().value(u"timings"_s).toObject().value(u"connect"_s).toDouble(),
             -1.0);
    QCOMPARE(entries.at(0).toObject().value(u"_connectionVerdict"_s).toString(), u"new"_s);
    auto back = HarImporter::import(QJsonDocument(har), u"out.har"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.value().exchanges.size(), 3);
    QCOMPARE(back.value().exchanges.at(0).verdict, net::ConnectionVerdict::New);
    QCOMPARE(back.value().exchanges.at(2).verdict, net::ConnectionVerdict::Reused);
    QCOMPARE(back.value().exchanges.at(0).phases.connectMs, 12.0);
    QCOMPARE(back.value().exchanges.at(1).body->read(), QByteArray("{\"i\":1}"));
    QCOMPARE(back.value().exchanges.at(2).startedAt, exchanges.at(2).startedAt);
    // HAR's startedDateTime always carries a zone designator, so the instant survives.
    QVERIFY(entries.at(0).toObject().value(u"startedDateTime"_s).toString().endsWith(u'Z'));
    const QString local = entries.at(1).toObject().value(u"startedDateTime"_s).toString();
    QCOMPARE(local, u"2026-11-25T12:00:01.000+02:00"_s);
    QCOMPARE(back.value().exchanges.at(1).startedAt, exchanges.at(1).startedAt);
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
