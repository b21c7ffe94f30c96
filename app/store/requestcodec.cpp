// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/requestcodec.h"

using namespace Qt::StringLiterals;

namespace tether::store {

using core::AuthType;
using core::BodyMode;

QJsonArray RequestCodec::encodeKeyValues(const core::KeyValueList &list)
{
    QJsonArray array;
    for (const core::KeyValue &entry : list) {
        QJsonObject object{{u"name"_s, entry.name}, {u"value"_s, entry.value}};
        if (!entry.enabled)
            object.insert(u"enabled"_s, false);
        array.append(object);
    }
    return array;
}

core::KeyValueList RequestCodec::decodeKeyValues(const QJsonArray &array)
{
    core::KeyValueList list;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        list.append({object.value(u"name"_s).toString(), object.value(u"value"_s).toString(),
                     object.value(u"enabled"_s).toBool(true)});
    }
    return list;
}

static constexpr std::pair<AuthType, const char16_t *> authTypeNames[] = {
        {AuthType::None, u"none"},       {AuthType::Basic, u"basic"},
        {AuthType::Bearer, u"bearer"},   {AuthType::ApiKey, u"apikey"},
        {AuthType::Inherit, u"inherit"},
};

QJsonObject RequestCodec::encodeAuth(const core::Auth &auth)
{
    QJsonObject object;
    for (const auto &[type, name] : authTypeNames) {
        if (type == auth.type)
            object.insert(u"type"_s, QString::fromUtf16(name));
    }
    switch (auth.type) {
    case AuthType::Basic:
        object.insert(u"username"_s, auth.username);
        object.insert(u"password"_s, auth.password);
        break;
    case AuthType::Bearer:
        object.insert(u"token"_s, auth.token);
        break;
    case AuthType::ApiKey:
        object.insert(u"key"_s, auth.keyName);
        object.insert(u"value"_s, auth.keyValue);
        object.insert(u"in"_s,
                      auth.keyLocation == core::ApiKeyLocation::Query ? u"query"_s : u"header"_s);
        break;
    case AuthType::None:
    case AuthType::Inherit:
        break;
    }
    return object;
}

core::Auth RequestCodec::decodeAuth(const QJsonObject &object)
{
    core::Auth auth;
    const QString type = object.value(u"type"_s).toString();
    for (const auto &[candidate, name] : authTypeNames) {
        if (type == QString::fromUtf16(name))
            auth.type = candidate;
    }
    auth.username = object.value(u"username"_s).toString();
    auth.password = object.value(u"password"_s).toString();
    auth.token = object.value(u"token"_s).toString();
    auth.keyName = object.value(u"key"_s).toString();
    auth.keyValue = object.value(u"value"_s).toString();
    auth.keyLocation = object.value(u"in"_s).toString() == u"query" ? core::ApiKeyLocation::Query
                                                                    : core::ApiKeyLocation::Header;
    return auth;
}

static QJsonObject encodeBody(const core::RequestBody &body)
{
    QJsonObject object{{u"mode"_s, core::bodyModeName(body.mode)}};
    switch (body.mode) {
    case BodyMode::Raw:
        object.insert(u"text"_s, body.text);
        if (!body.contentType.isEmpty())
            object.insert(u"contentType"_s, body.contentType);
        break;
    case BodyMode::Json:
        object.insert(u"text"_s, body.text);
        break;
    case BodyMode::FormUrlEncoded:
        object.insert(u"fields"_s, RequestCodec::encodeKeyValues(body.formFields));
        break;
    case BodyMode::Multipart: {
        QJsonArray fields;
        for (const core::MultipartField &field : body.multipartFields) {
            QJsonObject entry{{u"name"_s, field.name}};
            entry.insert(field.isFile ? u"file"_s : u"value"_s, field.value);
            if (!field.contentType.isEmpty())
                entry.insert(u"contentType"_s, field.contentType);
            if (!field.enabled)
                entry.insert(u"enabled"_s, false);
            fields.append(entry);
        }
        object.insert(u"fields"_s, fields);
        break;
    }
    case BodyMode::BinaryFile:
        object.insert(u"file"_s, body.filePath);
        break;
    case BodyMode::None:
        break;
    }
    return object;
}

static core::RequestBody decodeBody(const QJsonObject &object)
{
    core::RequestBody body;
    body.mode = core::bodyModeFromName(object.value(u"mode"_s).toString(u"none"_s));
    body.text = object.value(u"text"_s).toString();
    body.contentType = object.value(u"contentType"_s).toString();
    body.filePath = object.value(u"file"_s).toString();
    const QJsonArray fields = object.value(u"fields"_s).toArray();
    if (body.mode == BodyMode::FormUrlEncoded)
        body.formFields = RequestCodec::decodeKeyValues(fields);
    if (body.mode == BodyMode::Multipart) {
        for (const QJsonValue &value : fields) {
            const QJsonObject entry = value.toObject();
            core::MultipartField field;
            field.name = entry.value(u"name"_s).toString();
            field.isFile = entry.contains(u"file"_s);
            field.value = entry.value(field.isFile ? u"file"_s : u"value"_s).toString();
            field.contentType = entry.value(u"contentType"_s).toString();
            field.enabled = entry.value(u"enabled"_s).toBool(true);
            body.multipartFields.append(field);
        }
    }
    return body;
}

QJsonObject RequestCodec::encode(const core::Request &request, const QJsonObject &base)
{
    QJsonObject object = base; // unknown fields ride along
    object.insert(u"method"_s, request.method);
    object.insert(u"url"_s, request.url);
    auto setOrRemove = [&object](const QString &key, const QJsonValue &value, bool empty) {
        if (empty)
            object.remove(key);
        else
            object.insert(key, value);
    };
    setOrRemove(u"params"_s, encodeKeyValues(request.params), request.params.isEmpty());
    setOrRemove(u"headers"_s, encodeKeyValues(request.headers), request.headers.isEmpty());
    setOrRemove(u"body"_s, encodeBody(request.body), request.body.mode == BodyMode::None);
    setOrRemove(u"auth"_s, encodeAuth(request.auth), request.auth.type == AuthType::None);
    return object;
}

core::Request RequestCodec::decode(const QJsonObject &object)
{
    core::Request request;
    request.method = object.value(u"method"_s).toString(u"GET"_s);
    request.url = object.value(u"url"_s).toString();
    request.params = decodeKeyValues(object.value(u"params"_s).toArray());
    request.headers = decodeKeyValues(object.value(u"headers"_s).toArray());
    request.body = decodeBody(object.value(u"body"_s).toObject());
    request.auth = decodeAuth(object.value(u"auth"_s).toObject());
    return request;
}

} // namespace tether::store
