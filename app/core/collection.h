// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/auth.h"
#include "core/check.h"
#include "core/keyvalue.h"
#include "core/request.h"
#include "core/variable.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tether::core {

// How deep folders may nest, in a collection on disk and in what an import reads: far beyond
// any real collection, low enough for recursive readers.
inline constexpr int maximumFolderDepth = 256;

struct SavedRequest
{
    QString name;
    QString path; // "folder/sub/name" inside the collection, without extension
    core::Request request;
    QString notes;
    QList<Check> checks; // "assertions" in the file
    QList<Extraction> extractions; // "extract" in the file
    QJsonObject raw; // as read, unknown fields included
};

struct CollectionFolder
{
    QString name;
    QString path; // "" for the root
    core::KeyValueList headers;
    core::Auth auth;
    QStringList order; // child names in display order; others follow alphabetically
    QList<CollectionFolder> folders;
    QList<SavedRequest> requests;
    QJsonObject raw;

    // Its requests and those of every folder below it.
    int requestCount() const;
};

struct Collection
{
    QString dir;
    QString id;
    QString name;
    QString description;
    QList<Variable> variables;
    CollectionFolder root; // headers, auth and order of the collection itself live here
    QStringList environments;
    QJsonObject raw;

    const SavedRequest *findRequest(const QString &path) const;
    const CollectionFolder *findFolder(const QString &path) const;
    // Folder chain from the root down to the request's folder (for header/auth inheritance).
    QList<const CollectionFolder *> folderChain(const QString &requestPath) const;
};

} // namespace tether::core
