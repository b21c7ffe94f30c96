// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/context.h"
#include "store/historystore.h"
#include "workbench/dispatcher.h"
#include "workbench/historyrecorder.h"

#include "net/connectionledger.h"
#include "net/session.h"
#include "store/workspace.h"

namespace tether::workbench {

Context::Context(QObject *parent)
    : QObject(parent),
      m_session(new net::Session(this)),
      m_workspace(new store::Workspace(this)),
      m_dispatcher(new Dispatcher(m_session, m_workspace->secretStore(),
                                  Dispatcher::VariableReads::EachSend, this)),
      m_historyRecorder(new HistoryRecorder(m_workspace->history(), this))
{
    m_session->ledger()->setKeepRides(true); // the swimlanes draw every exchange
    // First: an exchange is in history before any view shows it.
    m_historyRecorder->watch(m_session, store::HistoryStore::editorSource);
}

Context::~Context() = default;

} // namespace tether::workbench
