// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The collections tree keeps its folders as the user left them when a collection is written
// (every save, import or new folder rebuilds the collection's node).
#include "testdirs.h"

#include "collections/collectionspanel.h"
#include "common/theme.h"
#include "core/request.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace tether;

class TestCollectionsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { testsupport::useOwnUserDirs(m_home); }

    void foldersStayAsTheUserLeftThem()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        store::Workspace workspace;
        QVERIFY(workspace.newCollection(api, u"API"_s));
        QVERIFY(workspace.newFolder(api, {}, u"users"_s));
        QVERIFY(workspace.newFolder(api, u"users"_s, u"admin"_s));
        QVERIFY(workspace.newFolder(api, {}, u"orders"_s));
        ui::CollectionsPanel panel(workspace.collections());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.tree();
        store::CollectionTreeModel *model = workspace.collections();
        auto at = [&](const QString &path) { return model->indexFor(api, path); };
        QVERIFY(tree->isExpanded(at({})));
        QVERIFY(tree->isExpanded(at(u"users"_s)));
        QVERIFY(tree->isExpanded(at(u"users/admin"_s)));

        tree->collapse(at(u"orders"_s)); // as a click on its arrow does
        core::Request request;
        request.url = u"http://127.0.0.1/"_s;
        QVERIFY(workspace.saveRequest(api, u"users/admin/list"_s, {}, request));
        QVERIFY(workspace.newFolder(api, u"orders"_s, u"refunds"_s));
        // Rebuilt twice: nested folders are still open, the closed one still closed, and the
        // new folder inside it is there but not shown open against the user's choice.
        QVERIFY(tree->isExpanded(at({})));
        QVERIFY(tree->isExpanded(at(u"users"_s)));
        QVERIFY(tree->isExpanded(at(u"users/admin"_s)));
        QVERIFY(!tree->isExpanded(at(u"orders"_s)));
        QVERIFY(at(u"orders/refunds"_s).isValid());

        // Showing the panel again (switching dock tabs) does not reopen it either.
        panel.hide();
        panel.show();
        QVERIFY(!tree->isExpanded(at(u"orders"_s)));
        tree->expand(at(u"orders"_s));
        QVERIFY(tree->isExpanded(at(u"orders/refunds"_s)));
    }

    void filterShowsMatchingRequestsAndTheirFolders()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        store::Workspace workspace;
        QVERIFY(workspace.newCollection(api, u"API"_s));
        core::Request get;
        get.url = u"http://127.0.0.1/"_s;
        core::Request remove = get;
        remove.method = u"DELETE"_s;
        QVERIFY(workspace.saveRequest(api, u"users/list"_s, u"List users"_s, get));
        QVERIFY(workspace.saveRequest(api, u"users/admin/disable"_s, u"Disable"_s, remove));
        QVERIFY(workspace.saveRequest(api, u"orders/list"_s, u"List orders"_s, get));
        ui::CollectionsPanel panel(workspace.collections());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.tree();
        store::CollectionTreeModel *model = workspace.collections();
        auto hidden = [&](const QString &path) {
            const QModelIndex index = model->indexFor(api, path);
            return tree->isRowHidden(index.row(), index.parent());
        };

        // Every word must match the method, the name or the path.
        panel.setFilter(u"list ORDERS"_s);
        QVERIFY(hidden(u"users"_s));
        QVERIFY(!hidden(u"orders"_s));
        QVERIFY(!hidden(u"orders/list"_s));
        panel.setFilter(u"delete"_s);
        QVERIFY(!hidden(u"users"_s));
        QVERIFY(hidden(u"users/list"_s));
        QVERIFY(!hidden(u"users/admin/disable"_s));
        QVERIFY(hidden(u"orders"_s));
        // A folder's name matches all it holds; the filter outlives a rebuild of the tree.
        panel.setFilter(u"admin"_s);
        QVERIFY(!hidden(u"users/admin/disable"_s));
        QVERIFY(hidden(u"users/list"_s));
        QVERIFY(workspace.saveRequest(api, u"orders/refund"_s, u"Refund"_s, get));
        QVERIFY(hidden(u"orders"_s));
        panel.setFilter({});
        for (const QString &path : {u"users"_s, u"users/list"_s, u"orders/refund"_s})
            QVERIFY2(!hidden(path), qPrintable(path));

        // Methods are drawn in their colours: DELETE's red is on screen, GET's green too.
        const QImage image = tree->viewport()->grab().toImage();
        auto shows = [&image](const QColor &colour) {
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y) == colour)
                        return true;
            return false;
        };
        QVERIFY(shows(ui::Theme::method(u"DELETE"_s)));
        QVERIFY(shows(ui::Theme::method(u"GET"_s)));
    }
};

QTEST_MAIN(TestCollectionsPanel)
#include "tst_collectionspanel.moc"
