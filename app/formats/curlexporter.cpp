// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/curlexporter.h"

#include "core/pathvariables.h"
#include "net/requestfactory.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::formats {

QString CurlExporter::quote(const QString &word)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_./:@%+=,-]+$"_s);
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    return u"'"_s + QString(word).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
}

QString CurlExporter::effectiveUrl(const core::Request &request)
{
    auto url = net::RequestFactory::effectiveUrl(request);
    if (url)
        return url.value().toString(QUrl::FullyEncoded);
    // {{references}} or a typo: append params the same way, textually.
    QString text = core::PathVariables::apply(request.url, request.pathVariables);
    core::KeyValueList query = request.params;
    if (request.auth.type == core::AuthType::ApiKey
        && request.auth.keyLocation == core::ApiKeyLocation::Query)
        query.append({request.auth.keyName, request.auth.keyValue, true});
    if (const QString extra = net::RequestFactory::formEncode(query); !extra.isEmpty())
        text += (text.contains(u'?') ? u"&"_s : u"?"_s) + extra;
    return text;
}

QString CurlExporter::toCommand(const core::Request &request, bool multiline)
{
    QStringList parts; // options, each with its value
    const core::RequestBody &body = request.body;
    const bool hasBody = body.mode != core::BodyMode::None;
    if (request.method == u"HEAD")
        parts << u"--head"_s;
    else if (!(request.method == u"GET" && !hasBody) && !(request.method == u"POST" && hasBody))
        parts << u"--request "_s + quote(request.method);
    const QString url = quote(effectiveUrl(request));
    for (const core::KeyValue &header : request.headers) {
        if (!header.enabled || header.name.isEmpty())
            continue;
        // "Name;" is how curl sends a header with an empty value.
        parts << u"--header "_s
                        + quote(header.value.isEmpty()
                                        ? QString(header.name + u';')
                                        : QString(header.name + u": "_s + header.value));
    }
    switch (request.auth.type) {
    case core::AuthType::Basic:
        parts << u"--user "_s + quote(request.auth.username + u':' + request.auth.password);
        break;
    case core::AuthType::Bearer:
        parts << u"--oauth2-bearer "_s + quote(request.auth.token);
        break;
    case core::AuthType::ApiKey:
        if (request.auth.keyLocation == core::ApiKeyLocation::Header
            && !request.auth.keyName.isEmpty())
            parts << u"--header "_s + quote(request.auth.keyName + u": "_s + request.auth.keyValue);
        break;
    case core::AuthType::None:
    case core::AuthType::Inherit:
        break;
    }
    auto contentType = [&](const QString &type) {
        if (!request.hasHeader(u"Content-Type"_s))
            parts << u"--header "_s + quote(u"Content-Type: "_s + type);
    };
    switch (body.mode) {
    case core::BodyMode::None:
        break;
    case core::BodyMode::Raw:
        contentType(body.contentType.isEmpty() ? u"text/plain; charset=utf-8"_s : body.contentType);
        parts << u"--data-raw "_s + quote(body.text);
        break;
    case core::BodyMode::Json:
        contentType(u"application/json"_s);
        parts << u"--data-raw "_s + quote(body.text);
        break;
    case core::BodyMode::FormUrlEncoded: {
        parts << u"--data-raw "_s + quote(net::RequestFactory::formEncode(body.formFields));
        break;
    }
    case core::BodyMode::Multipart:
        for (const core::MultipartField &field : body.multipartFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            if (field.isFile) {
                QString value = field.name + u"=@"_s + field.value;
                if (!field.contentType.isEmpty())
                    value += u";type="_s + field.contentType;
                parts << u"--form "_s + quote(value);
            } else if (field.contentType.isEmpty()) {
                parts << u"--form-string "_s + quote(field.name + u'=' + field.value);
            } else {
                parts << u"--form "_s
                                + quote(field.name + u'=' + field.value + u";type="_s
                                        + field.contentType);
            }
        }
        break;
    case core::BodyMode::BinaryFile:
        contentType(u"application/octet-stream"_s);
        parts << u"--data-binary "_s + quote(u"@"_s + body.filePath);
        break;
    }
    const QString head = u"curl "_s
            + (parts.isEmpty() || !parts.first().startsWith(u"--request"_s)
                       ? QString()
                       : parts.takeFirst() + u' ')
            + url;
    if (parts.isEmpty())
        return head;
    // One option per line, as browsers copy it.
    return head + (multiline ? u" \\\n  "_s : u" "_s)
            + parts.join(multiline ? u" \\\n  "_s : u" "_s);
}

} // namespace tether::formats
