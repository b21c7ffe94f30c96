// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/redirectstep.h"
#include "net/origin.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::net {

bool RedirectStep::follows(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static bool isHttps(const QUrl &url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

Result<RedirectStep::Hop> RedirectStep::next(const QNetworkRequest &original, const Hop &current,
                                             int status, const QByteArray &location,
                                             const Policy &policy)
{
    const QUrl from = current.request.url();
    const QUrl relative = QUrl::fromEncoded(location.trimmed());
    QUrl target = from.resolved(relative);
    const QString scheme = target.scheme().toLower();
    if (!relative.isValid() || !target.isValid() || target.host().isEmpty()
        || (scheme != u"http" && scheme != u"https"))
        return Error{u"bad-redirect"_s,
                     QObject::tr("The server redirected to \"%1\", which is not an http or "
                                 "https URL.")
                             .arg(QString::fromLatin1(location))};
    if (isHttps(from) && !isHttps(target))
        return Error{u"insecure-redirect"_s,
                     QObject::tr("Refused a redirect from https to http (%1).")
                             .arg(target.toString(QUrl::RemoveUserInfo))};
    // RFC 9110 §10.2.2: a Location without a fragment keeps the request's.
    if (!target.hasFragment() && from.hasFragment())
        target.setFragment(from.fragment(QUrl::FullyEncoded), QUrl::StrictMode);

    Hop hop;
    hop.request = original;
    hop.request.setUrl(target);
    hop.verb = current.verb;
    hop.sendsBody = current.sendsBody;
    const bool toGet = (status == 303 && current.verb != "HEAD")
            || ((status == 301 || status == 302) && current.verb == "POST");
    if (toGet) {
        hop.verb = "GET";
        hop.sendsBody = false;
    }
    if (!hop.sendsBody) {
        hop.request.setRawHeader("Content-Type", QByteArray());
        hop.request.setRawHeader("Content-Length", QByteArray());
    }
    if (originOf(target) != originOf(original.url())) {
        hop.request.setRawHeader("Host", QByteArray()); // names the first origin
        if (!policy.trusted)
            for (const QByteArray &name : policy.credentialHeaders)
                hop.request.setRawHeader(name, QByteArray()); // a null value removes it
    }
    return hop;
}

} // namespace tether::net
