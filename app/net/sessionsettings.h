#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tether::net {

struct SessionSettings
{
    bool keepAlive = true;
    bool http2Allowed = true;
    int idleExpirySeconds = 120; // Qt's default, set explicitly on every request
    int timeoutMs = 30000; // whole exchange, like curl --max-time; 0 = none
    bool followRedirects = true;
    bool verifyTls = true;
    QStringList extraCaFiles; // PEM files added to the system CAs
    bool oneAtATimePerOrigin = false;
    qint64 bodyMemoryCap = 8 * 1024 * 1024; // beyond this a body is streamed to a temp file

    // Settings that change how a TLS connection is verified: a change must never ride on a
    // connection opened under the old ones.
    bool sameTlsProfile(const SessionSettings &other) const
    {
        return verifyTls == other.verifyTls && extraCaFiles == other.extraCaFiles;
    }
    friend bool operator==(const SessionSettings &, const SessionSettings &) = default;
};

} // namespace tether::net
