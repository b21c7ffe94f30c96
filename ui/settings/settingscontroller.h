// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QObject>

namespace tether::net {
class Session;
struct SessionSettings;
} // namespace tether::net
namespace tether::store {
class Workspace;
struct Preferences;
} // namespace tether::store

namespace tether::ui {

class ConnectionPanel;
class Feedback;
class SessionSettingsEditor;

// The session's settings and the user's preferences: applied at start, from the Session
// settings tab and the Connections panel's keep-alive switch, and from Preferences (proxy
// password to the keychain, history limits at once, theme).
class SettingsController : public QObject
{
    Q_OBJECT
public:
    SettingsController(net::Session *session, store::Workspace *workspace,
                       SessionSettingsEditor *editor, ConnectionPanel *panel, Feedback *feedback,
                       QObject *parent);

    // The saved preferences and the proxy password from the keychain (at start).
    void applySaved();
    void applySettings(const net::SessionSettings &settings);
    // Session defaults and history limits. The theme is applied by the caller (Theme::apply)
    // since it concerns the whole application.
    void applyPreferences(const store::Preferences &preferences, const QString &proxyPassword);
    void showPreferences();

private:
    net::Session *m_session;
    store::Workspace *m_workspace;
    SessionSettingsEditor *m_editor;
    ConnectionPanel *m_panel;
    Feedback *m_feedback;
};

} // namespace tether::ui
