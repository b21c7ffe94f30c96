// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "mainwindow.h"
#include "collections/collectionactions.h"
#include "collections/collectionspanel.h"
#include "collections/importcontroller.h"
#include "collections/quickopendialog.h"
#include "common/feedback.h"
#include "connections/connectionpanel.h"
#include "history/historyactions.h"
#include "history/historypanel.h"
#include "mainmenus.h"
#include "request/requestcontroller.h"
#include "request/requesteditor.h"
#include "request/requesttabs.h"
#include "response/responseview.h"
#include "runner/runnerview.h"
#include "settings/sessionsettingseditor.h"
#include "settings/settingscontroller.h"
#include "workbench/context.h"

#include "net/connectionledger.h"
#include "net/connectionlifetimesmodel.h"
#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"
#include "net/session.h"
#include "store/historystore.h"
#include "store/workspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tether::ui {

MainWindow::MainWindow(const WindowOptions &options, QWidget *parent)
    : QMainWindow(parent),
      m_ownContext(options.context ? nullptr : std::make_unique<workbench::Context>()),
      m_ownFeedback(options.feedback ? nullptr : std::make_unique<Feedback>()),
      m_context(options.context ? options.context : m_ownContext.get()),
      m_feedback(options.feedback ? options.feedback : m_ownFeedback.get()),
      m_tabs(new RequestTabs(this)),
      m_response(new ResponseView(this)),
      m_panel(nullptr),
      m_settingsEditor(new SessionSettingsEditor(this)),
      m_collectionsPanel(new CollectionsPanel(workspace()->collections(), this)),
      m_historyPanel(new HistoryPanel(workspace()->historyModel(), this))
{
    setObjectName(u"mainWindow"_s);
    resize(1500, 920);
    m_feedback->attach(this);
    createDocks();
    m_requests = new RequestController(m_context, m_tabs, m_response, m_collectionsPanel,
                                       m_feedback, this);
    m_collectionActions
            = new CollectionActions(workspace(), m_collectionsPanel, m_requests, m_feedback, this);
    m_imports = new ImportController(workspace(), m_requests, m_feedback, this);
    m_historyActions
            = new HistoryActions(workspace(), m_historyPanel, m_requests, m_feedback, this);
    m_settings = new SettingsController(session(), workspace(), m_settingsEditor, m_panel,
                                        m_feedback, this);
    m_settings->applySaved();
    wireConnectionPanel();
    connect(m_requests, &RequestController::titleChanged, this,
            [this] { setWindowTitle(m_requests->windowTitle()); });
    connect(m_collectionsPanel, &CollectionsPanel::runRequested, this, &MainWindow::openRunnerOn);
    connect(m_collectionsPanel, &CollectionsPanel::importRequested, m_imports,
            &ImportController::chooseFiles);
    const auto showStatus = [this](const QString &message) { m_feedback->status(message, 10000); };
    connect(session(), &net::Session::warningRaised, this,
            [showStatus](quint64, const QString &message) { showStatus(message); });
    connect(workspace()->history(), &store::HistoryStore::flushFailed, this, showStatus);
    connect(workspace(), &store::Workspace::reloadFailed, this,
            [showStatus](const QString &, const QString &message) { showStatus(message); });
    setAcceptDrops(true);
    MainMenus::build(this, m_collectionActions->undoStack());

    if (!workspace()->historyNotice().isEmpty())
        m_feedback->showWarning(tr("History"), workspace()->historyNotice());
    if (options.restoreSession) {
        for (const QString &dir : workspace()->recentCollections()) {
            if (!QFile::exists(QDir(dir).filePath(u"collection.json"_s)))
                continue;
            // Not a dialog at start-up, but never silent: the status bar says why.
            auto opened = workspace()->openCollection(dir);
            if (!opened)
                m_feedback->status(tr("Collection not reopened: %1").arg(opened.error().message));
        }
        restoreWindowState();
        m_requests->restoreDrafts();
    }
    if (m_tabs->count() == 0)
        m_requests->newRequestTab();
    m_requests->updateEnvironments();
    setWindowTitle(m_requests->windowTitle());
    m_feedback->status(tr("Ready"));
    requestEditor()->focusUrl();
}

MainWindow::~MainWindow() = default;

net::Session *MainWindow::session() const
{
    return m_context->session();
}

store::Workspace *MainWindow::workspace() const
{
    return m_context->workspace();
}

RequestEditor *MainWindow::requestEditor() const
{
    return m_tabs->currentEditor();
}

void MainWindow::createDocks()
{
    auto *lifetimes = new net::ConnectionLifetimesModel(this);
    lifetimes->setLedger(session()->ledger(), [session = session()] { return session->clockMs(); });
    auto *monitor = new net::LivePoolMonitor(session()->tracker(), this);
    connect(session(), &net::Session::exchangeFinished, monitor, &net::LivePoolMonitor::refresh);
    m_panel = new ConnectionPanel(new net::OriginStatsModel(session()->tracker(), this), lifetimes,
                                  monitor, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *right = new QDockWidget(tr("Connections"), this);
    right->setObjectName(u"connectionsDock"_s);
    auto *rightTabs = new QTabWidget(right);
    rightTabs->addTab(m_panel, tr("Live"));
    // Scrolled, so its longest line does not set the dock's narrowest width.
    auto *settingsScroll = new QScrollArea(rightTabs);
    settingsScroll->setWidget(m_settingsEditor);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    rightTabs->addTab(settingsScroll, tr("Session settings"));
    right->setWidget(rightTabs);
    right->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, right);
    resizeDocks({right}, {480}, Qt::Horizontal);

    auto *left = new QDockWidget(tr("Workspace"), this);
    left->setObjectName(u"workspaceDock"_s);
    auto *leftTabs = new QTabWidget(left);
    leftTabs->setObjectName(u"workspaceTabs"_s);
    leftTabs->addTab(m_collectionsPanel, tr("Collections"));
    leftTabs->addTab(m_historyPanel, tr("History"));
    left->setWidget(leftTabs);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);
    resizeDocks({left}, {260}, Qt::Horizontal);
}

void MainWindow::wireConnectionPanel()
{
    net::Session *session = this->session();
    connect(m_panel, &ConnectionPanel::preconnectRequested, this, [this, session] {
        auto origin = session->preconnect(requestEditor()->request().url);
        m_feedback->status(origin ? tr("Pre-connecting to %1").arg(origin.value())
                                  : origin.error().message,
                           6000);
    });
    connect(m_panel, &ConnectionPanel::resetPoolRequested, this, [this, session] {
        session->resetPool();
        m_feedback->status(tr("Pool reset: idle connections closed."), 4000);
    });
    connect(m_panel, &ConnectionPanel::clearFiguresRequested, session, [session] {
        session->tracker()->clearFigures();
        session->ledger()->clearEnded();
    });
}

void MainWindow::openRunner()
{
    openRunnerOn(m_requests->activeCollection(), {});
}

void MainWindow::openRunnerOn(const QString &collectionDir, const QString &folder)
{
    auto *view = findChild<RunnerView *>();
    if (!view) {
        view = new RunnerView(workspace(), m_context->historyRecorder(), this);
        connect(view, &RunnerView::openRequestRequested, m_requests,
                [this](const QString &dir, const QString &path) {
                    m_requests->openRequest(dir, path);
                    raise();
                    activateWindow();
                });
    }
    view->setCollection(collectionDir, m_requests->environment(), folder);
    view->show();
    view->raise();
}

void MainWindow::quickOpen()
{
    auto *dialog = new QuickOpenDialog(QuickOpenDialog::itemsOf(*workspace()->collections()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QuickOpenDialog::Item item = dialog->chosen();
        if (!item.path.isEmpty())
            m_requests->openRequest(item.collectionDir, item.path);
    });
    dialog->open();
}

QList<ShortcutsDialog::Shortcut> MainWindow::shortcutList() const
{
    return ShortcutsDialog::shortcutsOf(menuBar());
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Docks keep their width when the window narrows, so the request and response would be
    // squeezed to nothing at 1024 px: when they get under half, the docks give way, and they
    // get their widths back when the window is wide enough again.
    auto *left = findChild<QDockWidget *>(u"workspaceDock"_s);
    auto *right = findChild<QDockWidget *>(u"connectionsDock"_s);
    if (!left || !right)
        return;
    const auto fits = [this](int docks) { return width() - docks >= width() / 2; };
    if (!m_dockWidthsBeforeNarrowing.isEmpty()) {
        if (fits(m_dockWidthsBeforeNarrowing[0] + m_dockWidthsBeforeNarrowing[1])) {
            resizeDocks({left, right}, m_dockWidthsBeforeNarrowing, Qt::Horizontal);
            m_dockWidthsBeforeNarrowing.clear();
        }
        return;
    }
    // From the docks' widths: the central widget's is not laid out anew yet.
    const int docks
            = (left->isVisible() ? left->width() : 0) + (right->isVisible() ? right->width() : 0);
    if (fits(docks))
        return;
    m_dockWidthsBeforeNarrowing = {left->width(), right->width()};
    resizeDocks({left, right}, {width() * 17 / 100, width() * 27 / 100}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Modified tabs are kept as drafts (written now) and come back at the next start, so
    // quitting never loses typing; one question says so and offers to save them instead.
    if (!m_requests->confirmQuit()) {
        event->ignore();
        return;
    }
    auto drafts = m_requests->writeDrafts();
    if (!drafts && m_feedback->interactive()
        && !m_feedback->ask(tr("Unsaved requests"),
                            tr("Your unsaved requests could not be kept as drafts (%1). "
                               "Quit anyway and lose them?")
                                    .arg(drafts.error().message))) {
        event->ignore();
        return;
    }
    saveWindowState();
    auto flushed = workspace()->history()->flush();
    if (!flushed)
        qWarning("History not written at exit: %s", qPrintable(flushed.error().message));
    event->accept();
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
    QTimer::singleShot(0, m_imports, [imports = m_imports, paths] { imports->importPaths(paths); });
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    m_requests->saveTabs(settings);
    settings.sync();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_requests->restoreTabs(settings);
}

} // namespace tether::ui
