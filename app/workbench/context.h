// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QObject>

namespace tether::net {
class Session;
}
namespace tether::store {
class Workspace;
}

namespace tether::workbench {

class Dispatcher;
class HistoryRecorder;

// The application's long-lived parts, built once in the GUI's main: one session, the
// workspace (open collections, environments, history, secret store), the dispatcher every
// request of the window goes out through, and the one history recorder watching that session.
// Everything else borrows them.
class Context : public QObject
{
    Q_OBJECT
public:
    explicit Context(QObject *parent = nullptr);
    ~Context() override;

    net::Session *session() const { return m_session; }
    store::Workspace *workspace() const { return m_workspace; }
    Dispatcher *dispatcher() const { return m_dispatcher; }
    HistoryRecorder *historyRecorder() const { return m_historyRecorder; }

private:
    net::Session *m_session;
    store::Workspace *m_workspace;
    Dispatcher *m_dispatcher;
    HistoryRecorder *m_historyRecorder;
};

} // namespace tether::workbench
