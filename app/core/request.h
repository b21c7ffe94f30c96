// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/auth.h"
#include "core/keyvalue.h"
#include "core/requestbody.h"

#include <QString>

namespace tether::core {

// What the user composed; a plain value (no QObject) that editors, stores and the session share.
struct Request
{
    QString method = QStringLiteral("GET");
    QString url;
    KeyValueList params;
    KeyValueList headers;
    RequestBody body;
    Auth auth;
    // Values of the ":name" segments of the URL's path (core::PathVariables).
    KeyValueList pathVariables = {};

    friend bool operator==(const Request &, const Request &) = default;

    // The value of the last enabled header with this name (case-insensitive), or a null string.
    QString headerValue(const QString &name) const;
    bool hasHeader(const QString &name) const;
};

} // namespace tether::core
