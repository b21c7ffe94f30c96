// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/environment.h"
#include "core/request.h"
#include "core/result.h"
#include "core/variableset.h"

#include <QObject>
#include <QStringList>

namespace tether::secrets {
class SecretStore;
}

namespace tether::store {

class CollectionTreeModel;
class HistoryModel;
class HistoryStore;

// What the window works on besides the session: the open collections, their environments,
// secrets, history and the recent-collections list. Kept out of the widgets so that it is
// tested without them.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    CollectionTreeModel *collections() const { return m_collections; }
    HistoryStore *history() const { return m_history; }
    HistoryModel *historyModel() const { return m_historyModel; }
    secrets::SecretStore *secretStore() const { return m_secrets; }
    QString historyNotice() const { return m_historyNotice; }

    Result<QString> openCollection(const QString &dir);
    Result<QString> newCollection(const QString &dir, const QString &name);
    void closeCollection(const QString &dir);
    Result<void> reload(const QString &dir);
    QStringList recentCollections() const;

    // Saves (auth secrets to the keychain first); returns the file written.
    Result<QString> saveRequest(const QString &dir, const QString &path, const QString &name,
                                const core::Request &request, bool keepSecretsForSession = false);
    Result<QByteArray> deleteRequest(const QString &dir,
                                     const QString &path); // old bytes, for undo
    Result<void> restoreRequest(const QString &dir, const QString &path, const QByteArray &bytes);
    Result<QString> renameRequest(const QString &dir, const QString &path, const QString &newName);
    Result<QString> duplicateRequest(const QString &dir, const QString &path);
    // Moves a request into another folder of its collection (same file name) and stores the
    // folder's display order; returns the new path.
    Result<QString> moveRequest(const QString &dir, const QString &path, const QString &folder,
                                const QStringList &order);
    Result<QString> newFolder(const QString &dir, const QString &parentPath, const QString &name);

    // Headers and auth of a folder ("" = the collection itself); typed secrets to the keychain.
    Result<void> saveFolderSettings(const QString &dir, const QString &folderPath,
                                    const core::KeyValueList &headers, const core::Auth &auth);

    QStringList environments(const QString &dir) const;
    Result<core::Environment> environment(const QString &dir, const QString &name) const;
    Result<void> saveEnvironment(const QString &dir, const core::Environment &environment,
                                 const QList<core::Variable> &secretsToStore);
    Result<void> saveCollectionVariables(const QString &dir, const QList<core::Variable> &variables,
                                         const QList<core::Variable> &secretsToStore);

Q_SIGNALS:
    void collectionsChanged();
    // A write succeeded but reading the collection back did not: the tree shows it as it was.
    void reloadFailed(const QString &dir, const QString &message);

private:
    void remember(const QString &dir);
    void reloadAfterWrite(const QString &dir);
    Result<void> storeSecrets(const QString &collectionId, const QList<core::Variable> &secrets);

    CollectionTreeModel *m_collections;
    HistoryStore *m_history;
    HistoryModel *m_historyModel;
    secrets::SecretStore *m_secrets;
    QString m_historyNotice;
};

} // namespace tether::store
