// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/probecommand.h"

#include "run/keepaliveprobe.h"

#include "cli/proxyoptions.h"
#include "cli/subcommandparser.h"
#include "workbench/commandcontext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString ProbeCommand::name() const
{
    return u"probe"_s;
}

QString ProbeCommand::synopsis() const
{
    return uR"(  probe URL [--max-wait S] [--json]
                          how long the server keeps idle connections, and more
)"_s;
}

QString ProbeCommand::usage() const
{
    return uR"(Usage: tether-run probe URL [--max-wait S] [--max-requests N] [--json] [-k] [--cacert FILE]
                      [-x URL] [--noproxy HOSTS]

Finds whether the server keeps connections alive, speaks HTTP/2, how long it lets a connection
sit idle (to within half a second, up to --max-wait, default 120 s) and how many requests it
serves on one connection (up to --max-requests, default 1000). It takes about twice the idle
timeout plus a few seconds. Through a proxy (-x, or the environment's http_proxy and
https_proxy) the figures describe the proxy's connection to tether-run, not the server's: say
--noproxy '*' to probe the server directly.
)"_s;
}

// The probe makes a fresh session per pass; nothing of the context is used.
int ProbeCommand::run(const QStringList &arguments, workbench::CommandContext &)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption maxWait(u"max-wait"_s, u"s"_s, u"S"_s, u"120"_s);
    const QCommandLineOption maxRequests(u"max-requests"_s, u"n"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption json(u"json"_s, u"json"_s);
    const QCommandLineOption insecure({u"k"_s, u"insecure"_s}, u"insecure"_s);
    const QCommandLineOption caCert(u"cacert"_s, u"ca"_s, u"FILE"_s);
    parser.addOptions({maxWait, maxRequests, json, insecure, caCert});
    const ProxyOptions proxy;
    proxy.addTo(parser);
    if (auto exitCode = SubcommandParser::parse(parser, u"probe"_s, arguments, usage()))
        return *exitCode;
    if (parser.positionalArguments().size() != 1) {
        err << usage();
        return 2;
    }
    const auto waitMs = SubcommandParser::secondsAsMs(parser, maxWait, 120'000);
    const auto requestLimit = SubcommandParser::wholeNumber(parser, maxRequests, 2,
                                                            SubcommandParser::maxCount, 1000);
    if (!waitMs || !requestLimit || waitMs.value() < 1000) {
        err << (!requestLimit ? requestLimit.error().message
                              : QObject::tr("--max-wait takes a number of seconds from 1 to %1.")
                                        .arg(SubcommandParser::maxSeconds))
            << Qt::endl;
        return 2;
    }
    const double wait = waitMs.value() / 1000.0;
    const int requests = requestLimit.value();
    net::SessionSettings settings;
    settings.verifyTls = !parser.isSet(insecure);
    settings.extraCaFiles = parser.values(caCert);
    if (auto result = proxy.apply(parser, QProcessEnvironment::systemEnvironment(), &settings);
        !result) {
        err << result.error().message << Qt::endl;
        return 2;
    }
    if (settings.proxyMode == net::ProxyMode::Rules) {
        const QUrl through
                = settings.proxyRules.proxyFor(QUrl(parser.positionalArguments().first()));
        if (!through.isEmpty())
            err << QObject::tr("Probing through the proxy %1: the figures describe the proxy, "
                               "not the server (--noproxy '*' probes the server directly).")
                            .arg(through.toString(QUrl::RemoveUserInfo))
                << Qt::endl;
    }
    // What it may cost, before it starts: it can take minutes and many requests.
    err << QObject::tr("Probing %1: at most %2 requests, up to about %3 s.")
                    .arg(parser.positionalArguments().first())
                    .arg(run::KeepAliveProbe::requestBudget(requests, wait))
                    .arg(run::KeepAliveProbe::secondsBudget(wait), 0, 'f', 0)
        << Qt::endl;
    run::KeepAliveProbe probe(parser.positionalArguments().first(), wait, settings);
    probe.setRequestLimit(requests);
    auto result = probe.run();
    if (!result) {
        err << result.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(
                QJsonDocument(result.value().toJson()).toJson(QJsonDocument::Indented));
    else
        out << result.value().summary << Qt::endl;
    return 0;
}

} // namespace tether::cli
