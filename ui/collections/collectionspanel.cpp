// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/collectionspanel.h"

#include "collections/methoditemdelegate.h"
#include "store/collectiontreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

using store::CollectionTreeModel;

CollectionsPanel::CollectionsPanel(CollectionTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_tree(new QTreeView(this)), m_search(new QLineEdit(this))
{
    m_search->setObjectName(u"collectionSearch"_s);
    m_search->setPlaceholderText(tr("Filter requests (method, name, folder)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CollectionsPanel::setFilter);
    m_tree->setItemDelegate(new MethodItemDelegate(m_tree));
    setObjectName(u"collectionsPanel"_s);
    m_tree->setObjectName(u"collectionTree"_s);
    m_tree->setModel(model);
    m_tree->header()->hide();
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    // A collection written to disk is rebuilt under its node: its folders come back open, as
    // new ones are, except those the user closed.
    connect(model, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid() && !m_collapsed.contains(key(parent)))
                    m_tree->expand(parent);
                for (int row = first; row <= last; ++row)
                    expandBelow(m_model->index(row, 0, parent));
                if (!m_filterWords.isEmpty())
                    setFilter(m_search->text()); // rebuilt rows are filtered too
            });
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsed.insert(key(index)); });
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(key(index)); });

    auto *newButton = new QPushButton(tr("New…"), this);
    newButton->setObjectName(u"newCollection"_s);
    newButton->setToolTip(tr("Create a collection in a folder"));
    auto *openButton = new QPushButton(tr("Open…"), this);
    openButton->setObjectName(u"openCollection"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    connect(newButton, &QPushButton::clicked, this, &CollectionsPanel::newCollectionRequested);
    connect(openButton, &QPushButton::clicked, this, &CollectionsPanel::openCollectionRequested);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (CollectionTreeModel::Kind(index.data(CollectionTreeModel::KindRole).toInt())
            == CollectionTreeModel::Kind::Request)
            Q_EMIT requestActivated(index.data(CollectionTreeModel::CollectionDirRole).toString(),
                                    index.data(CollectionTreeModel::PathRole).toString());
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CollectionsPanel::showMenu);
}

void CollectionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Collections opened before the window showed.
    for (int row = 0; row < m_model->rowCount(); ++row)
        expandBelow(m_model->index(row, 0));
}

void CollectionsPanel::setFilter(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_filterWords = text.split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex collection = m_model->index(row, 0);
        applyFilter(collection);
        m_tree->setRowHidden(row, {}, false); // a collection always shows, even with no match
    }
}

bool CollectionsPanel::applyFilter(const QModelIndex &index)
{
    const auto kind = CollectionTreeModel::Kind(index.data(CollectionTreeModel::KindRole).toInt());
    if (kind == CollectionTreeModel::Kind::Request) {
        const QString haystack = index.data().toString() + u' '
                + index.data(CollectionTreeModel::PathRole).toString();
        return std::all_of(m_filterWords.cbegin(), m_filterWords.cend(), [&](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
    }
    // A folder shows when something below it matches; a word naming the folder matches all
    // of its requests through their paths.
    bool any = false;
    for (int row = 0; row < m_model->rowCount(index); ++row) {
        const bool shown = applyFilter(m_model->index(row, 0, index));
        m_tree->setRowHidden(row, index, !shown);
        any = any || shown;
    }
    if (any && !m_filterWords.isEmpty())
        m_tree->expand(index); // matches are seen without opening folders by hand
    return any || (kind == CollectionTreeModel::Kind::Folder && m_filterWords.isEmpty());
}

QString CollectionsPanel::key(const QModelIndex &index)
{
    return index.data(CollectionTreeModel::CollectionDirRole).toString() + u'\n'
            + index.data(CollectionTreeModel::PathRole).toString();
}

void CollectionsPanel::expandBelow(const QModelIndex &index)
{
    if (CollectionTreeModel::Kind(index.data(CollectionTreeModel::KindRole).toInt())
        == CollectionTreeModel::Kind::Request)
        return;
    if (!m_collapsed.contains(key(index)))
        m_tree->expand(index);
    for (int row = 0; row < m_model->rowCount(index); ++row)
        expandBelow(m_model->index(row, 0, index));
}

QString CollectionsPanel::selectedCollection() const
{
    return m_tree->currentIndex().data(CollectionTreeModel::CollectionDirRole).toString();
}

QString CollectionsPanel::selectedFolder() const
{
    const QModelIndex index = m_tree->currentIndex();
    const auto kind = CollectionTreeModel::Kind(index.data(CollectionTreeModel::KindRole).toInt());
    const QString path = index.data(CollectionTreeModel::PathRole).toString();
    return kind == CollectionTreeModel::Kind::Request ? path.section(u'/', 0, -2) : path;
}

void CollectionsPanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    QMenu menu(this);
    if (!index.isValid()) {
        menu.addAction(tr("New collection…"), this, &CollectionsPanel::newCollectionRequested);
        menu.addAction(tr("Open collection…"), this, &CollectionsPanel::openCollectionRequested);
        menu.addAction(tr("Import…"), this, &CollectionsPanel::importRequested);
        menu.exec(m_tree->viewport()->mapToGlobal(position));
        return;
    }
    m_tree->setCurrentIndex(index);
    const QString dir = index.data(CollectionTreeModel::CollectionDirRole).toString();
    const QString path = index.data(CollectionTreeModel::PathRole).toString();
    const auto kind = CollectionTreeModel::Kind(index.data(CollectionTreeModel::KindRole).toInt());
    const QString folder
            = kind == CollectionTreeModel::Kind::Request ? path.section(u'/', 0, -2) : path;
    menu.addAction(tr("New request"), this, [=, this] { Q_EMIT newRequestRequested(dir, folder); });
    menu.addAction(tr("New folder…"), this, [=, this] { Q_EMIT newFolderRequested(dir, folder); });
    if (kind != CollectionTreeModel::Kind::Request)
        menu.addAction(tr("Headers and auth…"), this,
                       [=, this] { Q_EMIT folderSettingsRequested(dir, path); });
    if (kind == CollectionTreeModel::Kind::Request) {
        menu.addSeparator();
        menu.addAction(tr("Rename…"), this, [=, this] { Q_EMIT renameRequested(dir, path); });
        menu.addAction(tr("Duplicate"), this, [=, this] { Q_EMIT duplicateRequested(dir, path); });
        menu.addAction(tr("Delete"), this, [=, this] { Q_EMIT deleteRequested(dir, path); });
        menu.addSeparator();
        menu.addAction(tr("Copy as curl"), this,
                       [=, this] { Q_EMIT copyAsRequested(dir, path, u"curl"_s); });
        QMenu *code = menu.addMenu(tr("Copy as code"));
        code->addAction(tr("Python (requests)"), this,
                        [=, this] { Q_EMIT copyAsRequested(dir, path, u"python"_s); });
        code->addAction(tr("JavaScript (fetch)"), this,
                        [=, this] { Q_EMIT copyAsRequested(dir, path, u"javascript"_s); });
        code->addAction(tr("C++ (Qt)"), this,
                        [=, this] { Q_EMIT copyAsRequested(dir, path, u"qt"_s); });
    } else {
        menu.addSeparator();
        menu.addAction(kind == CollectionTreeModel::Kind::Collection ? tr("Run collection…")
                                                                     : tr("Run folder…"),
                       this, [=, this] { Q_EMIT runRequested(dir, path); });
        menu.addAction(kind == CollectionTreeModel::Kind::Collection ? tr("Export collection…")
                                                                     : tr("Export folder…"),
                       this, [=, this] { Q_EMIT exportRequested(dir, path); });
    }
    if (kind == CollectionTreeModel::Kind::Collection) {
        menu.addSeparator();
        menu.addAction(tr("Close collection"), this,
                       [=, this] { Q_EMIT closeCollectionRequested(dir); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace tether::ui
