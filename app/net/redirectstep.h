// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>

namespace tether::net {

// One redirect, followed as curl -L follows it. Tether follows redirects itself (Qt 6.4 has no
// hook to change the headers of a hop it follows): 301 and 302 turn POST into GET, 303 turns
// everything but HEAD into GET, 307 and 308 send the same verb and body again. Credentials go
// only to the first hop's origin (scheme, host and port, as curl since 7.83) unless trusted
// (--location-trusted); a custom Host never leaves it. https → http is refused.
class RedirectStep
{
public:
    struct Policy
    {
        QList<QByteArray> credentialHeaders; // Authorization, Cookie, … and any API-key header
        bool trusted = false; // credentials go to every host
    };
    struct Hop
    {
        QNetworkRequest request;
        QByteArray verb;
        bool sendsBody = false;
    };

    static bool follows(int status);
    // The hop after current, which was answered with status and this Location. original is the
    // first hop as prepared: what a later hop back to the first origin sends again.
    static Result<Hop> next(const QNetworkRequest &original, const Hop &current, int status,
                            const QByteArray &location, const Policy &policy);
};

} // namespace tether::net
