// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/exchange.h"

#include <QJsonObject>
#include <QList>

namespace tether::formats {

// Exchanges (from history) as a HAR 1.2 log: requests and responses as sent and received,
// Tether's phase timings, and connection facts: "connection" ids (the browser's, for imported
// exchanges; else numbered per origin from Tether's verdicts: a new connection starts an id,
// a reused one repeats the origin's last) and "_connectionVerdict".
class HarExporter
{
public:
    static QJsonObject exportExchanges(const QList<net::Exchange> &exchanges);
};

} // namespace tether::formats
