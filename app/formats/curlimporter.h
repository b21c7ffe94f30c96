// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/result.h"
#include "formats/importresult.h"

#include <QString>
#include <QStringList>

namespace tether::formats {

// curl command lines → requests. The reference is real curl: the request Tether sends for an
// imported command reaches the server as curl's would (method, target, named headers, body
// bytes). Output-only flags are ignored; anything else Tether cannot apply per request is
// listed in the warnings, never dropped silently.
class CurlImporter
{
public:
    // One request per curl command in the text (other commands are skipped with a warning).
    static Result<ImportResult> import(const QString &text, const QString &nameForMessages = {});
    // Exactly one command, for pasting into the URL bar.
    static Result<core::Request> parseCommand(const QString &text, QStringList *warnings);
    static bool looksLikeCurl(const QString &text);
    // A request's name from its method and URL ("GET /v1/items").
    static QString nameFor(const core::Request &request);
};

} // namespace tether::formats
