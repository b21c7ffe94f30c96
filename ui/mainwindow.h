// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "common/shortcutsdialog.h"

#include <QMainWindow>

#include <memory>

namespace tether::net {
class Session;
}
namespace tether::store {
class Workspace;
}
namespace tether::workbench {
class Context;
}

namespace tether::ui {

class CollectionActions;
class CollectionsPanel;
class ConnectionPanel;
class Feedback;
class HistoryActions;
class HistoryPanel;
class ImportController;
class RequestController;
class RequestEditor;
class RequestTabs;
class ResponseView;
class SessionSettingsEditor;
class SettingsController;

struct WindowOptions
{
    workbench::Context *context = nullptr; // none: the window builds its own
    Feedback *feedback = nullptr; // none: real status line and dialogs
    bool restoreSession = true; // reopen collections, tabs, drafts and the window's layout
};

// The window: docks, menus and the wiring between the panels and the controllers that hold
// the behaviour (requests, collections, imports, history, settings).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const WindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    workbench::Context *context() const { return m_context; }
    net::Session *session() const;
    store::Workspace *workspace() const;
    RequestController *requests() const { return m_requests; }
    CollectionActions *collectionActions() const { return m_collectionActions; }
    ImportController *imports() const { return m_imports; }
    HistoryActions *historyActions() const { return m_historyActions; }
    SettingsController *settingsController() const { return m_settings; }

    RequestEditor *requestEditor() const; // the current tab's
    RequestTabs *requestTabs() const { return m_tabs; }
    ResponseView *responseView() const { return m_response; }
    ConnectionPanel *connectionPanel() const { return m_panel; }
    CollectionsPanel *collectionsPanel() const { return m_collectionsPanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }

    // Ctrl+R: the Runner on the collection in use; or on a collection's folder ("" = all).
    void openRunner();
    void openRunnerOn(const QString &collectionDir, const QString &folder);
    void quickOpen(); // Ctrl+P
    void showShortcuts(); // Help › Keyboard shortcuts
    QList<ShortcutsDialog::Shortcut> shortcutList() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void wireConnectionPanel();
    void saveWindowState();
    void restoreWindowState();

    std::unique_ptr<workbench::Context> m_ownContext;
    std::unique_ptr<Feedback> m_ownFeedback;
    workbench::Context *m_context;
    Feedback *m_feedback;
    QList<int> m_dockWidthsBeforeNarrowing; // left and right, while a narrow window squeezes them
    RequestTabs *m_tabs;
    ResponseView *m_response;
    ConnectionPanel *m_panel;
    SessionSettingsEditor *m_settingsEditor;
    CollectionsPanel *m_collectionsPanel;
    HistoryPanel *m_historyPanel;
    RequestController *m_requests;
    CollectionActions *m_collectionActions;
    ImportController *m_imports;
    HistoryActions *m_historyActions;
    SettingsController *m_settings;
};

} // namespace tether::ui
