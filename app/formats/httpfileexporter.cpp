// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/httpfileexporter.h"
#include "formats/curlexporter.h"
#include "formats/importresult.h"

#include "net/requestfactory.h"
#include "store/requestresolver.h"

#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tether::formats {

QString HttpFileExporter::exportRequest(const QString &name, const core::Request &request)
{
    QString text = u"### "_s + QString(name).replace(u'\n', u' ') + u'\n';
    text += request.method + u' ' + CurlExporter::effectiveUrl(request) + u'\n';
    for (const core::KeyValue &header : request.headers)
        if (header.enabled && !header.name.isEmpty())
            text += header.name + u": "_s + header.value + u'\n';
    const core::Auth &auth = request.auth;
    if (auth.type == core::AuthType::Basic) // both clients encode "Basic user:password"
        text += u"Authorization: Basic "_s + auth.username + u':' + auth.password + u'\n';
    else if (auth.type == core::AuthType::Bearer)
        text += u"Authorization: Bearer "_s + auth.token + u'\n';
    else if (auth.type == core::AuthType::ApiKey
             && auth.keyLocation == core::ApiKeyLocation::Header)
        text += auth.keyName + u": "_s + auth.keyValue + u'\n';
    const core::RequestBody &body = request.body;
    auto contentType = [&](const QString &type) {
        if (!request.hasHeader(u"Content-Type"_s))
            text += u"Content-Type: "_s + type + u'\n';
    };
    switch (body.mode) {
    case core::BodyMode::None:
        break;
    case core::BodyMode::Raw:
        if (!body.contentType.isEmpty())
            contentType(body.contentType);
        text += u'\n' + body.text + u'\n';
        break;
    case core::BodyMode::Json:
        contentType(u"application/json"_s);
        text += u'\n' + body.text + u'\n';
        break;
    case core::BodyMode::FormUrlEncoded: {
        contentType(u"application/x-www-form-urlencoded"_s);
        text += u'\n' + net::RequestFactory::formEncode(body.formFields) + u'\n';
        break;
    }
    case core::BodyMode::Multipart: {
        const QString boundary
                = u"TetherBoundary"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        text += u"Content-Type: multipart/form-data; boundary="_s + boundary + u"\n\n"_s;
        for (const core::MultipartField &field : body.multipartFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            text += u"--"_s + boundary + u"\nContent-Disposition: form-data; name=\""_s + field.name
                    + u'"';
            if (field.isFile)
                text += u"; filename=\""_s + field.value.section(u'/', -1) + u'"';
            text += u'\n';
            if (!field.contentType.isEmpty())
                text += u"Content-Type: "_s + field.contentType + u'\n';
            text += u'\n' + (field.isFile ? u"< "_s + field.value : field.value) + u'\n';
        }
        text += u"--"_s + boundary + u"--\n"_s;
        break;
    }
    case core::BodyMode::BinaryFile:
        contentType(u"application/octet-stream"_s);
        text += u"\n< "_s + body.filePath + u'\n';
        break;
    }
    return text;
}

QString HttpFileExporter::exportCollection(const core::Collection &collection)
{
    QString text = u"# %1 — exported by Tether\n"_s.arg(collection.name);
    QStringList secrets;
    for (const core::Variable &variable : collection.variables) {
        if (variable.secret)
            secrets.append(variable.name);
        else if (variable.enabled)
            text += u"@%1 = %2\n"_s.arg(variable.name, variable.value);
    }
    if (!secrets.isEmpty())
        text += u"# Secret variables (kept in Tether's keychain, define them in your client): %1\n"_s
                        .arg(secrets.join(u", "_s));
    forEachRequest(collection.root, [&](const core::SavedRequest &saved) {
        text += u'\n'
                + exportRequest(saved.path,
                                store::RequestResolver::withInheritance(collection, saved.path,
                                                                        saved.request));
    });
    return text;
}

} // namespace tether::formats
