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

} // namespace tether::net
