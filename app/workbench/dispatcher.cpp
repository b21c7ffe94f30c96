// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/dispatcher.h"

#include "net/session.h"
#include "store/environmentstore.h"
#include "store/requestresolver.h"

using namespace Qt::StringLiterals;

namespace tether::workbench {

Dispatcher::Dispatcher(net::Session *session, secrets::SecretStore *secrets, VariableReads reads,
                       QObject *parent)
    : QObject(parent), m_session(session), m_secrets(secrets), m_reads(reads)
{ }

// Outside a collection only the plain globals apply: a secret belongs to a collection.
static Result<core::VariableSet> plainGlobals()
{
    auto globals = store::EnvironmentStore::loadGlobals();
    if (!globals)
        return globals.error();
    core::VariableSet plain;
    for (const core::Variable &variable : globals.value().variables) {
        if (variable.enabled && !variable.secret)
            plain.set(variable.name, variable.value);
    }
    return plain;
}

Result<core::VariableSet> Dispatcher::variables(const core::Collection *collection,
                                                const QString &environment)
{
    const QString key = collection ? collection->dir + u'\n' + environment : QString();
    if (m_reads == VariableReads::Once) {
        if (const auto found = m_variables.constFind(key); found != m_variables.constEnd())
            return *found;
    }
    auto read = collection
            ? store::RequestResolver::variablesFor(*collection, environment, m_secrets)
            : plainGlobals();
    if (read && m_reads == VariableReads::Once)
        m_variables.insert(key, read.value());
    return read;
}

Result<Dispatcher::Prepared> Dispatcher::prepare(const store::Outgoing &outgoing)
{
    auto variables = this->variables(outgoing.collection, outgoing.environment);
    if (!variables)
        return variables.error();
    Prepared prepared;
    prepared.variables = std::move(variables).value();
    for (const auto &[name, value] : outgoing.overrides)
        prepared.variables.set(name, value);
    prepared.request = outgoing.request;
    if (outgoing.collection) {
        const core::Collection &collection = *outgoing.collection;
        auto confined = store::RequestResolver::withFilesResolved(
                collection,
                store::RequestResolver::withInheritance(collection, outgoing.path,
                                                        outgoing.request),
                prepared.variables, outgoing.allowOutsideFiles);
        if (!confined)
            return confined.error();
        prepared.request = std::move(confined).value();
    }
    prepared.context.collectionDir = outgoing.collection ? outgoing.collection->dir : QString();
    prepared.context.environment = outgoing.environment;
    prepared.context.recordHistory = outgoing.recordHistory;
    prepared.context.runId = outgoing.runId;
    prepared.context.tag = outgoing.tag;
    return prepared;
}

Result<quint64> Dispatcher::send(const store::Outgoing &outgoing)
{
    auto prepared = prepare(outgoing);
    if (!prepared)
        return prepared.error();
    return send(prepared.value());
}

Result<quint64> Dispatcher::send(const Prepared &prepared)
{
    return m_session->send(prepared.request, prepared.variables, prepared.context);
}

} // namespace tether::workbench
