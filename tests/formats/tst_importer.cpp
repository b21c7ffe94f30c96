// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Importer: format detection and every corpus file of ../shared/corpus, malformed inputs, nesting.
#include "importtestdata.h"

#include "formats/curlimporter.h"
#include "formats/importer.h"
#include "store/collectionstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;
using tether::testdata::corpus;
using tether::testdata::depthOf;
using tether::testdata::requestsIn;

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusFileImports_data();
    void corpusFileImports();
    void corpusInputsThatMustNotImportCleanly();
    void foldersNestTo256AndDeeperAreKept();
    void requestsWithOneLongNameGetAFileEach();
    void malformedInputsGiveErrors_data();
    void malformedInputsGiveErrors();
};

void TestImporter::corpusFileImports_data()
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

void TestImporter::corpusFileImports()
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

void TestImporter::corpusInputsThatMustNotImportCleanly()
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

void TestImporter::foldersNestTo256AndDeeperAreKept()
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

// Three requests with one 300-character name: the numbers that tell their files apart survive
// the cut to 200 bytes (the cut used to remove " (2)" again, and assignPaths never returned).
void TestImporter::requestsWithOneLongNameGetAFileEach()
{
    const QString name = QString(300, u'n');
    QString text;
    for (int i = 0; i < 3; ++i)
        text += u"# @name "_s + name + u"\nGET http://127.0.0.1/%1\n\n###\n"_s.arg(i);
    auto imported = Importer::importText(text, u"long.http"_s);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
    ImportResult result = imported.value();
    QCOMPARE(result.requestCount(), 3);
    result.assignPaths();
    QStringList paths;
    QStringList names;
    forEachRequest(result.collection.root, [&](const SavedRequest &request) {
        paths.append(request.path);
        names.append(request.name);
    });
    QCOMPARE(paths.size(), 3);
    QCOMPARE(QSet<QString>(paths.begin(), paths.end()).size(), 3);
    QCOMPARE(paths.at(0), QString(199, u'n'));
    QVERIFY2(paths.at(1).endsWith(u"n (2)"_s), qPrintable(paths.at(1)));
    QVERIFY2(paths.at(2).endsWith(u"n (3)"_s), qPrintable(paths.at(2)));
    for (const QString &path : paths)
        QVERIFY(path.toUtf8().size() <= store::CollectionStore::maximumNameBytes);
    // The name shown is the file's, not 300 characters under three different files.
    QCOMPARE(names.at(0), name);
    QCOMPARE(names.at(1), paths.at(1));
    QCOMPARE(result.collection.root.order, names);
}

void TestImporter::malformedInputsGiveErrors_data()
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

void TestImporter::malformedInputsGiveErrors()
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

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
