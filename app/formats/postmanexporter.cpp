// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/postmanexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

QJsonArray rows(const core::KeyValueList &list, const QString &keyName = u"key"_s)
{
    QJsonArray array;
    for (const core::KeyValue &row : list) {
        QJsonObject object{{keyName, row.name}, {u"value"_s, row.value}};
        if (!row.enabled)
            object.insert(u"disabled"_s, true);
        array.append(object);
    }
    return array;
}

QJsonValue auth(const core::Auth &auth)
{
    auto parameter = [](const QString &key, const QString &value) {
        return QJsonObject{{u"key"_s, key}, {u"value"_s, value}, {u"type"_s, u"string"_s}};
    };
    switch (auth.type) {
    case core::AuthType::Inherit:
        return QJsonValue::Undefined; // Postman inherits when "auth" is absent
    case core::AuthType::None:
        return QJsonObject{{u"type"_s, u"noauth"_s}};
    case core::AuthType::Basic:
        return QJsonObject{{u"type"_s, u"basic"_s},
                           {u"basic"_s,
                            QJsonArray{parameter(u"username"_s, auth.username),
                                       parameter(u"password"_s, auth.password)}}};
    case core::AuthType::Bearer:
        return QJsonObject{{u"type"_s, u"bearer"_s},
                           {u"bearer"_s, QJsonArray{parameter(u"token"_s, auth.token)}}};
    case core::AuthType::ApiKey:
        return QJsonObject{
                {u"type"_s, u"apikey"_s},
                {u"apikey"_s,
                 QJsonArray{parameter(u"key"_s, auth.keyName), parameter(u"value"_s, auth.keyValue),
                            parameter(u"in"_s,
                                      auth.keyLocation == core::ApiKeyLocation::Query
                                              ? u"query"_s
                                              : u"header"_s)}}};
    }
    return QJsonValue::Undefined;
}

QString languageFor(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"application/json" || type.endsWith(u"+json"_s))
        return u"json"_s;
    if (type.endsWith(u"xml"_s))
        return u"xml"_s;
    if (type == u"text/html")
        return u"html"_s;
    if (type == u"application/javascript")
        return u"javascript"_s;
    return u"text"_s;
}

QJsonObject body(const core::Request &request, QJsonArray &headers)
{
    const core::RequestBody &body = request.body;
    switch (body.mode) {
    case core::BodyMode::None:
        return {};
    case core::BodyMode::Json:
        return {{u"mode"_s, u"raw"_s},
                {u"raw"_s, body.text},
                {u"options"_s, QJsonObject{{u"raw"_s, QJsonObject{{u"language"_s, u"json"_s}}}}}};
    case core::BodyMode::Raw: {
        // Postman sends text/plain for "text"; any other type travels as a header.
        const QString language
                = body.contentType.isEmpty() ? u"text"_s : languageFor(body.contentType);
        if (!body.contentType.isEmpty() && !request.hasHeader(u"Content-Type"_s))
            headers.append(
                    QJsonObject{{u"key"_s, u"Content-Type"_s}, {u"value"_s, body.contentType}});
        return {{u"mode"_s, u"raw"_s},
                {u"raw"_s, body.text},
                {u"options"_s, QJsonObject{{u"raw"_s, QJsonObject{{u"language"_s, language}}}}}};
    }
    case core::BodyMode::FormUrlEncoded:
        return {{u"mode"_s, u"urlencoded"_s}, {u"urlencoded"_s, rows(body.formFields)}};
    case core::BodyMode::Multipart: {
        QJsonArray fields;
        for (const core::MultipartField &field : body.multipartFields) {
            QJsonObject object{{u"key"_s, field.name},
                               {u"type"_s, field.isFile ? u"file"_s : u"text"_s}};
            object.insert(field.isFile ? u"src"_s : u"value"_s, field.value);
            if (!field.contentType.isEmpty())
                object.insert(u"contentType"_s, field.contentType);
            if (!field.enabled)
                object.insert(u"disabled"_s, true);
            fields.append(object);
        }
        return {{u"mode"_s, u"formdata"_s}, {u"formdata"_s, fields}};
    }
    case core::BodyMode::BinaryFile:
        return {{u"mode"_s, u"file"_s}, {u"file"_s, QJsonObject{{u"src"_s, body.filePath}}}};
    }
    return {};
}

// Checks and extractions as a Postman test script.
QStringList testScript(const core::SavedRequest &saved)
{
    using Kind = core::Check::Kind;
    QStringList lines;
    for (const core::Check &check : saved.checks) {
        if (check.kind == Kind::Status && check.equals) {
            lines << u"pm.test(\"status is %1\", function () { pm.response.to.have.status(%1); });"_s
                             .arg(check.equals->toInt());
        } else if (check.kind == Kind::Status) {
            lines << u"pm.test(\"status in range\", function () { pm.expect(pm.response.code).to.be.within(%1, %2); });"_s
                             .arg(check.minStatus.value_or(100))
                             .arg(check.maxStatus.value_or(599));
        } else if (check.kind == Kind::Time) {
            lines << u"pm.test(\"time below %1 ms\", function () { pm.expect(pm.response.responseTime).to.be.below(%1); });"_s
                             .arg(check.belowMs);
        } else if (check.kind == Kind::Body && check.contains) {
            const QString text = QString::fromUtf8(
                    QJsonDocument(QJsonArray{*check.contains}).toJson(QJsonDocument::Compact));
            lines << u"pm.test(\"body contains\", function () { pm.expect(pm.response.text()).to.include(%1); });"_s
                             .arg(text.mid(1, text.size() - 2));
        } else if (check.kind == Kind::Header && !check.equals && !check.matches) {
            lines << u"pm.test(\"has header\", function () { pm.response.to.have.header(\"%1\"); });"_s
                             .arg(check.subject);
        }
    }
    using Source = core::Extraction::Source;
    for (const core::Extraction &extraction : saved.extractions) {
        if (extraction.source == Source::Json && extraction.expression.startsWith(u'$'))
            lines << u"pm.collectionVariables.set(\"%1\", pm.response.json()%2);"_s.arg(
                    extraction.variable, extraction.expression.mid(1));
        else if (extraction.source == Source::Header)
            lines << u"pm.collectionVariables.set(\"%1\", pm.response.headers.get(\"%2\"));"_s.arg(
                    extraction.variable, extraction.expression);
    }
    return lines;
}

void mergeInherited(core::KeyValueList &headers, const core::KeyValueList &inherited)
{
    for (const core::KeyValue &header : inherited) {
        const bool overridden
                = std::any_of(headers.begin(), headers.end(), [&](const core::KeyValue &own) {
                      return own.name.compare(header.name, Qt::CaseInsensitive) == 0;
                  });
        if (!overridden)
            headers.prepend(header);
    }
}

QJsonObject requestItem(const core::SavedRequest &saved, const core::KeyValueList &inheritedHeaders)
{
    const core::Request &request = saved.request;
    core::KeyValueList headerRows = request.headers;
    mergeInherited(headerRows, inheritedHeaders);
    QJsonArray headers = rows(headerRows);
    QJsonObject requestObject{{u"method"_s, request.method}};
    const QJsonObject bodyObject = body(request, headers);
    requestObject.insert(u"header"_s, headers);
    if (!bodyObject.isEmpty())
        requestObject.insert(u"body"_s, bodyObject);
    // url: raw with the enabled params; all params (disabled too) in "query".
    QString raw = request.url;
    QStringList enabled;
    for (const core::KeyValue &param : request.params)
        if (param.enabled && !param.name.isEmpty())
            enabled += QString::fromLatin1(QUrl::toPercentEncoding(param.name, "{}")) + u'='
                    + QString::fromLatin1(QUrl::toPercentEncoding(param.value, "{}"));
    if (!enabled.isEmpty())
        raw += (raw.contains(u'?') ? u"&"_s : u"?"_s) + enabled.join(u'&');
    QJsonObject url{{u"raw"_s, raw}};
    if (!request.params.isEmpty())
        url.insert(u"query"_s, rows(request.params));
    if (!request.pathVariables.isEmpty())
        url.insert(u"variable"_s, rows(request.pathVariables));
    requestObject.insert(u"url"_s, url);
    const QJsonValue authValue = auth(request.auth);
    if (!authValue.isUndefined())
        requestObject.insert(u"auth"_s, authValue);
    if (!saved.notes.isEmpty())
        requestObject.insert(u"description"_s, saved.notes);
    QJsonObject item{{u"name"_s, saved.name}, {u"request"_s, requestObject}};
    const QStringList script = testScript(saved);
    if (!script.isEmpty())
        item.insert(u"event"_s,
                    QJsonArray{QJsonObject{
                            {u"listen"_s, u"test"_s},
                            {u"script"_s,
                             QJsonObject{{u"type"_s, u"text/javascript"_s},
                                         {u"exec"_s, QJsonArray::fromStringList(script)}}}}});
    return item;
}

QJsonArray folderItems(const core::CollectionFolder &folder,
                       const core::KeyValueList &inheritedHeaders)
{
    core::KeyValueList headers = folder.headers;
    mergeInherited(headers, inheritedHeaders);
    // Display order: the folder's order list, then the rest.
    QList<std::pair<QString, QJsonObject>> items;
    for (const core::CollectionFolder &child : folder.folders) {
        QJsonObject item{{u"name"_s, child.name}, {u"item"_s, folderItems(child, headers)}};
        const QJsonValue authValue = auth(child.auth);
        if (!authValue.isUndefined() && child.auth.type != core::AuthType::None)
            item.insert(u"auth"_s, authValue);
        if (child.raw.contains(u"description"_s))
            item.insert(u"description"_s, child.raw.value(u"description"_s));
        items.append({child.name, item});
    }
    for (const core::SavedRequest &request : folder.requests)
        items.append({request.name, requestItem(request, headers)});
    std::stable_sort(items.begin(), items.end(), [&](const auto &a, const auto &b) {
        auto rank = [&](const QString &name) {
            const qsizetype index = folder.order.indexOf(name);
            return index < 0 ? folder.order.size() : index;
        };
        return rank(a.first) < rank(b.first);
    });
    QJsonArray array;
    for (const auto &item : items)
        array.append(item.second);
    return array;
}

} // namespace

QJsonObject PostmanExporter::exportRequest(const core::Collection &collection,
                                           const core::SavedRequest &request)
{
    core::KeyValueList inherited;
    for (const core::CollectionFolder *folder : collection.folderChain(request.path))
        mergeInherited(inherited, folder->headers);
    return requestItem(request, inherited);
}

QJsonObject PostmanExporter::exportCollection(const core::Collection &collection)
{
    QJsonObject info{{u"_postman_id"_s, collection.id},
                     {u"name"_s, collection.name},
                     {u"schema"_s,
                      u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}};
    if (!collection.description.isEmpty())
        info.insert(u"description"_s, collection.description);
    QJsonObject root{{u"info"_s, info}, {u"item"_s, folderItems(collection.root, {})}};
    const QJsonValue authValue = auth(collection.root.auth);
    if (!authValue.isUndefined() && collection.root.auth.type != core::AuthType::None)
        root.insert(u"auth"_s, authValue);
    QJsonArray variables;
    for (const core::Variable &variable : collection.variables) {
        QJsonObject object{{u"key"_s, variable.name},
                           {u"value"_s, variable.secret ? QString() : variable.value}};
        if (variable.secret)
            object.insert(u"type"_s, u"secret"_s);
        if (!variable.enabled)
            object.insert(u"disabled"_s, true);
        variables.append(object);
    }
    if (!variables.isEmpty())
        root.insert(u"variable"_s, variables);
    return root;
}

} // namespace tether::formats
