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

// Stable machine names: new, reused, multiplexed, retried, ambiguous, none.
QString verdictName(ConnectionVerdict verdict);
// Words for people: "new connection", "reused", ...
QString verdictLabel(ConnectionVerdict verdict);

} // namespace tether::net
