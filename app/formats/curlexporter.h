// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"

#include <QString>

namespace tether::formats {

// A request as a curl command line (bash quoting) that sends what Tether sends: method, target
// with params and query API keys, headers in order, body bytes (form data pre-encoded exactly as
// Tether encodes it), Basic and bearer auth. Give it the request with inheritance applied.
class CurlExporter
{
public:
    static QString toCommand(const core::Request &request, bool multiline = true);
    static QString quote(const QString &word); // bash single-quoting
    // The URL Tether would request (params appended), or the text as typed if it does not parse.
    static QString effectiveUrl(const core::Request &request);
};

} // namespace tether::formats
