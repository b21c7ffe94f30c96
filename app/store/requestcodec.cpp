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
    setOrRemove(u"pathVariables"_s, encodeKeyValues(request.pathVariables),
                request.pathVariables.isEmpty());
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
    request.pathVariables = decodeKeyValues(object.value(u"pathVariables"_s).toArray());
    request.headers = decodeKeyValues(object.value(u"headers"_s).toArray());
    request.body = decodeBody(object.value(u"body"_s).toObject());
    request.auth = decodeAuth(object.value(u"auth"_s).toObject());
    return request;
}

// The object's fields other than known, to write back as they were.
static QJsonObject fieldsBeyond(const QJsonObject &object, std::initializer_list<QString> known)
{
    QJsonObject other = object;
    for (const QString &key : known)
        other.remove(key);
    return other;
}

static void insertIf(QJsonObject &object, const QString &key,
                     const std::optional<QJsonValue> &value)
{
    if (value)
        object.insert(key, *value);
}

static void insertIf(QJsonObject &object, const QString &key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

static std::optional<QString> textIfPresent(const QJsonObject &object, const QString &key)
{
    return object.contains(key) ? std::optional(object.value(key).toString()) : std::nullopt;
}

static core::Check decodeCheck(const QJsonObject &object)
{
    using Kind = core::Check::Kind;
    core::Check check;
    check.type = object.value(u"type"_s).toString();
    const auto optionalValue = [&object](const QString &key) {
        return object.contains(key) ? std::optional(object.value(key)) : std::nullopt;
    };
    const auto optionalInt = [&object](const QString &key) {
        return object.contains(key) ? std::optional(object.value(key).toInt()) : std::nullopt;
    };
    if (check.type == u"status") {
        check.kind = Kind::Status;
        check.equals = optionalValue(u"equals"_s);
        check.minStatus = optionalInt(u"min"_s);
        check.maxStatus = optionalInt(u"max"_s);
        check.otherFields = fieldsBeyond(object, {u"type"_s, u"equals"_s, u"min"_s, u"max"_s});
    } else if (check.type == u"header") {
        check.kind = Kind::Header;
        check.subject = object.value(u"name"_s).toString();
        check.equals = optionalValue(u"equals"_s);
        check.matches = textIfPresent(object, u"matches"_s);
        check.otherFields = fieldsBeyond(object, {u"type"_s, u"name"_s, u"equals"_s, u"matches"_s});
    } else if (check.type == u"body") {
        check.kind = Kind::Body;
        check.contains = textIfPresent(object, u"contains"_s);
        check.matches = textIfPresent(object, u"matches"_s);
        check.otherFields = fieldsBeyond(object, {u"type"_s, u"contains"_s, u"matches"_s});
    } else if (check.type == u"json") {
        check.kind = Kind::Json;
        check.subject = object.value(u"path"_s).toString();
        check.equals = optionalValue(u"equals"_s);
        check.otherFields = fieldsBeyond(object, {u"type"_s, u"path"_s, u"equals"_s});
    } else if (check.type == u"time") {
        check.kind = Kind::Time;
        check.belowMs = object.value(u"below"_s).toDouble();
        check.otherFields = fieldsBeyond(object, {u"type"_s, u"below"_s});
    } else {
        check.otherFields = fieldsBeyond(object, {u"type"_s});
    }
    return check;
}

static QJsonObject encodeCheck(const core::Check &check)
{
    using Kind = core::Check::Kind;
    QJsonObject object = check.otherFields;
    object.insert(u"type"_s, check.type);
    switch (check.kind) {
    case Kind::Status:
        insertIf(object, u"equals"_s, check.equals);
        if (check.minStatus)
            object.insert(u"min"_s, *check.minStatus);
        if (check.maxStatus)
            object.insert(u"max"_s, *check.maxStatus);
        break;
    case Kind::Header:
        object.insert(u"name"_s, check.subject);
        insertIf(object, u"equals"_s, check.equals);
        insertIf(object, u"matches"_s, check.matches);
        break;
    case Kind::Body:
        insertIf(object, u"contains"_s, check.contains);
        insertIf(object, u"matches"_s, check.matches);
        break;
    case Kind::Json:
        object.insert(u"path"_s, check.subject);
        insertIf(object, u"equals"_s, check.equals);
        break;
    case Kind::Time:
        object.insert(u"below"_s, check.belowMs);
        break;
    case Kind::Unknown:
        break;
    }
    return object;
}

QJsonArray RequestCodec::encodeChecks(const QList<core::Check> &checks)
{
    QJsonArray array;
    for (const core::Check &check : checks)
        array.append(encodeCheck(check));
    return array;
}

QList<core::Check> RequestCodec::decodeChecks(const QJsonArray &array)
{
    QList<core::Check> checks;
    for (const QJsonValue &value : array)
        checks.append(decodeCheck(value.toObject()));
    return checks;
}

// The first of json, header, regex names the source (as the runner has always read them).
static const QString extractionKeys[] = {u"json"_s, u"header"_s, u"regex"_s};

QJsonArray RequestCodec::encodeExtractions(const QList<core::Extraction> &extractions)
{
    using Source = core::Extraction::Source;
    QJsonArray array;
    for (const core::Extraction &extraction : extractions) {
        QJsonObject object = extraction.otherFields;
        object.insert(u"variable"_s, extraction.variable);
        if (extraction.source != Source::Unknown)
            object.insert(extractionKeys[int(extraction.source)], extraction.expression);
        array.append(object);
    }
    return array;
}

QList<core::Extraction> RequestCodec::decodeExtractions(const QJsonArray &array)
{
    QList<core::Extraction> extractions;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        core::Extraction extraction;
        extraction.variable = object.value(u"variable"_s).toString();
        extraction.otherFields = fieldsBeyond(object, {u"variable"_s});
        for (int source = 0; source < 3; ++source) {
            if (object.contains(extractionKeys[source])) {
                extraction.source = core::Extraction::Source(source);
                extraction.expression = object.value(extractionKeys[source]).toString();
                extraction.otherFields.remove(extractionKeys[source]);
                break;
            }
        }
        extractions.append(extraction);
    }
    return extractions;
}

} // namespace tether::store
