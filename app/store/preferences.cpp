// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tether::store {

Preferences Preferences::load()
{
    const QSettings settings;
    const Preferences defaults;
    Preferences preferences;
    preferences.timeoutMs = settings.value(u"session/timeoutMs"_s, defaults.timeoutMs).toInt();
    preferences.verifyTls = settings.value(u"session/verifyTls"_s, defaults.verifyTls).toBool();
    const QString proxy = settings.value(u"proxy/mode"_s, u"system"_s).toString();
    preferences.proxyMode = proxy == u"none" ? net::ProxyMode::None
            : proxy == u"manual"             ? net::ProxyMode::Manual
                                             : net::ProxyMode::System;
    preferences.proxyHost = settings.value(u"proxy/host"_s).toString();
    preferences.proxyPort = settings.value(u"proxy/port"_s, defaults.proxyPort).toInt();
    preferences.proxyUser = settings.value(u"proxy/user"_s).toString();
    preferences.historyMaxEntries
            = settings.value(u"history/maxEntries"_s, defaults.historyMaxEntries).toInt();
    preferences.historyBodyCapBytes
            = settings.value(u"history/bodyCapBytes"_s, defaults.historyBodyCapBytes).toLongLong();
    preferences.historyTotalCapBytes
            = settings.value(u"history/totalCapBytes"_s, defaults.historyTotalCapBytes)
                      .toLongLong();
    const QString theme = settings.value(u"ui/theme"_s, u"system"_s).toString();
    preferences.theme = theme == u"light" ? Theme::Light
            : theme == u"dark"            ? Theme::Dark
                                          : Theme::System;
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(u"session/timeoutMs"_s, timeoutMs);
    settings.setValue(u"session/verifyTls"_s, verifyTls);
    settings.setValue(u"proxy/mode"_s,
                      proxyMode == net::ProxyMode::None             ? u"none"_s
                              : proxyMode == net::ProxyMode::Manual ? u"manual"_s
                                                                    : u"system"_s);
    settings.setValue(u"proxy/host"_s, proxyHost);
    settings.setValue(u"proxy/port"_s, proxyPort);
    settings.setValue(u"proxy/user"_s, proxyUser);
    settings.setValue(u"history/maxEntries"_s, historyMaxEntries);
    settings.setValue(u"history/bodyCapBytes"_s, historyBodyCapBytes);
    settings.setValue(u"history/totalCapBytes"_s, historyTotalCapBytes);
    settings.setValue(u"ui/theme"_s,
                      theme == Theme::Light          ? u"light"_s
                              : theme == Theme::Dark ? u"dark"_s
                                                     : u"system"_s);
    settings.sync();
}

net::SessionSettings Preferences::applyTo(net::SessionSettings settings) const
{
    settings.timeoutMs = timeoutMs;
    settings.verifyTls = verifyTls;
    settings.proxyMode = proxyMode;
    settings.proxyHost = proxyHost;
    settings.proxyPort = proxyPort;
    settings.proxyUser = proxyUser;
    return settings;
}

} // namespace tether::store
