// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"

#include <QDir>
#include <QString>

#include <algorithm>

// What the importer tests share: where the corpus is and how to look into an imported tree.
namespace tether::testdata {

// A file of ../shared/corpus (SOURCES.md there says where each came from).
inline QString corpus(const QString &relative)
{
    using namespace Qt::StringLiterals;
    return QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
            .filePath(u"../shared/corpus/"_s + relative);
}

inline const core::SavedRequest *findRequest(const core::CollectionFolder &folder,
                                             const QString &name)
{
    for (const core::SavedRequest &request : folder.requests)
        if (request.name == name)
            return &request;
    for (const core::CollectionFolder &child : folder.folders)
        if (const core::SavedRequest *found = findRequest(child, name))
            return found;
    return nullptr;
}

inline int requestsIn(const core::CollectionFolder &folder)
{
    int count = int(folder.requests.size());
    for (const core::CollectionFolder &child : folder.folders)
        count += requestsIn(child);
    return count;
}

inline int depthOf(const core::CollectionFolder &folder)
{
    int depth = 0;
    for (const core::CollectionFolder &child : folder.folders)
        depth = std::max(depth, depthOf(child) + 1);
    return depth;
}

} // namespace tether::testdata
