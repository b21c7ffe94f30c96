// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/result.h"
#include "net/preparedrequest.h"
#include "net/sessionsettings.h"

#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace tether::net {

// Turns a resolved core::Request into what QNAM needs, rejecting what cannot be sent (malformed
// URL, unsupported scheme, invalid header or method, missing file) before anything goes out.
class RequestFactory
{
public:
    // tlsConfiguration is asked for only when the request is https: building one loads the
    // TLS backend, which a plain-HTTP session never needs.
    using TlsConfigurationSource = std::function<const QSslConfiguration &()>;
    static Result<PreparedRequest> build(const core::Request &request,
                                         const SessionSettings &settings,
                                         const TlsConfigurationSource &tlsConfiguration);

    // The URL as it will be sent: scheme defaulted to http://, params and API-key query appended.
    static Result<QUrl> effectiveUrl(const core::Request &request);
    static Result<QUrl> parseUrl(const QString &text);
    static bool isToken(const QByteArray &text);
    // "name=value&…" for the enabled rows, percent-encoded as Tether sends query parameters and
    // form bodies (RFC 3986 unreserved characters kept; exporters use it to match byte for byte).
    static QString formEncode(const core::KeyValueList &rows);
    // The credential values a request carries, to be masked wherever it is written: each
    // credential header's whole value and its parts (token, Basic password, cookie values),
    // the URL's password and the auth's secrets; a part only from 4 characters on (masking "pw"
    // would garble every text it occurs in).
    // Authorization, Proxy-Authorization, Cookie: never sent on to another origin, never
    // written in plain text.
    static QList<QByteArray> credentialHeaderNames();
    // The name=value pairs of a Cookie header ("a=1; b=2"), trimmed; a pair without '='
    // has an empty value.
    static QList<QPair<QByteArray, QByteArray>> cookiePairs(const QByteArray &header);
    static QStringList credentialValues(const HeaderList &headers,
                                        const QList<QByteArray> &credentialHeaders, const QUrl &url,
                                        const core::Auth &auth);
};

} // namespace tether::net
