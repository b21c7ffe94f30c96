// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace tether::store {
class CollectionTreeModel;
}

namespace tether::ui {

// Ctrl+P: type parts of a request's name or path (any order), Enter opens it.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString collectionDir;
        QString path;
        QString label; // "Collection › folder/name"
    };
    QuickOpenDialog(QList<Item> items, QWidget *parent = nullptr);

    // Every request of the open collections.
    static QList<Item> itemsOf(const store::CollectionTreeModel &collections);

    void setFilter(const QString &text);
    int visibleCount() const;
    // The chosen item (the selected one, else the first shown); empty if none.
    Item chosen() const;

private:
    QList<Item> m_items;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace tether::ui
