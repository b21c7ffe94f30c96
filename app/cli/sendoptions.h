#pragma once

#include "../core/request.h"
#include "../net/sessionsettings.h"

#include <QString>
#include <QStringList>

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
};

} // namespace tether::cli
