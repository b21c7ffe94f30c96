// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Writing what an importer read: into a new collection (opened) or an open one (reloaded),
// its exchanges into history only when asked, and a summary that counts what was not mapped.
#include "formats/importer.h"
#include "store/collectiontreemodel.h"
#include "store/historystore.h"
#include "store/workspace.h"
#include "testdirs.h"
#include "workbench/importservice.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestImportService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { testsupport::useOwnUserDirs(m_home); }

    void newCollectionIsWrittenAndOpened()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        auto imported = formats::Importer::importPath(
                testsupport::corpus(u"postman/restful-booker.postman_collection.json"_s));
        QVERIFY(imported);
        const QString target = dir.filePath(u"booker"_s);
        auto outcome = workbench::ImportService(&workspace).write(imported.value(), target, false);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(workspace.collections()->collectionDirs().contains(target));
        QCOMPARE(workspace.collections()->collection(target)->root.requests.size(), 5);
        QVERIFY2(outcome.value().summary.startsWith(u"Imported 5 requests into "_s),
                 qPrintable(outcome.value().summary));
        if (!imported.value().warnings.isEmpty())
            QVERIFY(outcome.value().summary.contains(u"not mapped"_s));
    }

    void anEnvironmentAloneIsSaidAsAdded()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        const QString api = dir.filePath(u"api"_s);
        QVERIFY(workspace.newCollection(api, u"API"_s));
        auto imported = formats::Importer::importPath(
                testsupport::corpus(u"postman/restful-booker.postman_environment.json"_s));
        QVERIFY(imported);
        auto outcome = workbench::ImportService(&workspace).write(imported.value(), api, false);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().summary, u"Added environment APIproject1 to "_s + api);
        QCOMPARE(workspace.environments(api), QStringList{u"APIproject1"_s});
    }

    void harGoesToHistoryOnlyWhenAsked()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        auto imported = formats::Importer::importPath(
                testsupport::corpus(u"har/chrome_h2_www.nghttp2.org.har"_s));
        QVERIFY(imported);
        QVERIFY(!imported.value().exchanges.isEmpty());
        auto count = [&workspace] {
            auto entries = workspace.history()->query({});
            return entries ? entries.value().size() : -1;
        };
        const qsizetype before = count();
        QVERIFY(workbench::ImportService(&workspace)
                        .write(imported.value(), dir.filePath(u"quiet"_s), false));
        QCOMPARE(count(), before);
        // Into the collection that is now open: reloaded, and the exchanges recorded with it.
        auto again = workbench::ImportService(&workspace)
                             .write(imported.value(), dir.filePath(u"quiet"_s), true);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(count(), before + imported.value().exchanges.size());
        auto entries = workspace.history()->query({});
        QCOMPARE(entries.value().first().collectionDir, dir.filePath(u"quiet"_s));
    }

    void unwritableTargetIsAnError()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        auto imported = formats::Importer::importPath(
                testsupport::corpus(u"postman/restful-booker.postman_collection.json"_s));
        QVERIFY(imported);
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto outcome = workbench::ImportService(&workspace)
                               .write(imported.value(), dir.filePath(u"file/inside"_s), false);
        QVERIFY(!outcome);
        QVERIFY(!outcome.error().message.isEmpty());
        QVERIFY(workspace.collections()->collectionDirs().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
