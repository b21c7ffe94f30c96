// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"

#include <QString>

namespace tether::formats {

// A collection as one .http file (JetBrains HTTP Client / VS Code REST Client): collection
// variables as @name = value (secret ones left out, named in a comment), one ### block per
// request with inherited headers and auth applied, bodies inline, files as "< path".
class HttpFileExporter
{
public:
    static QString exportCollection(const core::Collection &collection);
    static QString exportRequest(const QString &name, const core::Request &request);
};

} // namespace tether::formats
