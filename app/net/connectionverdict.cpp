// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/connectionverdict.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::net {

bool openedConnection(const HopFacts &facts)
{
    return facts.connectedBeforeResponse || (facts.requestSentCount >= 2 && !facts.proxyAuthResend);
}

ConnectionVerdict verdictFor(const HopFacts &facts, bool overlappedOnItsPool)
{
    if (!facts.gotResponse)
        return ConnectionVerdict::None;
    if (facts.proxyAuthResend)
        return ConnectionVerdict::Ambiguous;
    if (facts.requestSentCount >= 2)
        return ConnectionVerdict::Retried;
    // Plain HTTP/1.1 with company on the pool: Qt gives the connect signals to the wrong reply.
    if (!facts.tls && !facts.http2 && overlappedOnItsPool)
        return ConnectionVerdict::Ambiguous;
    if (openedConnection(facts))
        return ConnectionVerdict::New;
    if (facts.http2 && overlappedOnItsPool)
        return ConnectionVerdict::Multiplexed;
    return ConnectionVerdict::Reused;
}

QString verdictName(ConnectionVerdict verdict)
{
    switch (verdict) {
    case ConnectionVerdict::New:
        return u"new"_s;
    case ConnectionVerdict::Reused:
        return u"reused"_s;
    case ConnectionVerdict::Multiplexed:
        return u"multiplexed"_s;
    case ConnectionVerdict::Retried:
        return u"retried"_s;
    case ConnectionVerdict::Ambiguous:
        return u"ambiguous"_s;
    case ConnectionVerdict::None:
        break;
    }
    return u"none"_s;
}

QString verdictLabel(ConnectionVerdict verdict)
{
    switch (verdict) {
    case ConnectionVerdict::New:
        return QObject::tr("new connection");
    case ConnectionVerdict::Reused:
        return QObject::tr("reused");
    case ConnectionVerdict::Multiplexed:
        return QObject::tr("multiplexed");
    case ConnectionVerdict::Retried:
        return QObject::tr("retried on a new connection");
    case ConnectionVerdict::Ambiguous:
        return QObject::tr("ambiguous");
    case ConnectionVerdict::None:
        break;
    }
    return QObject::tr("no connection");
}

QString verdictExplanation(ConnectionVerdict verdict)
{
    switch (verdict) {
    case ConnectionVerdict::New:
        return QObject::tr("It opened a new TCP connection (and TLS handshake) for itself.");
    case ConnectionVerdict::Reused:
        return QObject::tr("It rode on a kept-alive connection opened earlier (or by "
                           "pre-connect): no connect, no handshake.");
    case ConnectionVerdict::Multiplexed:
        return QObject::tr("An HTTP/2 stream on a connection already carrying others.");
    case ConnectionVerdict::Retried:
        return QObject::tr("The server closed the kept connection; Qt resent the request on a "
                           "new one. The server may have received it twice.");
    case ConnectionVerdict::Ambiguous:
        return QObject::tr("Several requests were in flight to this origin at once over plain "
                           "HTTP/1.1 (or a proxy asked for credentials): Qt does not say which "
                           "connection each one rode, so this one is not attributed. The "
                           "origin's totals (connections opened, reused) stay exact.");
    case ConnectionVerdict::None:
        break;
    }
    return QObject::tr("No response arrived, so no connection carried one.");
}

} // namespace tether::net
