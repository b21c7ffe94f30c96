// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QObject>

class QUndoStack;

namespace tether::store {
class Workspace;
}

namespace tether::ui {

class CollectionsPanel;
class Feedback;
class RequestController;

// What the user does to collections: create and open them, add folders, rename, duplicate,
// move and delete requests (delete can be undone), folder settings, export. Every failure is
// said; open tabs follow the files.
class CollectionActions : public QObject
{
    Q_OBJECT
public:
    CollectionActions(store::Workspace *workspace, CollectionsPanel *panel,
                      RequestController *requests, Feedback *feedback, QObject *parent);

    QUndoStack *undoStack() const { return m_undo; }

    bool openCollection(const QString &dir);
    bool newCollection(const QString &dir, const QString &name);
    void chooseNewCollection();
    void chooseOpenCollection();
    void deleteWithUndo(const QString &dir, const QString &path);
    // Asks for a format and a file; empty dir: the collection the user is in.
    void chooseExport(const QString &dir, const QString &folder);
    Result<QString> exportCollection(const QString &dir, const QString &folder,
                                     const QString &format, const QString &file);

private:
    void newFolder(const QString &dir, const QString &parentPath);
    void rename(const QString &dir, const QString &path);
    void move(const QString &dir, const QString &path, const QString &folder,
              const QStringList &order);

    store::Workspace *m_workspace;
    CollectionsPanel *m_panel;
    RequestController *m_requests;
    Feedback *m_feedback;
    QUndoStack *m_undo;
};

} // namespace tether::ui
