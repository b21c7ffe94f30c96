// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/preferencesservice.h"

#include "net/sessionsettings.h"
#include "secrets/secretstore.h"
#include "store/historystore.h"
#include "store/preferences.h"

#include <QObject>

namespace tether::workbench {

namespace {
QString keychainId()
{
    return QString::fromLatin1(store::Preferences::keychainId);
}
QString proxyPasswordName()
{
    return QString::fromLatin1(store::Preferences::proxyPasswordName);
}
} // namespace

QString PreferencesService::proxyPassword(const store::Preferences &preferences,
                                          secrets::SecretStore &secrets)
{
    if (preferences.proxyMode != net::ProxyMode::Manual || preferences.proxyUser.isEmpty())
        return {};
    auto read = secrets.read(keychainId(), proxyPasswordName());
    return read ? read.value() : QString();
}

net::SessionSettings PreferencesService::sessionSettings(const store::Preferences &preferences,
                                                         net::SessionSettings base,
                                                         const QString &proxyPassword)
{
    net::SessionSettings settings = preferences.applyTo(std::move(base));
    settings.proxyPassword
            = preferences.proxyMode == net::ProxyMode::Manual ? proxyPassword : QString();
    return settings;
}

Result<void> PreferencesService::storeProxyPassword(secrets::SecretStore &secrets,
                                                    const QString &password)
{
    auto written = secrets.write(keychainId(), proxyPasswordName(), password);
    if (written)
        return {};
    secrets.keepForSession(keychainId(), proxyPasswordName(), password);
    return Error{written.error().code,
                 QObject::tr("The proxy password was not saved (%1). It is used until Tether "
                             "quits.")
                         .arg(written.error().message)};
}

Result<void> PreferencesService::applyHistoryLimits(const store::Preferences &preferences,
                                                    store::HistoryStore &history)
{
    history.setBodyCap(preferences.historyBodyCapBytes);
    history.setTotalCap(preferences.historyTotalCapBytes);
    auto flushed = history.flush(); // what is queued counts towards the caps
    if (!flushed)
        return flushed.error();
    if (preferences.historyMaxEntries > 0) {
        auto pruned = history.pruneToCount(preferences.historyMaxEntries);
        if (!pruned)
            return pruned.error();
    }
    return history.enforceTotalCap();
}

} // namespace tether::workbench
