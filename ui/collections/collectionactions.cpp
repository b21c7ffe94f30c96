// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/collectionactions.h"
#include "collections/collectionspanel.h"
#include "collections/deleterequestcommand.h"
#include "collections/foldersettingsdialog.h"
#include "collections/newcollectiondialog.h"
#include "common/feedback.h"
#include "request/requestcontroller.h"

#include "formats/exporter.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"
#include "workbench/exportservice.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tether::ui {

CollectionActions::CollectionActions(store::Workspace *workspace, CollectionsPanel *panel,
                                     RequestController *requests, Feedback *feedback,
                                     QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_panel(panel),
      m_requests(requests),
      m_feedback(feedback),
      m_undo(new QUndoStack(this))
{
    connect(panel, &CollectionsPanel::requestActivated, requests, &RequestController::openRequest);
    connect(panel, &CollectionsPanel::newRequestRequested, requests,
            [requests](const QString &dir, const QString &folder) {
                requests->newRequestTab(dir, folder);
            });
    connect(panel, &CollectionsPanel::copyAsRequested, requests,
            [requests](const QString &dir, const QString &path, const QString &format) {
                requests->copyRequestAs(dir, path, format);
            });
    connect(panel, &CollectionsPanel::newCollectionRequested, this,
            &CollectionActions::chooseNewCollection);
    connect(panel, &CollectionsPanel::openCollectionRequested, this,
            &CollectionActions::chooseOpenCollection);
    connect(panel, &CollectionsPanel::newFolderRequested, this, &CollectionActions::newFolder);
    connect(panel, &CollectionsPanel::renameRequested, this, &CollectionActions::rename);
    connect(panel, &CollectionsPanel::duplicateRequested, this,
            [this](const QString &dir, const QString &path) {
                auto copy = m_workspace->duplicateRequest(dir, path);
                if (!copy)
                    m_feedback->warn(tr("Not duplicated"), copy.error().message);
            });
    connect(panel, &CollectionsPanel::deleteRequested, this, &CollectionActions::deleteWithUndo);
    connect(m_workspace->collections(), &store::CollectionTreeModel::moveRequested, this,
            &CollectionActions::move);
    connect(panel, &CollectionsPanel::folderSettingsRequested, this,
            [this](const QString &dir, const QString &folder) {
                FolderSettingsDialog dialog(m_workspace, dir, folder, m_feedback->window());
                dialog.exec();
            });
    connect(panel, &CollectionsPanel::closeCollectionRequested, m_workspace,
            &store::Workspace::closeCollection);
    connect(panel, &CollectionsPanel::exportRequested, this, &CollectionActions::chooseExport);
}

bool CollectionActions::openCollection(const QString &dir)
{
    auto opened = m_workspace->openCollection(dir);
    if (!opened) {
        m_feedback->warn(tr("Collection not opened"), opened.error().message);
        return false;
    }
    m_requests->adoptCollection(opened.value()); // a blank tab now sends and saves in it
    m_feedback->status(tr("Opened %1").arg(QDir::toNativeSeparators(opened.value())), 4000);
    return true;
}

bool CollectionActions::newCollection(const QString &dir, const QString &name)
{
    auto created = m_workspace->newCollection(dir, name);
    if (!created) {
        m_feedback->warn(tr("Collection not created"), created.error().message);
        return false;
    }
    m_requests->adoptCollection(created.value());
    return true;
}

void CollectionActions::chooseNewCollection()
{
    QSettings settings;
    auto *dialog = new NewCollectionDialog(
            settings.value(u"collections/lastLocation"_s, QDir::homePath()).toString(),
            m_feedback->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings().setValue(u"collections/lastLocation"_s, dialog->location());
        newCollection(dialog->directory(), dialog->name());
    });
    dialog->open();
}

void CollectionActions::chooseOpenCollection()
{
    const QString dir = QFileDialog::getExistingDirectory(m_feedback->window(),
                                                          tr("Open a collection folder"));
    if (!dir.isEmpty())
        openCollection(dir);
}

void CollectionActions::newFolder(const QString &dir, const QString &parentPath)
{
    const QString name
            = QInputDialog::getText(m_feedback->window(), tr("New folder"), tr("Folder name"));
    if (name.trimmed().isEmpty())
        return;
    auto created = m_workspace->newFolder(dir, parentPath, name.trimmed());
    if (!created)
        m_feedback->warn(tr("Folder not created"), created.error().message);
}

void CollectionActions::rename(const QString &dir, const QString &path)
{
    bool ok = false;
    const QString name
            = QInputDialog::getText(m_feedback->window(), tr("Rename request"), tr("New name"),
                                    QLineEdit::Normal, path.section(u'/', -1), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto renamed = m_workspace->renameRequest(dir, path, name.trimmed());
    if (!renamed)
        return m_feedback->warn(tr("Not renamed"), renamed.error().message);
    m_requests->requestRenamed(dir, path, renamed.value(), name.trimmed());
}

void CollectionActions::move(const QString &dir, const QString &path, const QString &folder,
                             const QStringList &order)
{
    auto moved = m_workspace->moveRequest(dir, path, folder, order);
    if (!moved)
        return m_feedback->warn(tr("Not moved"), moved.error().message);
    m_requests->requestMoved(dir, path, moved.value(), folder);
}

void CollectionActions::deleteWithUndo(const QString &dir, const QString &path)
{
    auto bytes = m_workspace->deleteRequest(dir, path);
    if (!bytes) {
        m_feedback->warn(tr("Not deleted"), bytes.error().message);
        return;
    }
    m_undo->push(new DeleteRequestCommand(m_workspace, dir, path, bytes.value(),
                                          [feedback = m_feedback](const Error &error) {
                                              feedback->warn(tr("Undo"), error.message);
                                          }));
    m_requests->requestDeleted(dir, path);
    m_feedback->status(tr("Deleted %1 — Ctrl+Z brings it back").arg(path), 6000);
}

void CollectionActions::chooseExport(const QString &collectionDir, const QString &folder)
{
    const QString dir = collectionDir.isEmpty() ? m_requests->activeCollection() : collectionDir;
    if (dir.isEmpty()) {
        m_feedback->status(tr("Open a collection to export it."), 6000);
        return;
    }
    const QStringList labels{tr("Postman collection v2.1"), tr(".http file"),
                             tr("curl commands"),           tr("HAR (this collection's history)"),
                             tr("k6 load-test script"),     tr("Python (requests)"),
                             tr("JavaScript (fetch)"),      tr("C++ (Qt)")};
    bool ok = false;
    const QString label = QInputDialog::getItem(m_feedback->window(), tr("Export"), tr("Format"),
                                                labels, 0, false, &ok);
    if (!ok)
        return;
    const QString format = formats::Exporter::formats().at(labels.indexOf(label));
    const QString name = folder.isEmpty() ? QDir(dir).dirName() : folder.section(u'/', -1);
    const QString file = QFileDialog::getSaveFileName(
            m_feedback->window(), tr("Export to"),
            QDir::home().filePath(name + u'.' + formats::Exporter::fileSuffix(format)));
    if (file.isEmpty())
        return;
    auto exported = exportCollection(dir, folder, format, file);
    if (!exported)
        m_feedback->warn(tr("Export"), exported.error().message);
    else
        m_feedback->status(exported.value(), 8000);
}

Result<QString> CollectionActions::exportCollection(const QString &dir, const QString &folder,
                                                    const QString &format, const QString &file)
{
    const core::Collection *collection = m_workspace->collections()->collection(dir);
    if (!collection)
        return Error{u"not-open"_s, tr("The collection %1 is not open.").arg(dir)};
    formats::ExportOptions options;
    options.folder = folder;
    std::optional<core::Environment> env;
    if (!m_requests->environment().isEmpty()) {
        auto loaded = m_workspace->environment(dir, m_requests->environment());
        if (loaded)
            env = loaded.value();
    }
    options.environment = env ? &*env : nullptr;
    return workbench::ExportService::writeCollection(*collection, format, options, file,
                                                     *m_workspace->history());
}

} // namespace tether::ui
