// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tether::net {

// curl's proxy rules, for tether-run: a proxy for http URLs, one for https URLs, and hosts that
// go direct. From the environment (http_proxy; https_proxy or HTTPS_PROXY; all_proxy or
// ALL_PROXY for both; no_proxy or NO_PROXY) or from -x/--proxy and --noproxy. Like curl, the
// upper-case HTTP_PROXY is ignored: a CGI environment sets it from a request header.
class ProxyRules
{
public:
    // A proxy URL as curl takes it: [scheme://][user:password@]host[:port], scheme http (the
    // default; port 1080 when none is given) or socks5/socks5h. https:// proxies are refused:
    // Qt cannot speak TLS to the proxy itself.
    static Result<QUrl> parseProxyUrl(const QString &text);
    static Result<ProxyRules> fromEnvironment(const QProcessEnvironment &environment);
    // -x/--proxy URL: the same proxy for http and https.
    static Result<ProxyRules> forProxy(const QString &proxyUrl);

    bool isEmpty() const { return m_http.isEmpty() && m_https.isEmpty(); }
    // The proxy for this request URL; empty when it goes direct.
    QUrl proxyFor(const QUrl &url) const;
    // no_proxy: comma-separated hosts; "*" matches every host; "example.com" and
    // ".example.com" match the host and its subdomains; IP addresses match exactly.
    void setNoProxy(const QString &list);
    bool bypasses(const QString &host) const;

    friend bool operator==(const ProxyRules &, const ProxyRules &) = default;

private:
    QUrl m_http;
    QUrl m_https;
    QStringList m_noProxy;
};

} // namespace tether::net
