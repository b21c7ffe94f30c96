// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/result.h"
#include "formats/importresult.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tether::formats {

// What several importers share: reading JSON with a position on error, choosing a body mode from
// a content type, path parameters, and flattening nested variables.
class ImportSupport
{
public:
    static Result<QJsonDocument> parseJson(const QByteArray &bytes, const QString &name);
    // Json for application/json and +json, Raw (with the type kept) otherwise.
    static void setTextBody(core::Request &request, const QString &text,
                            const QString &contentType);
    // ":id" segments replaced by their values (an empty one by {{id}}).
    static QString applyPathParameters(const QString &url, const core::KeyValueList &values);
    // Query parameters: enabled ones already in the URL are left there; the rest become params.
    static void addQueryParameters(core::Request &request, const core::KeyValueList &parameters);
    // {"a":{"b":1}} → a.b = "1" (strings as they are, other values as JSON text).
    static void flatten(const QJsonValue &value, const QString &prefix, QList<core::Variable> &out);
    // Warns once per name about {{$dynamic}} variables a file uses.
    static void warnDynamicVariables(const core::SavedRequest &request, ImportResult &result,
                                     QStringList &alreadyWarned);
    static QString textOf(const QJsonValue &value); // strings as-is, numbers/bools as text
    // "a=1&b=x%20y" as form fields, only if Tether's encoder gives back the same bytes.
    static std::optional<core::KeyValueList> formFields(const QString &data);
    // A Content-Type header that only repeats what the body mode sends anyway is dropped; for
    // raw bodies it moves into the body's content type.
    static void absorbContentType(core::Request &request);
};

} // namespace tether::formats
