// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QString>

namespace tether::formats {

// Bruno collections: a folder with bruno.json and .bru files (meta, method block, headers,
// params, auth:*, body:*, assert, docs, scripts), folder.bru/collection.bru settings and
// environments/*.bru; or Bruno's newer YAML layout (opencollection.yml, *.yml). Asserts on
// status, JSON values and response time become Tether assertions; scripts go to the notes.
class BrunoImporter
{
public:
    static bool isCollectionDir(const QString &dir);
    static Result<ImportResult> importDirectory(const QString &dir);
    // One .bru request file on its own.
    static Result<ImportResult> importFile(const QString &path);
};

} // namespace tether::formats
