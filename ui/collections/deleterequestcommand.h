// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QUndoCommand>

#include <functional>

namespace tether::store {
class Workspace;
}

namespace tether::ui {

// Undo of a request deleted from a collection: undo writes the old bytes back, redo deletes
// again. A step that fails is reported and makes the command obsolete, so the undo stack
// never claims a state the files do not have.
class DeleteRequestCommand : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const Error &)>;

    // The file is already deleted; bytes are what it held.
    DeleteRequestCommand(store::Workspace *workspace, QString dir, QString path, QByteArray bytes,
                         FailureHandler onFailure);

    void undo() override;
    void redo() override;

private:
    store::Workspace *m_workspace;
    QString m_dir;
    QString m_path;
    QByteArray m_bytes;
    FailureHandler m_onFailure;
    bool m_done = true;
};

} // namespace tether::ui
