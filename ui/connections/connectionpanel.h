// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace tether::net {
class ConnectionLifetimesModel;
class LivePoolMonitor;
class OriginStatsModel;
} // namespace tether::net

namespace tether::ui {

class SwimlanesView;

// The live Connections panel: per-origin reuse figures, every connection as a swimlane on one
// time axis, and one-click keep-alive, pre-connect and reset pool.
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    ConnectionPanel(net::OriginStatsModel *origins, net::ConnectionLifetimesModel *lifetimes,
                    net::LivePoolMonitor *monitor, QWidget *parent = nullptr);

    void setKeepAlive(bool on);
    QTableView *originTable() const { return m_table; }
    SwimlanesView *swimlanes() const { return m_swimlanes; }

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
    SwimlanesView *m_swimlanes;
    QCheckBox *m_keepAlive;
    net::LivePoolMonitor *m_monitor;
};

} // namespace tether::ui
