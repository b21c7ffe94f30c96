// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>

namespace tether::net {

// What the connection layer did for one exchange (its final hop). See DESIGN.md "The rule".
enum class ConnectionVerdict {
    None, // no response: the exchange failed before one arrived
    New, // opened a TCP (and TLS) connection
    Reused, // rode on a pooled keep-alive connection (or one warmed by pre-connect)
    Multiplexed, // HTTP/2 stream on a connection already carrying others
    Retried, // Qt silently resent it on a new connection after the kept one was closed
    Ambiguous, // not observable per exchange: plain HTTP with several in flight, or a resend
               // after an authenticating proxy's 407
};

// What a recorder observed on one hop, from public QNetworkReply signals only.
struct HopFacts
{
    bool tls = false;
    bool http2 = false;
    bool gotResponse = false;
    bool connectedBeforeResponse = false; // https: encrypted(), http: socketStartedConnecting()
    int requestSentCount = 0;
    // Sent twice through a proxy that has credentials: the second may be Qt answering the
    // proxy's 407 on the same connection (nginx, squid) or on a new one; no signal tells.
    bool proxyAuthResend = false;
    bool connectFailed = false; // no connection came of this hop's connect / handshake
    double connectMs = 0;
    double waitMs = 0;
};

// The rule (DESIGN.md "The rule Tether uses"), the one place it is decided. openedConnection:
// the hop's own signals say it opened a connection (its phases then include a connect);
// verdictFor adds what only the tracker knows: whether other hops shared its pool meanwhile.
bool openedConnection(const HopFacts &facts);
ConnectionVerdict verdictFor(const HopFacts &facts, bool overlappedOnItsPool);

// Stable machine names: new, reused, multiplexed, retried, ambiguous, none.
QString verdictName(ConnectionVerdict verdict);
// Words for people: "new connection", "reused", ...
QString verdictLabel(ConnectionVerdict verdict);
// What the verdict means, in a sentence or two (tooltips): why "ambiguous" is not a number.
QString verdictExplanation(ConnectionVerdict verdict);

} // namespace tether::net
