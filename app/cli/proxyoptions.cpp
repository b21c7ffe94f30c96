// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/proxyoptions.h"

#include <QCommandLineParser>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::cli {

ProxyOptions::ProxyOptions()
    : m_proxy({u"x"_s, u"proxy"_s}, u"proxy"_s, u"URL"_s),
      m_noProxy(u"noproxy"_s, u"hosts that go direct"_s, u"HOSTS"_s)
{ }

void ProxyOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_proxy, m_noProxy});
}

QString ProxyOptions::usage()
{
    return uR"(  -x, --proxy URL          send through this proxy: [http://|socks5://|socks5h://]
                           [user:password@]host[:port] (port 1080 if none); without it the
                           environment's http_proxy, https_proxy, all_proxy apply
      --noproxy HOSTS      comma-separated hosts that go direct ('*': all), instead of no_proxy
)"_s;
}

Result<void> ProxyOptions::apply(const QCommandLineParser &parser,
                                 const QProcessEnvironment &environment,
                                 net::SessionSettings *settings) const
{
    const bool allDirect = parser.value(m_noProxy).trimmed() == u"*";
    Result<net::ProxyRules> rules = net::ProxyRules{};
    if (parser.isSet(m_proxy)) {
        rules = net::ProxyRules::forProxy(parser.value(m_proxy));
        if (rules) // curl applies no_proxy to -x as well
            rules.value().setNoProxy(
                    environment.value(u"no_proxy"_s, environment.value(u"NO_PROXY"_s)));
    } else if (!allDirect) {
        rules = net::ProxyRules::fromEnvironment(environment);
    }
    if (!rules)
        return rules.error();
    if (parser.isSet(m_noProxy))
        rules.value().setNoProxy(parser.value(m_noProxy));
    if (rules.value().isEmpty() || allDirect) {
        settings->proxyMode = net::ProxyMode::None;
        settings->proxyRules = {};
    } else {
        settings->proxyMode = net::ProxyMode::Rules;
        settings->proxyRules = rules.value();
    }
    return {};
}

} // namespace tether::cli
