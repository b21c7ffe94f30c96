// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace tether::net {
class LivePoolMonitor;
class OriginStatsModel;
class ConnectionLifetimesModel;
class Session;
struct Exchange;
struct SessionSettings;
} // namespace tether::net
namespace tether::core {
struct Request;
class VariableSet;
} // namespace tether::core
namespace tether::store {
class Workspace;
struct Preferences;
} // namespace tether::store
namespace tether::formats {
struct ImportResult;
} // namespace tether::formats

class QComboBox;
class QUndoStack;

namespace tether::workbench {
class HistoryRecorder;
}

namespace tether::ui {

class CollectionsPanel;
class ConnectionPanel;
class HistoryPanel;
class RequestEditor;
class RequestTabs;
class ResponseView;
class SessionSettingsEditor;
struct RequestTabState;

// Wires the request tabs, response view, workspace docks and Connections panel to one Session
// and one Workspace; the logic lives in those and in the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    net::Session *session() const { return m_session; }
    store::Workspace *workspace() const { return m_workspace; }
    RequestEditor *requestEditor() const; // the current tab's
    RequestTabs *requestTabs() const { return m_tabs; }
    ResponseView *responseView() const { return m_response; }
    ConnectionPanel *connectionPanel() const { return m_panel; }
    CollectionsPanel *collectionsPanel() const { return m_collectionsPanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }

    void send();
    void cancel();
    bool openCollection(const QString &dir);
    bool newCollection(const QString &dir, const QString &name);
    void openRequest(const QString &collectionDir, const QString &path);
    RequestEditor *newRequestTab(const QString &collectionDir = {}, const QString &folder = {});
    bool closeTab(int index);
    bool save();
    bool saveAs(const QString &collectionDir, const QString &path);
    QString currentCollection() const;
    QString currentRequestPath() const;
    bool isModified() const;
    void setEnvironment(const QString &name);
    QString environment() const;

    // Reads each file or folder on a worker (progress after half a second, cancellable), shows
    // the import summary, then writes where the user chose.
    void importPaths(const QStringList &paths);
    // Writes an import into dir (a new folder or an open collection) and opens it.
    Result<QString> importInto(const formats::ImportResult &result, const QString &dir,
                               bool addToHistory);
    // The request as curl or code (inheritance applied, non-secret variables filled in), also
    // put on the clipboard. Empty path: the current tab's request.
    QString copyRequestAs(const QString &collectionDir, const QString &path, const QString &format);
    Result<QString> exportCollection(const QString &dir, const QString &folder,
                                     const QString &format, const QString &file);
    // The history entries the History tab shows (its filter), oldest first, as HAR.
    Result<QString> exportHistoryHar(const QString &file);

    // Preferences: session defaults (timeout, TLS, proxy), history limits. The theme is applied
    // by the caller (Theme::apply) since it concerns the whole application.
    void applyPreferences(const store::Preferences &preferences, const QString &proxyPassword);
    void showPreferences();
    void quickOpen(); // Ctrl+P
    void showShortcuts(); // Help › Keyboard shortcuts
    // Every menu action that has a shortcut: text and keys, as Help lists them.
    QList<std::pair<QString, QString>> shortcutList() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    RequestTabState &current() const;
    void createMenus();
    void createToolBar();
    void wireEditor(RequestEditor *editor);
    void onCurrentTabChanged();
    void onExchangeFinished(const net::Exchange &exchange);
    void applySettings(const net::SessionSettings &settings);
    void updateTitle();
    void updateEnvironments();
    void updateVariablePreview();
    void scheduleDraft();
    Result<bool> writeDrafts(); // a failure is also shown in the status bar
    void restoreDrafts();
    void saveWindowState();
    void restoreWindowState();
    void showError(const QString &title, const QString &message);
    void chooseNewCollection();
    void chooseOpenCollection();
    void chooseImport();
    void chooseImportFolder();
    void chooseExport(const QString &dir, const QString &folder);
    bool chooseSaveAs();
    void deleteWithUndo(const QString &dir, const QString &path);
    void loadIntoNewTab(const core::Request &request, const QString &collectionDir, bool dirty);

    net::Session *m_session;
    net::ConnectionLifetimesModel *m_lifetimes;
    net::OriginStatsModel *m_origins;
    net::LivePoolMonitor *m_monitor;
    store::Workspace *m_workspace;
    workbench::HistoryRecorder *m_historyRecorder;
    RequestTabs *m_tabs;
    ResponseView *m_response;
    ConnectionPanel *m_panel;
    SessionSettingsEditor *m_settingsEditor;
    CollectionsPanel *m_collectionsPanel;
    HistoryPanel *m_historyPanel;
    QComboBox *m_environment = nullptr;
    QUndoStack *m_undo;
    QTimer *m_draftTimer;
    QHash<quint64, QPointer<RequestEditor>> m_exchangeEditor;
    std::shared_ptr<QString> m_previewError; // why variables cannot be resolved, if so
    std::shared_ptr<core::VariableSet> m_previewVariables; // for hover previews
};

} // namespace tether::ui
