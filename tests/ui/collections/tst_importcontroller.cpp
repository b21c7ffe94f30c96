// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Imports without the window: paths are read one after the other off the GUI thread, a file
// that cannot be read is said by name and does not stop the queue, each import becomes an open
// collection, and nothing is asked when no person answers.
#include "editingarea.h"
#include "testdirs.h"

#include "collections/importcontroller.h"
#include "store/collectiontreemodel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tether;

class TestImportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toLocal8Bit()); // new collections go to ~/Documents/Tether
        testsupport::useOwnUserDirs(m_home);
    }

    void queuedImportsAllRunAndFailuresAreSaid()
    {
        testsupport::EditingArea area;
        area.controller.newRequestTab();
        ui::ImportController imports(area.context.workspace(), &area.controller, &area.feedback,
                                     nullptr);
        QSignalSpy idle(&imports, &ui::ImportController::idle);
        const QString broken = m_home.filePath(u"broken.postman_collection.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"info\": {\"name\": \"x\", \"schema\": ");
        file.close();

        imports.importPaths(
                {broken, testsupport::corpus(u"postman/restful-booker.postman_collection.json"_s)});
        imports.importPaths(
                {testsupport::corpus(u"insomnia/campautn.insomnia.json"_s)}); // behind the two
        QVERIFY(idle.wait(30000));
        QCOMPARE(idle.count(), 1); // idle once, when all three are done
        QCOMPARE(area.feedback.warnings.size(), 1);
        QVERIFY2(area.feedback.warnings.first().contains(u"broken.postman_collection.json"_s),
                 qPrintable(area.feedback.warnings.first()));
        QVERIFY(area.feedback.questions.isEmpty());

        const QStringList dirs = area.context.workspace()->collections()->collectionDirs();
        QCOMPARE(dirs.size(), 2);
        for (const QString &dir : dirs)
            QVERIFY2(dir.startsWith(m_home.filePath(u"Documents/Tether/"_s)), qPrintable(dir));
        const core::Collection *booker
                = area.context.workspace()->collections()->collection(dirs.first());
        QVERIFY(booker);
        QCOMPARE(booker->root.requests.size(), 5);
        QVERIFY(QFile::exists(dirs.last() + u"/collection.json"_s));
    }

    void anEnvironmentAloneIsAddedToTheCollectionInUse()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        testsupport::EditingArea area;
        QVERIFY(area.newTabInNewCollection(api));
        ui::ImportController imports(area.context.workspace(), &area.controller, &area.feedback,
                                     nullptr);
        QSignalSpy idle(&imports, &ui::ImportController::idle);
        imports.importPaths(
                {testsupport::corpus(u"postman/restful-booker.postman_environment.json"_s)});
        QVERIFY(idle.wait(30000));
        // No new "APIproject1" collection, no "Imported 0 requests": the environment joined
        // the open collection, and the toolbar offers it.
        QCOMPARE(area.context.workspace()->collections()->collectionDirs(), QStringList{api});
        QCOMPARE(area.context.workspace()->environments(api), QStringList{u"APIproject1"_s});
        QVERIFY(QFile::exists(api + u"/environments/APIproject1.json"_s));
        QVERIFY(area.controller.environmentBox()->findText(u"APIproject1"_s) >= 0);
        QVERIFY(area.feedback.warnings.isEmpty());
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
