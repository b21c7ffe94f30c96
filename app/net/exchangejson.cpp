// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/exchangejson.h"

#include <QJsonArray>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tether::net {

static QJsonObject headerObject(const HeaderList &headers, const core::SecretMask &secrets)
{
    QJsonObject object;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name);
        const QString text = secrets.apply(QString::fromUtf8(value));
        // Repeated headers are joined as RFC 9110 allows (Set-Cookie by newlines).
        if (object.contains(key))
            object.insert(
                    key,
                    QString(object.value(key).toString()
                            + (key.compare(u"set-cookie"_s, Qt::CaseInsensitive) == 0 ? u"\n"_s
                                                                                      : u", "_s)
                            + text));
        else
            object.insert(key, text);
    }
    return object;
}

QJsonObject ExchangeJson::phases(const Phases &phases)
{
    return QJsonObject{{u"queued"_s, phases.queuedMs},     {u"connect"_s, phases.connectMs},
                       {u"upload"_s, phases.uploadMs},     {u"wait"_s, phases.waitMs},
                       {u"download"_s, phases.downloadMs}, {u"total"_s, phases.totalMs}};
}

QJsonObject ExchangeJson::exchange(const Exchange &exchange, qint64 bodyLimit)
{
    // Secret variables and the credentials sent are masked in every field, the body included
    // (a server may echo them); a binary body goes out as it came, in bodyBase64.
    const core::SecretMask &secrets = exchange.secrets;
    const auto masked = [&secrets](const QUrl &url) {
        return secrets.apply(url.toString(QUrl::FullyEncoded));
    };
    QJsonObject object;
    object.insert(u"id"_s, qint64(exchange.id));
    object.insert(u"url"_s, masked(exchange.url));
    if (exchange.finalUrl.isValid() && exchange.finalUrl != exchange.url)
        object.insert(u"finalUrl"_s, masked(exchange.finalUrl));
    object.insert(u"method"_s, QString::fromUtf8(exchange.method));
    object.insert(u"status"_s, exchange.status);
    object.insert(u"reason"_s, QString::fromLatin1(exchange.reason));
    object.insert(u"requestHeaders"_s, headerObject(exchange.requestHeaders, secrets));
    object.insert(u"headers"_s, headerObject(exchange.responseHeaders, secrets));
    const qint64 size = exchange.bodySize();
    const QByteArray bytes = exchange.body ? exchange.body->read(bodyLimit) : QByteArray();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError() && !bytes.contains('\0'))
        object.insert(u"body"_s, !secrets.isEmpty() ? secrets.apply(text) : text);
    else
        object.insert(u"bodyBase64"_s, QString::fromLatin1(bytes.toBase64()));
    object.insert(u"bodySize"_s, size);
    object.insert(u"bodyTruncated"_s, size > bytes.size());
    object.insert(u"protocol"_s, exchange.protocol);
    object.insert(u"tls"_s, exchange.tls);
    object.insert(u"phases"_s, phases(exchange.phases));
    object.insert(u"connection"_s, verdictName(exchange.verdict));
    if (exchange.connection > 0) {
        object.insert(u"connectionId"_s, ConnectionLifetime::labelFor(exchange.connection));
        object.insert(u"requestOnConnection"_s, exchange.requestOnConnection);
    }
    QJsonArray hops;
    for (const Hop &hop : exchange.hops) {
        QJsonObject item{{u"url"_s, masked(hop.url)},
                         {u"origin"_s, hop.origin},
                         {u"status"_s, hop.status},
                         {u"connection"_s, verdictName(hop.verdict)}};
        if (hop.connection > 0)
            item.insert(u"connectionId"_s, ConnectionLifetime::labelFor(hop.connection));
        hops.append(item);
    }
    object.insert(u"hops"_s, hops);
    if (!exchange.error.isEmpty())
        object.insert(u"error"_s,
                      error(exchange.errorCode, secrets.apply(exchange.error),
                            exchange.gotResponse() ? exchange.receivedBytes : -1,
                            exchange.declaredLength));
    return object;
}

QJsonObject ExchangeJson::error(const QString &code, const QString &message, qint64 received,
                                qint64 expected)
{
    QJsonObject object{{u"code"_s, code}, {u"message"_s, message}};
    if (received >= 0)
        object.insert(u"bytesReceived"_s, received);
    if (expected >= 0)
        object.insert(u"bytesExpected"_s, expected);
    return object;
}

QJsonObject ExchangeJson::lifetime(const ConnectionLifetime &lifetime, double nowMs)
{
    QJsonObject object{
            {u"id"_s, lifetime.label()},
            {u"origin"_s, lifetime.origin},
            {u"lane"_s, lifetime.lane},
            {u"openedBy"_s,
             lifetime.openedBy ? QJsonValue(qint64(lifetime.openedBy)) : QJsonValue()},
            {u"protocol"_s, lifetime.protocol},
            {u"requests"_s, lifetime.requests},
            {u"openedAtMs"_s, lifetime.openedAtMs},
            {u"idleSeconds"_s, lifetime.idleSecondsAt(nowMs)},
            {u"end"_s, lifetimeEndName(lifetime.end)},
    };
    if (!lifetime.isOpen()) {
        object.insert(u"endedAtMs"_s, lifetime.endedAtMs);
        object.insert(u"endDetail"_s, lifetime.endDetail);
    }
    if (lifetime.localPort)
        object.insert(u"localPort"_s, lifetime.localPort);
    return object;
}

QJsonObject ExchangeJson::origin(const OriginStats &stats)
{
    return QJsonObject{
            {u"origin"_s, stats.origin},
            {u"exchanges"_s, stats.exchanges},
            {u"failures"_s, stats.failures},
            {u"connectionsOpened"_s, stats.connectionsOpened()},
            {u"reused"_s, stats.reused()},
            {u"reuseRatio"_s, stats.reuseRatio()},
            {u"retried"_s, stats.resends},
            {u"preconnects"_s, stats.preconnects},
            {u"http2"_s, stats.http2},
            {u"tlsHandshakes"_s, stats.tlsHandshakes},
            {u"meanConnectMs"_s, stats.meanConnectMs()},
            {u"meanWaitMs"_s, stats.meanWaitMs()},
            {u"timeSavedMs"_s, stats.timeSavedMs()},
            {u"verdicts"_s,
             QJsonObject{{u"new"_s, stats.newCount},
                         {u"reused"_s, stats.reusedCount},
                         {u"multiplexed"_s, stats.multiplexedCount},
                         {u"retried"_s, stats.retriedCount},
                         {u"ambiguous"_s, stats.ambiguousCount}}},
    };
}

} // namespace tether::net
