// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The editing area's behaviour without the window: a context, the tabs, the response view and
// the collections panel, wired by the RequestController alone. Each tab keeps its own request
// and response, a modified tab is not closed without asking, drafts outlive a crash.
#include "editingarea.h"
#include "nginxfixture.h"
#include "testdirs.h"

#include "body/bodylinesmodel.h"
#include "collections/saverequestdialog.h"
#include "core/keyvaluemodel.h"
#include "request/requestcontroller.h"
#include "request/requesteditor.h"
#include "response/bodyview.h"
#include "store/collectionstore.h"
#include "store/historymodel.h"
#include "store/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tether;

// The parts of a request editor a test reads and drives.
struct RequestEditorProbe
{
    explicit RequestEditorProbe(ui::RequestEditor *editor)
        : params(editor->findChild<core::KeyValueModel *>(u"paramsModel"_s)),
          path(editor->findChild<core::KeyValueModel *>(u"pathVariablesModel"_s)),
          tabs(editor->findChild<QTabWidget *>(u"requestTabs"_s))
    { }
    core::KeyValueModel *params;
    core::KeyValueModel *path;
    QTabWidget *tabs;
};

class TestRequestController : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;
    QTemporaryDir m_home; // history, drafts and settings of this run only

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus, so no keychain (the case the README promises an offer for); nothing
        // here has asked for the bus yet.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY"); // no autolaunched bus either
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        testsupport::useOwnUserDirs(m_home);
        QSettings().setValue(u"proxy/mode"_s, u"none"_s);
    }

    void tabsKeepTheirOwnRequestAndResponse()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        testsupport::EditingArea area;
        area.tabs.show();
        QVERIFY(area.newTabInNewCollection(api));
        area.typeUrlAndSend(m_nginx.http(u"/json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(area.status().contains(u"200"_s), 5000);
        QVERIFY(area.controller.saveAs(api, u"first"_s));

        area.controller.newRequestTab();
        QCOMPARE(area.tabs.count(), 2);
        QVERIFY(area.status().contains(u"No response yet"_s));
        area.typeUrlAndSend(m_nginx.http(u"/notfound"_s));
        QTRY_VERIFY_WITH_TIMEOUT(area.status().contains(u"404"_s), 5000);
        QVERIFY(area.tabs.tabText(1).endsWith(u"●"_s)); // modified, unsaved

        area.tabs.setCurrentIndex(0);
        QVERIFY(area.status().contains(u"200"_s));
        QCOMPARE(area.url()->text(), m_nginx.http(u"/json"_s));
        // Opening an already open request switches to its tab.
        area.tabs.setCurrentIndex(1);
        area.controller.openRequest(api, u"first"_s);
        QCOMPARE(area.tabs.currentIndex(), 0);
        QCOMPARE(area.tabs.count(), 2);
        // Closing a clean tab asks nothing.
        QVERIFY(area.controller.closeTab(0));
        QCOMPARE(area.tabs.count(), 1);
        QVERIFY(area.feedback.questions.isEmpty());
        // Every exchange of the window is in history, once.
        QTRY_COMPARE_WITH_TIMEOUT(area.context.workspace()->historyModel()->rowCount(), 2, 5000);
    }

    // Nothing of one tab's response shows in another, nor over a request that was not sent.
    void eachTabOwnsItsResponse()
    {
        testsupport::EditingArea area;
        area.controller.newRequestTab();
        auto *tabs = area.response.findChild<QTabWidget *>(u"responseTabs"_s);
        auto *search = area.response.findChild<QLineEdit *>(u"bodySearch"_s);
        auto *bodyView = area.response.findChild<ui::BodyView *>();
        area.typeUrlAndSend(m_nginx.http(u"/json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(area.status().contains(u"200"_s), 5000);
        QVERIFY(tabs->tabText(1) != u"Headers"_s); // "Headers (n)"
        QTRY_VERIFY(bodyView->model()->rowCount() > 0); // formatted off the GUI thread
        QTest::keyClicks(search, u"items"_s);

        area.controller.newRequestTab();
        QCOMPARE(tabs->tabText(1), u"Headers"_s);
        QCOMPARE(bodyView->model()->rowCount(), 0);
        QVERIFY(search->text().isEmpty());

        // Back to the first tab: its response, without the search typed over it before.
        area.tabs.setCurrentIndex(0);
        QVERIFY(area.status().contains(u"200"_s));
        QTRY_VERIFY(bodyView->model()->rowCount() > 0); // formatted off the GUI thread
        // Not sent (an unresolved variable): the earlier response does not stay under it.
        area.typeUrlAndSend(u"{{nowhere}}/json"_s);
        QVERIFY2(area.status().contains(u"Not sent"_s), qPrintable(area.status()));
        QCOMPARE(tabs->tabText(1), u"Headers"_s);
        QCOMPARE(bodyView->model()->rowCount(), 0);
    }

    void untitledTabsAreNamedFromTheirUrl()
    {
        QCOMPARE(ui::RequestTabs::untitledName(u"https://api.test/users/42?x=1#top"_s),
                 u"/users/42"_s);
        QCOMPARE(ui::RequestTabs::untitledName(u"{{base}}/items"_s), u"/items"_s);
        QCOMPARE(ui::RequestTabs::untitledName(u"https://api.test/"_s), u"api.test"_s);
        QCOMPARE(ui::RequestTabs::untitledName(u"{{base}}"_s), QString());
        QCOMPARE(ui::RequestTabs::untitledName(u"/"_s + QString(60, u'a')).size(), 40);
        testsupport::EditingArea area;
        area.controller.newRequestTab();
        QCOMPARE(area.tabs.tabText(0), u"GET Untitled"_s);
        QTest::keyClicks(area.url(), u"{{base}}/users/42"_s);
        QCOMPARE(area.tabs.tabText(0), u"GET /users/42 ●"_s); // follows the typing
        area.controller.currentEditor()
                ->findChild<QComboBox *>(u"method"_s)
                ->setCurrentText(u"DELETE"_s);
        QCOMPARE(area.tabs.tabText(0), u"DELETE /users/42 ●"_s);
    }

    void savingWithNoCollectionOpensTheSaveDialog()
    {
        QTemporaryDir dir;
        const QString ops = dir.filePath(u"ops"_s);
        testsupport::EditingArea area;
        area.controller.newRequestTab();
        QTest::keyClicks(area.url(), u"http://127.0.0.1/health"_s);
        // Ctrl+S on a request that belongs nowhere, with no collection open: the Save dialog,
        // where a collection is made and the request named, not a hint in the status bar.
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SaveRequestDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = true;
            QCOMPARE(dialog->name(), u"health"_s); // from the URL, as the tab is named
            QVERIFY(dialog->createCollection(ops, u"Ops"_s));
            auto *name = dialog->findChild<QLineEdit *>(u"saveRequestName"_s);
            name->clear();
            QTest::keyClicks(name, u"Health check"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QVERIFY(area.controller.save());
        QVERIFY(shown);
        auto loaded = store::CollectionStore::load(ops);
        QVERIFY(loaded);
        const core::SavedRequest *saved = loaded.value().findRequest(u"Health check"_s);
        QVERIFY(saved);
        QCOMPARE(saved->request.url, u"http://127.0.0.1/health"_s);
        QCOMPARE(area.controller.currentCollection(), ops);
        QCOMPARE(area.tabs.tabText(0), u"GET Health check"_s);

        // Saving again writes in place, without the dialog.
        QTest::keyClicks(area.url(), u"z"_s);
        QVERIFY(area.controller.save());
        QCOMPARE(store::CollectionStore::load(ops)
                         .value()
                         .findRequest(u"Health check"_s)
                         ->request.url,
                 u"http://127.0.0.1/healthz"_s);

        // Cancelled: nothing written, the tab keeps what was typed.
        area.controller.newRequestTab(ops);
        QTest::keyClicks(area.url(), u"http://127.0.0.1/ready"_s);
        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        QVERIFY(!area.controller.chooseSaveAs());
        QCOMPARE(store::CollectionStore::load(ops).value().root.requests.size(), 1);
        QCOMPARE(area.url()->text(), u"http://127.0.0.1/ready"_s);
    }

    void paramsAreTheUrlsQueryOnTheWire()
    {
        testsupport::EditingArea area;
        area.controller.newRequestTab();
        RequestEditorProbe editor{area.controller.currentEditor()};
        const QString base = m_nginx.http(u"/q"_s);
        QTest::keyClicks(area.url(), base + u"?a=1&b=two"_s);
        // Typed in the URL: rows in the table.
        QCOMPARE(editor.params->rowCount(), 3); // two rows and the blank one
        QCOMPARE(editor.params->entries().at(1), (core::KeyValue{u"b"_s, u"two"_s, true}));
        QCOMPARE(editor.tabs->tabText(0), u"Params (2)"_s);

        // Edited in the table: the URL follows, nothing re-encoded.
        QVERIFY(editor.params->setData(editor.params->index(1, core::KeyValueModel::ValueColumn),
                                       u"three"_s));
        QCOMPARE(area.url()->text(), base + u"?a=1&b=three"_s);
        QVERIFY(editor.params->setData(editor.params->index(0, core::KeyValueModel::NameColumn),
                                       Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(area.url()->text(), base + u"?b=three"_s);
        QCOMPARE(editor.params->rowCount(), 3); // the unchecked row stays in the table
        QVERIFY(editor.params->setData(editor.params->index(2, core::KeyValueModel::NameColumn),
                                       u"p"_s));
        QVERIFY(editor.params->setData(editor.params->index(2, core::KeyValueModel::ValueColumn),
                                       u"x+y%2B"_s));
        QCOMPARE(area.url()->text(), base + u"?b=three&p=x+y%2B"_s);
        QCOMPARE(editor.tabs->tabText(0), u"Params (2)"_s);
        // Typing in the URL again keeps the unchecked row.
        QTest::keyClicks(area.url(), u"&c"_s);
        QCOMPARE(editor.params->entries().size(), 4);
        QCOMPARE(editor.params->entries().at(2).name, u"c"_s);
        QCOMPARE(editor.params->entries().at(3), (core::KeyValue{u"a"_s, u"1"_s, false}));
        const core::Request request = area.controller.currentEditor()->request();
        QCOMPARE(request.params, (core::KeyValueList{{u"a"_s, u"1"_s, false}}));

        // On the wire: exactly the query the URL bar shows ("+" is not turned into "%2B").
        const int before = int(m_nginx.log().size());
        QTest::keyClick(area.url(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_nginx.waitForLogLines(before + 1));
        QCOMPARE(m_nginx.log().last().uri, u"/q?b=three&p=x+y%2B&c"_s);

        // A request saved by the old table (rows appended, encoded) opens with those rows in
        // its URL, unmodified, and sends the bytes it always sent.
        core::Request legacy;
        legacy.url = base + u"?x=1"_s;
        legacy.params = {{u"q"_s, u"a b+c"_s, true}, {u"off"_s, u"1"_s, false}};
        area.controller.loadIntoNewTab(legacy, {}, false);
        QCOMPARE(area.url()->text(), base + u"?x=1&q=a%20b%2Bc"_s);
        QVERIFY(!area.tabs.tabText(area.tabs.currentIndex()).endsWith(u"●"_s));
        QTest::keyClick(area.url(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_nginx.waitForLogLines(before + 2));
        QCOMPARE(m_nginx.log().last().uri, u"/q?x=1&q=a%20b%2Bc"_s);
    }

    void pathVariablesAreRowsFilledInWhenSent()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        testsupport::EditingArea area;
        QVERIFY(area.newTabInNewCollection(api));
        RequestEditorProbe editor{area.controller.currentEditor()};
        auto *box = area.controller.currentEditor()->findChild<QWidget *>(u"pathVariables"_s);
        QVERIFY(box->isHidden());
        QTest::keyClicks(area.url(), m_nginx.http(u"/users/:id/posts?x=:id"_s));
        QVERIFY(!box->isHidden());
        QCOMPARE(editor.path->rowCount(), 1);
        QCOMPARE(editor.path->entries().first().name, u"id"_s);
        QVERIFY(editor.path->setData(editor.path->index(0, core::KeyValueModel::ValueColumn),
                                     u"42"_s));
        // The URL keeps ":id"; the wire has the value, in the path only.
        QCOMPARE(area.url()->text(), m_nginx.http(u"/users/:id/posts?x=:id"_s));
        const int before = int(m_nginx.log().size());
        QTest::keyClick(area.url(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_nginx.waitForLogLines(before + 1));
        QCOMPARE(m_nginx.log().last().uri, u"/users/42/posts?x=:id"_s);

        // Saved and opened again: the value is in the file and back in its row.
        QVERIFY(area.controller.saveAs(api, u"post"_s));
        auto loaded = store::CollectionStore::load(api);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().findRequest(u"post"_s)->request.pathVariables,
                 (core::KeyValueList{{u"id"_s, u"42"_s, true}}));
        QVERIFY(area.controller.closeTab(area.tabs.currentIndex()));
        area.controller.openRequest(api, u"post"_s);
        RequestEditorProbe reopened{area.controller.currentEditor()};
        QCOMPARE(reopened.path->entries().first().value, u"42"_s);
        // Renaming the segment starts the new name empty; the URL bar hides nothing.
        area.url()->end(false);
        area.url()->setCursorPosition(int(area.url()->text().indexOf(u"/posts"_s)));
        QTest::keyClicks(area.url(), u"x"_s);
        QCOMPARE(reopened.path->entries(), (core::KeyValueList{{u"idx"_s, QString(), true}}));
    }

    void modifiedTabIsClosedOnlyWhenTheUserSays()
    {
        testsupport::EditingArea area;
        area.controller.newRequestTab();
        QTest::keyClicks(area.url(), m_nginx.http(u"/typed"_s));
        QVERIFY(area.controller.isModified());
        // Cancel (also what an unanswered question means): the tab and its text stay.
        QVERIFY(!area.controller.closeTab(0));
        QCOMPARE(area.tabs.count(), 1);
        QCOMPARE(area.url()->text(), m_nginx.http(u"/typed"_s));
        QCOMPARE(area.feedback.questions.size(), 1);
        QVERIFY(area.feedback.questions.first().contains(u"Untitled"_s));
        // Discard: closed, and a fresh blank tab takes its place.
        area.feedback.saveAnswers = {ui::Feedback::SaveChoice::Discard};
        QVERIFY(area.controller.closeTab(0));
        QCOMPARE(area.tabs.count(), 1);
        QVERIFY(area.url()->text().isEmpty());
        QVERIFY(!area.controller.isModified());
    }

    // Without a keychain a typed token is not written to disk: the user is offered to keep it
    // in memory for this run, the file holds a reference, and the request still sends it.
    void typedTokenWithoutKeychainIsKeptForThisRun()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        testsupport::EditingArea area;
        QVERIFY(area.newTabInNewCollection(api));
        core::Request typed;
        typed.url = m_nginx.http(u"/echo-headers"_s);
        typed.auth.type = core::AuthType::Bearer;
        typed.auth.token = u"typed-SECRET-42"_s;
        area.controller.currentEditor()->setRequest(typed);

        // Refused: nothing written, the tab keeps what was typed.
        QVERIFY(!area.controller.saveAs(api, u"tokened"_s));
        QCOMPARE(area.feedback.questions.size(), 1);
        QVERIFY2(area.feedback.questions.first().contains(u"in memory"_s),
                 qPrintable(area.feedback.questions.first()));
        QVERIFY(!QFile::exists(api + u"/tokened.request.json"_s));
        QCOMPARE(area.controller.currentEditor()->request().auth.token, u"typed-SECRET-42"_s);

        // Accepted: the file holds a reference, the token stays usable until Tether quits.
        area.feedback.answers = {true};
        QVERIFY(area.controller.saveAs(api, u"tokened"_s));
        QFile file(api + u"/tokened.request.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("typed-SECRET-42"));
        QVERIFY2(written.contains("{{"), written.constData());
        area.typeUrlAndSend(m_nginx.http(u"/echo-headers"_s));
        QTRY_VERIFY_WITH_TIMEOUT(area.status().contains(u"200"_s), 5000);
        QVERIFY(area.feedback.warnings.isEmpty());
    }

    // Quitting with unsaved tabs says they are kept as drafts, and offers to save them or stay.
    void quittingWithUnsavedTabsAsks()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        testsupport::EditingArea area;
        QVERIFY(area.controller.confirmQuit()); // nothing unsaved: nothing asked
        QVERIFY(area.feedback.questions.isEmpty());
        QVERIFY(area.newTabInNewCollection(api));
        QTest::keyClicks(area.url(), m_nginx.http(u"/kept"_s));
        QVERIFY(area.controller.saveAs(api, u"kept"_s));
        QVERIFY(area.controller.confirmQuit()); // saved: nothing asked
        QVERIFY(area.feedback.questions.isEmpty());
        QTest::keyClicks(area.url(), u"?edited=1"_s);

        QVERIFY(!area.controller.confirmQuit()); // Cancel: stay
        QCOMPARE(area.feedback.questions.size(), 1);
        QVERIFY2(area.feedback.questions.first().contains(
                         u"Unsaved changes in 1 request:\n• GET kept\n"_s),
                 qPrintable(area.feedback.questions.first()));
        QVERIFY(area.feedback.questions.first().contains(u"drafts"_s));
        area.feedback.quitAnswers = {ui::Feedback::QuitChoice::KeepDrafts};
        QVERIFY(area.controller.confirmQuit());
        QVERIFY(area.controller.isModified()); // kept as it is, for the draft
        area.feedback.quitAnswers = {ui::Feedback::QuitChoice::SaveAll};
        QVERIFY(area.controller.confirmQuit());
        QVERIFY(!area.controller.isModified());
        auto saved = store::CollectionStore::load(api);
        QVERIFY(saved);
        QCOMPARE(saved.value().findRequest(u"kept"_s)->request.url,
                 m_nginx.http(u"/kept?edited=1"_s));
    }

    void draftSurvivesACrash()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        {
            testsupport::EditingArea area;
            QVERIFY(area.newTabInNewCollection(api));
            QTest::keyClicks(area.url(), m_nginx.http(u"/draft"_s));
            QVERIFY(area.controller.saveAs(api, u"draft"_s));
            QTest::keyClicks(area.url(), u"?edited=1"_s);
            QTest::qWait(1300); // the draft is written a second after the last edit
            // Destroyed without writing anything at close: as if the process died.
        }
        testsupport::EditingArea area;
        area.controller.restoreDrafts();
        QCOMPARE(area.url()->text(), m_nginx.http(u"/draft?edited=1"_s));
        QVERIFY(area.controller.isModified());
        QCOMPARE(area.controller.currentRequestPath(), u"draft"_s);
        QVERIFY(area.controller.save());
        auto saved = store::CollectionStore::load(api);
        QVERIFY(saved);
        QCOMPARE(saved.value().findRequest(u"draft"_s)->request.url,
                 m_nginx.http(u"/draft?edited=1"_s));
    }
};

QTEST_MAIN(TestRequestController)
#include "tst_requestcontroller.moc"
