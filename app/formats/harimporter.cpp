// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/harimporter.h"
#include "formats/curlimporter.h"
#include "formats/importsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

bool isHarRequest(const QJsonObject &object)
{
    return object.value(u"method"_s).isString() && object.value(u"url"_s).isString();
}

// Headers the client computes itself; copying them would contradict what is sent.
bool isComputedHeader(const QString &name)
{
    return name.startsWith(u':') || name.compare(u"Content-Length"_s, Qt::CaseInsensitive) == 0
            || name.compare(u"Host"_s, Qt::CaseInsensitive) == 0;
}

core::Request readRequest(const QJsonObject &har, const QString &where, ImportResult &result)
{
    core::Request request;
    request.method = har.value(u"method"_s).toString(u"GET"_s).toUpper();
    request.url = har.value(u"url"_s).toString();
    for (const QJsonValue &entry : har.value(u"headers"_s).toArray()) {
        const QJsonObject header = entry.toObject();
        const QString name = header.value(u"name"_s).toString();
        if (!name.isEmpty() && !isComputedHeader(name))
            request.headers.append({name, header.value(u"value"_s).toString(), true});
    }
    if (!request.hasHeader(u"Cookie"_s)) {
        QStringList cookies;
        for (const QJsonValue &entry : har.value(u"cookies"_s).toArray())
            cookies.append(entry.toObject().value(u"name"_s).toString() + u'='
                           + entry.toObject().value(u"value"_s).toString());
        if (!cookies.isEmpty())
            request.headers.append({u"Cookie"_s, cookies.join(u"; "_s), true});
    }
    const QJsonObject postData = har.value(u"postData"_s).toObject();
    const QString mimeType = postData.value(u"mimeType"_s).toString();
    const QString text = postData.value(u"text"_s).toString();
    const QJsonArray params = postData.value(u"params"_s).toArray();
    if (!text.isEmpty() && !mimeType.startsWith(u"multipart/form-data"_s)) {
        ImportSupport::setTextBody(request, text, mimeType);
    } else if (!params.isEmpty()) {
        const bool multipart
                = mimeType.startsWith(u"multipart/"_s)
                || std::any_of(params.begin(), params.end(), [](const QJsonValue &param) {
                       return !param.toObject().value(u"fileName"_s).toString().isEmpty();
                   });
        for (const QJsonValue &entry : params) {
            const QJsonObject param = entry.toObject();
            const QString fileName = param.value(u"fileName"_s).toString();
            if (multipart)
                request.body.multipartFields.append(
                        {param.value(u"name"_s).toString(),
                         fileName.isEmpty() ? param.value(u"value"_s).toString() : fileName,
                         !fileName.isEmpty(), param.value(u"contentType"_s).toString(), true});
            else
                request.body.formFields.append({param.value(u"name"_s).toString(),
                                                param.value(u"value"_s).toString(), true});
        }
        request.body.mode = multipart ? core::BodyMode::Multipart : core::BodyMode::FormUrlEncoded;
        if (multipart)
            request.headers.removeIf([](const core::KeyValue &header) {
                return header.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
            });
    } else if (!text.isEmpty()) {
        ImportSupport::setTextBody(request, text, mimeType);
        result.warn(where,
                    QObject::tr("multipart body kept as recorded text; Qt will send its "
                                "own boundary only if it is rebuilt as form fields"));
    }
    return request;
}

double timing(const QJsonObject &timings, const QString &name)
{
    const double value = timings.value(name).toDouble(-1);
    return value < 0 ? 0 : value;
}

net::Exchange readExchange(const QJsonObject &entry, const core::Request &request,
                           QSet<QString> &seenConnections)
{
    net::Exchange exchange;
    exchange.startedAt = QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(),
                                               Qt::ISODateWithMs);
    exchange.request = request;
    exchange.method = request.method.toUtf8();
    exchange.url = QUrl(request.url);
    exchange.finalUrl = exchange.url;
    exchange.tls = exchange.url.scheme() == u"https";
    for (const core::KeyValue &header : request.headers)
        exchange.requestHeaders.append({header.name.toUtf8(), header.value.toUtf8()});
    const QJsonObject response = entry.value(u"response"_s).toObject();
    exchange.status = response.value(u"status"_s).toInt();
    exchange.reason = response.value(u"statusText"_s).toString().toUtf8();
    for (const QJsonValue &value : response.value(u"headers"_s).toArray())
        exchange.responseHeaders.append({value.toObject().value(u"name"_s).toString().toUtf8(),
                                         value.toObject().value(u"value"_s).toString().toUtf8()});
    const QString version = response.value(u"httpVersion"_s).toString().toLower();
    exchange.protocol = version.contains(u"2"_s) && !version.contains(u"1."_s) ? u"HTTP/2"_s
            : version.contains(u"3"_s)                                         ? u"HTTP/3"_s
                                                                               : u"HTTP/1.1"_s;
    const QJsonObject content = response.value(u"content"_s).toObject();
    QByteArray body = content.value(u"text"_s).toString().toUtf8();
    if (content.value(u"encoding"_s).toString() == u"base64")
        body = QByteArray::fromBase64(body);
    exchange.body = std::make_shared<net::ResponseBody>(qMax<qint64>(body.size(), 1));
    exchange.body->append(body);
    const QJsonObject timings = entry.value(u"timings"_s).toObject();
    exchange.phases.queuedMs = timing(timings, u"blocked"_s) + timing(timings, u"dns"_s);
    exchange.phases.connectMs = timing(timings, u"connect"_s); // includes ssl (HAR 1.2)
    exchange.phases.uploadMs = timing(timings, u"send"_s);
    exchange.phases.waitMs = timing(timings, u"wait"_s);
    exchange.phases.downloadMs = timing(timings, u"receive"_s);
    exchange.phases.totalMs = entry.value(u"time"_s).toDouble();
    exchange.connectionId = entry.value(u"connection"_s).toString();
    if (exchange.status <= 0) {
        exchange.verdict = net::ConnectionVerdict::None;
        exchange.error = response.value(u"_error"_s).toString(QObject::tr("no response recorded"));
    } else if (!exchange.connectionId.isEmpty()) {
        // The browser's connection id is the ground truth: first use opened it.
        const bool first = !seenConnections.contains(exchange.connectionId);
        seenConnections.insert(exchange.connectionId);
        exchange.verdict = first                 ? net::ConnectionVerdict::New
                : exchange.protocol == u"HTTP/2" ? net::ConnectionVerdict::Multiplexed
                                                 : net::ConnectionVerdict::Reused;
    } else {
        exchange.verdict = timings.value(u"connect"_s).toDouble(-1) > 0
                ? net::ConnectionVerdict::New
                : net::ConnectionVerdict::Reused;
    }
    return exchange;
}

} // namespace

bool HarImporter::isHar(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    return object.value(u"log"_s).toObject().contains(u"entries"_s) || isHarRequest(object)
            || (object.contains(u"request"_s)
                && isHarRequest(object.value(u"request"_s).toObject()));
}

Result<ImportResult> HarImporter::import(const QJsonDocument &document, const QString &name)
{
    ImportResult result;
    result.format = u"har"_s;
    result.collection.name = QFileInfo(name).completeBaseName();
    const QJsonObject root = document.object();
    QJsonArray entries;
    if (root.contains(u"log"_s)) {
        const QJsonValue list = root.value(u"log"_s).toObject().value(u"entries"_s);
        if (!list.isArray())
            return Error{u"parse-error"_s, QObject::tr("%1: log.entries is not a list").arg(name)};
        entries = list.toArray();
    } else if (isHarRequest(root)) {
        entries.append(QJsonObject{{u"request"_s, root}});
    } else if (root.contains(u"request"_s)) {
        entries.append(root);
    } else {
        return Error{u"parse-error"_s,
                     QObject::tr("%1: not a HAR file (no log.entries)").arg(name)};
    }
    if (entries.isEmpty()) {
        result.warn(name, QObject::tr("the HAR file holds no requests; nothing was imported"));
        return result;
    }
    QSet<QString> hosts;
    for (const QJsonValue &entry : std::as_const(entries))
        hosts.insert(
                QUrl(entry.toObject().value(u"request"_s).toObject().value(u"url"_s).toString())
                        .host());
    QSet<QString> seenConnections;
    QHash<QString, int> folderByHost;
    int index = 0;
    for (const QJsonValue &value : std::as_const(entries)) {
        ++index;
        const QJsonObject entry = value.toObject();
        const QJsonObject har = entry.value(u"request"_s).toObject();
        if (!isHarRequest(har)) {
            result.warn(name, QObject::tr("entry %1 has no method and URL; skipped").arg(index));
            continue;
        }
        core::SavedRequest saved;
        saved.request = readRequest(har, name, result);
        saved.name = har.value(u"comment"_s).toString().trimmed();
        if (saved.name.isEmpty())
            saved.name = CurlImporter::nameFor(saved.request);
        if (entry.contains(u"response"_s))
            result.exchanges.append(readExchange(entry, saved.request, seenConnections));
        core::CollectionFolder *folder = &result.collection.root;
        const QString host = QUrl(saved.request.url).host();
        if (hosts.size() > 1 && !host.isEmpty()) {
            if (!folderByHost.contains(host)) {
                core::CollectionFolder child;
                child.name = host;
                folderByHost.insert(host, int(result.collection.root.folders.size()));
                result.collection.root.order.append(host);
                result.collection.root.folders.append(child);
            }
            folder = &result.collection.root.folders[folderByHost.value(host)];
        }
        folder->order.append(saved.name);
        folder->requests.append(saved);
    }
    return result;
}

} // namespace tether::formats
