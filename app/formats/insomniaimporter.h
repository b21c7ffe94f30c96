// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QJsonValue>

namespace tether::formats {

// Insomnia exports, format 4 (JSON or YAML): workspace, request groups (folders, their headers
// and auth), requests, environments (base → collection variables, sub-environments →
// environments). Template tags become {{name}}; "{% response %}" tags become extractions on the
// request they read from.
class InsomniaImporter
{
public:
    static bool isExport(const QJsonValue &document);
    static Result<ImportResult> import(const QJsonValue &document, const QString &nameForMessages);
};

} // namespace tether::formats
