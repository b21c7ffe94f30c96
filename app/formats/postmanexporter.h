// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"

#include <QJsonObject>

namespace tether::formats {

// A collection as a Postman v2.1 collection: folders, requests (url object with disabled query
// rows), headers (folder and collection headers copied into each request, as Postman folders
// have none), bodies, auth at every level, variables (secret ones without their value), notes as
// descriptions; assertions and extractions become test scripts Postman runs (and that Tether's
// importer reads back).
class PostmanExporter
{
public:
    static QJsonObject exportCollection(const core::Collection &collection);
    static QJsonObject exportRequest(const core::Collection &collection,
                                     const core::SavedRequest &request);
};

} // namespace tether::formats
