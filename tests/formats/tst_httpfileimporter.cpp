// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// HttpFileImporter: .http / .rest files (VS Code REST Client, JetBrains).
#include "importtestdata.h"

#include "formats/importer.h"
#include "store/requestcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;
using tether::testdata::corpus;
using tether::testdata::findRequest;

class TestHttpFileImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpFileVariablesNamesAndChaining();
    void httpFileBodiesMultipartGraphql();
    void httpFileSeparatorNeedsExactlyThreeHashes();
};

void TestHttpFileImporter::httpFileVariablesNamesAndChaining()
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
    QCOMPARE(store::RequestCodec::encodeExtractions(login->extractions).first().toObject(),
             (QJsonObject{{u"variable"_s, u"authToken"_s}, {u"json"_s, u"$.token"_s}}));
    QVERIFY(variable(u"authToken"_s).isNull());
    // A reference inside a request → an extraction named after the reference itself.
    const SavedRequest *profile = findRequest(result.collection.root, u"getProfile"_s);
    QCOMPARE(store::RequestCodec::encodeExtractions(profile->extractions)
                     .first()
                     .toObject()
                     .value(u"json"_s),
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

void TestHttpFileImporter::httpFileBodiesMultipartGraphql()
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

void TestHttpFileImporter::httpFileSeparatorNeedsExactlyThreeHashes()
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

QTEST_GUILESS_MAIN(TestHttpFileImporter)
#include "tst_httpfileimporter.moc"
