#pragma once

#include <QHash>
#include <QMainWindow>
#include <QTimer>

namespace tether::net {
class LivePoolMonitor;
class OriginStatsModel;
class RecentExchangesModel;
class Session;
struct Exchange;
struct SessionSettings;
} // namespace tether::net

namespace tether::store {
class Workspace;
}

class QComboBox;
class QUndoStack;

namespace tether::ui {

class CollectionsPanel;
class HistoryPanel;
class ConnectionPanel;
class RequestEditor;
class ResponseView;

// Wires the request editor, response view and Connections panel to one Session. Holds no
// logic of its own beyond forwarding intent.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    net::Session *session() const { return m_session; }
    RequestEditor *requestEditor() const { return m_editor; }
    ResponseView *responseView() const { return m_response; }
    ConnectionPanel *connectionPanel() const { return m_panel; }

    store::Workspace *workspace() const { return m_workspace; }
    CollectionsPanel *collectionsPanel() const { return m_collectionsPanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }

    void send();
    void cancel();
    // The request being edited: which collection file it belongs to ("" for a scratch one).
    bool openCollection(const QString &dir);
    bool newCollection(const QString &dir, const QString &name);
    void openRequest(const QString &collectionDir, const QString &path);
    bool save();
    bool saveAs(const QString &collectionDir, const QString &path);
    QString currentCollection() const { return m_currentDir; }
    QString currentRequestPath() const { return m_currentPath; }
    bool isModified() const { return m_dirty; }
    void setEnvironment(const QString &name);
    QString environment() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void onExchangeFinished(const net::Exchange &exchange);
    void applySettings(const net::SessionSettings &settings);
    void setCurrent(const QString &dir, const QString &path, const QString &name);
    void setDirty(bool dirty);
    void updateTitle();
    void updateEnvironments();
    void updateVariablePreview();
    bool confirmDiscard();
    void writeDraft();
    void restoreDraft();
    void clearDraft();
    void showError(const QString &title, const QString &message);
    void chooseNewCollection();
    void chooseOpenCollection();
    bool chooseSaveAs();
    void deleteWithUndo(const QString &dir, const QString &path);

    net::Session *m_session;
    net::RecentExchangesModel *m_recent;
    net::OriginStatsModel *m_origins;
    net::LivePoolMonitor *m_monitor;
    RequestEditor *m_editor;
    ResponseView *m_response;
    ConnectionPanel *m_panel;
    quint64 m_currentId = 0;
    store::Workspace *m_workspace;
    CollectionsPanel *m_collectionsPanel;
    HistoryPanel *m_historyPanel;
    QComboBox *m_environment = nullptr;
    QUndoStack *m_undo;
    QTimer *m_draftTimer;
    QHash<quint64, std::pair<QString, QString>> m_exchangeContext; // id → collection, env
    QString m_currentDir;
    QString m_currentPath;
    QString m_currentName;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace tether::ui
