// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// PostmanImporter: collections and environments, on the corpus and edge cases.
#include "importtestdata.h"

#include "formats/importer.h"
#include "formats/postmanimporter.h"
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

class TestPostmanImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postmanAuthLevelsBodiesAndScripts();
    void postmanEnvironment();
};

void TestPostmanImporter::postmanAuthLevelsBodiesAndScripts()
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
    QCOMPARE(store::RequestCodec::encodeExtractions(token->extractions).first().toObject(),
             (QJsonObject{{u"variable"_s, u"access_token"_s}, {u"json"_s, u"$.token"_s}}));
    const SavedRequest *create = findRequest(booker.value().collection.root, u"Create Booking"_s);
    QCOMPARE(store::RequestCodec::encodeExtractions(create->extractions)
                     .first()
                     .toObject()
                     .value(u"json"_s),
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

void TestPostmanImporter::postmanEnvironment()
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

QTEST_GUILESS_MAIN(TestPostmanImporter)
#include "tst_postmanimporter.moc"
