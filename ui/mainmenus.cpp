// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "mainmenus.h"
#include "collections/collectionactions.h"
#include "collections/importcontroller.h"
#include "mainwindow.h"
#include "request/requestcontroller.h"
#include "request/requesteditor.h"
#include "request/requesttabs.h"
#include "response/bodyview.h"
#include "response/responseview.h"
#include "settings/settingscontroller.h"

#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tether::ui {

namespace {

QAction *named(QAction *action, const QString &objectName, const QKeySequence &keys = {})
{
    action->setObjectName(objectName);
    if (!keys.isEmpty())
        action->setShortcut(keys);
    return action;
}

} // namespace

QList<QKeySequence> MainMenus::keysWith(const QKeySequence &ours,
                                        const QList<QKeySequence> &platform)
{
    QList<QKeySequence> keys{ours};
    for (const QKeySequence &key : platform) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

void MainMenus::build(MainWindow *window, QUndoStack *undo)
{
    RequestController *requests = window->requests();
    CollectionActions *collections = window->collectionActions();
    ImportController *imports = window->imports();

    QMenu *file = window->menuBar()->addMenu(MainWindow::tr("&File"));
    named(file->addAction(MainWindow::tr("&New request"), requests,
                          &RequestController::newRequestTabHere),
          u"actionNewRequest"_s, QKeySequence::New);
    file->addAction(MainWindow::tr("New &collection…"), collections,
                    &CollectionActions::chooseNewCollection);
    file->addAction(MainWindow::tr("&Open collection…"), collections,
                    &CollectionActions::chooseOpenCollection);
    named(file->addAction(MainWindow::tr("&Import…"), imports, &ImportController::chooseFiles),
          u"actionImport"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(MainWindow::tr("Import a &Bruno folder…"), imports,
                    &ImportController::chooseBrunoFolder);
    named(file->addAction(MainWindow::tr("&Export collection…"), collections,
                          [collections] { collections->chooseExport({}, {}); }),
          u"actionExport"_s);
    QMenu *recent = file->addMenu(MainWindow::tr("Open &recent"));
    QObject::connect(recent, &QMenu::aboutToShow, window, [window, recent, collections] {
        recent->clear();
        for (const QString &dir : window->workspace()->recentCollections())
            recent->addAction(QDir::toNativeSeparators(dir), collections,
                              [collections, dir] { collections->openCollection(dir); });
    });
    file->addSeparator();
    named(file->addAction(MainWindow::tr("&Save"), requests, [requests] { requests->save(); }),
          u"actionSave"_s, QKeySequence::Save);
    file->addAction(MainWindow::tr("Save &as…"), requests,
                    [requests] { requests->chooseSaveAs(); });
    QAction *closeTab
            = named(file->addAction(MainWindow::tr("&Close tab"), requests,
                                    [window, requests] {
                                        requests->closeTab(window->requestTabs()->currentIndex());
                                    }),
                    u"actionCloseTab"_s);
    // Ctrl+W everywhere, and the platform's Close keys (Ctrl+F4 on some).
    closeTab->setShortcuts(keysWith(QKeySequence(Qt::CTRL | Qt::Key_W),
                                    QKeySequence::keyBindings(QKeySequence::Close)));
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = window->menuBar()->addMenu(MainWindow::tr("&Edit"));
    edit->addAction(named(undo->createUndoAction(window, MainWindow::tr("&Undo")), u"actionUndo"_s,
                          QKeySequence::Undo));
    edit->addAction(named(undo->createRedoAction(window, MainWindow::tr("&Redo")), u"actionRedo"_s,
                          QKeySequence::Redo));
    edit->addSeparator();
    named(edit->addAction(MainWindow::tr("Focus &URL"), window,
                          [window] { window->requestEditor()->focusUrl(); }),
          u"actionFocusUrl"_s, QKeySequence(Qt::CTRL | Qt::Key_L));
    named(edit->addAction(MainWindow::tr("&Find in response"), window,
                          [window] { window->responseView()->bodyView()->focusSearch(); }),
          u"actionFind"_s, QKeySequence::Find);
    named(edit->addAction(MainWindow::tr("&Open a request…"), window, &MainWindow::quickOpen),
          u"actionQuickOpen"_s, QKeySequence(Qt::CTRL | Qt::Key_P));
    edit->addSeparator();
    QAction *preferences
            = named(edit->addAction(MainWindow::tr("&Preferences…"), window->settingsController(),
                                    &SettingsController::showPreferences),
                    u"actionPreferences"_s, QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = window->menuBar()->addMenu(MainWindow::tr("&View"));
    view->addAction(window->findChild<QDockWidget *>(u"workspaceDock"_s)->toggleViewAction());
    view->addAction(window->findChild<QDockWidget *>(u"connectionsDock"_s)->toggleViewAction());
    view->addSeparator();
    // As in browsers and editors: Ctrl+Tab and Ctrl+PgDown forward, with Shift or PgUp back.
    QAction *nextTab = named(view->addAction(MainWindow::tr("&Next tab"), window,
                                             [window] { window->requestTabs()->cycle(1); }),
                             u"actionNextTab"_s);
    nextTab->setShortcuts(
            keysWith(QKeySequence(Qt::CTRL | Qt::Key_Tab),
                     QKeySequence::keyBindings(QKeySequence::NextChild)
                             + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_PageDown)}));
    QAction *previousTab = named(view->addAction(MainWindow::tr("&Previous tab"), window,
                                                 [window] { window->requestTabs()->cycle(-1); }),
                                 u"actionPreviousTab"_s);
    previousTab->setShortcuts(
            keysWith(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                     QKeySequence::keyBindings(QKeySequence::PreviousChild)
                             + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_PageUp)}));

    QMenu *run = window->menuBar()->addMenu(MainWindow::tr("&Run"));
    QAction *send
            = named(run->addAction(MainWindow::tr("&Send"), requests, &RequestController::send),
                    u"actionSend"_s);
    send->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::ApplicationShortcut);
    named(run->addAction(MainWindow::tr("&Runner…"), window, &MainWindow::openRunner),
          u"actionRunner"_s, QKeySequence(Qt::CTRL | Qt::Key_R));
    named(run->addAction(MainWindow::tr("&Cancel"), requests, &RequestController::cancel),
          u"actionCancel"_s, QKeySequence(Qt::Key_Escape));

    QMenu *help = window->menuBar()->addMenu(MainWindow::tr("&Help"));
    named(help->addAction(MainWindow::tr("&Keyboard shortcuts"), window,
                          &MainWindow::showShortcuts),
          u"actionShortcuts"_s);
    QAction *about = help->addAction(MainWindow::tr("&About Tether"), window, [window] {
        QMessageBox::about(window, MainWindow::tr("About Tether"),
                           MainWindow::tr("<b>Tether %1</b><p>An HTTP workbench that shows what "
                                          "the connection layer did: which exchange opened a "
                                          "connection, which reused one, and what each phase "
                                          "cost.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);

    QToolBar *bar = window->addToolBar(MainWindow::tr("Environment"));
    bar->setObjectName(u"environmentBar"_s);
    bar->addWidget(new QLabel(MainWindow::tr(" Environment: "), bar));
    bar->addWidget(requests->environmentBox());
    named(bar->addAction(MainWindow::tr("Variables…"), requests, &RequestController::editVariables),
          u"actionVariables"_s);
}

} // namespace tether::ui
