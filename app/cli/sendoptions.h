// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/variableset.h"
#include "net/sessionsettings.h"

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

// One exchange to make: the request, the variables that resolve it, and where it came from
// (recorded in history so a replay resolves it the same way).
struct SendJob
{
    core::Request request;
    core::VariableSet variables;
    QString collectionDir;
    QString environment;
};

} // namespace tether::cli
