// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDialog>

class QLabel;

namespace tether::core {
class KeyValueModel;
}
namespace tether::store {
class Workspace;
}

namespace tether::ui {

class AuthEditor;

// Headers and auth that a collection or folder passes down to its requests.
class FolderSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    FolderSettingsDialog(store::Workspace *workspace, const QString &collectionDir,
                         const QString &folderPath, QWidget *parent = nullptr);
    core::KeyValueModel *headers() const { return m_headers; }
    AuthEditor *authEditor() const { return m_auth; }
    bool save();

private:
    store::Workspace *m_workspace;
    QString m_dir;
    QString m_folder;
    core::KeyValueModel *m_headers;
    AuthEditor *m_auth;
    QLabel *m_message;
};

} // namespace tether::ui
