// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/foldersettingsdialog.h"
#include "common/keyvaluetableeditor.h"
#include "common/theme.h"
#include "request/autheditor.h"

#include "core/keyvaluemodel.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

FolderSettingsDialog::FolderSettingsDialog(store::Workspace *workspace,
                                           const QString &collectionDir, const QString &folderPath,
                                           QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_dir(collectionDir),
      m_folder(folderPath),
      m_headers(new core::KeyValueModel(true, this)),
      m_auth(new AuthEditor(this)),
      m_message(new QLabel(this))
{
    setObjectName(u"folderSettings"_s);
    const core::Collection *collection = workspace->collections()->collection(collectionDir);
    const core::CollectionFolder *folder
            = collection ? collection->findFolder(folderPath) : nullptr;
    setWindowTitle(
            folderPath.isEmpty()
                    ? tr("Headers and auth of %1").arg(collection ? collection->name : QString())
                    : tr("Headers and auth of %1").arg(folderPath));
    resize(620, 420);
    if (folder) {
        m_headers->setEntries(folder->headers);
        m_auth->setAuth(folder->auth);
    }
    m_headers->setNameHeader(tr("Header"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(new KeyValueTableEditor(m_headers,
                                         tr("Sent with every request below, unless a request "
                                            "or a deeper folder sets the same header."),
                                         this),
                 tr("Headers"));
    tabs->addTab(m_auth, tr("Auth"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(new QLabel(tr("Requests whose auth is \"Inherit from folder\" use the "
                                    "nearest folder's auth. Typed secrets go to the keychain."),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool FolderSettingsDialog::save()
{
    auto saved = m_workspace->saveFolderSettings(m_dir, m_folder, m_headers->entries(),
                                                 m_auth->auth());
    if (!saved) {
        m_message->setText(saved.error().message);
        m_message->setStyleSheet(Theme::textStyle(Theme::error()));
    }
    return bool(saved);
}

} // namespace tether::ui
