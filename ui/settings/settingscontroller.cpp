// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "settings/settingscontroller.h"
#include "common/feedback.h"
#include "common/theme.h"
#include "connections/connectionpanel.h"
#include "settings/preferencesdialog.h"
#include "settings/sessionsettingseditor.h"

#include "net/session.h"
#include "store/historymodel.h"
#include "store/preferences.h"
#include "store/workspace.h"
#include "workbench/preferencesservice.h"

#include <QMainWindow>

namespace tether::ui {

SettingsController::SettingsController(net::Session *session, store::Workspace *workspace,
                                       SessionSettingsEditor *editor, ConnectionPanel *panel,
                                       Feedback *feedback, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_workspace(workspace),
      m_editor(editor),
      m_panel(panel),
      m_feedback(feedback)
{
    connect(editor, &SessionSettingsEditor::settingsEdited, this,
            &SettingsController::applySettings);
    connect(panel, &ConnectionPanel::keepAliveToggled, this, [this](bool on) {
        net::SessionSettings settings = m_session->settings();
        settings.keepAlive = on;
        applySettings(settings);
    });
}

void SettingsController::applySaved()
{
    const store::Preferences preferences = store::Preferences::load();
    const net::SessionSettings settings = workbench::PreferencesService::sessionSettings(
            preferences, m_session->settings(),
            workbench::PreferencesService::proxyPassword(preferences, *m_workspace->secretStore()));
    // Not a dialog at start-up, but never silent: the status bar says why.
    if (auto result = m_session->setSettings(settings); !result)
        m_feedback->status(result.error().message, 10000);
    auto limited = workbench::PreferencesService::applyHistoryLimits(preferences,
                                                                     *m_workspace->history());
    if (!limited)
        m_feedback->status(tr("History limits not applied: %1").arg(limited.error().message),
                           10000);
    m_editor->setSettings(m_session->settings());
    m_panel->setKeepAlive(m_session->settings().keepAlive);
}

void SettingsController::applySettings(const net::SessionSettings &settings)
{
    if (auto result = m_session->setSettings(settings); !result) {
        m_feedback->showWarning(tr("Settings not applied"), result.error().message);
        m_editor->setSettings(m_session->settings());
        return;
    }
    m_editor->setSettings(settings);
    m_panel->setKeepAlive(settings.keepAlive);
}

void SettingsController::applyPreferences(const store::Preferences &preferences,
                                          const QString &proxyPassword)
{
    applySettings(workbench::PreferencesService::sessionSettings(preferences, m_session->settings(),
                                                                 proxyPassword));
    auto limited = workbench::PreferencesService::applyHistoryLimits(preferences,
                                                                     *m_workspace->history());
    if (!limited)
        m_feedback->warn(tr("History"), limited.error().message);
    m_workspace->historyModel()->refresh();
}

void SettingsController::showPreferences()
{
    const store::Preferences before = store::Preferences::load();
    auto *dialog = new PreferencesDialog(before, m_session->settings().proxyPassword,
                                         m_feedback->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const store::Preferences after = dialog->preferences();
        after.save();
        const QString password = dialog->proxyPassword();
        if (after.proxyMode == net::ProxyMode::Manual && !after.proxyUser.isEmpty()
            && password != m_session->settings().proxyPassword) {
            auto stored = workbench::PreferencesService::storeProxyPassword(
                    *m_workspace->secretStore(), password);
            if (!stored)
                m_feedback->warn(tr("Proxy password"), stored.error().message);
        }
        applyPreferences(after, password);
        if (after.theme != before.theme)
            Theme::apply(after.theme);
    });
    dialog->open();
}

} // namespace tether::ui
