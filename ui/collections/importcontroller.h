// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QObject>
#include <QStringList>

namespace tether::formats {
struct ImportResult;
}
namespace tether::store {
class Workspace;
}

namespace tether::ui {

class Feedback;
class RequestController;

// Imports files and folders the user chose or dropped, one after the other: each is read on a
// worker (progress after half a second, cancellable) while the window stays responsive, the
// summary dialog asks where it goes, then workbench::ImportService writes it.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(store::Workspace *workspace, RequestController *requests, Feedback *feedback,
                     QObject *parent);

    void chooseFiles();
    void chooseBrunoFolder();
    // Queued behind an import that is still running.
    void importPaths(const QStringList &paths);
    // Writes an import into dir (a new folder or an open collection) and opens it; secrets
    // that did not reach the keychain are shown in a dialog.
    Result<QString> importInto(const formats::ImportResult &result, const QString &dir,
                               bool addToHistory);

Q_SIGNALS:
    void idle(); // every queued path is done

private:
    void startNext();
    void place(const QString &path, const formats::ImportResult &imported);

    store::Workspace *m_workspace;
    RequestController *m_requests;
    Feedback *m_feedback;
    QStringList m_queue;
    bool m_running = false;
};

} // namespace tether::ui
