#pragma once

#include <QMainWindow>

namespace tether::net {
class LivePoolMonitor;
class OriginStatsModel;
class RecentExchangesModel;
class Session;
struct Exchange;
struct SessionSettings;
} // namespace tether::net

namespace tether::ui {

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

    void send();
    void cancel();

private:
    void createMenus();
    void onExchangeFinished(const net::Exchange &exchange);
    void applySettings(const net::SessionSettings &settings);

    net::Session *m_session;
    net::RecentExchangesModel *m_recent;
    net::OriginStatsModel *m_origins;
    net::LivePoolMonitor *m_monitor;
    RequestEditor *m_editor;
    ResponseView *m_response;
    ConnectionPanel *m_panel;
    quint64 m_currentId = 0;
};

} // namespace tether::ui
