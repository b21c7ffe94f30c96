// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

namespace tether::net {
struct SessionSettings;
}
namespace tether::secrets {
class SecretStore;
}
namespace tether::store {
class HistoryStore;
struct Preferences;
} // namespace tether::store

namespace tether::workbench {

// The user's preferences put to work: the session settings they give (the proxy password
// from the keychain, only when a manual proxy needs one) and the history limits.
class PreferencesService
{
public:
    // The proxy password kept in the keychain, or "" when the preferences need none.
    static QString proxyPassword(const store::Preferences &preferences,
                                 secrets::SecretStore &secrets);
    static net::SessionSettings sessionSettings(const store::Preferences &preferences,
                                                net::SessionSettings base,
                                                const QString &proxyPassword);
    // Keeps a new proxy password in the keychain; when that fails, for this session only and
    // the error says so.
    static Result<void> storeProxyPassword(secrets::SecretStore &secrets, const QString &password);
    // Body cap, total cap and entry limit, applied at once (pruning what is over them).
    static Result<void> applyHistoryLimits(const store::Preferences &preferences,
                                           store::HistoryStore &history);
};

} // namespace tether::workbench
