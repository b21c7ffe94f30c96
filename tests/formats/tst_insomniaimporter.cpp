// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// InsomniaImporter: exports (JSON and YAML), parents, cycles and orphans.
#include "importtestdata.h"

#include "formats/importer.h"
#include "store/requestcodec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;
using tether::testdata::corpus;
using tether::testdata::findRequest;
using tether::testdata::requestsIn;

class TestInsomniaImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insomniaTemplatesEnvironmentsAndResponseTags();
    void insomniaParentCycleIsReadOnce();
    void insomniaOrphansAndCyclesGoToTheTop();
};

void TestInsomniaImporter::insomniaTemplatesEnvironmentsAndResponseTags()
{
    auto imported = Importer::importPath(corpus(u"insomnia/34motors-api-doc.insomnia.json"_s));
    QVERIFY(imported.ok());
    const ImportResult &result = imported.value();
    QCOMPARE(result.collection.name, u"34 Motors FINAL"_s);
    QCOMPARE(result.collection.root.folders.size(), 4);
    const SavedRequest *login = findRequest(result.collection.root, u"LOGIN"_s);
    QCOMPARE(login->request.url, u"{{baseURL}}/login"_s); // {{ _.baseURL }} converted
    // token = {% response 'body', 'req_…', 'b64::$.token' %} → extraction on LOGIN.
    QCOMPARE(store::RequestCodec::encodeExtractions(login->extractions).first().toObject(),
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

void TestInsomniaImporter::insomniaParentCycleIsReadOnce()
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

void TestInsomniaImporter::insomniaOrphansAndCyclesGoToTheTop()
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

QTEST_GUILESS_MAIN(TestInsomniaImporter)
#include "tst_insomniaimporter.moc"
