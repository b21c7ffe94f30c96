// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/sessionsettings.h"

#include <QString>

namespace tether::store {

// The user's defaults, kept in QSettings (~/.config/tetherhttp.org/tether.conf): what a new
// session starts with, how much history is kept, the theme. The proxy password is not here:
// it lives in the keychain (secret "proxyPassword" of the collection id "preferences").
struct Preferences
{
    enum class Theme { System, Light, Dark };

    int timeoutMs = 30000;
    bool verifyTls = true;
    net::ProxyMode proxyMode = net::ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    int historyMaxEntries = 10000; // oldest pruned beyond this; 0 = keep everything
    qint64 historyBodyCapBytes = 1024 * 1024;
    qint64 historyTotalCapBytes = 200'000'000; // the database; 0 = no cap
    Theme theme = Theme::System;

    static constexpr auto keychainId = "preferences";
    static constexpr auto proxyPasswordName = "proxyPassword";

    static Preferences load();
    void save() const;
    // The session settings these defaults give (the proxy password filled in by the caller).
    net::SessionSettings applyTo(net::SessionSettings settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace tether::store
