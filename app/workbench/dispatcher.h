// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "net/exchangecontext.h"
#include "run/requestdispatch.h"

#include <QHash>
#include <QObject>

namespace tether::secrets {
class SecretStore;
}

namespace tether::workbench {

// The one place a request is prepared and sent, for the window, `send`, `replay` and the
// Runner: variables in precedence order (globals < collection < environment < overrides),
// collection and folder headers and auth inherited, body files resolved against the collection
// (outside it only when allowed), then Session::send with the caller's context, which comes
// back in the finished Exchange so no caller keeps an id map.
class Dispatcher : public QObject, public run::RequestDispatch
{
    Q_OBJECT
public:
    // Each send reads variables afresh (the window: an edited environment or keychain entry
    // counts at once); Once reads them once per collection and environment (a run, `send`).
    enum class VariableReads { EachSend, Once };

    // The session is the caller's; the secret store may be null (secret variables then fail).
    Dispatcher(net::Session *session, secrets::SecretStore *secrets,
               VariableReads reads = VariableReads::EachSend, QObject *parent = nullptr);

    struct Prepared
    {
        core::Request request; // inheritance applied, files resolved, {{references}} kept
        core::VariableSet variables; // overrides included
        net::ExchangeContext context;
    };
    // What send would hand to the session, or why it cannot be sent.
    Result<Prepared> prepare(const store::Outgoing &outgoing);

    net::Session *session() const override { return m_session; }
    Result<core::VariableSet> variables(const core::Collection *collection,
                                        const QString &environment) override;
    Result<quint64> send(const store::Outgoing &outgoing) override;
    // Sends what prepare returned, as often as wanted: `send --repeat` prepares each job once.
    Result<quint64> send(const Prepared &prepared);

private:
    net::Session *m_session;
    secrets::SecretStore *m_secrets;
    VariableReads m_reads;
    QHash<QString, core::VariableSet>
            m_variables; // with Once: by collection folder and environment
};

} // namespace tether::workbench
