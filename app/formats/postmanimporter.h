// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QJsonDocument>

namespace tether::formats {

// Postman collections v2.0 and v2.1 (folders, url as string or object, headers, raw/urlencoded/
// formdata/file/graphql bodies, auth at every level, variables, disabled rows) and Postman
// environments. Scripts are kept as text in the notes (not run); "pm.response.to.have.status(N)"
// tests become status assertions.
class PostmanImporter
{
public:
    static bool isCollection(const QJsonDocument &document);
    static bool isEnvironment(const QJsonDocument &document);
    static Result<ImportResult> importCollection(const QJsonDocument &document,
                                                 const QString &nameForMessages);
    static Result<core::Environment> importEnvironment(const QJsonDocument &document,
                                                       const QString &nameForMessages,
                                                       QStringList *warnings);
};

} // namespace tether::formats
