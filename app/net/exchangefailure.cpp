// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/exchangefailure.h"

#include <QLocale>
#include <QNetworkReply>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::net {

static QString bytes(qint64 count)
{
    // One fixed grouping, so scripts and tests read the same text on every machine.
    static const QLocale english(QLocale::English);
    return english.toString(count);
}

QString ExchangeFailure::received(const Facts &facts)
{
    if (facts.contentLength >= 0)
        return QObject::tr("%1 of %2 bytes")
                .arg(bytes(facts.bodyBytes), bytes(facts.contentLength));
    if (facts.chunked)
        return QObject::tr("%1 bytes of a chunked body").arg(bytes(facts.bodyBytes));
    return QObject::tr("%1 bytes").arg(bytes(facts.bodyBytes));
}

QStringList ExchangeFailure::codes()
{
    return {u"timeout"_s,
            u"cancelled"_s,
            u"body-storage"_s,
            u"tls"_s,
            u"proxy"_s,
            u"refused"_s,
            u"host-not-found"_s,
            u"closed-before-response"_s,
            u"truncated-body"_s,
            u"bad-framing"_s,
            u"protocol"_s,
            u"redirect-loop"_s,
            u"insecure-redirect"_s,
            u"bad-redirect"_s,
            u"content-decoding"_s,
            u"network"_s};
}

std::optional<ExchangeFailure> ExchangeFailure::classify(const Facts &facts)
{
    using Qt = QNetworkReply;
    const bool gotResponse = facts.status > 0;
    const auto code = QNetworkReply::NetworkError(facts.qtError);
    auto failure = [](const QString &name, const QString &message) {
        return ExchangeFailure{name, message};
    };
    const QString sentTimes = facts.requestsSent > 1
            ? QObject::tr(" (Qt sent the request %1 times)").arg(facts.requestsSent)
            : QString();

    if (facts.timedOut)
        return failure(u"timeout"_s,
                       gotResponse ? QObject::tr("Timed out after %1 s: %2 had arrived.")
                                             .arg(facts.timeoutMs / 1000.0)
                                             .arg(received(facts))
                                   : QObject::tr("Timed out after %1 s with no response.")
                                             .arg(facts.timeoutMs / 1000.0));
    if (facts.cancelled)
        return failure(u"cancelled"_s,
                       gotResponse ? QObject::tr("Cancelled: %1 had arrived.").arg(received(facts))
                                   : QObject::tr("Cancelled."));
    if (!facts.bodyStorageError.isEmpty())
        return failure(u"body-storage"_s, facts.bodyStorageError);
    if (!facts.decodeError.isEmpty())
        return failure(u"content-decoding"_s,
                       QObject::tr("%1 arrived, then the body could not be decoded: %2")
                               .arg(received(facts), facts.decodeError));
    if (code == Qt::SslHandshakeFailedError && !facts.tlsErrors.isEmpty())
        return failure(u"tls"_s,
                       QObject::tr("TLS certificate rejected for %1: %2")
                               .arg(facts.host, facts.tlsErrors.join(u"; "_s)));
    const bool proxyError
            = code >= Qt::ProxyConnectionRefusedError && code <= Qt::ProxyTimeoutError;
    if (!facts.proxy.isEmpty()
        && (proxyError
            || (!gotResponse && !facts.proxyIsSystem
                && (code == Qt::ConnectionRefusedError || code == Qt::HostNotFoundError))))
        // Through a known proxy Qt says only "Connection refused": say whose connection.
        return failure(u"proxy"_s, QObject::tr("Proxy %1: %2").arg(facts.proxy, facts.qtMessage));

    switch (code) {
    case Qt::NoError:
        // Qt ends a reply "all done" when its socket is found closed with the body unfinished
        // (qhttpprotocolhandler.cpp: meant for bodies without a length), so a short body can
        // come with no error at all: the declared length says otherwise.
        if (facts.bodyExpected && facts.contentLength >= 0 && facts.bodyBytes < facts.contentLength)
            return failure(
                    u"truncated-body"_s,
                    QObject::tr("%1 arrived, then the connection closed.").arg(received(facts)));
        if (facts.framingBroken)
            return failure(u"bad-framing"_s,
                           QObject::tr("%1 arrived, then Qt ended the body without an error "
                                       "and the connection was gone: an invalid chunk size, a "
                                       "close or reset before the last chunk, or (which Qt 6.4 "
                                       "cannot tell apart) a trailer section or a server that "
                                       "closed without sending Connection: close. curl on the "
                                       "same URL tells which.")
                                   .arg(received(facts)));
        return std::nullopt;
    case Qt::ConnectionRefusedError:
        return failure(u"refused"_s, QObject::tr("Connection refused by %1.").arg(facts.host));
    case Qt::HostNotFoundError:
        return failure(u"host-not-found"_s, QObject::tr("Host %1 not found.").arg(facts.host));
    case Qt::RemoteHostClosedError:
        if (!gotResponse)
            return failure(u"closed-before-response"_s,
                           QObject::tr("The server closed the connection before a complete "
                                       "response head arrived%1.")
                                   .arg(sentTimes));
        return failure(u"truncated-body"_s,
                       QObject::tr("%1 arrived, then the server closed the connection.")
                               .arg(received(facts)));
    case Qt::ProtocolFailure:
        return failure(u"protocol"_s,
                       gotResponse ? QObject::tr("%1 arrived, then the response stopped being "
                                                 "valid HTTP (%2).")
                                             .arg(received(facts), facts.qtMessage)
                                   : QObject::tr("The server's answer is not valid HTTP (%1).")
                                             .arg(facts.qtMessage));
    case Qt::TooManyRedirectsError:
        return failure(u"redirect-loop"_s,
                       QObject::tr("Too many redirects (%1).").arg(facts.qtMessage));
    case Qt::InsecureRedirectError:
        return failure(
                u"insecure-redirect"_s,
                QObject::tr("Refused a redirect from https to http (%1).").arg(facts.qtMessage));
    default:
        break;
    }
    // An HTTP error status arrives as one of Qt's content or server errors: a response, not a
    // failure, unless the body did not arrive whole (then Qt reports a transport error instead).
    // Qt also uses UnknownContentError for what is no status at all (a body it could not
    // inflate), so only a 4xx or 5xx status makes one of these codes a response.
    const bool httpStatusError
            = (code >= Qt::ContentAccessDenied && code <= Qt::UnknownContentError)
            || (code >= Qt::InternalServerError && code <= Qt::UnknownServerError);
    if (facts.status >= 400 && httpStatusError)
        return std::nullopt;
    if (gotResponse && code == Qt::UnknownContentError)
        return failure(u"content-decoding"_s,
                       QObject::tr("%1 arrived, then the body could not be decoded: %2")
                               .arg(received(facts), facts.qtMessage));
    return failure(
            u"network"_s,
            gotResponse ? QObject::tr("%1 arrived, then: %2").arg(received(facts), facts.qtMessage)
                        : facts.qtMessage);
}

} // namespace tether::net
