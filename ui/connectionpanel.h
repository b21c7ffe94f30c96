#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace tether::net {
class LivePoolMonitor;
class OriginStatsModel;
class RecentExchangesModel;
} // namespace tether::net

namespace tether::ui {

class TimelineView;

// The live Connections panel: per-origin reuse figures, the timeline of recent exchanges, and
// one-click keep-alive, pre-connect and reset pool.
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    ConnectionPanel(net::OriginStatsModel *origins, net::RecentExchangesModel *recent,
                    net::LivePoolMonitor *monitor, QWidget *parent = nullptr);

    void setKeepAlive(bool on);
    QTableView *originTable() const { return m_table; }

Q_SIGNALS:
    void keepAliveToggled(bool on);
    void preconnectRequested();
    void resetPoolRequested();
    void clearFiguresRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTableView *m_table;
    TimelineView *m_timeline;
    QCheckBox *m_keepAlive;
    net::LivePoolMonitor *m_monitor;
};

} // namespace tether::ui
