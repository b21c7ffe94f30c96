// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/harexporter.h"

#include "core/timestamp.h"
#include "net/origin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

QJsonArray headers(const net::HeaderList &list)
{
    QJsonArray array;
    for (const auto &[name, value] : list)
        array.append(QJsonObject{{u"name"_s, QString::fromUtf8(name)},
                                 {u"value"_s, QString::fromUtf8(value)}});
    return array;
}

QString headerValue(const net::HeaderList &list, const QByteArray &name)
{
    for (const auto &[key, value] : list)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    return {};
}

double orMinusOne(double value)
{
    return value > 0 ? value : -1;
}

} // namespace

QJsonObject HarExporter::exportExchanges(const QList<net::Exchange> &exchanges)
{
    QJsonArray entries;
    QHash<QString, int> connectionsPerOrigin;
    for (const net::Exchange &exchange : exchanges) {
        const QString origin = net::originOf(exchange.url);
        QString connection = exchange.connectionId;
        if (connection.isEmpty() && exchange.gotResponse()) {
            int &count = connectionsPerOrigin[origin];
            const bool opened = exchange.verdict == net::ConnectionVerdict::New
                    || exchange.verdict == net::ConnectionVerdict::Retried || count == 0;
            if (opened)
                ++count;
            connection = u"%1#%2"_s.arg(origin).arg(count);
        }
        const QString httpVersion = exchange.protocol.isEmpty() ? u"HTTP/1.1"_s : exchange.protocol;
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(exchange.url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
        QJsonObject request{{u"method"_s, QString::fromUtf8(exchange.method)},
                            {u"url"_s, exchange.url.toString(QUrl::FullyEncoded)},
                            {u"httpVersion"_s, httpVersion},
                            {u"headers"_s, headers(exchange.requestHeaders)},
                            {u"queryString"_s, query},
                            {u"cookies"_s, QJsonArray()},
                            {u"headersSize"_s, -1},
                            {u"bodySize"_s, double(exchange.requestBodySize)}};
        const core::RequestBody &body = exchange.request.body;
        if (body.mode == core::BodyMode::Raw || body.mode == core::BodyMode::Json) {
            request.insert(u"postData"_s,
                           QJsonObject{{u"mimeType"_s,
                                        headerValue(exchange.requestHeaders, "Content-Type")},
                                       {u"text"_s, body.text}});
        } else if (body.mode == core::BodyMode::FormUrlEncoded) {
            QJsonArray params;
            for (const core::KeyValue &field : body.formFields)
                if (field.enabled)
                    params.append(QJsonObject{{u"name"_s, field.name}, {u"value"_s, field.value}});
            request.insert(u"postData"_s,
                           QJsonObject{{u"mimeType"_s, u"application/x-www-form-urlencoded"_s},
                                       {u"params"_s, params}});
        }
        const QByteArray bytes
                = exchange.body ? exchange.body->read(16 * 1024 * 1024) : QByteArray();
        const QString mimeType = headerValue(exchange.responseHeaders, "Content-Type");
        QJsonObject content{{u"size"_s, double(exchange.bodySize())}, {u"mimeType"_s, mimeType}};
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() == bytes) {
            content.insert(u"text"_s, text);
        } else {
            content.insert(u"text"_s, QString::fromLatin1(bytes.toBase64()));
            content.insert(u"encoding"_s, u"base64"_s);
        }
        const QJsonObject response{
                {u"status"_s, exchange.status},
                {u"statusText"_s, QString::fromUtf8(exchange.reason)},
                {u"httpVersion"_s, httpVersion},
                {u"headers"_s, headers(exchange.responseHeaders)},
                {u"cookies"_s, QJsonArray()},
                {u"content"_s, content},
                {u"redirectURL"_s, headerValue(exchange.responseHeaders, "Location")},
                {u"headersSize"_s, -1},
                {u"bodySize"_s, double(exchange.bodySize())}};
        const net::Phases &phases = exchange.phases;
        const QJsonObject timings{{u"blocked"_s, orMinusOne(phases.queuedMs)},
                                  {u"dns"_s, -1},
                                  // -1: the connection was reused, as browsers write it
                                  {u"connect"_s, orMinusOne(phases.connectMs)},
                                  {u"ssl"_s, -1},
                                  {u"send"_s, qMax(0.0, phases.uploadMs)},
                                  {u"wait"_s, qMax(0.0, phases.waitMs)},
                                  {u"receive"_s, qMax(0.0, phases.downloadMs)}};
        QJsonObject entry{{u"startedDateTime"_s, core::isoTimestamp(exchange.startedAt)},
                          {u"time"_s, phases.totalMs},
                          {u"request"_s, request},
                          {u"response"_s, response},
                          {u"cache"_s, QJsonObject()},
                          {u"timings"_s, timings},
                          {u"_connectionVerdict"_s, net::verdictName(exchange.verdict)}};
        if (!connection.isEmpty())
            entry.insert(u"connection"_s, connection);
        if (!exchange.error.isEmpty())
            entry.insert(u"_error"_s, exchange.error);
        entries.append(entry);
    }
    const QJsonObject creator{{u"name"_s, u"Tether"_s},
                              {u"version"_s, QCoreApplication::applicationVersion()}};
    return {{u"log"_s,
             QJsonObject{{u"version"_s, u"1.2"_s},
                         {u"creator"_s, creator},
                         {u"pages"_s, QJsonArray()},
                         {u"entries"_s, entries}}}};
}

} // namespace tether::formats
