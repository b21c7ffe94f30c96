// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Undo and redo of a deleted request: the file comes back and goes again; a step that
// cannot be done is reported and the command becomes obsolete instead of claiming success.
#include "collections/deleterequestcommand.h"
#include "testdirs.h"

#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tether;

class TestDeleteRequestCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { testsupport::useOwnUserDirs(m_home); }

    void undoRestoresRedoDeletesFailureIsReported()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        const QString api = dir.filePath(u"api"_s);
        QVERIFY(workspace.newCollection(api, u"API"_s));
        core::Request request;
        request.url = u"http://127.0.0.1/users"_s;
        QVERIFY(workspace.saveRequest(api, u"users/list"_s, u"list"_s, request));
        const QString file = store::CollectionStore::requestFile(api, u"users/list"_s);
        auto bytes = workspace.deleteRequest(api, u"users/list"_s);
        QVERIFY(bytes);
        QVERIFY(!QFile::exists(file));

        QStringList failures;
        QUndoStack stack;
        stack.push(new ui::DeleteRequestCommand(
                &workspace, api, u"users/list"_s, bytes.value(),
                [&failures](const Error &error) { failures.append(error.message); }));
        QVERIFY(!QFile::exists(file)); // pushing does not delete twice
        stack.undo();
        QVERIFY(QFile::exists(file));
        QVERIFY(workspace.collections()->collection(api)->findRequest(u"users/list"_s));
        stack.redo();
        QVERIFY(!QFile::exists(file));
        QVERIFY(failures.isEmpty());

        // The folder is now a plain file: the request cannot come back there.
        QVERIFY(QDir(api + u"/users"_s).removeRecursively());
        QFile blocker(api + u"/users"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        stack.undo();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(u"users"_s), qPrintable(failures.first()));
        QCOMPARE(stack.count(), 0); // obsolete: nothing left to redo or undo
    }
};

QTEST_MAIN(TestDeleteRequestCommand)
#include "tst_deleterequestcommand.moc"
