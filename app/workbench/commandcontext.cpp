// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/commandcontext.h"

#include "net/session.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace tether::workbench {

CommandContext::CommandContext(QObject *parent) : QObject(parent) { }

CommandContext::~CommandContext() = default;

net::Session *CommandContext::session()
{
    if (!m_session)
        m_session = new net::Session(this);
    return m_session;
}

secrets::SecretStore *CommandContext::secretStore()
{
    if (!m_secrets)
        m_secrets = new secrets::SecretStore(this);
    return m_secrets;
}

Result<store::HistoryStore *> CommandContext::history(store::HistoryStore::Access access)
{
    if (m_historyError && m_historyAccess == access)
        return *m_historyError;
    if (m_history) {
        if (access == store::HistoryStore::Access::ReadWrite
            && m_historyAccess == store::HistoryStore::Access::ReadOnly)
            return Error{u"history-read-only"_s, tr("History was opened read-only.")};
        return m_history;
    }
    auto store = new store::HistoryStore(this);
    m_historyAccess = access;
    if (auto opened = store->open(store::HistoryStore::defaultPath(), access); !opened) {
        delete store;
        m_historyError = opened.error();
        return opened.error();
    }
    m_historyError.reset();
    m_history = store;
    return m_history;
}

} // namespace tether::workbench
