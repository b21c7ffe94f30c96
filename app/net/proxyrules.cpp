// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/proxyrules.h"

#include <QHostAddress>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::net {

Result<QUrl> ProxyRules::parseProxyUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return Error{u"bad-proxy"_s, QObject::tr("Malformed proxy \"%1\".").arg(trimmed)};
    if (scheme == u"https")
        return Error{u"bad-proxy"_s,
                     QObject::tr("Proxy \"%1\": TLS to the proxy itself (https://) is not "
                                 "supported; use http:// (https requests still go through it "
                                 "encrypted, with CONNECT).")
                             .arg(trimmed)};
    if (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h")
        return Error{u"bad-proxy"_s,
                     QObject::tr("Proxy \"%1\": unsupported scheme \"%2\" (http, socks5 or "
                                 "socks5h).")
                             .arg(trimmed, url.scheme())};
    QUrl normalized = url;
    normalized.setScheme(scheme);
    if (normalized.port() < 0)
        normalized.setPort(1080); // curl's default proxy port
    normalized.setPath(QString());
    return normalized;
}

Result<ProxyRules> ProxyRules::fromEnvironment(const QProcessEnvironment &environment)
{
    auto firstSet = [&environment](std::initializer_list<QString> names) {
        for (const QString &name : names) {
            const QString value = environment.value(name).trimmed();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    ProxyRules rules;
    const QString all = firstSet({u"all_proxy"_s, u"ALL_PROXY"_s});
    const QString http = firstSet({u"http_proxy"_s});
    const QString https = firstSet({u"https_proxy"_s, u"HTTPS_PROXY"_s});
    for (const auto &[text, target] : {std::pair{http.isEmpty() ? all : http, &rules.m_http},
                                       std::pair{https.isEmpty() ? all : https, &rules.m_https}}) {
        if (text.isEmpty())
            continue;
        auto parsed = parseProxyUrl(text);
        if (!parsed)
            return Error{parsed.error().code,
                         parsed.error().message + u' '
                                 + QObject::tr("(from the environment; --noproxy '*' ignores it)")};
        *target = parsed.value();
    }
    rules.setNoProxy(firstSet({u"no_proxy"_s, u"NO_PROXY"_s}));
    return rules;
}

Result<ProxyRules> ProxyRules::forProxy(const QString &proxyUrl)
{
    auto parsed = parseProxyUrl(proxyUrl);
    if (!parsed)
        return parsed.error();
    ProxyRules rules;
    rules.m_http = parsed.value();
    rules.m_https = parsed.value();
    return rules;
}

void ProxyRules::setNoProxy(const QString &list)
{
    m_noProxy.clear();
    for (QString entry : list.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.startsWith(u'[') && entry.endsWith(u']'))
            entry = entry.mid(1, entry.size() - 2); // [::1]
        while (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (!entry.isEmpty())
            m_noProxy.append(entry);
    }
}

bool ProxyRules::bypasses(const QString &host) const
{
    const QString name = host.toLower();
    const QHostAddress address(name);
    for (const QString &entry : m_noProxy) {
        if (entry == u"*" || entry == name)
            return true;
        if (!address.isNull()) {
            if (QHostAddress(entry) == address)
                return true;
            continue; // an IP address never matches a domain suffix
        }
        if (name.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

QUrl ProxyRules::proxyFor(const QUrl &url) const
{
    if (bypasses(url.host()))
        return {};
    // Qt asks for "preconnect-https" URLs too when a connection is warmed ahead of a request.
    return url.scheme().endsWith(u"https"_s, Qt::CaseInsensitive) ? m_https : m_http;
}

} // namespace tether::net
