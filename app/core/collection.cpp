// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/collection.h"

namespace tether::core {

const CollectionFolder *Collection::findFolder(const QString &path) const
{
    const CollectionFolder *folder = &root;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        const CollectionFolder *next = nullptr;
        for (const CollectionFolder &child : folder->folders) {
            if (child.path.section(u'/', -1) == part)
                next = &child;
        }
        if (!next)
            return nullptr;
        folder = next;
    }
    return folder;
}

int CollectionFolder::requestCount() const
{
    int count = int(requests.size());
    for (const CollectionFolder &folder : folders)
        count += folder.requestCount();
    return count;
}

const SavedRequest *Collection::findRequest(const QString &path) const
{
    const QString folderPath = path.section(u'/', 0, -2);
    const CollectionFolder *folder = findFolder(folderPath);
    if (!folder)
        return nullptr;
    for (const SavedRequest &request : folder->requests) {
        if (request.path == path)
            return &request;
    }
    return nullptr;
}

QList<const CollectionFolder *> Collection::folderChain(const QString &requestPath) const
{
    QList<const CollectionFolder *> chain{&root};
    const QStringList parts = requestPath.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        prefix = prefix.isEmpty() ? parts[i] : prefix + u'/' + parts[i];
        if (const CollectionFolder *folder = findFolder(prefix))
            chain.append(folder);
    }
    return chain;
}

} // namespace tether::core
