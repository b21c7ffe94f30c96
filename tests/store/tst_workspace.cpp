// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The workspace behind the Collections and History docks: tree model, drag and drop moves,
// rename, duplicate, delete/restore, folder order.
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/requestresolver.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using store::CollectionTreeModel;

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static core::Request get(const QString &url)
    {
        core::Request request;
        request.url = url;
        return request;
    }
    static QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(parent); ++row)
            names.append(model.index(row, 0, parent).data().toString());
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    }

    void aCollectionThatNoLongerLoadsAfterAWriteIsSaid()
    {
        // The request is written; reading the collection back fails (its collection.json was
        // damaged meanwhile): the workspace says so instead of dropping the error.
        QTemporaryDir dir;
        store::Workspace workspace;
        QVERIFY(workspace.newCollection(dir.path(), u"API"_s));
        QVERIFY(workspace.saveRequest(dir.path(), u"ping"_s, u"ping"_s, get(u"http://h/p"_s)));
        QSignalSpy failed(&workspace, &store::Workspace::reloadFailed);
        QFile collectionFile(QDir(dir.path()).filePath(u"collection.json"_s));
        QVERIFY(collectionFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        collectionFile.write("{ not json");
        collectionFile.close();
        const auto copy = workspace.duplicateRequest(dir.path(), u"ping"_s);
        QVERIFY(copy);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(copy.value() + u".request.json"_s)));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), dir.path());
        QVERIFY2(failed.first().at(1).toString().contains(u"collection.json"_s),
                 qPrintable(failed.first().at(1).toString()));
    }

    void treeFollowsTheFiles()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        QAbstractItemModelTester tester(workspace.collections(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(workspace.newCollection(dir.path(), u"API"_s));
        QVERIFY(workspace.saveRequest(dir.path(), u"users/list"_s, u"list"_s,
                                      get(u"http://h/u"_s)));
        QVERIFY(workspace.saveRequest(dir.path(), u"users/create"_s, u"create"_s,
                                      get(u"http://h/c"_s)));
        QVERIFY(workspace.saveRequest(dir.path(), u"ping"_s, u"ping"_s, get(u"http://h/p"_s)));
        CollectionTreeModel *model = workspace.collections();
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(root.data().toString(), u"API"_s);
        QCOMPARE(childNames(*model, root), (QStringList{u"users"_s, u"GET  ping"_s}));
        const QModelIndex users = model->indexFor(dir.path(), u"users"_s);
        QCOMPARE(childNames(*model, users), (QStringList{u"GET  create"_s, u"GET  list"_s}));
        QCOMPARE(workspace.recentCollections().first(), QDir(dir.path()).absolutePath());

        // Rename, duplicate, delete and restore.
        auto renamed = workspace.renameRequest(dir.path(), u"ping"_s, u"health check"_s);
        QVERIFY(renamed);
        QCOMPARE(renamed.value(), u"health check"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"ping.request.json"_s)));
        auto copy = workspace.duplicateRequest(dir.path(), u"users/list"_s);
        QVERIFY(copy);
        QCOMPARE(copy.value(), u"users/list copy"_s);
        QCOMPARE(workspace.collections()
                         ->collection(dir.path())
                         ->findRequest(copy.value())
                         ->request.url,
                 u"http://h/u"_s);
        auto bytes = workspace.deleteRequest(dir.path(), u"users/list"_s);
        QVERIFY(bytes);
        QVERIFY(!model->indexFor(dir.path(), u"users/list"_s).isValid());
        QVERIFY(workspace.restoreRequest(dir.path(), u"users/list"_s, bytes.value()));
        QVERIFY(model->indexFor(dir.path(), u"users/list"_s).isValid());
    }

    void folderAndCollectionSettings()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain here: typed secrets are refused
        QTemporaryDir dir;
        store::Workspace workspace;
        QVERIFY(workspace.newCollection(dir.path(), u"API"_s));
        QVERIFY(workspace.newFolder(dir.path(), {}, u"admin"_s));
        core::Request request = get(u"http://h/x"_s);
        request.auth.type = core::AuthType::Inherit;
        QVERIFY(workspace.saveRequest(dir.path(), u"admin/x"_s, u"x"_s, request));

        core::Auth bearer;
        bearer.type = core::AuthType::Bearer;
        bearer.token = u"{{adminToken}}"_s;
        QVERIFY(workspace.saveFolderSettings(dir.path(), u"admin"_s,
                                             {{u"X-Admin"_s, u"yes"_s, true}}, bearer));
        core::Auth basic;
        basic.type = core::AuthType::Basic;
        basic.username = u"root"_s;
        basic.password = u"{{rootPassword}}"_s;
        QVERIFY(workspace.saveFolderSettings(dir.path(), {}, {{u"X-Team"_s, u"core"_s, true}},
                                             basic));

        const core::Collection *collection = workspace.collections()->collection(dir.path());
        const core::Request resolved = store::RequestResolver::withInheritance(
                *collection, u"admin/x"_s, collection->findRequest(u"admin/x"_s)->request);
        QCOMPARE(resolved.headerValue(u"X-Admin"_s), u"yes"_s);
        QCOMPARE(resolved.headerValue(u"X-Team"_s), u"core"_s);
        QCOMPARE(resolved.auth.type, core::AuthType::Bearer); // the nearest folder's
        QCOMPARE(resolved.auth.token, u"{{adminToken}}"_s);

        core::Auth typed = bearer;
        typed.token = u"literal-SECRET"_s;
        auto refused = workspace.saveFolderSettings(dir.path(), u"admin"_s, {}, typed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"no-keychain"_s);
        QFile folderFile(dir.filePath(u"admin/folder.json"_s));
        QVERIFY(folderFile.open(QIODevice::ReadOnly));
        QVERIFY(!folderFile.readAll().contains("literal-SECRET"));
    }

    void dragAndDropMovesAndOrders()
    {
        QTemporaryDir dir;
        store::Workspace workspace;
        QVERIFY(workspace.newCollection(dir.path(), u"API"_s));
        QVERIFY(workspace.newFolder(dir.path(), {}, u"admin"_s));
        QVERIFY(workspace.saveRequest(dir.path(), u"users/a"_s, u"a"_s, get(u"http://h/a"_s)));
        QVERIFY(workspace.saveRequest(dir.path(), u"users/b"_s, u"b"_s, get(u"http://h/b"_s)));
        QVERIFY(workspace.saveRequest(dir.path(), u"users/c"_s, u"c"_s, get(u"http://h/c"_s)));
        CollectionTreeModel *model = workspace.collections();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(model, &CollectionTreeModel::moveRequested, &workspace,
                [&workspace](const QString &d, const QString &p, const QString &f,
                             const QStringList &o) { QVERIFY(workspace.moveRequest(d, p, f, o)); });
        QSignalSpy moves(model, &CollectionTreeModel::moveRequested);

        // Reorder: drop c before a in users.
        const QModelIndex c = model->indexFor(dir.path(), u"users/c"_s);
        std::unique_ptr<QMimeData> data(model->mimeData({c}));
        QVERIFY(data);
        const QModelIndex users = model->indexFor(dir.path(), u"users"_s);
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, users));
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, users);
        QTRY_COMPARE(moves.size(), 1);
        QCOMPARE(childNames(*model, model->indexFor(dir.path(), u"users"_s)),
                 (QStringList{u"GET  c"_s, u"GET  a"_s, u"GET  b"_s}));
        QVERIFY(QFile::exists(dir.filePath(u"users/folder.json"_s))); // the order is kept in git

        // Move: drop b onto the admin folder.
        const QModelIndex b = model->indexFor(dir.path(), u"users/b"_s);
        data.reset(model->mimeData({b}));
        model->dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                            model->indexFor(dir.path(), u"admin"_s));
        QTRY_COMPARE(moves.size(), 2);
        QVERIFY(QFile::exists(dir.filePath(u"admin/b.request.json"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"users/b.request.json"_s)));
        QVERIFY(model->indexFor(dir.path(), u"admin/b"_s).isValid());

        // Not across collections.
        QTemporaryDir other;
        QVERIFY(workspace.newCollection(other.path(), u"Other"_s));
        data.reset(model->mimeData({model->indexFor(dir.path(), u"users/a"_s)}));
        QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0,
                                        model->indexFor(QDir(other.path()).absolutePath(), {})));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
