// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QSet>
#include <QWidget>

class QLineEdit;
class QTreeView;

namespace tether::store {
class CollectionTreeModel;
}

namespace tether::ui {

// The Collections tree with its actions; forwards what the user picks.
class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsPanel(store::CollectionTreeModel *model, QWidget *parent = nullptr);
    QTreeView *tree() const { return m_tree; }
    // Shows only requests whose method, name or path contains every word of the text (and
    // the folders that hold them); empty shows everything.
    void setFilter(const QString &text);
    // The collection and folder path the selection points into ("" when nothing is selected).
    QString selectedCollection() const;
    QString selectedFolder() const;

Q_SIGNALS:
    void requestActivated(const QString &collectionDir, const QString &path);
    void newCollectionRequested();
    void openCollectionRequested();
    void newRequestRequested(const QString &collectionDir, const QString &folderPath);
    void newFolderRequested(const QString &collectionDir, const QString &folderPath);
    void renameRequested(const QString &collectionDir, const QString &path);
    void duplicateRequested(const QString &collectionDir, const QString &path);
    void deleteRequested(const QString &collectionDir, const QString &path);
    void closeCollectionRequested(const QString &collectionDir);
    void folderSettingsRequested(const QString &collectionDir, const QString &folderPath);
    void copyAsRequested(const QString &collectionDir, const QString &path, const QString &format);
    void exportRequested(const QString &collectionDir, const QString &folderPath);
    void importRequested();
    void runRequested(const QString &collectionDir, const QString &folderPath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMenu(const QPoint &position);
    // Opens the collection or folder and every folder below it, except those closed by hand.
    void expandBelow(const QModelIndex &index);
    static QString key(const QModelIndex &index); // collection folder + path
    // Hides what does not match the filter below index; true if anything below it matches.
    bool applyFilter(const QModelIndex &index);

    store::CollectionTreeModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QStringList m_filterWords;
    QSet<QString> m_collapsed; // closed by the user; kept across rebuilds of the tree
};

} // namespace tether::ui
