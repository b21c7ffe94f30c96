// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "history/historyactions.h"
#include "common/feedback.h"
#include "history/historypanel.h"
#include "request/requestcontroller.h"

#include "store/collectiontreemodel.h"
#include "store/historymodel.h"
#include "store/historystore.h"
#include "store/workspace.h"
#include "workbench/exportservice.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace tether::ui {

HistoryActions::HistoryActions(store::Workspace *workspace, HistoryPanel *panel,
                               RequestController *requests, Feedback *feedback, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_requests(requests), m_feedback(feedback)
{
    connect(panel, &HistoryPanel::entrySelected, this, [this](int row) {
        m_requests->openHistoryEntry(m_workspace->historyModel()->entry(row));
    });
    connect(panel, &HistoryPanel::replayRequested, this, &HistoryActions::replay);
    connect(panel, &HistoryPanel::saveRequested, this, [this](int row) {
        const store::HistoryEntry entry = m_workspace->historyModel()->entry(row);
        m_requests->loadIntoNewTab(entry.request, entry.collectionDir, true);
        m_requests->chooseSaveAs();
    });
    connect(panel, &HistoryPanel::exportHarRequested, this, &HistoryActions::chooseHarFile);
}

void HistoryActions::replay(int row)
{
    const store::HistoryEntry entry = m_workspace->historyModel()->entry(row);
    QString dir = entry.collectionDir;
    if (!dir.isEmpty() && !m_workspace->collections()->collection(dir)) {
        auto opened = m_workspace->openCollection(dir);
        if (!opened) { // replayed without its collection's variables, and said so
            m_feedback->status(
                    tr("Replayed without its collection: %1").arg(opened.error().message), 10000);
            dir.clear();
        }
    }
    m_requests->loadIntoNewTab(entry.request, dir, false);
    m_requests->setEnvironment(entry.environment);
    m_requests->send();
}

void HistoryActions::chooseHarFile()
{
    const QString file = QFileDialog::getSaveFileName(
            m_feedback->window(), tr("Export history as HAR"),
            QDir::home().filePath(u"tether.har"_s), tr("HAR (*.har)"));
    if (file.isEmpty())
        return;
    auto written = exportHar(file);
    if (!written)
        m_feedback->warn(tr("Export"), written.error().message);
    else
        m_feedback->status(written.value(), 8000);
}

Result<QString> HistoryActions::exportHar(const QString &file)
{
    store::HistoryModel *model = m_workspace->historyModel();
    QList<net::Exchange> exchanges;
    for (int row = model->rowCount() - 1; row >= 0; --row) // oldest first
        exchanges.append(store::HistoryStore::toExchange(model->entry(row)));
    return workbench::ExportService::writeHar(exchanges, file);
}

} // namespace tether::ui
