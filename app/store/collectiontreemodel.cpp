// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/collectiontreemodel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace tether::store {

CollectionTreeModel::CollectionTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

CollectionTreeModel::~CollectionTreeModel() = default;

void CollectionTreeModel::addFolder(Node *node, const core::CollectionFolder &folder)
{
    for (const core::CollectionFolder &child : folder.folders) {
        auto childNode = std::make_unique<Node>();
        childNode->kind = Kind::Folder;
        childNode->name = child.name;
        childNode->path = child.path;
        childNode->parent = node;
        addFolder(childNode.get(), child);
        node->children.push_back(std::move(childNode));
    }
    for (const core::SavedRequest &request : folder.requests) {
        auto requestNode = std::make_unique<Node>();
        requestNode->kind = Kind::Request;
        requestNode->name = request.name;
        requestNode->path = request.path;
        requestNode->method = request.request.method;
        requestNode->parent = node;
        node->children.push_back(std::move(requestNode));
    }
}

std::unique_ptr<CollectionTreeModel::Node>
CollectionTreeModel::buildCollectionNode(const core::Collection &collection) const
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Collection;
    node->name = collection.name;
    addFolder(node.get(), collection.root);
    return node;
}

void CollectionTreeModel::setCollection(const core::Collection &collection)
{
    for (int row = 0; row < m_collections.size(); ++row) {
        if (m_collections[row].dir != collection.dir)
            continue;
        // Replace the whole subtree: collections are small, and a file change can move anything.
        const QModelIndex parentIndex = index(row, 0);
        const int oldCount = int(m_roots[row]->children.size());
        if (oldCount > 0) {
            beginRemoveRows(parentIndex, 0, oldCount - 1);
            m_roots[row]->children.clear();
            endRemoveRows();
        }
        auto fresh = buildCollectionNode(collection);
        const int newCount = int(fresh->children.size());
        m_collections[row] = collection;
        if (newCount > 0) {
            beginInsertRows(parentIndex, 0, newCount - 1);
            m_roots[row]->children = std::move(fresh->children);
            for (auto &child : m_roots[row]->children)
                child->parent = m_roots[row].get();
            endInsertRows();
        }
        m_roots[row]->name = collection.name;
        Q_EMIT dataChanged(parentIndex, parentIndex);
        return;
    }
    const int row = int(m_collections.size());
    beginInsertRows({}, row, row);
    m_collections.append(collection);
    m_roots.push_back(buildCollectionNode(collection));
    endInsertRows();
}

void CollectionTreeModel::removeCollection(const QString &dir)
{
    for (int row = 0; row < m_collections.size(); ++row) {
        if (m_collections[row].dir != dir)
            continue;
        beginRemoveRows({}, row, row);
        m_collections.removeAt(row);
        m_roots.erase(m_roots.begin() + row);
        endRemoveRows();
        return;
    }
}

const core::Collection *CollectionTreeModel::collection(const QString &dir) const
{
    for (const core::Collection &collection : m_collections) {
        if (collection.dir == dir)
            return &collection;
    }
    return nullptr;
}

QStringList CollectionTreeModel::collectionDirs() const
{
    QStringList dirs;
    for (const core::Collection &collection : m_collections)
        dirs.append(collection.dir);
    return dirs;
}

CollectionTreeModel::Node *CollectionTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

int CollectionTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent ? node->parent->children : m_roots;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    const auto &children = parentNode ? parentNode->children : m_roots;
    return createIndex(row, column, children[size_t(row)].get());
}

QModelIndex CollectionTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent)
        return {};
    return createIndex(rowOf(node->parent), 0, node->parent);
}

int CollectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return int(node ? node->children.size() : m_roots.size());
}

int CollectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const Node *root = node;
    while (root->parent)
        root = root->parent;
    switch (role) {
    case Qt::DisplayRole:
        return node->kind == Kind::Request ? node->method.toUpper() + u"  "_s + node->name
                                           : node->name;
    case Qt::ToolTipRole:
        return node->path.isEmpty() ? m_collections.at(rowOf(root)).dir : node->path;
    case KindRole:
        return int(node->kind);
    case CollectionDirRole:
        return m_collections.at(rowOf(root)).dir;
    case PathRole:
        return node->path;
    case MethodRole:
        return node->method;
    }
    return {};
}

static const QString requestMime = u"application/x-tether-request"_s;

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return result;
    const Node *node = nodeFor(index);
    if (node->kind == Kind::Request)
        result |= Qt::ItemIsDragEnabled;
    else
        result |= Qt::ItemIsDropEnabled;
    return result;
}

QStringList CollectionTreeModel::mimeTypes() const
{
    return {requestMime};
}

QMimeData *CollectionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (Kind(index.data(KindRole).toInt()) != Kind::Request)
            continue;
        auto *data = new QMimeData;
        data->setData(
                requestMime,
                (index.data(CollectionDirRole).toString() + u'\n' + index.data(PathRole).toString())
                        .toUtf8());
        return data;
    }
    return nullptr;
}

bool CollectionTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                          const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(requestMime) || !parent.isValid())
        return false;
    const QString source = QString::fromUtf8(data->data(requestMime)).section(u'\n', 0, 0);
    return parent.data(CollectionDirRole).toString() == source; // within one collection
}

bool CollectionTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList parts = QString::fromUtf8(data->data(requestMime)).split(u'\n');
    const QString dir = parts.value(0);
    const QString path = parts.value(1);
    const Node *target = nodeFor(parent);
    if (target->kind == Kind::Request) // dropped onto a request: into its folder
        target = target->parent;
    const QString folder = target->path;
    const QString name = path.section(u'/', -1);
    QString movedName;
    QStringList order;
    for (const auto &child : target->children) {
        if (child->path == path) {
            movedName = child->name;
            continue;
        }
        order.append(child->name);
    }
    if (movedName.isEmpty()) { // coming from another folder: its display name
        const core::Collection *collection = this->collection(dir);
        const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
        movedName = saved ? saved->name : name;
    }
    order.insert(row < 0 ? order.size() : qMin<qsizetype>(row, order.size()), movedName);
    // Emitted after the view finished its drag, so the model may be rebuilt safely.
    QMetaObject::invokeMethod(
            this, [=, this] { Q_EMIT moveRequested(dir, path, folder, order); },
            Qt::QueuedConnection);
    return false; // nothing is removed by the view; the reload redraws the tree
}

QModelIndex CollectionTreeModel::indexFor(const QString &dir, const QString &path) const
{
    for (int row = 0; row < m_collections.size(); ++row) {
        if (m_collections[row].dir != dir)
            continue;
        QModelIndex current = index(row, 0);
        if (path.isEmpty())
            return current;
        bool descended = true;
        while (descended) {
            descended = false;
            for (int child = 0; child < rowCount(current); ++child) {
                const QModelIndex candidate = index(child, 0, current);
                const QString candidatePath = candidate.data(PathRole).toString();
                if (candidatePath == path)
                    return candidate;
                if (path.startsWith(candidatePath + u'/')) {
                    current = candidate;
                    descended = true;
                    break;
                }
            }
        }
    }
    return {};
}

} // namespace tether::store
