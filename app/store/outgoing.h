// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/request.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace tether::store {

// A request on its way out as its caller knows it: the request as composed (still holding
// {{references}} and "inherit" auth), where it belongs, and what the caller wants back with the
// exchange. workbench::Dispatcher prepares and sends it; nothing else prepares a request.
struct Outgoing
{
    core::Request request;
    // Null for a request outside any collection. Read only while it is sent, never kept.
    const core::Collection *collection = nullptr;
    QString path; // in the collection; "" when not saved there
    QString environment; // "" for none
    // Set over every other variable, in order: a data row, then values extracted earlier in a run.
    QList<std::pair<QString, QString>> overrides;
    bool allowOutsideFiles = false; // body files outside the collection
    bool recordHistory = true;
    QString runId; // the run it is part of (history groups a run's exchanges)
    // The caller's own context (a tab, a step of a run), handed back in Exchange::context.tag.
    QVariant tag;
};

} // namespace tether::store
