// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QSet>
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows the chosen columns that fit the table's width, the least telling dropped first
    // (every figure stays in the row's tooltip): no sideways scrolling in a narrow dock.
    void fitColumns();

    QTableView *m_table;
    QSet<int> m_chosenColumns; // as picked in the header's menu
    SwimlanesView *m_swimlanes;
    QCheckBox *m_keepAlive;
    net::LivePoolMonitor *m_monitor;
};

} // namespace tether::ui
