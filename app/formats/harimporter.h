// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QJsonDocument>

namespace tether::formats {

// HAR 1.2 (a browser's saved network log), or a single HAR request object. Each entry becomes
// a request (in a folder per host when there are several hosts); the recorded exchanges, with
// the browser's timings and connection ids, are kept in ImportResult::exchanges for "import as
// history".
class HarImporter
{
public:
    static bool isHar(const QJsonDocument &document);
    static Result<ImportResult> import(const QJsonDocument &document,
                                       const QString &nameForMessages);
};

} // namespace tether::formats
