#include "mainwindow.h"
#include "bodyview.h"
#include "connectionpanel.h"
#include "requesteditor.h"
#include "responseview.h"
#include "sessionsettingseditor.h"

#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"
#include "net/recentexchangesmodel.h"
#include "net/session.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

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
      m_panel(new ConnectionPanel(m_origins, m_recent, m_monitor, this))
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

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    m_editor->focusUrl();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *focusUrl = edit->addAction(tr("Focus &URL"), this, [this] { m_editor->focusUrl(); });
    focusUrl->setObjectName(u"actionFocusUrl"_s);
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *find = edit->addAction(tr("&Find in response"), this,
                                    [this] { m_response->bodyView()->focusSearch(); });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
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
    auto id = m_session->send(request);
    if (!id) {
        m_response->showError(id.error().message);
        return;
    }
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
        m_editor->settingsEditor()->setSettings(m_session->settings());
        return;
    }
    m_editor->settingsEditor()->setSettings(settings);
    m_panel->setKeepAlive(settings.keepAlive);
}

} // namespace tether::ui
