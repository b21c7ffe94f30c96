// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// One Save dialog: the open collections and their folders (no requests), a name, the file it
// writes and whether that replaces another request; a collection or folder made on the spot.
#include "testdirs.h"

#include "collections/saverequestdialog.h"
#include "core/request.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace tether;

class TestSaveRequestDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QPushButton *saveButton(ui::SaveRequestDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
    static QString target(ui::SaveRequestDialog &dialog)
    {
        return dialog.findChild<QLabel *>(u"saveRequestTarget"_s)->text();
    }

private Q_SLOTS:
    void initTestCase() { testsupport::useOwnUserDirs(m_home); }

    void showsFoldersAndSaysWhatItWrites()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        store::Workspace workspace;
        QVERIFY(workspace.newCollection(api, u"API"_s));
        QVERIFY(workspace.newFolder(api, {}, u"users"_s));
        core::Request request;
        request.url = u"http://127.0.0.1/users"_s;
        QVERIFY(workspace.saveRequest(api, u"users/list"_s, u"list"_s, request));

        ui::SaveRequestDialog dialog(&workspace, u"List users"_s);
        auto *tree = dialog.findChild<QTreeView *>(u"saveRequestTree"_s);
        QAbstractItemModelTester tester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The collection is chosen at first; below it the folder, and no requests.
        QCOMPARE(dialog.collectionDir(), api);
        QCOMPARE(dialog.folder(), QString());
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex collection = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(collection), 1);
        const QModelIndex users = tree->model()->index(0, 0, collection);
        QCOMPARE(users.data().toString(), u"users"_s);
        QCOMPARE(tree->model()->rowCount(users), 0);

        QVERIFY(dialog.select(api, u"users"_s));
        QCOMPARE(dialog.path(), u"users/List users"_s);
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(target(dialog).startsWith(u"Writes "_s));
        QVERIFY(target(dialog).contains(u"users"_s));

        // The name of a request already there: it would be replaced, and the dialog says so.
        auto *name = dialog.findChild<QLineEdit *>(u"saveRequestName"_s);
        name->clear();
        QTest::keyClicks(name, u"list"_s);
        QCOMPARE(dialog.path(), u"users/list"_s);
        QCOMPARE(saveButton(dialog)->text(), u"Replace"_s);
        QVERIFY(target(dialog).contains(u"Replaces"_s));
        // …unless it is this request's own place.
        dialog.setOwnPlace(api, u"users/list"_s);
        QCOMPARE(saveButton(dialog)->text(), u"Save"_s);

        // No name: nothing to save.
        name->clear();
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::keyClicks(name, u"  Get: user?  "_s);
        QCOMPARE(dialog.name(), u"Get: user?"_s); // shown as typed…
        QCOMPARE(dialog.path(), u"users/Get- user-"_s); // …written under a safe file name

        // A folder made on the spot, below the chosen one, becomes the place.
        QVERIFY(dialog.createFolder(u"admin"_s));
        QCOMPARE(dialog.folder(), u"users/admin"_s);
        QCOMPARE(dialog.path(), u"users/admin/Get- user-"_s);
        QVERIFY(QFileInfo(dir.filePath(u"api/users/admin"_s)).isDir());
        QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
    }

    void withNoCollectionOffersToMakeOne()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        ui::SaveRequestDialog dialog(&workspace, u"Health"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(target(dialog).contains(u"No collection is open"_s));
        QVERIFY(!dialog.findChild<QPushButton *>(u"saveRequestNewFolder"_s)->isEnabled());
        QVERIFY(!dialog.createFolder(u"x"_s));

        // Its folder need not exist yet.
        const QString ops = dir.filePath(u"not/yet/ops"_s);
        QVERIFY(dialog.createCollection(ops, u"Ops"_s));
        QCOMPARE(dialog.collectionDir(), ops);
        QCOMPARE(dialog.path(), u"Health"_s);
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(target(dialog).contains(u"not"_s));
    }
};

QTEST_MAIN(TestSaveRequestDialog)
#include "tst_saverequestdialog.moc"
