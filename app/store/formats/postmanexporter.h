#pragma once

#include "../collection.h"

#include <QJsonObject>

namespace tether::store::formats {

// A collection as a Postman v2.1 collection: folders, requests (url object with disabled query
// rows), headers (folder and collection headers copied into each request, as Postman folders
// have none), bodies, auth at every level, variables (secret ones without their value), notes as
// descriptions; assertions and extractions become test scripts Postman runs (and that Tether's
// importer reads back).
class PostmanExporter
{
public:
    static QJsonObject exportCollection(const Collection &collection);
    static QJsonObject exportRequest(const Collection &collection, const SavedRequest &request);
};

} // namespace tether::store::formats
