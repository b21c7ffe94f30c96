// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/exchange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tether::run {

// One declarative assertion saved with a request ("assertions" in its file), e.g.
//   {"type":"status","equals":200}  {"type":"status","min":200,"max":299}
//   {"type":"header","name":"Content-Type","matches":"json"}  (or "equals", or "exists":true)
//   {"type":"body","contains":"ok"}  {"type":"body","matches":"id\":\\s*\\d+"}
//   {"type":"json","path":"$.items[0]","equals":"1"}  {"type":"json","path":"$.id","exists":true}
//   {"type":"time","below":500}
struct Check
{
    QJsonObject spec;

    struct Outcome
    {
        bool passed = false;
        QString description; // "status is 200"
        QString message; // why it failed
    };
    Outcome evaluate(const net::Exchange &exchange) const;
    QString describe() const;

    static QList<Check> fromJson(const QJsonValue &value);
};

// A value taken from a response into a variable for later requests ("extract" in the file):
//   {"variable":"token","json":"$.token"}  {"variable":"loc","header":"Location"}
//   {"variable":"id","regex":"id=(\\d+)"}  (first capture group, else the whole match)
struct Extraction
{
    QString variable;
    QJsonObject spec;

    // The value, or nothing with a reason.
    std::optional<QString> apply(const net::Exchange &exchange, QString *why) const;
    static QList<Extraction> fromJson(const QJsonValue &value);
};

} // namespace tether::run
