// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/importcontroller.h"
#include "collections/importdialog.h"
#include "common/feedback.h"
#include "request/requestcontroller.h"

#include "formats/importer.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"
#include "workbench/importservice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tether::ui {

ImportController::ImportController(store::Workspace *workspace, RequestController *requests,
                                   Feedback *feedback, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_requests(requests), m_feedback(feedback)
{ }

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
            m_feedback->window(), tr("Import requests"), {},
            tr("Postman, Insomnia, Bruno, HAR, .http, curl (*.json *.har *.http *.rest *.bru "
               "*.yaml *.yml *.sh *.txt *.curl);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ImportController::chooseBrunoFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_feedback->window(),
                                                          tr("Bruno collection folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void ImportController::importPaths(const QStringList &paths)
{
    m_queue += paths;
    if (!m_running)
        startNext();
}

void ImportController::startNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT idle();
        return;
    }
    m_running = true;
    const QString path = m_queue.takeFirst();
    using Outcome = Result<formats::ImportResult>;
    // Parsing a large export takes time: off the GUI thread. Cancel stops waiting for it; the
    // worker's result is then dropped.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    QPointer<QProgressDialog> progress
            = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"),
                                  0, 0, m_feedback->window());
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->disconnect(this);
        connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        m_feedback->status(tr("Import of %1 cancelled").arg(path), 6000);
        startNext();
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        if (progress) {
            progress->disconnect(this);
            // reset() also stops the timer that would show it after minimumDuration, which
            // otherwise fires inside the summary dialog's loop and puts "Reading…" over it.
            progress->reset();
            progress->hide();
            progress->deleteLater();
        }
        const Outcome imported = watcher->result();
        if (!imported)
            m_feedback->warn(tr("Import"), imported.error().message);
        else
            place(path, imported.value());
        startNext();
    });
    watcher->setFuture(QtConcurrent::run([path] { return formats::Importer::importPath(path); }));
}

void ImportController::place(const QString &path, const formats::ImportResult &imported)
{
    QString dir;
    bool history = false;
    if (!m_feedback->interactive()) {
        dir = ImportDialog::defaultTarget(imported, m_workspace->collections()->collectionDirs(),
                                          m_requests->currentCollection());
    } else {
        ImportDialog dialog(imported, path, m_workspace->collections()->collectionDirs(),
                            m_requests->currentCollection(), m_feedback->window());
        if (dialog.exec() != QDialog::Accepted)
            return;
        dir = dialog.targetDir();
        history = dialog.addToHistory();
    }
    auto written = importInto(imported, dir, history);
    if (!written)
        m_feedback->warn(tr("Import"), written.error().message);
    else
        m_feedback->status(written.value(), 12000);
}

Result<QString> ImportController::importInto(const formats::ImportResult &result,
                                             const QString &dir, bool addToHistory)
{
    auto outcome = workbench::ImportService(m_workspace).write(result, dir, addToHistory);
    if (!outcome)
        return outcome.error();
    // Secrets that did not reach the keychain need the user now, not in a status line.
    if (!outcome.value().keychainWarnings.isEmpty())
        m_feedback->showWarning(tr("Import"), outcome.value().keychainWarnings.join(u"\n\n"_s));
    return outcome.value().summary;
}

} // namespace tether::ui
