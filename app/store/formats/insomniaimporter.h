#pragma once

#include "core/result.h"
#include "importresult.h"

#include <QJsonValue>

namespace tether::store::formats {

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

} // namespace tether::store::formats
