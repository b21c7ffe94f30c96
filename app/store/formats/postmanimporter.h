#pragma once

#include "core/result.h"
#include "importresult.h"

#include <QJsonDocument>

namespace tether::store::formats {

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
    static Result<Environment> importEnvironment(const QJsonDocument &document,
                                                 const QString &nameForMessages,
                                                 QStringList *warnings);
};

} // namespace tether::store::formats
