// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "mainwindow.h"
#include "collections/collectionspanel.h"
#include "collections/environmenteditor.h"
#include "collections/foldersettingsdialog.h"
#include "collections/importdialog.h"
#include "collections/quickopendialog.h"
#include "common/theme.h"
#include "connections/connectionpanel.h"
#include "history/historypanel.h"
#include "request/requesteditor.h"
#include "request/requesttabs.h"
#include "response/bodyview.h"
#include "response/responseview.h"
#include "runner/runnerview.h"
#include "settings/preferencesdialog.h"
#include "settings/sessionsettingseditor.h"
#include "workbench/draftstore.h"
#include "workbench/historyrecorder.h"

#include "formats/curlexporter.h"
#include "formats/exporter.h"
#include "formats/harexporter.h"
#include "formats/importer.h"
#include "formats/importwriter.h"
#include "formats/snippetexporter.h"
#include "net/connectionledger.h"
#include "net/connectionlifetimesmodel.h"
#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"
#include "net/session.h"
#include "secrets/secretstore.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/historymodel.h"
#include "store/historystore.h"
#include "store/jsonfile.h"
#include "store/preferences.h"
#include "store/requestcodec.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tether::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_session(new net::Session(this)),
      m_lifetimes(new net::ConnectionLifetimesModel(this)),
      m_origins(new net::OriginStatsModel(m_session->tracker(), this)),
      m_monitor(new net::LivePoolMonitor(m_session->tracker(), this)),
      m_workspace(new store::Workspace(this)),
      m_tabs(new RequestTabs(this)),
      m_response(new ResponseView(this)),
      m_panel(new ConnectionPanel(m_origins, m_lifetimes, m_monitor, this)),
      m_settingsEditor(new SessionSettingsEditor(this)),
      m_collectionsPanel(new CollectionsPanel(m_workspace->collections(), this)),
      m_historyPanel(new HistoryPanel(m_workspace->historyModel(), this)),
      m_undo(new QUndoStack(this)),
      m_draftTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    resize(1500, 920);
    m_session->ledger()->setKeepRides(true); // the swimlanes draw every exchange
    m_lifetimes->setLedger(m_session->ledger(),
                           [session = m_session] { return session->clockMs(); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *right = new QDockWidget(tr("Connections"), this);
    right->setObjectName(u"connectionsDock"_s);
    auto *rightTabs = new QTabWidget(right);
    rightTabs->addTab(m_panel, tr("Live"));
    rightTabs->addTab(m_settingsEditor, tr("Session settings"));
    right->setWidget(rightTabs);
    right->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, right);
    resizeDocks({right}, {560}, Qt::Horizontal);

    auto *left = new QDockWidget(tr("Workspace"), this);
    left->setObjectName(u"workspaceDock"_s);
    auto *leftTabs = new QTabWidget(left);
    leftTabs->setObjectName(u"workspaceTabs"_s);
    leftTabs->addTab(m_collectionsPanel, tr("Collections"));
    leftTabs->addTab(m_historyPanel, tr("History"));
    left->setWidget(leftTabs);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);
    resizeDocks({left}, {300}, Qt::Horizontal);

    {
        // The user's defaults; the proxy password only when a manual proxy needs one.
        const store::Preferences preferences = store::Preferences::load();
        QString proxyPassword;
        if (preferences.proxyMode == net::ProxyMode::Manual && !preferences.proxyUser.isEmpty()) {
            auto read = m_workspace->secretStore()->read(
                    QString::fromLatin1(store::Preferences::keychainId),
                    QString::fromLatin1(store::Preferences::proxyPasswordName));
            if (read)
                proxyPassword = read.value();
        }
        net::SessionSettings settings = preferences.applyTo(m_session->settings());
        settings.proxyPassword = proxyPassword;
        if (auto error = m_session->setSettings(settings))
            statusBar()->showMessage(error->message, 10000);
        m_workspace->history()->setBodyCap(preferences.historyBodyCapBytes);
        if (preferences.historyMaxEntries > 0)
            (void)m_workspace->history()->pruneToCount(preferences.historyMaxEntries);
    }
    m_settingsEditor->setSettings(m_session->settings());
    m_panel->setKeepAlive(m_session->settings().keepAlive);

    connect(m_tabs, &RequestTabs::editorCreated, this, &MainWindow::wireEditor);
    connect(m_tabs, &RequestTabs::editorChanged, this, [this] {
        scheduleDraft();
        updateTitle();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_settingsEditor, &SessionSettingsEditor::settingsEdited, this,
            &MainWindow::applySettings);
    m_historyRecorder = new workbench::HistoryRecorder(m_workspace->history(), this);
    m_historyRecorder->watch(m_session); // first: an exchange is in history when it is shown
    connect(m_session, &net::Session::exchangeFinished, this, &MainWindow::onExchangeFinished);
    connect(m_session, &net::Session::exchangeFinished, m_monitor, &net::LivePoolMonitor::refresh);
    connect(m_session, &net::Session::downloadProgress, this,
            [this](quint64 id, qint64 received, qint64 total) {
                if (id == current().inFlight && received > 512 * 1024)
                    m_response->showProgress(received, total);
            });
    connect(m_session, &net::Session::warningRaised, this,
            [this](quint64, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_response, &ResponseView::trustRequested, this,
            [this](const QString &origin, const QByteArray &sha256) {
                m_session->trustCertificate(origin, sha256);
                statusBar()->showMessage(tr("Trusting that certificate for %1 until Tether "
                                            "quits. Sending again…")
                                                 .arg(origin),
                                         8000);
                send();
            });
    connect(m_panel, &ConnectionPanel::keepAliveToggled, this, [this](bool on) {
        net::SessionSettings settings = m_session->settings();
        settings.keepAlive = on;
        applySettings(settings);
    });
    connect(m_panel, &ConnectionPanel::preconnectRequested, this, [this] {
        auto origin = m_session->preconnect(requestEditor()->request().url);
        statusBar()->showMessage(origin ? tr("Pre-connecting to %1").arg(origin.value())
                                        : origin.error().message,
                                 6000);
    });
    connect(m_panel, &ConnectionPanel::resetPoolRequested, this, [this] {
        m_session->resetPool();
        statusBar()->showMessage(tr("Pool reset: idle connections closed."), 4000);
    });
    connect(m_panel, &ConnectionPanel::clearFiguresRequested, this, [this] {
        m_session->tracker()->clearFigures();
        m_session->ledger()->clearEnded();
    });

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::writeDrafts);

    connect(m_collectionsPanel, &CollectionsPanel::copyAsRequested, this,
            [this](const QString &dir, const QString &path, const QString &format) {
                copyRequestAs(dir, path, format);
            });
    connect(m_collectionsPanel, &CollectionsPanel::exportRequested, this,
            &MainWindow::chooseExport);
    connect(m_collectionsPanel, &CollectionsPanel::importRequested, this,
            &MainWindow::chooseImport);
    setAcceptDrops(true);
    connect(m_historyPanel, &HistoryPanel::exportHarRequested, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export history as HAR"),
                                                          QDir::home().filePath(u"tether.har"_s),
                                                          tr("HAR (*.har)"));
        if (file.isEmpty())
            return;
        auto written = exportHistoryHar(file);
        if (!written)
            showError(tr("Export"), written.error().message);
        else
            statusBar()->showMessage(written.value(), 8000);
    });
    connect(m_collectionsPanel, &CollectionsPanel::requestActivated, this,
            &MainWindow::openRequest);
    connect(m_collectionsPanel, &CollectionsPanel::newCollectionRequested, this,
            &MainWindow::chooseNewCollection);
    connect(m_collectionsPanel, &CollectionsPanel::openCollectionRequested, this,
            &MainWindow::chooseOpenCollection);
    connect(m_collectionsPanel, &CollectionsPanel::newRequestRequested, this,
            [this](const QString &dir, const QString &folder) { newRequestTab(dir, folder); });
    connect(m_collectionsPanel, &CollectionsPanel::newFolderRequested, this,
            [this](const QString &dir, const QString &parentPath) {
                const QString name
                        = QInputDialog::getText(this, tr("New folder"), tr("Folder name"));
                if (name.trimmed().isEmpty())
                    return;
                auto created = m_workspace->newFolder(dir, parentPath, name.trimmed());
                if (!created)
                    showError(tr("Folder not created"), created.error().message);
            });
    connect(m_collectionsPanel, &CollectionsPanel::renameRequested, this,
            [this](const QString &dir, const QString &path) {
                bool ok = false;
                const QString name
                        = QInputDialog::getText(this, tr("Rename request"), tr("New name"),
                                                QLineEdit::Normal, path.section(u'/', -1), &ok);
                if (!ok || name.trimmed().isEmpty())
                    return;
                auto renamed = m_workspace->renameRequest(dir, path, name.trimmed());
                if (!renamed)
                    return showError(tr("Not renamed"), renamed.error().message);
                if (RequestEditor *editor = m_tabs->find(dir, path)) {
                    m_tabs->state(editor).path = renamed.value();
                    m_tabs->state(editor).name = name.trimmed();
                    m_tabs->updateTitle(editor);
                    updateTitle();
                }
            });
    connect(m_collectionsPanel, &CollectionsPanel::duplicateRequested, this,
            [this](const QString &dir, const QString &path) {
                auto copy = m_workspace->duplicateRequest(dir, path);
                if (!copy)
                    showError(tr("Not duplicated"), copy.error().message);
            });
    connect(m_collectionsPanel, &CollectionsPanel::deleteRequested, this,
            &MainWindow::deleteWithUndo);
    connect(m_workspace->collections(), &store::CollectionTreeModel::moveRequested, this,
            [this](const QString &dir, const QString &path, const QString &folder,
                   const QStringList &order) {
                auto moved = m_workspace->moveRequest(dir, path, folder, order);
                if (!moved)
                    return showError(tr("Not moved"), moved.error().message);
                if (RequestEditor *editor = m_tabs->find(dir, path)) {
                    m_tabs->state(editor).path = moved.value();
                    m_tabs->state(editor).folder = folder;
                    m_tabs->updateTitle(editor);
                }
            });
    connect(m_collectionsPanel, &CollectionsPanel::folderSettingsRequested, this,
            [this](const QString &dir, const QString &folder) {
                FolderSettingsDialog dialog(m_workspace, dir, folder, this);
                dialog.exec();
            });
    connect(m_collectionsPanel, &CollectionsPanel::closeCollectionRequested, m_workspace,
            &store::Workspace::closeCollection);
    connect(m_workspace, &store::Workspace::collectionsChanged, this,
            &MainWindow::updateEnvironments);

    connect(m_historyPanel, &HistoryPanel::entrySelected, this, [this](int row) {
        m_response->showExchange(
                store::HistoryStore::toExchange(m_workspace->historyModel()->entry(row)));
    });
    connect(m_historyPanel, &HistoryPanel::replayRequested, this, [this](int row) {
        const store::HistoryEntry entry = m_workspace->historyModel()->entry(row);
        if (!entry.collectionDir.isEmpty()
            && !m_workspace->collections()->collection(entry.collectionDir))
            (void)m_workspace->openCollection(entry.collectionDir);
        loadIntoNewTab(entry.request, entry.collectionDir, false);
        setEnvironment(entry.environment);
        send();
    });
    connect(m_historyPanel, &HistoryPanel::saveRequested, this, [this](int row) {
        const store::HistoryEntry entry = m_workspace->historyModel()->entry(row);
        loadIntoNewTab(entry.request, entry.collectionDir, true);
        chooseSaveAs();
    });

    createMenus();
    createToolBar();
    if (!m_workspace->historyNotice().isEmpty())
        QMessageBox::warning(this, tr("History"), m_workspace->historyNotice());
    const bool restore = qEnvironmentVariableIsEmpty("TETHER_NO_RESTORE");
    for (const QString &dir : m_workspace->recentCollections()) {
        if (restore && QFile::exists(QDir(dir).filePath(u"collection.json"_s))) {
            // Not a dialog at start-up, but never silent: the status bar says why.
            auto opened = m_workspace->openCollection(dir);
            if (!opened)
                statusBar()->showMessage(
                        tr("Collection not reopened: %1").arg(opened.error().message));
        }
    }
    if (restore) {
        restoreWindowState();
        restoreDrafts();
    }
    if (m_tabs->count() == 0)
        newRequestTab();
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
    requestEditor()->focusUrl();
}

MainWindow::~MainWindow() = default;

RequestEditor *MainWindow::requestEditor() const
{
    return m_tabs->currentEditor();
}

RequestTabState &MainWindow::current() const
{
    return m_tabs->state(m_tabs->currentEditor());
}

QString MainWindow::currentCollection() const
{
    return current().collectionDir;
}

QString MainWindow::currentRequestPath() const
{
    return current().path;
}

bool MainWindow::isModified() const
{
    return current().dirty;
}

void MainWindow::wireEditor(RequestEditor *editor)
{
    connect(editor, &RequestEditor::sendRequested, this, &MainWindow::send);
    connect(editor, &RequestEditor::cancelRequested, this, &MainWindow::cancel);
    connect(editor, &RequestEditor::curlImported, this, [this](const QStringList &warnings) {
        statusBar()->showMessage(
                warnings.isEmpty() ? tr("curl command imported")
                                   : tr("curl command imported — %1").arg(warnings.join(u"; "_s)),
                12000);
    });
    connect(editor, &RequestEditor::copyAsRequested, this,
            [this](const QString &format) { copyRequestAs({}, {}, format); });
}

RequestEditor *MainWindow::newRequestTab(const QString &collectionDir, const QString &folder)
{
    RequestTabState state;
    state.collectionDir = collectionDir;
    state.folder = folder;
    RequestEditor *editor = m_tabs->openTab({}, state);
    editor->focusUrl();
    if (!collectionDir.isEmpty())
        statusBar()->showMessage(
                tr("New request: Ctrl+S saves it into %1")
                        .arg(folder.isEmpty() ? QDir(collectionDir).dirName() : folder),
                6000);
    return editor;
}

void MainWindow::loadIntoNewTab(const core::Request &request, const QString &collectionDir,
                                bool dirty)
{
    RequestEditor *editor = m_tabs->isBlank(requestEditor()) ? requestEditor() : nullptr;
    if (editor) {
        m_tabs->load(editor, request);
        m_tabs->state(editor).collectionDir = collectionDir;
    } else {
        RequestTabState state;
        state.collectionDir = collectionDir;
        editor = m_tabs->openTab(request, state);
    }
    m_tabs->setDirty(editor, dirty);
    m_tabs->updateTitle(editor);
    onCurrentTabChanged();
}

bool MainWindow::closeTab(int index)
{
    RequestEditor *editor = m_tabs->editorAt(index);
    if (!editor)
        return false;
    const RequestTabState &state = m_tabs->state(editor);
    if (state.dirty) {
        m_tabs->setCurrentIndex(index);
        const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"),
                tr("Save the changes to \"%1\" before closing it?")
                        .arg(state.name.isEmpty() ? tr("Untitled") : state.name),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return false;
    }
    if (state.inFlight)
        m_session->cancel(state.inFlight);
    m_tabs->removeEditor(editor);
    if (m_tabs->count() == 0)
        newRequestTab();
    scheduleDraft();
    return true;
}

void MainWindow::onCurrentTabChanged()
{
    RequestEditor *editor = requestEditor();
    if (!editor)
        return;
    const RequestTabState &state = current();
    if (state.lastExchange)
        m_response->showExchange(*state.lastExchange);
    else
        m_response->clear();
    editor->setBusy(state.inFlight != 0);
    updateEnvironments();
    updateTitle();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New request"), this, [this] {
        newRequestTab(current().collectionDir, current().folder);
    });
    newRequest->setObjectName(u"actionNewRequest"_s);
    newRequest->setShortcut(QKeySequence::New);
    file->addAction(tr("New &collection…"), this, &MainWindow::chooseNewCollection);
    file->addAction(tr("&Open collection…"), this, &MainWindow::chooseOpenCollection);
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::chooseImport);
    importAction->setObjectName(u"actionImport"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(tr("Import a &Bruno folder…"), this, &MainWindow::chooseImportFolder);
    QAction *exportAction = file->addAction(tr("&Export collection…"), this, [this] {
        const QString dir = current().collectionDir.isEmpty()
                ? m_collectionsPanel->selectedCollection()
                : current().collectionDir;
        if (dir.isEmpty()) {
            statusBar()->showMessage(tr("Open a collection to export it."), 6000);
            return;
        }
        chooseExport(dir, {});
    });
    exportAction->setObjectName(u"actionExport"_s);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &dir : m_workspace->recentCollections())
            recent->addAction(QDir::toNativeSeparators(dir), this,
                              [this, dir] { openCollection(dir); });
    });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setObjectName(u"actionSave"_s);
    saveAction->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &as…"), this, [this] { chooseSaveAs(); });
    QAction *closeAction
            = file->addAction(tr("&Close tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeAction->setObjectName(u"actionCloseTab"_s);
    // Ctrl+W everywhere (QKeySequence::Close is Ctrl+F4 on some platforms).
    closeAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"actionUndo"_s);
    edit->addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *focusUrl
            = edit->addAction(tr("Focus &URL"), this, [this] { requestEditor()->focusUrl(); });
    focusUrl->setObjectName(u"actionFocusUrl"_s);
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *find = edit->addAction(tr("&Find in response"), this,
                                    [this] { m_response->bodyView()->focusSearch(); });
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);
    QAction *quickOpenAction
            = edit->addAction(tr("&Open a request…"), this, &MainWindow::quickOpen);
    quickOpenAction->setObjectName(u"actionQuickOpen"_s);
    quickOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    edit->addSeparator();
    QAction *preferencesAction
            = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setObjectName(u"actionPreferences"_s);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget *>(u"workspaceDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"connectionsDock"_s)->toggleViewAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *sendAction = run->addAction(tr("&Send"), this, &MainWindow::send);
    sendAction->setObjectName(u"actionSend"_s);
    sendAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::ApplicationShortcut);
    QAction *runner = run->addAction(tr("&Runner…"), this, [this] {
        auto *view = findChild<RunnerView *>();
        if (!view)
            view = new RunnerView(m_workspace, m_historyRecorder, this);
        view->setCollection(current().collectionDir.isEmpty()
                                    ? m_collectionsPanel->selectedCollection()
                                    : current().collectionDir);
        view->show();
        view->raise();
    });
    runner->setObjectName(u"actionRunner"_s);
    runner->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *cancelAction = run->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    cancelAction->setObjectName(u"actionCancel"_s);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
            = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"actionShortcuts"_s);
    QAction *about = help->addAction(tr("&About Tether"), this, [this] {
        QMessageBox::about(this, tr("About Tether"),
                           tr("<b>Tether %1</b><p>An HTTP workbench that shows what the "
                              "connection layer did: which exchange opened a connection, which "
                              "reused one, and what each phase cost.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Environment"));
    bar->setObjectName(u"environmentBar"_s);
    bar->addWidget(new QLabel(tr(" Environment: "), bar));
    m_environment = new QComboBox(bar);
    m_environment->setObjectName(u"environment"_s);
    m_environment->setMinimumContentsLength(14);
    bar->addWidget(m_environment);
    QAction *edit = bar->addAction(tr("Variables…"), this, [this] {
        if (current().collectionDir.isEmpty()) {
            statusBar()->showMessage(
                    tr("Open or save a request in a collection to edit its variables."), 6000);
            return;
        }
        EnvironmentEditor editor(m_workspace, current().collectionDir, environment(), this);
        editor.exec();
        updateEnvironments();
    });
    edit->setObjectName(u"actionVariables"_s);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &MainWindow::updateVariablePreview);
    updateEnvironments();
}

void MainWindow::send()
{
    RequestEditor *editor = requestEditor();
    RequestTabState &state = current();
    const core::Request request = editor->request();
    auto prepared = m_workspace->prepare(state.collectionDir, state.path, request, environment());
    // A body file outside the collection is sent only when the user says so, each time.
    if (!prepared && prepared.error().code == u"outside-file"
        && QMessageBox::question(this, tr("File outside the collection"),
                                 prepared.error().message.section(u';', 0, 0)
                                         + tr(". Send it anyway?"))
                == QMessageBox::Yes)
        prepared = m_workspace->prepare(state.collectionDir, state.path, request, environment(),
                                        true);
    if (!prepared) {
        m_response->showError(prepared.error().message);
        return;
    }
    auto id = m_session->send(prepared.value().first, prepared.value().second,
                              {state.collectionDir, environment()});
    if (!id) {
        m_response->showError(id.error().message);
        return;
    }
    m_exchangeEditor.insert(id.value(), editor);
    state.inFlight = id.value();
    m_response->showPending(request.method + u' ' + request.url);
    editor->setBusy(true);
}

void MainWindow::cancel()
{
    if (current().inFlight)
        m_session->cancel(current().inFlight);
}

void MainWindow::onExchangeFinished(const net::Exchange &exchange)
{
    RequestEditor *editor = m_exchangeEditor.take(exchange.id);
    if (!editor)
        return; // its tab was closed
    RequestTabState &state = m_tabs->state(editor);
    if (state.inFlight == exchange.id)
        state.inFlight = 0;
    state.lastExchange = exchange;
    if (editor == requestEditor()) {
        editor->setBusy(false);
        m_response->showExchange(exchange);
    }
}

void MainWindow::applySettings(const net::SessionSettings &settings)
{
    if (auto error = m_session->setSettings(settings)) {
        QMessageBox::warning(this, tr("Settings not applied"), error->message);
        m_settingsEditor->setSettings(m_session->settings());
        return;
    }
    m_settingsEditor->setSettings(settings);
    m_panel->setKeepAlive(settings.keepAlive);
}

void MainWindow::updateEnvironments()
{
    if (!m_environment || !requestEditor())
        return;
    const QString dir = current().collectionDir;
    const QString selected = environment();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("No environment"), QString());
        for (const QString &name : m_workspace->environments(dir))
            m_environment->addItem(name, name);
        m_environment->setEnabled(!dir.isEmpty());
        m_environment->setCurrentIndex(qMax(0, m_environment->findData(selected)));
    }
    updateVariablePreview();
}

void MainWindow::setEnvironment(const QString &name)
{
    if (m_environment)
        m_environment->setCurrentIndex(qMax(0, m_environment->findData(name)));
}

QString MainWindow::environment() const
{
    return m_environment ? m_environment->currentData().toString() : QString();
}

void MainWindow::updateVariablePreview()
{
    // Resolve once per tab, collection or environment change (the keychain is read here, not
    // on every hover); editors format the cached set as the pointer moves.
    RequestEditor *editor = requestEditor();
    if (!editor)
        return;
    // Nothing is sent here: body files outside the collection are a question for send().
    auto prepared = m_workspace->prepare(current().collectionDir, current().path, editor->request(),
                                         environment(), true);
    m_previewVariables = std::make_shared<core::VariableSet>(prepared ? prepared.value().second
                                                                      : core::VariableSet{});
    m_previewError = std::make_shared<QString>(prepared ? QString() : prepared.error().message);
    const auto variables = m_previewVariables;
    const auto error = m_previewError;
    editor->setVariablePreview([variables, error](const QString &text) {
        QStringList lines;
        for (const QString &name : core::VariableSet::referencedNames(text)) {
            if (!error->isEmpty())
                lines.append(u"{{%1}}: %2"_s.arg(name, *error));
            else
                lines.append(u"{{%1}} = %2"_s.arg(name,
                                                  !variables->contains(name) ? tr("(undefined)")
                                                          : variables->isSecret(name)
                                                          ? u"••••"_s
                                                          : variables->value(name)));
        }
        return lines.join(u'\n');
    });
}

bool MainWindow::openCollection(const QString &dir)
{
    auto opened = m_workspace->openCollection(dir);
    if (!opened) {
        showError(tr("Collection not opened"), opened.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(opened.value())), 4000);
    return true;
}

bool MainWindow::newCollection(const QString &dir, const QString &name)
{
    auto created = m_workspace->newCollection(dir, name);
    if (!created) {
        showError(tr("Collection not created"), created.error().message);
        return false;
    }
    if (m_tabs->isBlank(requestEditor()))
        current().collectionDir = created.value(); // a fresh tab saves into it
    updateEnvironments();
    return true;
}

void MainWindow::chooseNewCollection()
{
    const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Folder for the new collection"));
    if (dir.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New collection"), tr("Name"),
                                               QLineEdit::Normal, QDir(dir).dirName(), &ok);
    if (ok)
        newCollection(dir, name.trimmed());
}

void MainWindow::chooseOpenCollection()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a collection folder"));
    if (!dir.isEmpty())
        openCollection(dir);
}

void MainWindow::openRequest(const QString &collectionDir, const QString &path)
{
    if (RequestEditor *open = m_tabs->find(collectionDir, path)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    const core::Collection *collection = m_workspace->collections()->collection(collectionDir);
    const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (!saved)
        return;
    RequestTabState state;
    state.collectionDir = collectionDir;
    state.path = path;
    state.name = saved->name;
    state.folder = path.section(u'/', 0, -2);
    RequestEditor *editor = requestEditor();
    if (m_tabs->isBlank(editor)) {
        m_tabs->load(editor, saved->request);
        m_tabs->state(editor) = state;
        m_tabs->updateTitle(editor);
        onCurrentTabChanged();
    } else {
        m_tabs->openTab(saved->request, state);
    }
}

bool MainWindow::save()
{
    if (current().collectionDir.isEmpty() || current().path.isEmpty())
        return chooseSaveAs();
    return saveAs(current().collectionDir, current().path);
}

bool MainWindow::saveAs(const QString &collectionDir, const QString &path)
{
    RequestEditor *editor = requestEditor();
    RequestTabState &state = current();
    const QString name = state.path == path ? state.name : QString();
    auto written = m_workspace->saveRequest(collectionDir, path, name, editor->request());
    if (!written && written.error().code == u"no-keychain"
        && QMessageBox::question(this, tr("No keychain"),
                                 written.error().message
                                         + tr("\n\nKeep the secret in memory until Tether quits? "
                                              "The file will hold only a reference to it."))
                == QMessageBox::Yes)
        written = m_workspace->saveRequest(collectionDir, path, name, editor->request(), true);
    if (!written) {
        showError(tr("Not saved"), written.error().message);
        return false;
    }
    // Reload what was written: typed auth secrets now read {{references}}.
    const core::Collection *collection = m_workspace->collections()->collection(collectionDir);
    const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (saved)
        m_tabs->load(editor, saved->request);
    state.collectionDir = collectionDir;
    state.path = path;
    state.name = saved ? saved->name : path.section(u'/', -1);
    state.folder = path.section(u'/', 0, -2);
    m_tabs->setDirty(editor, false);
    m_tabs->updateTitle(editor);
    updateTitle();
    updateEnvironments();
    scheduleDraft();
    m_collectionsPanel->tree()->setCurrentIndex(
            m_workspace->collections()->indexFor(collectionDir, path));
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(written.value())), 4000);
    return true;
}

bool MainWindow::chooseSaveAs()
{
    const QStringList dirs = m_workspace->collections()->collectionDirs();
    if (dirs.isEmpty()) {
        statusBar()->showMessage(tr("Create or open a collection first (Collections → New…)."),
                                 6000);
        return false;
    }
    QString dir = current().collectionDir.isEmpty() ? m_collectionsPanel->selectedCollection()
                                                    : current().collectionDir;
    if (!dirs.contains(dir)) {
        bool ok = false;
        dir = QInputDialog::getItem(this, tr("Save request"), tr("Collection"), dirs, 0, false,
                                    &ok);
        if (!ok)
            return false;
    }
    const QString folder
            = current().folder.isEmpty() ? m_collectionsPanel->selectedFolder() : current().folder;
    bool ok = false;
    const QString suggestion = (folder.isEmpty() ? QString() : folder + u'/')
            + (current().name.isEmpty() ? tr("New request") : current().name);
    const QString path = QInputDialog::getText(this, tr("Save request"),
                                               tr("Folder/name inside the collection"),
                                               QLineEdit::Normal, suggestion, &ok)
                                 .trimmed();
    if (!ok || path.isEmpty())
        return false;
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts))
        parts.append(store::CollectionStore::safeFileName(part));
    return saveAs(dir, parts.join(u'/'));
}

class DeleteRequestCommand : public QUndoCommand
{
public:
    DeleteRequestCommand(store::Workspace *workspace, QString dir, QString path, QByteArray bytes)
        : QUndoCommand(QObject::tr("Delete %1").arg(path.section(u'/', -1))),
          m_workspace(workspace),
          m_dir(std::move(dir)),
          m_path(std::move(path)),
          m_bytes(std::move(bytes))
    { }
    void undo() override { (void)m_workspace->restoreRequest(m_dir, m_path, m_bytes); }
    void redo() override
    {
        if (m_first) { // the file is already gone
            m_first = false;
            return;
        }
        (void)m_workspace->deleteRequest(m_dir, m_path);
    }

private:
    store::Workspace *m_workspace;
    QString m_dir;
    QString m_path;
    QByteArray m_bytes;
    bool m_first = true;
};

void MainWindow::deleteWithUndo(const QString &dir, const QString &path)
{
    auto bytes = m_workspace->deleteRequest(dir, path);
    if (!bytes) {
        showError(tr("Not deleted"), bytes.error().message);
        return;
    }
    m_undo->push(new DeleteRequestCommand(m_workspace, dir, path, bytes.value()));
    if (RequestEditor *editor = m_tabs->find(dir, path)) {
        m_tabs->state(editor).path.clear(); // still open: saving again recreates it
        m_tabs->setDirty(editor, true);
        updateTitle();
    }
    statusBar()->showMessage(tr("Deleted %1 — Ctrl+Z brings it back").arg(path), 6000);
}

void MainWindow::updateTitle()
{
    if (!requestEditor())
        return;
    const RequestTabState &state = current();
    QString title = state.path.isEmpty() ? tr("Untitled request") : state.name;
    if (!state.collectionDir.isEmpty())
        title += u" — "_s + QDir(state.collectionDir).dirName();
    setWindowTitle(title + (state.dirty ? u" •"_s : QString()) + u" — Tether"_s);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Docks keep their width when the window narrows, so the request and response would be
    // squeezed to nothing at 1024 px: when they get under 45 %, the docks give way.
    auto *left = findChild<QDockWidget *>(u"workspaceDock"_s);
    auto *right = findChild<QDockWidget *>(u"connectionsDock"_s);
    if (!left || !right || !centralWidget() || centralWidget()->width() >= width() * 45 / 100)
        return;
    resizeDocks({left, right}, {width() * 17 / 100, width() * 36 / 100}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Modified tabs are kept as drafts (written now) and come back at the next start, so
    // quitting never loses typing and never interrupts with a question per tab.
    auto drafts = writeDrafts();
    if (!drafts && !qEnvironmentVariableIsSet("TETHER_NO_DIALOGS")
        && QMessageBox::question(this, tr("Unsaved requests"),
                                 tr("Your unsaved requests could not be kept as drafts (%1). "
                                    "Quit anyway and lose them?")
                                         .arg(drafts.error().message))
                != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    saveWindowState();
    (void)m_workspace->history()->flush();
    event->accept();
}

void MainWindow::scheduleDraft()
{
    m_draftTimer->start();
}

Result<bool> MainWindow::writeDrafts()
{
    m_draftTimer->stop();
    QList<workbench::Draft> drafts;
    for (RequestEditor *editor : m_tabs->editors()) {
        const RequestTabState &state = m_tabs->state(editor);
        if (state.dirty)
            drafts.append(
                    {state.collectionDir, state.path, state.name, state.folder, editor->request()});
    }
    auto written = workbench::DraftStore().write(drafts);
    if (!written)
        statusBar()->showMessage(
                tr("Unsaved requests are not kept as drafts: %1").arg(written.error().message));
    return written;
}

void MainWindow::restoreDrafts()
{
    auto drafts = workbench::DraftStore().read();
    if (!drafts) {
        statusBar()->showMessage(tr("Drafts not restored: %1").arg(drafts.error().message));
        return;
    }
    for (const workbench::Draft &draft : std::as_const(drafts.value())) {
        QString dir = draft.collectionDir;
        if (!dir.isEmpty() && !m_workspace->collections()->collection(dir)
            && !m_workspace->openCollection(dir))
            dir.clear();
        RequestTabState state;
        state.collectionDir = dir;
        state.path = dir.isEmpty() ? QString() : draft.path;
        state.name = draft.name;
        state.folder = draft.folder;
        m_tabs->setDirty(m_tabs->openTab(draft.request, state), true);
    }
    if (!drafts.value().isEmpty())
        statusBar()->showMessage(tr("Restored %n unsaved request(s) from your last session.",
                                    nullptr, int(drafts.value().size())),
                                 8000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (!qEnvironmentVariableIsSet("TETHER_NO_DIALOGS"))
        QMessageBox::warning(this, title, message);
}

void MainWindow::chooseImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import requests"), {},
            tr("Postman, Insomnia, Bruno, HAR, .http, curl (*.json *.har *.http *.rest *.bru "
               "*.yaml *.yml *.sh *.txt *.curl);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Bruno collection folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::importPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        // Parsing a large export takes time: off the GUI thread, with progress and Cancel.
        QFutureWatcher<std::optional<Result<formats::ImportResult>>> watcher;
        QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        QEventLoop loop;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run(
                [path] { return std::optional(formats::Importer::importPath(path)); }));
        if (!watcher.isFinished())
            loop.exec();
        if (progress.wasCanceled() || !watcher.isFinished()) {
            statusBar()->showMessage(tr("Import of %1 cancelled").arg(path), 6000);
            continue;
        }
        progress.reset();
        const auto imported = *watcher.result();
        if (!imported) {
            showError(tr("Import"), imported.error().message);
            continue;
        }
        QString dir;
        bool history = false;
        if (qEnvironmentVariableIsSet("TETHER_NO_DIALOGS")) {
            dir = ImportDialog::defaultNewCollectionDir(imported.value().collection.name);
        } else {
            ImportDialog dialog(imported.value(), path,
                                m_workspace->collections()->collectionDirs(),
                                current().collectionDir, this);
            if (dialog.exec() != QDialog::Accepted)
                continue;
            dir = dialog.targetDir();
            history = dialog.addToHistory();
        }
        auto written = importInto(imported.value(), dir, history);
        if (!written)
            showError(tr("Import"), written.error().message);
        else
            statusBar()->showMessage(written.value(), 12000);
    }
}

Result<QString> MainWindow::importInto(const formats::ImportResult &result, const QString &dir,
                                       bool addToHistory)
{
    const bool wasOpen = m_workspace->collections()->collectionDirs().contains(dir);
    auto written = formats::ImportWriter::write(result, dir, *m_workspace->secretStore());
    if (!written)
        return written.error();
    if (addToHistory) {
        for (const net::Exchange &exchange : result.exchanges)
            m_workspace->history()->record(exchange, dir);
        auto flushed = m_workspace->history()->flush();
        if (!flushed)
            return flushed.error();
    }
    auto opened = wasOpen ? m_workspace->reload(dir) : Result<bool>(openCollection(dir));
    if (!opened)
        return opened.error();
    const formats::ImportSummary &summary = written.value();
    // Secrets that did not reach the keychain need the user now, not in a status line.
    const QStringList keychain = summary.warnings.mid(result.warnings.size());
    if (!keychain.isEmpty() && !qEnvironmentVariableIsSet("TETHER_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Import"), keychain.join(u"\n\n"_s));
    return tr("Imported %1 into %2")
                   .arg(summary.requests.size() == 1
                                ? tr("1 request")
                                : tr("%1 requests").arg(summary.requests.size()),
                        QDir::toNativeSeparators(QDir(dir).filePath(summary.folder)))
            + (summary.warnings.isEmpty() ? QString()
                                          : tr(" — %1 not mapped (listed in the import summary)")
                                                    .arg(summary.warnings.size()));
}

QString MainWindow::copyRequestAs(const QString &collectionDir, const QString &path,
                                  const QString &format)
{
    core::Request request;
    QString dir = collectionDir;
    QString requestPath = path;
    if (path.isEmpty()) {
        if (!requestEditor())
            return {};
        request = requestEditor()->request();
        dir = current().collectionDir;
        requestPath = current().path;
    } else {
        const core::Collection *collection = m_workspace->collections()->collection(dir);
        const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
        if (!saved)
            return {};
        request = saved->request;
    }
    // Inheritance and variables as a send would apply them; secret values stay references.
    auto prepared = m_workspace->prepare(dir, requestPath, request, environment(), true);
    const core::Request ready = prepared
            ? formats::Exporter::resolvedForCopy(prepared.value().first, prepared.value().second)
            : request;
    const QString text = format == u"curl" ? formats::CurlExporter::toCommand(ready)
                                           : formats::SnippetExporter::snippet(format, ready);
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(
            text.contains(u"{{"_s)
                    ? tr("Copied as %1; secret or undefined variables are left as {{name}}")
                              .arg(format)
                    : tr("Copied as %1").arg(format),
            8000);
    return text;
}

void MainWindow::chooseExport(const QString &dir, const QString &folder)
{
    const QStringList labels{tr("Postman collection v2.1"), tr(".http file"),
                             tr("curl commands"),           tr("HAR (this collection's history)"),
                             tr("k6 load-test script"),     tr("Python (requests)"),
                             tr("JavaScript (fetch)"),      tr("C++ (Qt)")};
    bool ok = false;
    const QString label
            = QInputDialog::getItem(this, tr("Export"), tr("Format"), labels, 0, false, &ok);
    if (!ok)
        return;
    const QString format = formats::Exporter::formats().at(labels.indexOf(label));
    const QString name = folder.isEmpty() ? QDir(dir).dirName() : folder.section(u'/', -1);
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export to"),
            QDir::home().filePath(name + u'.' + formats::Exporter::fileSuffix(format)));
    if (file.isEmpty())
        return;
    auto exported = exportCollection(dir, folder, format, file);
    if (!exported)
        showError(tr("Export"), exported.error().message);
    else
        statusBar()->showMessage(exported.value(), 8000);
}

Result<QString> MainWindow::exportCollection(const QString &dir, const QString &folder,
                                             const QString &format, const QString &file)
{
    const core::Collection *collection = m_workspace->collections()->collection(dir);
    if (!collection)
        return Error{u"not-open"_s, tr("The collection %1 is not open.").arg(dir)};
    formats::ExportOptions options;
    options.folder = folder;
    std::optional<core::Environment> env;
    if (!environment().isEmpty()) {
        auto loaded = m_workspace->environment(dir, environment());
        if (loaded)
            env = loaded.value();
    }
    options.environment = env ? &*env : nullptr;
    if (format == u"har") {
        store::HistoryQuery query;
        query.limit = 100000;
        auto entries = m_workspace->history()->query(query);
        if (!entries)
            return entries.error();
        for (const store::HistoryEntry &entry : entries.value())
            if (QDir::cleanPath(entry.collectionDir) == QDir::cleanPath(dir))
                options.exchanges.prepend(store::HistoryStore::toExchange(entry));
    }
    auto text = formats::Exporter::exportText(*collection, format, options);
    if (!text)
        return text.error();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.value().toUtf8()) < 0 || !out.commit())
        return Error{u"write-failed"_s, tr("Cannot write %1: %2").arg(file, out.errorString())};
    return tr("Exported to %1").arg(QDir::toNativeSeparators(file));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    event->acceptProposedAction();
    // After the drop returns: the import shows dialogs of its own.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths); });
}

Result<QString> MainWindow::exportHistoryHar(const QString &file)
{
    store::HistoryModel *model = m_workspace->historyModel();
    QList<net::Exchange> exchanges;
    for (int row = model->rowCount() - 1; row >= 0; --row) // oldest first
        exchanges.append(store::HistoryStore::toExchange(model->entry(row)));
    const QByteArray bytes = QJsonDocument(formats::HarExporter::exportExchanges(exchanges))
                                     .toJson(QJsonDocument::Indented);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
        return Error{u"write-failed"_s, tr("Cannot write %1: %2").arg(file, out.errorString())};
    return tr("%1 exchanges exported to %2")
            .arg(exchanges.size())
            .arg(QDir::toNativeSeparators(file));
}

void MainWindow::applyPreferences(const store::Preferences &preferences,
                                  const QString &proxyPassword)
{
    net::SessionSettings settings = preferences.applyTo(m_session->settings());
    settings.proxyPassword
            = preferences.proxyMode == net::ProxyMode::Manual ? proxyPassword : QString();
    applySettings(settings);
    m_workspace->history()->setBodyCap(preferences.historyBodyCapBytes);
    m_workspace->history()->setTotalCap(preferences.historyTotalCapBytes);
    (void)m_workspace->history()->flush(); // the total cap applies at once
    if (preferences.historyMaxEntries > 0)
        (void)m_workspace->history()->pruneToCount(preferences.historyMaxEntries);
    (void)m_workspace->history()->enforceTotalCap();
    m_workspace->historyModel()->refresh();
}

void MainWindow::showPreferences()
{
    const store::Preferences before = store::Preferences::load();
    auto *dialog = new PreferencesDialog(before, m_session->settings().proxyPassword, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const store::Preferences after = dialog->preferences();
        after.save();
        const QString password = dialog->proxyPassword();
        if (after.proxyMode == net::ProxyMode::Manual && !after.proxyUser.isEmpty()
            && password != m_session->settings().proxyPassword) {
            secrets::SecretStore *secrets = m_workspace->secretStore();
            const QString id = QString::fromLatin1(store::Preferences::keychainId);
            const QString name = QString::fromLatin1(store::Preferences::proxyPasswordName);
            auto written = secrets->write(id, name, password);
            if (!written) {
                secrets->keepForSession(id, name, password);
                showError(tr("Proxy password"),
                          tr("The proxy password was not saved (%1). It is "
                             "used until Tether quits.")
                                  .arg(written.error().message));
            }
        }
        applyPreferences(after, password);
        if (after.theme != before.theme)
            Theme::apply(after.theme);
    });
    dialog->open();
}

void MainWindow::quickOpen()
{
    QList<QuickOpenDialog::Item> items;
    for (const QString &dir : m_workspace->collections()->collectionDirs()) {
        const core::Collection *collection = m_workspace->collections()->collection(dir);
        std::function<void(const core::CollectionFolder &)> visit = [&](const core::CollectionFolder
                                                                                &folder) {
            for (const core::SavedRequest &request : folder.requests)
                items.append({dir, request.path, collection->name + u" › "_s + request.path});
            for (const core::CollectionFolder &child : folder.folders)
                visit(child);
        };
        visit(collection->root);
    }
    auto *dialog = new QuickOpenDialog(items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QuickOpenDialog::Item item = dialog->chosen();
        if (!item.path.isEmpty())
            openRequest(item.collectionDir, item.path);
    });
    dialog->open();
}

QList<std::pair<QString, QString>> MainWindow::shortcutList() const
{
    QList<std::pair<QString, QString>> list;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys.append(sequence.toString(QKeySequence::NativeText));
            if (!keys.isEmpty())
                list.append({QString(action->text()).remove(u'&'), keys.join(u"  or  "_s)});
        }
    }
    return list;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const auto list = shortcutList();
    auto *table = new QTableWidget(int(list.size()), 2, dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    dialog->resize(460, 420);
    dialog->show();
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    // Saved requests open in tabs (unsaved ones come back as drafts).
    QJsonArray tabs;
    for (RequestEditor *editor : m_tabs->editors()) {
        const RequestTabState &state = m_tabs->state(editor);
        if (!state.dirty && !state.collectionDir.isEmpty() && !state.path.isEmpty())
            tabs.append(
                    QJsonObject{{u"collection"_s, state.collectionDir}, {u"path"_s, state.path}});
    }
    settings.setValue(u"window/tabs"_s,
                      QString::fromUtf8(QJsonDocument(tabs).toJson(QJsonDocument::Compact)));
    settings.setValue(u"window/currentTab"_s, m_tabs->currentIndex());
    settings.sync();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    const QJsonArray tabs
            = QJsonDocument::fromJson(settings.value(u"window/tabs"_s).toString().toUtf8()).array();
    for (const QJsonValue &value : tabs) {
        const QString dir = value.toObject().value(u"collection"_s).toString();
        if (!m_workspace->collections()->collection(dir) && !m_workspace->openCollection(dir))
            continue;
        openRequest(dir, value.toObject().value(u"path"_s).toString());
    }
    const int current = settings.value(u"window/currentTab"_s, -1).toInt();
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

} // namespace tether::ui
