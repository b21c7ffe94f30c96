// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QString>

namespace tether::formats {

// .http / .rest files (JetBrains HTTP Client and VS Code REST Client): ### separators,
// @name = value file variables, # @name, request line with continuation lines, headers, body,
// "< file" bodies, multipart parts, GraphQL requests. Response-handler scripts are kept in the
// request's notes (not run); references to earlier responses ({{login.response.body.$.token}})
// become extractions on the named request, which the runner applies.
class HttpFileImporter
{
public:
    // baseDir resolves "< ./file" includes.
    static Result<ImportResult> import(const QString &text, const QString &nameForMessages,
                                       const QString &baseDir = {});
};

} // namespace tether::formats
