// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/connectionlifetime.h"
#include "net/exchange.h"
#include "net/originstats.h"

#include <QJsonObject>

namespace tether::net {

// The JSON shapes scripts read (tether-run --json): one exchange, one origin's figures, one
// connection's lifetime.
class ExchangeJson
{
public:
    static QJsonObject exchange(const Exchange &exchange, qint64 bodyLimit);
    static QJsonObject origin(const OriginStats &stats);
    // {"id": "C1", "origin", "openedBy" (exchange id, null for a pre-connect), "requests",
    //  "idleSeconds", "end", ...}; nowMs: the session clock, for one still open.
    static QJsonObject lifetime(const ConnectionLifetime &lifetime, double nowMs);
    static QJsonObject phases(const Phases &phases);
    // {"code", "message", "bytesReceived", "bytesExpected"}: the error object of an exchange
    // or run result (bytesExpected only when the server declared a length).
    static QJsonObject error(const QString &code, const QString &message, qint64 received = -1,
                             qint64 expected = -1);
};

} // namespace tether::net
