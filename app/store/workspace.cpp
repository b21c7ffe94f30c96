// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/workspace.h"
#include "secrets/secretstore.h"
#include "store/authsecrets.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/environmentstore.h"
#include "store/historymodel.h"
#include "store/historystore.h"
#include "store/requestresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tether::store {

Workspace::Workspace(QObject *parent)
    : QObject(parent),
      m_collections(new CollectionTreeModel(this)),
      m_history(new HistoryStore(this)),
      m_historyModel(nullptr),
      m_secrets(new secrets::SecretStore(this))
{
    auto opened = m_history->open();
    m_historyNotice = opened ? m_history->notice() : opened.error().message;
    m_historyModel = new HistoryModel(m_history, this);
    if (opened)
        m_historyModel->refresh();
}

Workspace::~Workspace() = default;

void Workspace::remember(const QString &dir)
{
    QSettings settings;
    QStringList recent = settings.value(u"collections/recent"_s).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    settings.setValue(u"collections/recent"_s, recent.mid(0, 10));
}

QStringList Workspace::recentCollections() const
{
    return QSettings().value(u"collections/recent"_s).toStringList();
}

Result<QString> Workspace::openCollection(const QString &dir)
{
    auto collection = CollectionStore::load(dir);
    if (!collection)
        return collection.error();
    m_collections->setCollection(collection.value());
    remember(collection.value().dir);
    Q_EMIT collectionsChanged();
    return collection.value().dir;
}

Result<QString> Workspace::newCollection(const QString &dir, const QString &name)
{
    auto collection = CollectionStore::openOrCreate(dir, name);
    if (!collection)
        return collection.error();
    m_collections->setCollection(collection.value());
    remember(collection.value().dir);
    Q_EMIT collectionsChanged();
    return collection.value().dir;
}

void Workspace::closeCollection(const QString &dir)
{
    m_collections->removeCollection(dir);
    Q_EMIT collectionsChanged();
}

void Workspace::reloadAfterWrite(const QString &dir)
{
    // The write itself succeeded; a collection that no longer loads is said, not hidden.
    if (auto reloaded = reload(dir); !reloaded)
        Q_EMIT reloadFailed(dir, reloaded.error().message);
}

Result<void> Workspace::reload(const QString &dir)
{
    auto collection = CollectionStore::load(dir);
    if (!collection)
        return collection.error();
    m_collections->setCollection(collection.value());
    Q_EMIT collectionsChanged();
    return {};
}

Result<QString> Workspace::saveRequest(const QString &dir, const QString &path, const QString &name,
                                       const core::Request &request, bool keepSecretsForSession)
{
    const core::Collection *open = m_collections->collection(dir);
    if (!open)
        return Error{u"not-open"_s, tr("The collection %1 is not open.").arg(dir)};
    core::Collection collection = *open;
    core::SavedRequest saved;
    if (const core::SavedRequest *existing = collection.findRequest(path))
        saved = *existing;
    saved.path = path;
    saved.name = name.isEmpty() ? path.section(u'/', -1) : name;
    saved.request = request;
    auto extracted = AuthSecrets::extract(collection, saved, *m_secrets, keepSecretsForSession);
    if (!extracted)
        return extracted.error();
    auto written = CollectionStore::saveRequest(dir, extracted.value());
    if (!written)
        return written.error();
    if (collection.variables != open->variables) {
        auto savedCollection = CollectionStore::saveCollection(collection);
        if (!savedCollection)
            return savedCollection.error();
    }
    auto reloaded = reload(dir);
    if (!reloaded)
        return reloaded.error();
    return written.value();
}

Result<QByteArray> Workspace::deleteRequest(const QString &dir, const QString &path)
{
    QFile file(CollectionStore::requestFile(dir, path));
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s, file.errorString()};
    const QByteArray bytes = file.readAll();
    file.close();
    if (!file.remove())
        return Error{u"delete-failed"_s,
                     tr("Cannot delete %1: %2").arg(file.fileName(), file.errorString())};
    reloadAfterWrite(dir);
    return bytes;
}

Result<void> Workspace::restoreRequest(const QString &dir, const QString &path,
                                       const QByteArray &bytes)
{
    const QString filePath = CollectionStore::requestFile(dir, path);
    if (auto inside = CollectionStore::checkWriteInside(dir, filePath); !inside)
        return inside;
    QDir().mkpath(QFileInfo(filePath).path());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{u"write-failed"_s,
                     tr("Cannot restore %1: %2").arg(filePath, file.errorString())};
    return reload(dir);
}

Result<QString> Workspace::renameRequest(const QString &dir, const QString &path,
                                         const QString &newName)
{
    const core::Collection *collection = m_collections->collection(dir);
    const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (!saved)
        return Error{u"no-request"_s, tr("No request %1.").arg(path)};
    const QString newPath = CollectionStore::joinPath(path.section(u'/', 0, -2),
                                                      CollectionStore::safeFileName(newName));
    if (newPath != path && QFileInfo::exists(CollectionStore::requestFile(dir, newPath)))
        return Error{u"exists"_s, tr("A request named \"%1\" already exists there.").arg(newName)};
    core::SavedRequest renamed = *saved;
    renamed.path = newPath;
    renamed.name = newName;
    auto written = CollectionStore::saveRequest(dir, renamed);
    if (!written)
        return written.error();
    if (newPath != path)
        QFile::remove(CollectionStore::requestFile(dir, path));
    reloadAfterWrite(dir);
    return newPath;
}

Result<QString> Workspace::duplicateRequest(const QString &dir, const QString &path)
{
    const core::Collection *collection = m_collections->collection(dir);
    const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (!saved)
        return Error{u"no-request"_s, tr("No request %1.").arg(path)};
    core::SavedRequest copy = *saved;
    for (int n = 1;; ++n) {
        copy.name = saved->name + (n == 1 ? tr(" copy") : tr(" copy %1").arg(n));
        copy.path = CollectionStore::joinPath(path.section(u'/', 0, -2),
                                              CollectionStore::safeFileName(copy.name));
        if (!QFileInfo::exists(CollectionStore::requestFile(dir, copy.path)))
            break;
    }
    auto written = CollectionStore::saveRequest(dir, copy);
    if (!written)
        return written.error();
    reloadAfterWrite(dir);
    return copy.path;
}

Result<QString> Workspace::moveRequest(const QString &dir, const QString &path,
                                       const QString &folder, const QStringList &order)
{
    const core::Collection *open = m_collections->collection(dir);
    const core::SavedRequest *saved = open ? open->findRequest(path) : nullptr;
    if (!saved)
        return Error{u"no-request"_s, tr("No request %1.").arg(path)};
    const QString newPath = CollectionStore::joinPath(folder, path.section(u'/', -1));
    if (newPath != path) {
        if (QFileInfo::exists(CollectionStore::requestFile(dir, newPath)))
            return Error{u"exists"_s,
                         tr("%1 already has a request with that file name.")
                                 .arg(folder.isEmpty() ? open->name : folder)};
        core::SavedRequest moved = *saved;
        moved.path = newPath;
        auto written = CollectionStore::saveRequest(dir, moved);
        if (!written)
            return written.error();
        if (!QFile::remove(CollectionStore::requestFile(dir, path)))
            return Error{u"delete-failed"_s,
                         tr("Copied to %1 but could not remove %2.").arg(newPath, path)};
    }
    if (folder.isEmpty()) {
        core::Collection collection = *open;
        collection.root.order = order;
        auto written = CollectionStore::saveCollection(collection);
        if (!written)
            return written.error();
    } else if (const core::CollectionFolder *target = open->findFolder(folder)) {
        core::CollectionFolder updated = *target;
        updated.order = order;
        auto written = CollectionStore::saveFolder(dir, updated);
        if (!written)
            return written.error();
    }
    auto reloaded = reload(dir);
    if (!reloaded)
        return reloaded.error();
    return newPath;
}

Result<QString> Workspace::newFolder(const QString &dir, const QString &parentPath,
                                     const QString &name)
{
    core::CollectionFolder folder;
    folder.name = name;
    folder.path = CollectionStore::joinPath(parentPath, CollectionStore::safeFileName(name));
    auto saved = CollectionStore::saveFolder(dir, folder);
    if (!saved)
        return saved.error();
    reloadAfterWrite(dir);
    return folder.path;
}

Result<void> Workspace::saveFolderSettings(const QString &dir, const QString &folderPath,
                                           const core::KeyValueList &headers,
                                           const core::Auth &auth)
{
    const core::Collection *open = m_collections->collection(dir);
    if (!open)
        return Error{u"not-open"_s, tr("The collection %1 is not open.").arg(dir)};
    core::Collection collection = *open;
    auto extracted = AuthSecrets::extractAuth(
            collection, auth, folderPath.isEmpty() ? u"collection"_s : folderPath, *m_secrets);
    if (!extracted)
        return extracted.error();
    if (folderPath.isEmpty()) {
        collection.root.headers = headers;
        collection.root.auth = extracted.value();
    } else {
        const core::CollectionFolder *folder = collection.findFolder(folderPath);
        if (!folder)
            return Error{u"no-folder"_s, tr("No folder %1.").arg(folderPath)};
        core::CollectionFolder updated = *folder;
        updated.headers = headers;
        updated.auth = extracted.value();
        auto written = CollectionStore::saveFolder(dir, updated);
        if (!written)
            return written;
    }
    if (folderPath.isEmpty() || collection.variables != open->variables) {
        auto written = CollectionStore::saveCollection(collection);
        if (!written)
            return written;
    }
    return reload(dir);
}

QStringList Workspace::environments(const QString &dir) const
{
    const core::Collection *collection = m_collections->collection(dir);
    return collection ? collection->environments : QStringList{};
}

Result<core::Environment> Workspace::environment(const QString &dir, const QString &name) const
{
    return EnvironmentStore::load(dir, name);
}

Result<void> Workspace::storeSecrets(const QString &collectionId,
                                     const QList<core::Variable> &secrets)
{
    for (const core::Variable &secret : secrets) {
        auto written = m_secrets->write(collectionId, secret.name, secret.value);
        if (!written)
            return written.error();
    }
    return {};
}

Result<void> Workspace::saveEnvironment(const QString &dir, const core::Environment &environment,
                                        const QList<core::Variable> &secretsToStore)
{
    const core::Collection *collection = m_collections->collection(dir);
    if (!collection)
        return Error{u"not-open"_s, tr("The collection %1 is not open.").arg(dir)};
    auto stored = storeSecrets(collection->id, secretsToStore);
    if (!stored)
        return stored; // the file keeps its previous state too
    auto saved = EnvironmentStore::save(dir, environment);
    if (!saved)
        return saved;
    return reload(dir);
}

Result<void> Workspace::saveCollectionVariables(const QString &dir,
                                                const QList<core::Variable> &variables,
                                                const QList<core::Variable> &secretsToStore)
{
    const core::Collection *open = m_collections->collection(dir);
    if (!open)
        return Error{u"not-open"_s, tr("The collection %1 is not open.").arg(dir)};
    auto stored = storeSecrets(open->id, secretsToStore);
    if (!stored)
        return stored;
    core::Collection collection = *open;
    collection.variables = variables;
    auto saved = CollectionStore::saveCollection(collection);
    if (!saved)
        return saved;
    return reload(dir);
}

} // namespace tether::store
