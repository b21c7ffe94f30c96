// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/result.h"

#include <QString>

namespace tether::store {

// Collections as folders of plain files (docs/collection-format.md):
//   DIR/collection.json, DIR/environments/NAME.json, DIR/FOLDER/folder.json,
//   DIR/FOLDER/NAME.request.json
// Every write is atomic; a file that does not parse is reported with its line and never
// overwritten; fields Tether does not know are written back unchanged.
class CollectionStore
{
public:
    static constexpr int formatVersion = 1;

    static Result<core::Collection> load(const QString &dir);
    // Loads DIR, or creates an empty collection there named `name`.
    static Result<core::Collection> openOrCreate(const QString &dir, const QString &name);
    static Result<void> saveCollection(const core::Collection &collection);
    static Result<void> saveFolder(const QString &collectionDir,
                                   const core::CollectionFolder &folder);
    // Writes the request at request.path (creating folders); returns the file written.
    static Result<QString> saveRequest(const QString &collectionDir,
                                       const core::SavedRequest &request);

    static QString requestFile(const QString &collectionDir, const QString &requestPath);
    // "folder/name", or "name" at the top level.
    static QString joinPath(const QString &folder, const QString &name);
    // A name made safe as one path component on Linux, macOS and Windows ("Get users?" →
    // "Get users-", ".env" → "-env", "CON" → "CON_"), at most maximumNameBytes of UTF-8.
    static constexpr int maximumNameBytes = 200;
    static QString safeFileName(const QString &name);
    // "name" for number 1, else "name (2)", "name (3)"…: the name shortened first when needed so
    // that safeFileName keeps the number, which makes every number a different file.
    static QString numberedName(const QString &name, int number);
    // Before writing `path` inside the collection at `collectionDir`: an error when a symbolic
    // link (a folder on the way, or the file itself) would take the write outside it.
    static Result<void> checkWriteInside(const QString &collectionDir, const QString &path);
    // Walks up from path to the folder that holds collection.json; empty if none.
    static QString findCollectionRoot(const QString &path);

    static QJsonObject encodeVariables(const QList<core::Variable> &variables);
    static QList<core::Variable> decodeVariables(const QJsonObject &object);
};

} // namespace tether::store
