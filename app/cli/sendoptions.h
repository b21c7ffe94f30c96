// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/request.h"
#include "net/sessionsettings.h"
#include "store/outgoing.h"

#include <QList>

#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>

namespace tether::cli {

// `tether-run send` parsed: the requests to send and how.
struct SendOptions
{
    core::Request request; // url left empty; one copy per URL
    QStringList urls;
    net::SessionSettings settings;
    int repeat = 1;
    int concurrency = 1;
    QString outputFile;
    bool json = false;
    bool helpRequested = false;
    QString collectionDir; // --collection: the positional arguments are request paths in it
    QString environment; // --env
    bool noHistory = false;
    bool allowOutsideFiles = false; // --collection: body files outside the collection
    // A body taken from a stream, or too large to keep in memory, waits here to be sent.
    std::shared_ptr<QTemporaryFile> spooledBody;
};

// What `send --collection` and `replay` send, each --repeat times: requests as composed,
// prepared by the dispatcher as they go out, and the collection they come from, held here for
// them (Outgoing only points at it).
struct SendJobs
{
    std::shared_ptr<const core::Collection> collection;
    QList<store::Outgoing> requests;
};

} // namespace tether::cli
