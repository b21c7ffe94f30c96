// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QObject>

namespace tether::store {
class Workspace;
}

namespace tether::ui {

class Feedback;
class HistoryPanel;
class RequestController;

// What the History tab's entries lead to: open one read-only (request and response together),
// replay it (its collection and environment again), save it as a request, export what the
// filter shows as HAR.
class HistoryActions : public QObject
{
    Q_OBJECT
public:
    HistoryActions(store::Workspace *workspace, HistoryPanel *panel, RequestController *requests,
                   Feedback *feedback, QObject *parent);

    // The entries the History tab shows, oldest first, as HAR.
    Result<QString> exportHar(const QString &file);

private:
    void replay(int row);
    void chooseHarFile();

    store::Workspace *m_workspace;
    RequestController *m_requests;
    Feedback *m_feedback;
};

} // namespace tether::ui
