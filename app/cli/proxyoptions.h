// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "net/sessionsettings.h"

#include <QCommandLineOption>
#include <QProcessEnvironment>

#include <optional>

class QCommandLineParser;

namespace tether::cli {

// -x/--proxy and --noproxy, as curl has them, shared by send, run and probe. Without -x the
// environment's proxy variables apply (http_proxy, https_proxy, all_proxy, no_proxy).
class ProxyOptions
{
public:
    ProxyOptions();
    void addTo(QCommandLineParser &parser) const;
    // Sets the session's proxy from the parsed options and the environment; an unusable proxy
    // (malformed, https://, unknown scheme) is an error, never a silent direct connection.
    Result<void> apply(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                       net::SessionSettings *settings) const;
    // The help lines for the two options.
    static QString usage();

private:
    QCommandLineOption m_proxy;
    QCommandLineOption m_noProxy;
};

} // namespace tether::cli
