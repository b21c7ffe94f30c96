// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace tether::net {

class ConnectionTracker;

// Polls the process's own sockets while active and writes "open now" per origin into the
// tracker. Never used for per-exchange attribution (DESIGN.md "Live pool").
class LivePoolMonitor : public QObject
{
    Q_OBJECT
public:
    explicit LivePoolMonitor(ConnectionTracker *tracker, QObject *parent = nullptr);

    static bool isSupported();
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Takes one snapshot now (also done on every timer tick).
    void refresh();

private:
    QStringList addressesFor(const QString &host);

    QPointer<ConnectionTracker> m_tracker;
    QTimer m_timer;
    QHash<QString, QStringList> m_resolved; // host → addresses (text keeps QtNetwork out)
};

} // namespace tether::net
