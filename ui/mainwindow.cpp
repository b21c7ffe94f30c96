#include "mainwindow.h"
#include "bodyview.h"
#include "collectionspanel.h"
#include "connectionpanel.h"
#include "environmenteditor.h"
#include "historypanel.h"
#include "requesteditor.h"
#include "responseview.h"
#include "sessionsettingseditor.h"

#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"
#include "net/recentexchangesmodel.h"
#include "net/session.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/historymodel.h"
#include "store/historystore.h"
#include "store/jsonfile.h"
#include "store/requestcodec.h"
#include "store/workspace.h"
#include <QJsonObject>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tether::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_session(new net::Session(this)),
      m_recent(new net::RecentExchangesModel(200, this)),
      m_origins(new net::OriginStatsModel(m_session->tracker(), this)),
      m_monitor(new net::LivePoolMonitor(m_session->tracker(), this)),
      m_editor(new RequestEditor(this)),
      m_response(new ResponseView(this)),
      m_panel(new ConnectionPanel(m_origins, m_recent, m_monitor, this)),
      m_workspace(new store::Workspace(this)),
      m_collectionsPanel(new CollectionsPanel(m_workspace->collections(), this)),
      m_historyPanel(new HistoryPanel(m_workspace->historyModel(), this)),
      m_undo(new QUndoStack(this)),
      m_draftTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tether"));
    resize(1500, 920);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *dock = new QDockWidget(tr("Connections"), this);
    dock->setObjectName(u"connectionsDock"_s);
    dock->setWidget(m_panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {560}, Qt::Horizontal);

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

    m_editor->settingsEditor()->setSettings(m_session->settings());
    m_panel->setKeepAlive(m_session->settings().keepAlive);

    connect(m_editor, &RequestEditor::sendRequested, this, &MainWindow::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &MainWindow::cancel);
    connect(m_editor->settingsEditor(), &SessionSettingsEditor::settingsEdited, this,
            &MainWindow::applySettings);
    connect(m_session, &net::Session::exchangeFinished, m_recent,
            &net::RecentExchangesModel::append);
    connect(m_session, &net::Session::exchangeFinished, this, &MainWindow::onExchangeFinished);
    connect(m_session, &net::Session::exchangeFinished, m_monitor, &net::LivePoolMonitor::refresh);
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
        auto origin = m_session->preconnect(m_editor->request().url);
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
        m_recent->clear();
    });

    connect(m_editor, &RequestEditor::changed, this, [this] {
        if (m_loading)
            return;
        setDirty(true);
        m_draftTimer->start();
        updateVariablePreview();
    });
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::writeDraft);

    connect(m_collectionsPanel, &CollectionsPanel::requestActivated, this,
            &MainWindow::openRequest);
    connect(m_collectionsPanel, &CollectionsPanel::newCollectionRequested, this,
            &MainWindow::chooseNewCollection);
    connect(m_collectionsPanel, &CollectionsPanel::openCollectionRequested, this,
            &MainWindow::chooseOpenCollection);
    connect(m_collectionsPanel, &CollectionsPanel::newRequestRequested, this,
            [this](const QString &dir, const QString &folder) {
                if (!confirmDiscard())
                    return;
                m_loading = true;
                m_editor->setRequest({});
                m_loading = false;
                setCurrent(dir, {}, {});
                setDirty(false);
                m_editor->focusUrl();
                statusBar()->showMessage(
                        tr("New request: Ctrl+S saves it into %1")
                                .arg(folder.isEmpty() ? QDir(dir).dirName() : folder),
                        6000);
                setProperty("pendingFolder", folder);
            });
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
                if (m_currentDir == dir && m_currentPath == path)
                    setCurrent(dir, renamed.value(), name.trimmed());
            });
    connect(m_collectionsPanel, &CollectionsPanel::duplicateRequested, this,
            [this](const QString &dir, const QString &path) {
                auto copy = m_workspace->duplicateRequest(dir, path);
                if (!copy)
                    showError(tr("Not duplicated"), copy.error().message);
            });
    connect(m_collectionsPanel, &CollectionsPanel::deleteRequested, this,
            &MainWindow::deleteWithUndo);
    connect(m_collectionsPanel, &CollectionsPanel::closeCollectionRequested, m_workspace,
            &store::Workspace::closeCollection);
    connect(m_workspace, &store::Workspace::collectionsChanged, this,
            &MainWindow::updateEnvironments);

    connect(m_historyPanel, &HistoryPanel::entrySelected, this, [this](int row) {
        m_response->showExchange(
                store::HistoryStore::toExchange(m_workspace->historyModel()->entry(row)));
    });
    connect(m_historyPanel, &HistoryPanel::replayRequested, this, [this](int row) {
        if (!confirmDiscard())
            return;
        const store::HistoryEntry entry = m_workspace->historyModel()->entry(row);
        m_loading = true;
        m_editor->setRequest(entry.request);
        m_loading = false;
        if (!entry.collectionDir.isEmpty()
            && !m_workspace->collections()->collection(entry.collectionDir))
            (void)m_workspace->openCollection(entry.collectionDir);
        setCurrent(entry.collectionDir, {}, {});
        setEnvironment(entry.environment);
        setDirty(false);
        send();
    });
    connect(m_historyPanel, &HistoryPanel::saveRequested, this, [this](int row) {
        const store::HistoryEntry entry = m_workspace->historyModel()->entry(row);
        m_loading = true;
        m_editor->setRequest(entry.request);
        m_loading = false;
        setCurrent(entry.collectionDir, {}, {});
        setDirty(true);
        chooseSaveAs();
    });

    createMenus();
    createToolBar();
    if (!m_workspace->historyNotice().isEmpty())
        QMessageBox::warning(this, tr("History"), m_workspace->historyNotice());
    for (const QString &dir : m_workspace->recentCollections()) {
        if (QFile::exists(QDir(dir).filePath(u"collection.json"_s))
            && qEnvironmentVariableIsEmpty("TETHER_NO_RESTORE"))
            (void)m_workspace->openCollection(dir);
    }
    if (qEnvironmentVariableIsEmpty("TETHER_NO_RESTORE"))
        restoreDraft();
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
    m_editor->focusUrl();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New collection…"), this, &MainWindow::chooseNewCollection);
    file->addAction(tr("&Open collection…"), this, &MainWindow::chooseOpenCollection);
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
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
    QAction *focusUrl = edit->addAction(tr("Focus &URL"), this, [this] { m_editor->focusUrl(); });
    focusUrl->setObjectName(u"actionFocusUrl"_s);
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *find = edit->addAction(tr("&Find in response"), this,
                                    [this] { m_response->bodyView()->focusSearch(); });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget *>(u"workspaceDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"connectionsDock"_s)->toggleViewAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *sendAction = run->addAction(tr("&Send"), this, &MainWindow::send);
    sendAction->setObjectName(u"actionSend"_s);
    sendAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::ApplicationShortcut);
    QAction *cancelAction = run->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    cancelAction->setObjectName(u"actionCancel"_s);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tether"), this, [this] {
        QMessageBox::about(this, tr("About Tether"),
                           tr("<b>Tether %1</b><p>An HTTP workbench that shows what the "
                              "connection layer did: which exchange opened a connection, which "
                              "reused one, and what each phase cost.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::send()
{
    const core::Request request = m_editor->request();
    auto prepared = m_workspace->prepare(m_currentDir, m_currentPath, request, environment());
    if (!prepared) {
        m_response->showError(prepared.error().message);
        return;
    }
    auto id = m_session->send(prepared.value().first, prepared.value().second);
    if (!id) {
        m_response->showError(id.error().message);
        return;
    }
    m_exchangeContext.insert(id.value(), {m_currentDir, environment()});
    m_currentId = id.value();
    m_response->showPending(request.method + u' ' + request.url);
    m_editor->setBusy(true);
}

void MainWindow::cancel()
{
    if (m_currentId)
        m_session->cancel(m_currentId);
}

void MainWindow::onExchangeFinished(const net::Exchange &exchange)
{
    const auto context = m_exchangeContext.take(exchange.id);
    m_workspace->history()->record(exchange, context.first, context.second);
    if (exchange.id != m_currentId)
        return;
    m_currentId = 0;
    m_editor->setBusy(false);
    m_response->showExchange(exchange);
}

void MainWindow::applySettings(const net::SessionSettings &settings)
{
    if (auto error = m_session->setSettings(settings)) {
        QMessageBox::warning(this, tr("Settings not applied"), error->message);
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

        m_editor->settingsEditor()->setSettings(m_session->settings());
        return;
    }
    m_editor->settingsEditor()->setSettings(settings);
    m_panel->setKeepAlive(settings.keepAlive);
}

} // namespace tether::ui

namespace tether::ui {

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
        if (m_currentDir.isEmpty()) {
            statusBar()->showMessage(
                    tr("Open or save a request in a collection to edit its variables."), 6000);
            return;
        }
        EnvironmentEditor editor(m_workspace, m_currentDir, environment(), this);
        editor.exec();
        updateEnvironments();
    });
    edit->setObjectName(u"actionVariables"_s);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &MainWindow::updateVariablePreview);
    updateEnvironments();
}

void MainWindow::updateEnvironments()
{
    if (!m_environment)
        return;
    const QString current = environment();
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    m_environment->addItem(tr("No environment"), QString());
    for (const QString &name : m_workspace->environments(m_currentDir))
        m_environment->addItem(name, name);
    m_environment->setEnabled(!m_currentDir.isEmpty());
    setEnvironment(current);
    updateVariablePreview();
}

void MainWindow::setEnvironment(const QString &name)
{
    if (!m_environment)
        return;
    const int index = m_environment->findData(name);
    m_environment->setCurrentIndex(qMax(0, index));
}

QString MainWindow::environment() const
{
    return m_environment ? m_environment->currentData().toString() : QString();
}

void MainWindow::updateVariablePreview()
{
    const QString url = m_editor->request().url;
    const QStringList names = core::VariableSet::referencedNames(url);
    if (names.isEmpty()) {
        m_editor->setVariablePreview({});
        return;
    }
    auto prepared
            = m_workspace->prepare(m_currentDir, m_currentPath, m_editor->request(), environment());
    QStringList lines;
    for (const QString &name : names) {
        if (!prepared) {
            lines.append(u"{{%1}}: %2"_s.arg(name, prepared.error().message));
            continue;
        }
        const core::VariableSet &variables = prepared.value().second;
        lines.append(u"{{%1}} = %2"_s.arg(name,
                                          !variables.contains(name) ? tr("(undefined)")
                                                  : variables.isSecret(name)
                                                  ? u"••••"_s
                                                  : variables.value(name)));
    }
    m_editor->setVariablePreview(lines.join(u'\n'));
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
    if (m_currentDir == collectionDir && m_currentPath == path)
        return;
    if (!confirmDiscard())
        return;
    const store::Collection *collection = m_workspace->collections()->collection(collectionDir);
    const store::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (!saved)
        return;
    m_loading = true;
    m_editor->setRequest(saved->request);
    m_loading = false;
    setCurrent(collectionDir, path, saved->name);
    setDirty(false);
    clearDraft();
    updateEnvironments();
}

bool MainWindow::save()
{
    if (m_currentDir.isEmpty() || m_currentPath.isEmpty())
        return chooseSaveAs();
    return saveAs(m_currentDir, m_currentPath);
}

bool MainWindow::saveAs(const QString &collectionDir, const QString &path)
{
    const QString name = m_currentPath == path ? m_currentName : QString();
    auto written = m_workspace->saveRequest(collectionDir, path, name, m_editor->request());
    if (!written && written.error().code == u"no-keychain"
        && QMessageBox::question(this, tr("No keychain"),
                                 written.error().message
                                         + tr("\n\nKeep the secret in memory until Tether quits? "
                                              "The file will hold only a reference to it."))
                == QMessageBox::Yes)
        written = m_workspace->saveRequest(collectionDir, path, name, m_editor->request(), true);
    if (!written) {
        showError(tr("Not saved"), written.error().message);
        return false;
    }
    // Reload what was written: auth secrets now read {{references}}.
    const store::SavedRequest *saved
            = m_workspace->collections()->collection(collectionDir)->findRequest(path);
    if (saved) {
        m_loading = true;
        m_editor->setRequest(saved->request);
        m_loading = false;
    }
    setCurrent(collectionDir, path, saved ? saved->name : path.section(u'/', -1));
    setDirty(false);
    clearDraft();
    m_collectionsPanel->tree()->setCurrentIndex(
            m_workspace->collections()->indexFor(collectionDir, path));
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(written.value())), 4000);
    return true;
}

bool MainWindow::chooseSaveAs()
{
    QStringList dirs = m_workspace->collections()->collectionDirs();
    if (dirs.isEmpty()) {
        statusBar()->showMessage(tr("Create or open a collection first (Collections → New…)."),
                                 6000);
        return false;
    }
    QString dir = m_currentDir.isEmpty() ? m_collectionsPanel->selectedCollection() : m_currentDir;
    if (!dirs.contains(dir)) {
        bool ok = false;
        dir = QInputDialog::getItem(this, tr("Save request"), tr("Collection"), dirs, 0, false,
                                    &ok);
        if (!ok)
            return false;
    }
    const QString folder = property("pendingFolder").toString().isEmpty()
            ? m_collectionsPanel->selectedFolder()
            : property("pendingFolder").toString();
    bool ok = false;
    const QString suggestion = (folder.isEmpty() ? QString() : folder + u'/')
            + (m_currentName.isEmpty() ? tr("New request") : m_currentName);
    const QString path = QInputDialog::getText(this, tr("Save request"),
                                               tr("Folder/name inside the collection"),
                                               QLineEdit::Normal, suggestion, &ok)
                                 .trimmed();
    if (!ok || path.isEmpty())
        return false;
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts))
        parts.append(store::CollectionStore::safeFileName(part));
    setProperty("pendingFolder", QString());
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
    if (m_currentDir == dir && m_currentPath == path) {
        setCurrent(dir, {}, {});
        setDirty(true); // the editor still holds it: saving again recreates it
    }
    statusBar()->showMessage(tr("Deleted %1 — Ctrl+Z brings it back").arg(path), 6000);
}

void MainWindow::setCurrent(const QString &dir, const QString &path, const QString &name)
{
    const bool collectionChanged = dir != m_currentDir;
    m_currentDir = dir;
    m_currentPath = path;
    m_currentName = name;
    if (collectionChanged)
        updateEnvironments();
    updateTitle();
}

void MainWindow::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = m_currentPath.isEmpty() ? tr("Untitled request") : m_currentName;
    if (!m_currentDir.isEmpty())
        title += u" — "_s + QDir(m_currentDir).dirName();
    setWindowTitle(title + (m_dirty ? u" •"_s : QString()) + u" — Tether"_s);
}

bool MainWindow::confirmDiscard()
{
    if (!m_dirty || m_currentPath.isEmpty())
        return true; // scratch requests live in the draft and in history
    const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to \"%1\"?").arg(m_currentName),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    if (!m_dirty)
        clearDraft();
    (void)m_workspace->history()->flush();
    event->accept();
}

static QString draftPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"draft.json"_s);
}

void MainWindow::writeDraft()
{
    if (!m_dirty)
        return;
    QJsonObject draft{{u"collection"_s, m_currentDir},
                      {u"path"_s, m_currentPath},
                      {u"name"_s, m_currentName},
                      {u"request"_s, store::RequestCodec::encode(m_editor->request())}};
    (void)store::JsonFile::write(draftPath(), draft);
}

void MainWindow::restoreDraft()
{
    if (!QFile::exists(draftPath()))
        return;
    auto draft = store::JsonFile::read(draftPath());
    if (!draft)
        return;
    const QString dir = draft.value().value(u"collection"_s).toString();
    if (!dir.isEmpty() && !m_workspace->collections()->collection(dir))
        (void)m_workspace->openCollection(dir);
    m_loading = true;
    m_editor->setRequest(store::RequestCodec::decode(draft.value().value(u"request"_s).toObject()));
    m_loading = false;
    setCurrent(m_workspace->collections()->collection(dir) ? dir : QString(),
               draft.value().value(u"path"_s).toString(),
               draft.value().value(u"name"_s).toString());
    setDirty(true);
    statusBar()->showMessage(tr("Restored the unsaved request from your last session."), 8000);
}

void MainWindow::clearDraft()
{
    m_draftTimer->stop();
    QFile::remove(draftPath());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (!qEnvironmentVariableIsSet("TETHER_NO_DIALOGS"))
        QMessageBox::warning(this, title, message);
}

} // namespace tether::ui
