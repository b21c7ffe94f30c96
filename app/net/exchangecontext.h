// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>
#include <QVariant>

namespace tether::net {

// Who sent an exchange and for what, handed to Session::send and carried in the finished
// Exchange, so whoever consumes it (the history recorder above all) needs no id map to find
// the sender's context again.
struct ExchangeContext
{
    QString collectionDir; // empty outside a collection
    QString environment; // the environment that resolved it; empty for none
    bool recordHistory = true; // false: --no-history, or traffic the user did not ask to keep
    // Whatever the sender needs to find its own context again (a tab, a run's step), untouched.
    QVariant tag = {};
    QString runId = {}; // the run of a collection it belongs to; "" for a single send
};

} // namespace tether::net
