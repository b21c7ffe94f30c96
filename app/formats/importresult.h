// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/environment.h"
#include "net/exchange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tether::formats {

// What an importer made of a file: a collection in memory (no dir yet; requests and folders
// carry names, paths are assigned by assignPaths), its environments, and a line for everything
// it could not map. Importers never write; ImportWriter does.
struct ImportResult
{
    QString format; // "curl", "postman", "insomnia", "bruno", "har", "http"
    core::Collection collection;
    QList<core::Environment> environments;
    QStringList warnings;
    // HAR only: the recorded exchanges, for "import as history".
    QList<net::Exchange> exchanges;

    int requestCount() const;
    // Paths from names ("folder/sub/name"), made file-safe and unique within each folder.
    void assignPaths();
    void warn(const QString &where, const QString &what);
    // Relative body-file paths (multipart file fields, a body file) taken from baseDir, the
    // source's own folder, so they do not depend on the working directory of a later run.
    void anchorFiles(const QString &baseDir);
    // Every local file the imported requests read, for the import summary.
    QStringList filesRead() const;
};

// Gives the folder and everything under it paths below `path` (see assignPaths).
void assignFolderPaths(core::CollectionFolder &folder, const QString &path);

// Visits every request, depth first in display order.
void forEachRequest(const core::CollectionFolder &folder,
                    const std::function<void(const core::SavedRequest &)> &visit);

} // namespace tether::formats
