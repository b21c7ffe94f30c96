// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// BrunoImporter: .bru folders and OpenCollection YAML, hidden files, links, unreadable parts.
#include "importtestdata.h"

#include "formats/brunoimporter.h"
#include "formats/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;
using tether::testdata::corpus;
using tether::testdata::findRequest;
using tether::testdata::requestsIn;

class TestBrunoImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brunoBruFilesAndYaml();
    void brunoHiddenFilesLinksAndUnreadable();
};

void TestBrunoImporter::brunoBruFilesAndYaml()
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

void TestBrunoImporter::brunoHiddenFilesLinksAndUnreadable()
{
    QTemporaryDir dir;
    auto write = [&](const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(path)).path());
        QFile file(dir.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    auto bru = [](const char *name) -> QByteArray {
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

QTEST_GUILESS_MAIN(TestBrunoImporter)
#include "tst_brunoimporter.moc"
