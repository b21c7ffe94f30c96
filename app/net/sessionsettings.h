// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/proxyrules.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tether::net {

// System: the desktop's or the environment's proxy (http_proxy, no_proxy); None: direct;
// Manual: proxyHost:proxyPort, with a user and password if given; Rules: curl's rules
// (tether-run: the environment, -x/--proxy, --noproxy) in proxyRules.
enum class ProxyMode { None, System, Manual, Rules };

struct SessionSettings
{
    bool keepAlive = true;
    bool http2Allowed = true;
    int idleExpirySeconds = 120; // Qt's default, set explicitly on every request
    int timeoutMs = 30000; // whole exchange, like curl --max-time; 0 = none
    bool followRedirects = true;
    // Credentials (Authorization, Cookie, …) go on to another origin too (curl --location-trusted).
    bool redirectCredentialsTrusted = false;
    bool verifyTls = true;
    QStringList extraCaFiles; // PEM files added to the system CAs
    bool oneAtATimePerOrigin = false;
    // Lanes: managers of their own, each carrying one HTTP/1.1 request at a time per origin,
    // so N in flight to an origin open N connections (one Qt pool churns them) and every badge
    // is exact; HTTP/2 streams share the lane that learnt h2. The default is Qt's own limit
    // of 6 per origin (the window); send and run use their concurrency.
    int lanes = 6;
    qint64 bodyMemoryCap = 8 * 1024 * 1024; // beyond this a body is streamed to a temp file
    ProxyMode proxyMode = ProxyMode::None; // the GUI's default comes from Preferences
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    QString proxyPassword; // from the keychain, never from a file
    ProxyRules proxyRules;

    // Settings that change how a TLS connection is verified: a change must never ride on a
    // connection opened under the old ones.
    bool sameTlsProfile(const SessionSettings &other) const
    {
        return verifyTls == other.verifyTls && extraCaFiles == other.extraCaFiles;
    }
    // Connections made through another proxy (or none) are not reused either.
    bool sameProxy(const SessionSettings &other) const
    {
        return proxyMode == other.proxyMode && proxyHost == other.proxyHost
                && proxyPort == other.proxyPort && proxyUser == other.proxyUser
                && proxyPassword == other.proxyPassword && proxyRules == other.proxyRules;
    }
    friend bool operator==(const SessionSettings &, const SessionSettings &) = default;
};

} // namespace tether::net
