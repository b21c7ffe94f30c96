// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/result.h"
#include "core/variableset.h"
#include "store/outgoing.h"

namespace tether::net {
class Session;
}

namespace tether::run {

// How a run sends, given to the Runner by the application layer (workbench::Dispatcher), which
// sits above run/: the Runner prepares nothing itself.
class RequestDispatch
{
public:
    virtual ~RequestDispatch() = default;

    // The session the requests go out on (its tracker and ledger describe the run).
    virtual net::Session *session() const = 0;
    // The variables an outgoing request of this collection and environment resolves with
    // before its overrides: globals < collection < environment, secrets from the keychain.
    virtual Result<core::VariableSet> variables(const core::Collection *collection,
                                                const QString &environment)
            = 0;
    // Prepares and starts it; the id names it in Session::exchangeFinished.
    virtual Result<quint64> send(const store::Outgoing &outgoing) = 0;
};

} // namespace tether::run
