// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/deleterequestcommand.h"

#include "store/workspace.h"

#include <QObject>

namespace tether::ui {

DeleteRequestCommand::DeleteRequestCommand(store::Workspace *workspace, QString dir, QString path,
                                           QByteArray bytes, FailureHandler onFailure)
    : QUndoCommand(QObject::tr("Delete %1").arg(path.section(u'/', -1))),
      m_workspace(workspace),
      m_dir(std::move(dir)),
      m_path(std::move(path)),
      m_bytes(std::move(bytes)),
      m_onFailure(std::move(onFailure))
{ }

void DeleteRequestCommand::undo()
{
    auto restored = m_workspace->restoreRequest(m_dir, m_path, m_bytes);
    if (!restored) {
        setObsolete(true);
        m_onFailure(restored.error());
    }
}

void DeleteRequestCommand::redo()
{
    if (m_done) { // pushed after the delete itself
        m_done = false;
        return;
    }
    auto deleted = m_workspace->deleteRequest(m_dir, m_path);
    if (!deleted) {
        setObsolete(true);
        m_onFailure(deleted.error());
    }
}

} // namespace tether::ui
