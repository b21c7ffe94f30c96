// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/check.h"
#include "core/result.h"
#include "net/exchange.h"
#include "run/runresult.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace tether::run {

// Evaluates a request's checks and extractions against one exchange. The body is read, and
// parsed as JSON, at most once however many checks look at it.
class Checker
{
public:
    explicit Checker(const net::Exchange &exchange);

    CheckResult evaluate(const core::Check &check);
    // The value, or an Error saying why there is none.
    Result<QString> extract(const core::Extraction &extraction);

    // For people: "status is 200", "header Content-Type matches /json/", ...
    static QString describe(const core::Check &check);

private:
    const QString &bodyText();
    Result<QJsonValue> jsonAt(const QString &path);

    const net::Exchange &m_exchange;
    std::optional<QString> m_bodyText;
    std::optional<Result<QJsonValue>> m_document;
};

} // namespace tether::run
