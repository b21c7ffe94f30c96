// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Drives the real window offscreen: type a URL, press Ctrl+Enter, read what the user reads.
#include "faultyhttpserver.h"
#include "nginxfixture.h"
#include "scriptedfeedback.h"

#include "body/bodylinesmodel.h"
#include "collections/collectionactions.h"
#include "collections/collectionspanel.h"
#include "collections/importcontroller.h"
#include "collections/importdialog.h"
#include "collections/quickopendialog.h"
#include "common/theme.h"
#include "connections/connectionpanel.h"
#include "connections/swimlanesview.h"
#include "core/keyvaluemodel.h"
#include "history/historyactions.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "net/connectionlifetimesmodel.h"
#include "net/originstatsmodel.h"
#include "net/session.h"
#include "request/requestcontroller.h"
#include "request/requesteditor.h"
#include "request/requesttabs.h"
#include "response/bodyview.h"
#include "run/keepaliveprobe.h"
#include "run/runresultsmodel.h"
#include "runner/runnerview.h"
#include "settings/preferencesdialog.h"
#include "settings/settingscontroller.h"
#include "store/preferences.h"

#include "formats/importer.h"
#include "formats/importresult.h"
#include "response/responseview.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/environmentstore.h"
#include "store/historymodel.h"
#include "store/workspace.h"
#include "workbench/draftstore.h"
#include <QSignalSpy>
#include <QSpinBox>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tether;

class TestMainWindow : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;
    testsupport::ScriptedFeedback m_feedback; // dialogs answered here, not by a person

    // A window that does not reopen the last session unless asked (restore).
    ui::WindowOptions quiet(bool restore = false)
    {
        m_feedback = testsupport::ScriptedFeedback();
        return {nullptr, &m_feedback, restore};
    }
    QTemporaryDir m_home; // history, drafts and settings of this run only

    static QString label(ui::MainWindow &window, const QString &name)
    {
        return window.findChild<QLabel *>(name)->text();
    }
    static int originCell(ui::MainWindow &window, int column)
    {
        auto *table = window.findChild<QTableView *>(u"originTable"_s);
        return table->model()->index(0, column).data().toInt();
    }
    static void typeUrlAndSend(ui::MainWindow &window, const QString &url)
    {
        auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url);
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        // Traffic goes straight to the loopback nginx whatever the machine's proxy variables.
        QSettings().setValue(u"proxy/mode"_s, u"none"_s);
    }

    void sendShowsResponseAndReuse()
    {
        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        QVERIFY(urlEdit->hasFocus()); // focused at start

        typeUrlAndSend(window, m_nginx.http(u"/json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        QVERIFY(label(window, u"connectionBadge"_s).contains(u"new connection"_s));
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 1);
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 1);

        // Pretty-printed JSON body arrives from the worker.
        auto *body = window.responseView()->bodyView();
        QTRY_VERIFY(body->model()->rowCount() > 3);
        QCOMPARE(body->model()->index(0).data().toString(), u"{"_s);
        QCOMPARE(body->model()->index(1).data().toString(), u"  \"ok\": true,"_s);

        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"connectionBadge"_s).contains(u"reused"_s), 5000);
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 2);
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 1);
        QCOMPARE(originCell(window, net::OriginStatsModel::ReusedColumn), 1);
        // The badge names the connection, and the swimlanes draw it: one lane, two rides.
        QVERIFY2(label(window, u"connectionBadge"_s).contains(u"C1</b> · request 2 on it"_s),
                 qPrintable(label(window, u"connectionBadge"_s)));
        auto *lanes = window.findChild<ui::SwimlanesView *>(u"swimlanes"_s);
        QVERIFY(lanes);
        auto *lifetimes = qobject_cast<net::ConnectionLifetimesModel *>(
                window.findChild<net::ConnectionLifetimesModel *>());
        QVERIFY(lifetimes);
        QCOMPARE(lifetimes->rowCount(), 1);
        QCOMPARE(lifetimes->lifetime(0).requests, 2);
        QCOMPARE(lifetimes->lifetime(0).rides.size(), 2);
        QVERIFY(lanes->isFitted());
        const double fitted = lanes->pixelsPerMs();
        lanes->zoomBy(4);
        QCOMPARE(lanes->pixelsPerMs(), qMin(fitted * 4, ui::SwimlanesView::maxPixelsPerMs));
        QCOMPARE(lanes->isFitted(), fitted == ui::SwimlanesView::maxPixelsPerMs);
        lanes->fit();
        QVERIFY(lanes->isFitted());
    }

    void keepAliveToggleInPanel()
    {
        ui::MainWindow window(quiet());
        window.show();
        auto *keepAlive = window.findChild<QCheckBox *>(u"panelKeepAlive"_s);
        keepAlive->click();
        QCOMPARE(window.session()->settings().keepAlive, false);
        QCOMPARE(window.findChild<QCheckBox *>(u"settingsKeepAlive"_s)->isChecked(), false);
        typeUrlAndSend(window, m_nginx.http(u"/a"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 2);
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 2);
    }

    void keepAliveOffTakesEffectAtOnce()
    {
        // Switched off after a request left a connection in the pool: the next request must
        // not ride on it (nginx's log: two connections).
        ui::MainWindow window(quiet());
        window.show();
        const int before = int(m_nginx.log().size());
        typeUrlAndSend(window, m_nginx.http(u"/first"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        window.findChild<QCheckBox *>(u"panelKeepAlive"_s)->click();
        typeUrlAndSend(window, m_nginx.http(u"/second"_s));
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 2);
        QVERIFY(m_nginx.waitForLogLines(before + 2));
        const QList<testsupport::NginxFixture::LogLine> lines = m_nginx.log().mid(before);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).connection != lines.at(1).connection,
                 "the request after switching keep-alive off reused the pooled connection");
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 2);
    }

    void badInputIsExplained()
    {
        ui::MainWindow window(quiet());
        window.show();
        typeUrlAndSend(window, u"ftp://127.0.0.1/x"_s);
        QVERIFY(label(window, u"responseMessage"_s).contains(u"Unsupported scheme"_s));
        typeUrlAndSend(window, m_nginx.http(u"/{{missing}}"_s));
        QVERIFY(label(window, u"responseMessage"_s).contains(u"{{missing}}"_s));
        // What the user typed is still there.
        QCOMPARE(window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->text(),
                 m_nginx.http(u"/{{missing}}"_s));
    }

    void truncatedBodyIsRedWithWhatArrived()
    {
        testsupport::FaultyHttpServer faulty;
        QVERIFY(faulty.listen());
        ui::MainWindow window(quiet());
        window.show();
        typeUrlAndSend(window, faulty.url(u"/reset-mid-body"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"incomplete"_s),
                                 5000);
        const QString status = label(window, u"responseStatus"_s);
        QVERIFY2(status.contains(u"color:%1"_s.arg(ui::Theme::error().name())), qPrintable(status));
        QVERIFY2(label(window, u"responseMessage"_s)
                         .contains(u"1,024 of 4,096 bytes arrived, then the server closed"_s),
                 qPrintable(label(window, u"responseMessage"_s)));
        // History keeps it, marked incomplete.
        auto *history = window.findChild<QAbstractItemView *>(u"historyTable"_s);
        QVERIFY(history);
        const auto incompleteRows = [history] {
            const QAbstractItemModel *model = history->model();
            return model
                    ->match(model->index(0, store::HistoryModel::StatusColumn), Qt::DisplayRole,
                            u"200 incomplete"_s, -1, Qt::MatchExactly)
                    .size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(incompleteRows(), 1, 5000);
    }

    void tlsErrorOffersTrust()
    {
        ui::MainWindow window(quiet());
        window.show();
        typeUrlAndSend(window, m_nginx.https(u"/"_s));
        auto *trust = window.findChild<QPushButton *>(u"trustCertificate"_s);
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 5000);
        QVERIFY(label(window, u"responseMessage"_s)
                        .contains(u"certificate"_s, Qt::CaseInsensitive));
        trust->click(); // trusts and sends again
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
    }

    void jsonBodyIsValidatedAndSent()
    {
        ui::MainWindow window(quiet());
        window.show();
        window.requestEditor()->findChild<QComboBox *>(u"method"_s)->setCurrentText(u"POST"_s);
        window.requestEditor()
                ->findChild<QComboBox *>(u"bodyMode"_s)
                ->setCurrentIndex(int(core::BodyMode::Json));
        auto *json = window.requestEditor()->findChild<QPlainTextEdit *>(u"jsonBody"_s);
        QTest::keyClicks(json, u"{\"a\": "_s);
        QTRY_VERIFY(label(window, u"jsonStatus"_s).contains(u"line 1"_s));
        QTest::keyClicks(json, u"{{n}}}"_s);
        QTRY_VERIFY(label(window, u"jsonStatus"_s).contains(u"valid JSON"_s));
        json->setPlainText(u"{\"a\": 1}"_s);
        typeUrlAndSend(window, m_nginx.http(u"/post"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        auto *body = window.responseView()->bodyView();
        QTRY_VERIFY(body->model()->rowCount() >= 1);
        QCOMPARE(body->model()->index(0).data().toString(), u"method=POST;length=8"_s);
    }

    void collectionCreateSaveReopen()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        {
            ui::MainWindow window(quiet());
            window.show();
            QVERIFY(window.collectionActions()->newCollection(api, u"My API"_s));
            auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
            QTest::keyClicks(urlEdit, m_nginx.http(u"/json"_s));
            QVERIFY(window.requests()->isModified());
            QVERIFY(window.windowTitle().contains(u"•"_s));
            QVERIFY(window.requests()->saveAs(api, u"users/list"_s));
            QVERIFY(!window.requests()->isModified());
            QVERIFY(QFile::exists(api + u"/users/list.request.json"_s));
            auto *tree = window.findChild<QTreeView *>(u"collectionTree"_s);
            QCOMPARE(tree->model()->rowCount(), 1);
            QCOMPARE(tree->currentIndex().data().toString(), u"GET  list"_s);
        }
        ui::MainWindow window(quiet());
        QVERIFY(window.collectionActions()->openCollection(
                api)); // before show(), as `tether DIR` does
        window.show();
        QVERIFY(window.collectionActions()->openCollection(api)); // again: replaces it in place
        auto *tree = window.findChild<QTreeView *>(u"collectionTree"_s);
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex request
                = window.workspace()->collections()->indexFor(api, u"users/list"_s);
        QVERIFY(request.isValid());
        tree->setCurrentIndex(request);
        QTest::keyClick(tree, Qt::Key_Return); // activates, as a double click does
        QCOMPARE(window.requests()->currentRequestPath(), u"users/list"_s);
        QCOMPARE(window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->text(),
                 m_nginx.http(u"/json"_s));

        // Delete, then Ctrl+Z brings the file back.
        Q_EMIT window.collectionsPanel()->deleteRequested(api, u"users/list"_s);
        QVERIFY(!QFile::exists(api + u"/users/list.request.json"_s));
        window.findChild<QAction *>(u"actionUndo"_s)->trigger();
        QVERIFY(QFile::exists(api + u"/users/list.request.json"_s));
        QVERIFY(window.workspace()->collections()->indexFor(api, u"users/list"_s).isValid());
    }

    void environmentResolvesAndHistoryReplays()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(window.collectionActions()->newCollection(api, u"api"_s));
        QVERIFY(window.workspace()->saveEnvironment(
                api, {u"local"_s, {{u"base"_s, m_nginx.http({}), true, false}}, {}}, {}));
        auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        QTest::keyClicks(urlEdit, u"{{base}}/echo-headers"_s);
        QVERIFY(window.requests()->saveAs(api, u"echo"_s));
        window.requests()->setEnvironment(u"local"_s);
        QCOMPARE(window.requests()->environment(), u"local"_s);
        QVERIFY(urlEdit->toolTip().contains(u"{{base}} = "_s + m_nginx.http({})));
        // Hovering a header that uses a variable shows it resolved too.
        auto *headers = window.requestEditor()->findChild<core::KeyValueModel *>(u"headersModel"_s);
        QVERIFY(headers->setData(headers->index(0, 0), u"X-Base"_s));
        QVERIFY(headers->setData(headers->index(0, 1), u"{{base}}/x"_s));
        QVERIFY(headers->index(0, 1).data(Qt::ToolTipRole).toString().contains(m_nginx.http({})));
        QVERIFY(window.requests()->saveAs(api, u"echo"_s));
        auto *history = window.findChild<QTableView *>(u"historyTable"_s);
        const int rowsBefore = history->model()->rowCount();
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        QVERIFY2(label(window, u"responseStatus"_s).contains(u"200"_s),
                 qPrintable(label(window, u"responseMessage"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > rowsBefore, 3000);
        QVERIFY(history->model()
                        ->index(0, store::HistoryModel::UrlColumn)
                        .data()
                        .toString()
                        .endsWith(u"/echo-headers"_s));
        history->setCurrentIndex(history->model()->index(0, 0));
        const int before = history->model()->rowCount();
        window.findChild<QPushButton *>(u"historyReplay"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() == before + 1, 5000);
    }

    // The controller's own test covers drafts; this one that the window restores them at start.
    void draftSurvivesACrash()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        {
            ui::MainWindow window(quiet());
            window.show();
            QVERIFY(window.collectionActions()->newCollection(api, u"api"_s));
            QTest::keyClicks(window.requestEditor()->findChild<QLineEdit *>(u"url"_s),
                             m_nginx.http(u"/draft"_s));
            QVERIFY(window.requests()->saveAs(api, u"draft"_s));
            QTest::keyClicks(window.requestEditor()->findChild<QLineEdit *>(u"url"_s),
                             u"?edited=1"_s);
            QTest::qWait(1300); // the draft is written a second after the last edit
            // The window is destroyed without closeEvent: as if the process died.
        }
        ui::MainWindow window(quiet(true));
        QCOMPARE(window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->text(),
                 m_nginx.http(u"/draft?edited=1"_s));
        QVERIFY(window.requests()->isModified());
        QCOMPARE(window.requests()->currentRequestPath(), u"draft"_s);
        QVERIFY(window.requests()->save());
        auto saved = store::CollectionStore::load(api);
        QVERIFY(saved);
        QCOMPARE(saved.value().findRequest(u"draft"_s)->request.url,
                 m_nginx.http(u"/draft?edited=1"_s));
    }

    // Drafts that cannot be written are said in the status bar, not dropped in silence.
    void draftThatCannotBeWrittenIsReported()
    {
        const QString drafts = workbench::DraftStore::defaultPath();
        QVERIFY(!QFileInfo::exists(drafts) || QFile::remove(drafts));
        QVERIFY(QDir().mkpath(drafts + u"/blocked"_s)); // a folder where the file goes
        auto cleanup = qScopeGuard([&] { QDir(drafts).removeRecursively(); });
        ui::MainWindow window(quiet());
        window.show();
        QTest::keyClicks(window.requestEditor()->findChild<QLineEdit *>(u"url"_s),
                         m_nginx.http(u"/unsaved"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(
                                         u"Unsaved requests are not kept as drafts"_s),
                                 3000);
        QVERIFY(window.statusBar()->currentMessage().contains(drafts));
    }

    void runnerRunsComparesAndProbes()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(window.collectionActions()->newCollection(api, u"api"_s));
        typeUrlAndSend(window, m_nginx.http(u"/json"_s));
        QVERIFY(window.requests()->saveAs(api, u"users/list"_s));
        // The runner starts with the environment the window sends with.
        QVERIFY(window.workspace()->saveEnvironment(api, {u"dev"_s, {}, {}}, {}));
        window.requests()->updateEnvironments();
        window.requests()->setEnvironment(u"dev"_s);
        QCOMPARE(window.requests()->environment(), u"dev"_s);
        window.findChild<QAction *>(u"actionRunner"_s)->trigger(); // Ctrl+R
        auto *runner = window.findChild<ui::RunnerView *>();
        QVERIFY(runner);
        QTRY_VERIFY(runner->isVisible());
        QCOMPARE(runner->findChild<QComboBox *>(u"runEnvironment"_s)->currentData().toString(),
                 u"dev"_s);
        // "Run folder…" in the tree's menu opens it on that folder.
        auto *folderBox = runner->findChild<QComboBox *>(u"runFolder"_s);
        QCOMPARE(folderBox->currentData().toString(), QString());
        Q_EMIT window.findChild<ui::CollectionsPanel *>()->runRequested(api, u"users"_s);
        QCOMPARE(folderBox->currentData().toString(), u"users"_s);
        runner->findChild<QSpinBox *>(u"runIterations"_s)->setValue(3);
        QSignalSpy finished(runner, &ui::RunnerView::runFinished);
        runner->findChild<QPushButton *>(u"runStart"_s)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner->results()->rowCount(), 3);
        QCOMPARE(runner->lastSummary().failed(), 0);
        QVERIFY(runner->findChild<QLabel *>(u"runOrigins"_s)
                        ->text()
                        .contains(u"1 connection opened, 2 reused"_s));
        // The run's Connections lanes: its one connection, three rides on it.
        auto *runLanes = runner->findChild<ui::SwimlanesView *>(u"runSwimlanes"_s);
        QVERIFY(runLanes);
        QCOMPARE(runner->lastSummary().lifetimes.size(), 1);
        QCOMPARE(runner->lastSummary().lifetimes.constFirst().rides.size(), 3);
        QCOMPARE(runner->results()
                         ->index(2, run::RunResultsModel::ConnectionColumn)
                         .data()
                         .toString(),
                 u"reused C1 #3"_s);
        // History: the run is one row (its three exchanges inside), from the Runner.
        auto *history = window.workspace()->historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(
                !history->index(0, 0).data(store::HistoryModel::RunIdRole).toString().isEmpty(),
                3000);
        QCOMPARE(history->entry(0).runExchanges, 3);
        QCOMPARE(history->entry(0).source, u"runner"_s);
        QCOMPARE(history->entry(1).source, u"editor"_s); // the /json sent from the window

        // A second run shows nothing of the first while it goes.
        auto *origins = runner->findChild<QLabel *>(u"runOrigins"_s);
        QVERIFY(!origins->text().isEmpty());
        runner->findChild<QPushButton *>(u"runStart"_s)->click();
        QVERIFY(origins->text().isEmpty());
        QCOMPARE(runner->lastSummary().total(), 0);
        QVERIFY(finished.wait(10000));
        QVERIFY(!origins->text().isEmpty());
        // Its settings are remembered for the next Runner.
        QCOMPARE(QSettings().value(u"runner/iterations"_s).toInt(), 3);
        // A result row opens its request in the window.
        window.requests()->newRequestTab();
        auto *results = runner->findChild<QTableView *>(u"runResults"_s);
        results->setCurrentIndex(results->model()->index(1, 0));
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(window.requests()->currentRequestPath(), u"users/list"_s);
        QSettings().remove(u"runner"_s);

        // The comparison has its own numbers, says what it will send, and does not inherit the
        // Run tab's delay (2 s × 8 requests would outlast the wait below).
        runner->findChild<QSpinBox *>(u"compareIterations"_s)->setValue(4);
        QVERIFY2(runner->findChild<QLabel *>(u"compareBudget"_s)
                         ->text()
                         .startsWith(u"Sends 4 requests twice"_s),
                 qPrintable(runner->findChild<QLabel *>(u"compareBudget"_s)->text()));
        QVERIFY(runner->findChild<QLabel *>(u"compareBudget"_s)->text().contains(u"8 in all"_s));
        runner->findChild<QSpinBox *>(u"runDelay"_s)->setValue(2000);
        QSignalSpy compared(runner, &ui::RunnerView::comparisonFinished);
        runner->findChild<QPushButton *>(u"compareStart"_s)->click();
        QVERIFY2(compared.wait(5000), qPrintable(runner->comparisonText()));
        // Saved time is a measurement (on loopback it may be none); the connections are not.
        QVERIFY2(runner->comparisonText().contains(u"throughput ×"_s),
                 qPrintable(runner->comparisonText()));
        QVERIFY2(runner->comparisonText().contains(
                         u"<td>connections opened</td><td align=right>1</td>"
                         "<td align=right>4</td>"_s),
                 qPrintable(runner->comparisonText()));
        // Cancel stops it: nothing more is sent, and it says so.
        runner->findChild<QPushButton *>(u"compareStart"_s)->click();
        runner->findChild<QPushButton *>(u"compareCancel"_s)->click();
        QTRY_VERIFY(runner->comparisonText().contains(u"cancelled"_s));
        QVERIFY(runner->findChild<QPushButton *>(u"compareStart"_s)->isEnabled());
        QSettings().remove(u"runner"_s);

        // The probe says its budget before it starts, and Cancel ends it.
        runner->findChild<QLineEdit *>(u"probeUrl"_s)->setText(m_nginx.http(u"/"_s));
        runner->findChild<QSpinBox *>(u"probeWait"_s)->setValue(1);
        runner->findChild<QSpinBox *>(u"probeLimit"_s)->setValue(20);
        QVERIFY2(runner->findChild<QLabel *>(u"probeBudget"_s)
                         ->text()
                         .contains(u"at most %1 requests"_s.arg(
                                 run::KeepAliveProbe::requestBudget(20, 1))),
                 qPrintable(runner->findChild<QLabel *>(u"probeBudget"_s)->text()));
        runner->startProbe();
        QVERIFY2(runner->probeText().contains(u"keeps connections alive"_s),
                 qPrintable(runner->probeText()));
        runner->findChild<QSpinBox *>(u"probeWait"_s)->setValue(60);
        QTimer::singleShot(1500, runner, [runner] {
            runner->findChild<QPushButton *>(u"probeCancel"_s)->click();
        });
        QElapsedTimer probing;
        probing.start();
        runner->startProbe();
        QVERIFY2(probing.elapsed() < 10000, qPrintable(QString::number(probing.elapsed())));
        QVERIFY2(runner->probeText().contains(u"cancelled"_s), qPrintable(runner->probeText()));
    }

    // A request whose body file lies outside its collection: the Send button asks each time (No
    // sends nothing, Yes sends the file); the Runner refuses it unless its box is ticked.
    void outsideFilesAreUploadedOnlyWhenAllowed()
    {
        QTemporaryDir dir;
        const QString api = dir.filePath(u"api"_s);
        QFile outside(dir.filePath(u"outside.txt"_s));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("12345");
        outside.close();
        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(window.collectionActions()->newCollection(api, u"api"_s));
        core::Request request;
        request.method = u"POST"_s;
        request.url = m_nginx.http(u"/upload"_s);
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = outside.fileName();
        window.requestEditor()->setRequest(request);
        QVERIFY(window.requests()->saveAs(api, u"upload"_s));

        auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        m_feedback.answers = {false};
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_feedback.questions.size(), 1);
        QVERIFY(m_feedback.questions.first().contains(u"Send it anyway?"_s));
        QTRY_VERIFY(label(window, u"responseMessage"_s).contains(u"outside the collection"_s));
        auto uploadsLogged = [this] {
            const auto lines = m_nginx.log();
            return std::count_if(lines.cbegin(), lines.cend(),
                                 [](const auto &line) { return line.uri == u"/upload"_s; });
        };
        QCOMPARE(uploadsLogged(), 0);
        m_feedback.answers = {true};
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_feedback.questions.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        auto *body = window.responseView()->bodyView();
        QTRY_COMPARE(body->model()->index(0).data().toString(), u"length=5"_s);
        QTRY_COMPARE(uploadsLogged(), 1);

        window.findChild<QAction *>(u"actionRunner"_s)->trigger();
        auto *runner = window.findChild<ui::RunnerView *>();
        QTRY_VERIFY(runner && runner->isVisible());
        auto *allow = runner->findChild<QCheckBox *>(u"runAllowOutsideFiles"_s);
        QVERIFY(allow);
        QVERIFY(!allow->isChecked()); // off unless the user says so
        QSignalSpy finished(runner, &ui::RunnerView::runFinished);
        auto *start = runner->findChild<QPushButton *>(u"runStart"_s);
        start->click();
        // Refused before anything is sent: finished at once, and the Run button is back.
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(start->isEnabled());
        QCOMPARE(runner->lastSummary().failed(), 1);
        QVERIFY(runner->results()
                        ->index(0, run::RunResultsModel::ChecksColumn)
                        .data()
                        .toString()
                        .contains(u"outside the collection"_s));
        allow->setChecked(true);
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(runner->lastSummary().failed(), 0);
        QCOMPARE(runner->lastSummary().passed(), 1);
        QTRY_COMPARE(uploadsLogged(), 2);
    }

    // The import summary names every local file the requests upload (anchored to the source's
    // folder), and shows no such list when there is none.
    void importByDropThenExport()
    {
        ui::MainWindow window(quiet());
        window.show();
        const QString corpus
                = QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
                          .filePath(
                                  u"../shared/corpus/postman/restful-booker.postman_collection.json"_s);
        // Dropping a file onto the window imports it (no person answers: into a new collection
        // under Documents/Tether, without the summary dialog).
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(corpus)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *tree = window.workspace()->collections();
        QTRY_COMPARE_WITH_TIMEOUT(tree->collectionDirs().size(), 1, 10000);
        const QString dir = tree->collectionDirs().first();
        QVERIFY2(dir.contains(u"/Documents/Tether/APIproject1"_s), qPrintable(dir));
        QCOMPARE(tree->collection(dir)->root.requests.size(), 5);
        // Export it again as Postman and as k6.
        const QString out = m_home.filePath(u"export.postman.json"_s);
        auto exported = window.collectionActions()->exportCollection(dir, {}, u"postman"_s, out);
        QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error().message));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"item"_s).toArray().size(),
                 5);
        // Copy a saved request as curl from the tree.
        const QString curl = window.requests()->copyRequestAs(dir, u"Token"_s, u"curl"_s);
        QVERIFY2(curl.startsWith(u"curl "_s), qPrintable(curl));
        QCOMPARE(QApplication::clipboard()->text(), curl);
        window.workspace()->closeCollection(dir);
        QDir(dir).removeRecursively();
    }

    void harImportAsHistoryShowsBrowserConnections()
    {
        ui::MainWindow window(quiet());
        window.show();
        auto imported = formats::Importer::importPath(
                QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
                        .filePath(u"../shared/corpus/har/chrome_h2_www.nghttp2.org.har"_s));
        QVERIFY(imported.ok());
        const QString dir = m_home.filePath(u"har-import"_s);
        auto written = window.imports()->importInto(imported.value(), dir, true);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        auto *history = window.workspace()->historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 11, 5000);
        // The Connection column names the browser's connection for each imported exchange.
        QSet<QString> connections;
        for (int row = 0; row < 11; ++row)
            connections.insert(
                    history->index(row, store::HistoryModel::ConnectionColumn).data().toString());
        QVERIFY(std::any_of(connections.begin(), connections.end(),
                            [](const QString &text) { return text.contains(u" #"_s); }));
        const QString har = m_home.filePath(u"history.har"_s);
        QVERIFY(window.historyActions()->exportHar(har).ok());
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                           .object()
                                           .value(u"log"_s)
                                           .toObject()
                                           .value(u"entries"_s)
                                           .toArray();
        QVERIFY(entries.size() >= 11);
        window.workspace()->closeCollection(dir);
    }

    void pastingCurlIntoTheUrlBarImportsIt()
    {
        ui::MainWindow window(quiet());
        window.show();
        auto *urlEdit = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        QApplication::clipboard()->setText(u"curl 'https://api.example.test/v1/items' \\\n"
                                           "  -H 'content-type: application/json' \\\n"
                                           "  -H 'X-Trace: 1' \\\n"
                                           "  --data-raw '{\"name\":\"x\"}'"_s);
        urlEdit->setFocus();
        QTest::keySequence(urlEdit, QKeySequence::Paste);
        const core::Request request = window.requestEditor()->request();
        QCOMPARE(request.method, u"POST"_s);
        QCOMPARE(request.url, u"https://api.example.test/v1/items"_s);
        QCOMPARE(request.headerValue(u"X-Trace"_s), u"1"_s);
        QCOMPARE(request.body.mode, core::BodyMode::Json);
        QCOMPARE(request.body.text, u"{\"name\":\"x\"}"_s);
        QVERIFY(window.requests()->isModified());
        // And back out through the Code menu's action.
        const QString copied = window.requests()->copyRequestAs({}, {}, u"curl"_s);
        QVERIFY(copied.contains(u"--data-raw '{\"name\":\"x\"}'"_s));
        QVERIFY(window.requests()
                        ->copyRequestAs({}, {}, u"python"_s)
                        .contains(u"requests.Session()"_s));
    }

    // A key owned twice (by two actions, or twice by one) makes Qt call it ambiguous and do
    // nothing: every key sequence belongs to one action, and pressing it does the thing.
    void everyShortcutHasOneOwner()
    {
        ui::MainWindow window(quiet());
        QHash<QKeySequence, QString> owners;
        for (QAction *action : window.findChildren<QAction *>()) {
            // A table's own Del (a widget shortcut) is live only in that table.
            if (action->shortcutContext() == Qt::WidgetShortcut
                || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                const QString owner = action->objectName() + u' ' + action->text();
                QVERIFY2(!owners.contains(key),
                         qPrintable(key.toString() + u" is owned by "_s + owners.value(key)
                                    + u" and by "_s + owner));
                owners.insert(key, owner);
            }
        }
        QVERIFY(owners.size() >= 10);
        for (const auto &[action, keys] : window.shortcutList()) { // Help › Keyboard shortcuts
            const QStringList each = keys.split(u"  or  "_s);
            QVERIFY2(QSet<QString>(each.begin(), each.end()).size() == each.size(),
                     qPrintable(action + u": "_s + keys));
        }
        // xcb's Close keys are just Ctrl+W (offscreen's: Ctrl+F4, Ctrl+W): never listed twice.
        const QKeySequence ctrlW(Qt::CTRL | Qt::Key_W);
        QCOMPARE(ui::MainMenus::keysWith(ctrlW, {ctrlW}), QList<QKeySequence>{ctrlW});
        QCOMPARE(ui::MainMenus::keysWith(ctrlW, {QKeySequence(Qt::CTRL | Qt::Key_F4), ctrlW}),
                 (QList<QKeySequence>{ctrlW, QKeySequence(Qt::CTRL | Qt::Key_F4)}));
    }

    void shortcutsWorkWhenPressed()
    {
        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Pressed, not triggered: Ctrl+N opens a tab, Ctrl+W closes it.
        const int tabs = window.requestTabs()->count();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(window.requestTabs()->count(), tabs + 1);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(window.requestTabs()->count(), tabs);

        // Ctrl+Tab / Ctrl+PgDown forward, Ctrl+Shift+Tab / Ctrl+PgUp back, round the ends;
        // pressed in the URL field, and in the collections tree (outside the tab widget,
        // whose own Ctrl+Tab handling never sees it).
        ui::RequestTabs *requestTabs = window.requestTabs();
        while (requestTabs->count() < 3)
            window.requests()->newRequestTab();
        requestTabs->setCurrentIndex(0);
        auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers) {
            QWidget *url = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
            url->setFocus();
            QTest::keyClick(url, key, modifiers);
            return requestTabs->currentIndex();
        };
        const int last = requestTabs->count() - 1;
        QCOMPARE(press(Qt::Key_Tab, Qt::ControlModifier), 1);
        QCOMPARE(press(Qt::Key_PageDown, Qt::ControlModifier), 2 % (last + 1));
        requestTabs->setCurrentIndex(last);
        QCOMPARE(press(Qt::Key_Tab, Qt::ControlModifier), 0);
        QCOMPARE(press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier), last);
        QCOMPARE(press(Qt::Key_PageUp, Qt::ControlModifier), last - 1);
        auto *tree = window.findChild<QTreeView *>(u"collectionTree"_s);
        tree->setFocus();
        requestTabs->setCurrentIndex(0);
        QTest::keyClick(tree, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(requestTabs->currentIndex(), 1);
        QTest::keyClick(tree, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requestTabs->currentIndex(), 0);
    }

    void shortcutsAndMenuRolesAreWired()
    {
        ui::MainWindow window(quiet());
        window.show();
        auto action = [&](const char *name) {
            auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
            if (!found)
                qWarning() << "no action" << name;
            return found;
        };
        const QList<std::pair<const char *, QKeySequence>> expected{
                {"actionSend", QKeySequence(Qt::CTRL | Qt::Key_Return)},
                {"actionCancel", QKeySequence(Qt::Key_Escape)},
                {"actionFocusUrl", QKeySequence(Qt::CTRL | Qt::Key_L)},
                {"actionSave", QKeySequence(Qt::CTRL | Qt::Key_S)},
                {"actionNewRequest", QKeySequence(Qt::CTRL | Qt::Key_N)},
                {"actionCloseTab", QKeySequence(Qt::CTRL | Qt::Key_W)},
                {"actionFind", QKeySequence(Qt::CTRL | Qt::Key_F)},
                {"actionQuickOpen", QKeySequence(Qt::CTRL | Qt::Key_P)},
                {"actionRunner", QKeySequence(Qt::CTRL | Qt::Key_R)},
                {"actionImport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}};
        for (const auto &[name, keys] : expected) {
            QAction *found = action(name);
            QVERIFY2(found, name);
            QVERIFY2(found->shortcuts().contains(keys), name);
        }
        QCOMPARE(action("actionPreferences")->menuRole(), QAction::PreferencesRole);
        // Each one does what it says.
        const int tabs = window.requestTabs()->count();
        action("actionNewRequest")->trigger();
        QCOMPARE(window.requestTabs()->count(), tabs + 1);
        action("actionCloseTab")->trigger();
        QCOMPARE(window.requestTabs()->count(), tabs);
        window.requestEditor()->findChild<QLineEdit *>(u"method"_s);
        action("actionFocusUrl")->trigger();
        QTRY_VERIFY(window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->hasFocus()
                    || QApplication::focusWidget()
                            == window.requestEditor()->findChild<QLineEdit *>(u"url"_s));
        action("actionQuickOpen")->trigger();
        QTRY_VERIFY(window.findChild<ui::QuickOpenDialog *>());
        window.findChild<ui::QuickOpenDialog *>()->close();
        action("actionPreferences")->trigger();
        QTRY_VERIFY(window.findChild<ui::PreferencesDialog *>());
        window.findChild<ui::PreferencesDialog *>()->reject();
        action("actionShortcuts")->trigger();
        QTRY_VERIFY(window.findChild<QDialog *>(u"shortcutsDialog"_s));
        const auto list = window.shortcutList();
        QVERIFY(list.size() >= expected.size());
        // Find focuses the response search; Send sends; Cancel stops it; Save writes a saved tab.
        action("actionFind")->trigger();
        QTRY_COMPARE(QApplication::focusWidget(),
                     window.responseView()->findChild<QLineEdit *>(u"bodySearch"_s));
        window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->setText(
                m_nginx.http(u"/slow.bin"_s));
        action("actionSend")->trigger();
        QVERIFY(label(window, u"responseStatus"_s).startsWith(u"Sending"_s));
        action("actionCancel")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseMessage"_s).contains(u"Cancelled"_s),
                                 5000);
        QTemporaryDir dir;
        QVERIFY(window.collectionActions()->newCollection(dir.filePath(u"c"_s), u"C"_s));
        QVERIFY(window.requests()->saveAs(dir.filePath(u"c"_s), u"saved"_s));
        window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->setText(m_nginx.http(u"/json"_s));
        QVERIFY(window.requests()->isModified());
        action("actionSave")->trigger();
        QVERIFY(!window.requests()->isModified());
        QVERIFY(store::CollectionStore::load(dir.filePath(u"c"_s))
                        .value()
                        .findRequest(u"saved"_s)
                        ->request.url.endsWith(u"/json"_s));
        window.workspace()->closeCollection(dir.filePath(u"c"_s));
    }

    void themeFollowsTheSystem()
    {
        // The desktop asks for dark (GTK_THEME=…:dark here; the XDG portal elsewhere).
        qputenv("GTK_THEME", "Adwaita:dark");
        QVERIFY(ui::Theme::systemPrefersDark());
        ui::Theme::apply(store::Preferences::Theme::System);
        QVERIFY(ui::Theme::isDark());
        QVERIFY(ui::Theme::error().lightness() > 128); // readable on a dark background
        qunsetenv("GTK_THEME");
        ui::Theme::apply(store::Preferences::Theme::System);
        QVERIFY(!ui::Theme::isDark());
        QVERIFY(ui::Theme::error().lightness() < 128);
    }

    void quickOpenFindsRequestsByParts()
    {
        ui::QuickOpenDialog dialog({{u"/c"_s, u"users/list"_s, u"API › users/list"_s},
                                    {u"/c"_s, u"users/create"_s, u"API › users/create"_s},
                                    {u"/c"_s, u"orders/list"_s, u"API › orders/list"_s}});
        QCOMPARE(dialog.visibleCount(), 3);
        dialog.setFilter(u"list us"_s);
        QCOMPARE(dialog.visibleCount(), 1);
        QCOMPARE(dialog.chosen().path, u"users/list"_s);
        dialog.setFilter(u"nothing"_s);
        QCOMPARE(dialog.chosen().path, QString());
    }

    // At 1024x700 the docks give way: the URL field and the response stay usable.
    // At 1024x700 the docks give way: the URL field and the response stay usable, and the
    // per-origin table shows what fits without sideways scrolling.
    void narrowWindowKeepsTheEditorUsable()
    {
        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeUrlAndSend(window, m_nginx.http(u"/json"_s));
        auto *origins = window.findChild<QTableView *>(u"originTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(origins->model()->rowCount(), 1, 5000);
        using Column = net::OriginStatsModel::Column;
        const auto shown = [origins](std::initializer_list<Column> columns) {
            return std::none_of(columns.begin(), columns.end(), [origins](Column column) {
                return origins->isColumnHidden(column);
            });
        };
        QVERIFY(shown({Column::ExchangesColumn, Column::OpenedColumn, Column::ReusedColumn,
                       Column::ReuseRatioColumn}));

        window.resize(1024, 700);
        QTest::qWait(50);
        auto *url = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        QVERIFY2(window.centralWidget()->width() >= window.width() / 2,
                 qPrintable(QString::number(window.centralWidget()->width())));
        QVERIFY2(url->width() >= window.centralWidget()->width() * 2 / 5,
                 qPrintable(QString::number(url->width())));
        QVERIFY(shown({Column::ExchangesColumn, Column::ReuseRatioColumn}));
        QTRY_COMPARE(origins->horizontalScrollBar()->maximum(), 0);

        window.resize(1500, 920); // wide again: every chosen column is back
        QTest::qWait(50);
        QVERIFY(shown({Column::ExchangesColumn, Column::OpenedColumn, Column::ReusedColumn,
                       Column::ReuseRatioColumn}));
    }

    void windowLayoutAndTabsPersist()
    {
        QTemporaryDir dir;
        const QString collection = dir.filePath(u"persist"_s);
        QSize saved;
        QList<int> savedSizes;
        {
            ui::MainWindow window(quiet(true));
            window.show();
            QVERIFY(window.collectionActions()->newCollection(collection, u"Persist"_s));
            window.requestEditor()->findChild<QLineEdit *>(u"url"_s)->setText(m_nginx.http(u"/"_s));
            QVERIFY(window.requests()->saveAs(collection, u"kept"_s));
            window.resize(1111, 777); // wider if the docks need it
            saved = window.size();
            window.findChild<QDockWidget *>(u"connectionsDock"_s)->hide();
            auto *splitter = qobject_cast<QSplitter *>(window.centralWidget());
            splitter->setSizes({200, 500});
            savedSizes = splitter->sizes();
            window.close();
        }
        ui::MainWindow window(quiet(true));
        window.show();
        QCOMPARE(window.size(), saved);
        QVERIFY(window.findChild<QDockWidget *>(u"connectionsDock"_s)->isHidden());
        const QList<int> sizes = qobject_cast<QSplitter *>(window.centralWidget())->sizes();
        QCOMPARE(sizes, savedSizes);
        QCOMPARE(window.requests()->currentCollection(), collection);
        QCOMPARE(window.requests()->currentRequestPath(), u"kept"_s);
        window.findChild<QDockWidget *>(u"connectionsDock"_s)->show();
        window.workspace()->closeCollection(collection);
        QSettings().remove(u"window"_s);
    }

    void preferencesApplyToTheSession()
    {
        const auto restoreDefaults = qScopeGuard([] {
            QSettings().setValue(u"proxy/mode"_s, u"none"_s);
            QSettings().setValue(u"ui/theme"_s, u"system"_s);
            QSettings().setValue(u"session/verifyTls"_s, true);
            QSettings().setValue(u"session/timeoutMs"_s, 30000);
        });
        ui::MainWindow window(quiet());
        store::Preferences preferences;
        preferences.timeoutMs = 5000;
        preferences.verifyTls = false;
        preferences.proxyMode = net::ProxyMode::Manual;
        preferences.proxyHost = u"127.0.0.1"_s;
        preferences.proxyPort = 3128;
        preferences.proxyUser = u"me"_s;
        window.settingsController()->applyPreferences(preferences, u"pw"_s);
        const net::SessionSettings &settings = window.session()->settings();
        QCOMPARE(settings.timeoutMs, 5000);
        QVERIFY(!settings.verifyTls);
        QCOMPARE(settings.proxyMode, net::ProxyMode::Manual);
        QCOMPARE(settings.proxyPort, 3128);
        QCOMPARE(settings.proxyPassword, u"pw"_s);
        // Saved and read back as the next start reads them.
        preferences.theme = store::Preferences::Theme::Dark;
        preferences.save();
        QCOMPARE(store::Preferences::load(), preferences);
        ui::Theme::apply(store::Preferences::Theme::Dark);
        QVERIFY(ui::Theme::isDark());
        ui::Theme::apply(store::Preferences::Theme::Light);
        QVERIFY(!ui::Theme::isDark());
        // A proxy that is not running: the exchange fails with the proxy named, nothing hangs.
        window.show();
        typeUrlAndSend(window, m_nginx.http(u"/"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!label(window, u"responseStatus"_s).isEmpty()
                                         && !label(window, u"responseStatus"_s).contains(u"…"_s),
                                 10000);
        QVERIFY(label(window, u"responseStatus"_s).contains(u"No response"_s));
        QVERIFY2(label(window, u"responseMessage"_s).contains(u"roxy"_s),
                 qPrintable(label(window, u"responseMessage"_s)));
    }

    void slowDownloadShowsProgressAndCancels()
    {
        ui::MainWindow window(quiet());
        window.show();
        typeUrlAndSend(window, m_nginx.http(u"/slow.bin"_s)); // 3 MiB at 1 MiB/s
        auto *progress = window.responseView()->findChild<QProgressBar *>(u"downloadProgress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 5000);
        QVERIFY2(label(window, u"responseStatus"_s).contains(u"Receiving"_s),
                 qPrintable(label(window, u"responseStatus"_s)));
        QVERIFY(progress->value() > 0 && progress->maximum() == 1000); // Content-Length known
        window.findChild<QAction *>(u"actionCancel"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 3000);
        QVERIFY2(label(window, u"responseMessage"_s).contains(u"Cancelled"_s)
                         || label(window, u"responseStatus"_s).contains(u"Cancelled"_s),
                 qPrintable(label(window, u"responseStatus"_s)));
    }

    void largeBodyDoesNotBlock()
    {
        ui::MainWindow window(quiet());
        window.show();
        typeUrlAndSend(window, m_nginx.http(u"/big.bin"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 10000);
        auto *body = window.responseView()->bodyView();
        QTRY_COMPARE_WITH_TIMEOUT(body->model()->rowCount(), 1, 10000); // one 3 MiB line of x
        QVERIFY(body->model()->index(0).data().toString().size()
                <= body::BodyLinesModel::maxLineChars + 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
