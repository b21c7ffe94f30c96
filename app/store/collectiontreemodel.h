// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace tether::store {

// The open collections as a tree: collection → folders → requests, in the collection's order.
class CollectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Collection, Folder, Request };
    enum Role {
        KindRole = Qt::UserRole + 1,
        CollectionDirRole, // absolute folder of the collection the item belongs to
        PathRole, // folder or request path inside the collection ("" for the collection)
        MethodRole,
    };

    explicit CollectionTreeModel(QObject *parent = nullptr);
    ~CollectionTreeModel() override;

    // Adds the collection, or replaces it if one with the same folder is open.
    void setCollection(const core::Collection &collection);
    void removeCollection(const QString &dir);
    const core::Collection *collection(const QString &dir) const;
    QStringList collectionDirs() const;
    QModelIndex indexFor(const QString &dir, const QString &path) const;

    // Drag and drop: a request moves to another folder of its collection, or to another place
    // in its folder's order. The model only reports the wish; the workspace moves the files.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Move `path` into `folder` of the same collection; `order` is the folder's new order.
    void moveRequested(const QString &collectionDir, const QString &path, const QString &folder,
                       const QStringList &order);

private:
    struct Node
    {
        Kind kind = Kind::Request;
        QString name;
        QString path;
        QString method;
        Node *parent = nullptr;
        int collectionRow = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    std::unique_ptr<Node> buildCollectionNode(const core::Collection &collection) const;
    static void addFolder(Node *node, const core::CollectionFolder &folder);
    Node *nodeFor(const QModelIndex &index) const;
    int rowOf(const Node *node) const;

    QList<core::Collection> m_collections;
    std::vector<std::unique_ptr<Node>> m_roots;
};

} // namespace tether::store
