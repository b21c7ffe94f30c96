// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace tether::store {
class Workspace;
}

namespace tether::ui {

// Where a request is saved, in one dialog: the open collections and their folders as a tree
// (a collection or folder can be made on the spot), and the request's name. Says which file
// it writes and whether that replaces another request.
class SaveRequestDialog : public QDialog
{
    Q_OBJECT
public:
    SaveRequestDialog(store::Workspace *workspace, const QString &name, QWidget *parent = nullptr);

    // The request's current place (empty when never saved): saving there again replaces
    // nothing else.
    void setOwnPlace(const QString &collectionDir, const QString &path);
    // Selects a collection ("" folder) or one of its folders; false if it is not there.
    bool select(const QString &collectionDir, const QString &folder);

    QString collectionDir() const;
    QString folder() const;
    QString name() const;
    // folder/name as a path inside the collection, the name made safe as a file name; empty
    // until a collection is chosen and a name typed.
    QString path() const;

    // What the buttons do once the user has answered (kept apart so tests can call them).
    Result<void> createCollection(const QString &dir, const QString &name);
    Result<void> createFolder(const QString &name);

private:
    void chooseNewCollection();
    void chooseOpenCollection();
    void chooseNewFolder();
    void update();

    store::Workspace *m_workspace;
    QSortFilterProxyModel *m_folders;
    QTreeView *m_tree;
    QLineEdit *m_name;
    QLabel *m_target;
    QPushButton *m_newFolder;
    QDialogButtonBox *m_buttons;
    QString m_ownDir;
    QString m_ownPath;
};

} // namespace tether::ui
