// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/importresult.h"

#include "store/collectionstore.h"

#include <QDir>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace tether::formats {

void forEachRequest(const core::CollectionFolder &folder,
                    const std::function<void(const core::SavedRequest &)> &visit)
{
    for (const core::SavedRequest &request : folder.requests)
        visit(request);
    for (const core::CollectionFolder &child : folder.folders)
        forEachRequest(child, visit);
}

int ImportResult::requestCount() const
{
    int count = 0;
    forEachRequest(collection.root, [&](const core::SavedRequest &) { ++count; });
    return count;
}

void ImportResult::warn(const QString &where, const QString &what)
{
    warnings.append(where.isEmpty() ? what : where + u": "_s + what);
}

void assignFolderPaths(core::CollectionFolder &folder, const QString &path)
{
    folder.path = path;
    // Files and folders share a directory; these names are Tether's own.
    QSet<QString> taken{u"folder"_s, u"collection"_s, u"environments"_s};
    QHash<QString, QStringList> finalNames; // source name → names given, in sequence
    QHash<QString, int> lastNumber; // base name → the number it was last given (many duplicates)
    auto claim = [&](QString &name) {
        QString base = name.trimmed();
        if (base.isEmpty())
            base = QObject::tr("Untitled");
        int &number = lastNumber[base];
        QString display;
        QString file;
        do {
            display = store::CollectionStore::numberedName(base, ++number);
            file = store::CollectionStore::safeFileName(display);
        } while (taken.contains(file.toLower()));
        taken.insert(file.toLower());
        finalNames[name].append(display);
        name = display;
        return file;
    };
    for (core::CollectionFolder &child : folder.folders)
        assignFolderPaths(child, store::CollectionStore::joinPath(path, claim(child.name)));
    for (core::SavedRequest &request : folder.requests)
        request.path = store::CollectionStore::joinPath(path, claim(request.name));
    // The importer listed source names in source order (folders and requests interleaved).
    QStringList order;
    for (const QString &name : std::as_const(folder.order)) {
        QStringList &given = finalNames[name];
        if (!given.isEmpty())
            order.append(given.takeFirst());
    }
    folder.order = order;
}

void ImportResult::assignPaths()
{
    assignFolderPaths(collection.root, {});
}

static void forEachBodyFile(core::CollectionFolder &folder,
                            const std::function<void(QString &)> &visit)
{
    for (core::SavedRequest &request : folder.requests) {
        core::RequestBody &body = request.request.body;
        if (body.mode == core::BodyMode::BinaryFile && !body.filePath.isEmpty())
            visit(body.filePath);
        if (body.mode == core::BodyMode::Multipart)
            for (core::MultipartField &field : body.multipartFields)
                if (field.isFile && !field.value.isEmpty())
                    visit(field.value);
    }
    for (core::CollectionFolder &child : folder.folders)
        forEachBodyFile(child, visit);
}

void ImportResult::anchorFiles(const QString &baseDir)
{
    forEachBodyFile(collection.root, [&baseDir](QString &path) {
        if (QDir::isRelativePath(path) && !path.contains(u"{{"_s))
            path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
    });
}

QStringList ImportResult::filesRead() const
{
    QStringList files;
    core::CollectionFolder root = collection.root;
    forEachBodyFile(root, [&files](QString &path) {
        if (!files.contains(path))
            files.append(path);
    });
    return files;
}

} // namespace tether::formats
