// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/postmanimporter.h"
#include "core/counted.h"
#include "formats/importsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

struct Context
{
    ImportResult &result;
    QStringList dynamicWarned;
    bool examplesWarned = false;
};

QString stringOrJoined(const QJsonValue &value, QChar separator)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(part.isObject() ? part.toObject().value(u"value"_s).toString()
                                         : ImportSupport::textOf(part));
        return parts.join(separator);
    }
    return ImportSupport::textOf(value);
}

QString descriptionText(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(u"content"_s).toString() : value.toString();
}

// v2.1 auth parameters are [{key, value}], v2.0 ones an object.
QString authParameter(const QJsonValue &parameters, const QString &key)
{
    if (parameters.isArray()) {
        for (const QJsonValue &entry : parameters.toArray()) {
            if (entry.toObject().value(u"key"_s).toString() == key)
                return ImportSupport::textOf(entry.toObject().value(u"value"_s));
        }
        return {};
    }
    return ImportSupport::textOf(parameters.toObject().value(key));
}

core::Auth readAuth(const QJsonValue &value, const QString &where, Context &context,
                    bool absentMeansInherit)
{
    core::Auth auth;
    if (!value.isObject()) {
        auth.type = absentMeansInherit ? core::AuthType::Inherit : core::AuthType::None;
        return auth;
    }
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"type"_s).toString();
    const QJsonValue parameters = object.value(type);
    if (type == u"noauth" || type.isEmpty()) {
        auth.type = core::AuthType::None;
    } else if (type == u"inherit") {
        auth.type = core::AuthType::Inherit;
    } else if (type == u"basic") {
        auth.type = core::AuthType::Basic;
        auth.username = authParameter(parameters, u"username"_s);
        auth.password = authParameter(parameters, u"password"_s);
    } else if (type == u"bearer") {
        auth.type = core::AuthType::Bearer;
        auth.token = authParameter(parameters, u"token"_s);
    } else if (type == u"apikey") {
        auth.type = core::AuthType::ApiKey;
        auth.keyName = authParameter(parameters, u"key"_s);
        auth.keyValue = authParameter(parameters, u"value"_s);
        auth.keyLocation = authParameter(parameters, u"in"_s) == u"query"
                ? core::ApiKeyLocation::Query
                : core::ApiKeyLocation::Header;
        if (auth.keyName.isEmpty())
            auth.keyName = u"x-api-key"_s; // Postman's default when the key is left empty
    } else {
        auth.type = core::AuthType::None;
        context.result.warn(where,
                            QObject::tr("%1 auth is not supported by Tether; imported "
                                        "without auth")
                                    .arg(type));
    }
    return auth;
}

core::KeyValueList readRows(const QJsonValue &value, const QString &nameKey = u"key"_s)
{
    core::KeyValueList rows;
    if (value.isObject()) { // lenient: {"Name": "value"}
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            rows.append({it.key(), ImportSupport::textOf(it.value()), true});
        return rows;
    }
    if (value.isString()) { // v2.0 allowed headers as one "Name: value\n" string
        for (const QString &line : value.toString().split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                rows.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
        }
        return rows;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(nameKey).toString();
        if (name.isEmpty() && object.value(u"value"_s).toString().isEmpty())
            continue;
        rows.append({name, ImportSupport::textOf(object.value(u"value"_s)),
                     !object.value(u"disabled"_s).toBool()});
    }
    return rows;
}

QString readUrl(const QJsonValue &value, core::Request &request)
{
    if (!value.isObject())
        return value.toString();
    const QJsonObject url = value.toObject();
    QString raw = url.value(u"raw"_s).toString();
    if (raw.isEmpty()) {
        const QString protocol = url.value(u"protocol"_s).toString();
        raw = (protocol.isEmpty() ? QString() : protocol + u"://"_s)
                + stringOrJoined(url.value(u"host"_s), u'.');
        if (url.contains(u"port"_s))
            raw += u':' + ImportSupport::textOf(url.value(u"port"_s));
        const QString path = stringOrJoined(url.value(u"path"_s), u'/');
        if (!path.isEmpty())
            raw += (path.startsWith(u'/') ? QString() : u"/"_s) + path;
        QStringList query;
        for (const core::KeyValue &row : readRows(url.value(u"query"_s)))
            if (row.enabled)
                query += row.value.isNull() ? row.name : row.name + u'=' + row.value;
        if (!query.isEmpty())
            raw += u'?' + query.join(u'&');
    }
    request.url = raw;
    // Disabled query rows exist only in the object; keep them as disabled params.
    core::KeyValueList disabled;
    for (const core::KeyValue &row : readRows(url.value(u"query"_s)))
        if (!row.enabled)
            disabled.append(row);
    ImportSupport::addQueryParameters(request, disabled);
    return ImportSupport::applyPathParameters(raw, readRows(url.value(u"variable"_s)));
}

void readBody(const QJsonObject &body, core::Request &request, const QString &where,
              Context &context)
{
    if (body.isEmpty() || body.value(u"disabled"_s).toBool())
        return;
    const QString mode = body.value(u"mode"_s).toString();
    if (mode == u"raw") {
        const QString language = body.value(u"options"_s)
                                         .toObject()
                                         .value(u"raw"_s)
                                         .toObject()
                                         .value(u"language"_s)
                                         .toString();
        QString contentType = request.headerValue(u"Content-Type"_s);
        if (contentType.isNull()) {
            static const QHash<QString, QString> types{
                    {u"json"_s, u"application/json"_s},
                    {u"xml"_s, u"application/xml"_s},
                    {u"html"_s, u"text/html"_s},
                    {u"javascript"_s, u"application/javascript"_s},
                    {u"text"_s, u"text/plain"_s}};
            contentType = types.value(language);
        }
        ImportSupport::setTextBody(request, ImportSupport::textOf(body.value(u"raw"_s)),
                                   contentType);
        if (request.body.mode == core::BodyMode::Raw && request.body.contentType.isEmpty())
            request.body.contentType = u"text/plain"_s; // what Postman sends for "Text"
    } else if (mode == u"urlencoded") {
        request.body.mode = core::BodyMode::FormUrlEncoded;
        request.body.formFields = readRows(body.value(u"urlencoded"_s));
    } else if (mode == u"formdata") {
        request.body.mode = core::BodyMode::Multipart;
        for (const QJsonValue &entry : body.value(u"formdata"_s).toArray()) {
            const QJsonObject object = entry.toObject();
            core::MultipartField field;
            field.name = object.value(u"key"_s).toString();
            field.enabled = !object.value(u"disabled"_s).toBool();
            field.contentType = object.value(u"contentType"_s).toString();
            field.isFile = object.value(u"type"_s).toString() == u"file";
            if (field.isFile) {
                const QJsonValue source = object.value(u"src"_s);
                field.value = source.isArray() ? source.toArray().first().toString()
                                               : source.toString();
                if (source.isArray() && source.toArray().size() > 1)
                    context.result.warn(where,
                                        QObject::tr("form field %1 names several files; "
                                                    "only the first was imported")
                                                .arg(field.name));
            } else {
                field.value = ImportSupport::textOf(object.value(u"value"_s));
            }
            request.body.multipartFields.append(field);
        }
    } else if (mode == u"file") {
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = body.value(u"file"_s).toObject().value(u"src"_s).toString();
    } else if (mode == u"graphql") {
        const QJsonObject graphql = body.value(u"graphql"_s).toObject();
        QJsonObject payload{{u"query"_s, graphql.value(u"query"_s).toString()}};
        const QString variables = graphql.value(u"variables"_s).toString();
        if (!variables.trimmed().isEmpty()) {
            const QJsonDocument parsed = QJsonDocument::fromJson(variables.toUtf8());
            if (parsed.isObject())
                payload.insert(u"variables"_s, parsed.object());
            else
                context.result.warn(where,
                                    QObject::tr("GraphQL variables are not a JSON "
                                                "object; left out"));
        }
        request.body.mode = core::BodyMode::Json;
        request.body.text
                = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
    } else if (!mode.isEmpty() && mode != u"none") {
        context.result.warn(where,
                            QObject::tr("body mode %1 is not supported; left out").arg(mode));
    }
}

// Scripts → notes; the common status test → an assertion.
void readEvents(const QJsonValue &events, QString &notes, core::SavedRequest *saved,
                const QString &where, Context &context)
{
    for (const QJsonValue &entry : events.toArray()) {
        const QJsonObject event = entry.toObject();
        const QJsonValue exec = event.value(u"script"_s).toObject().value(u"exec"_s);
        const QString code = exec.isArray() ? stringOrJoined(exec, u'\n') : exec.toString();
        if (code.trimmed().isEmpty())
            continue;
        const QString listen = event.value(u"listen"_s).toString();
        notes += (notes.isEmpty() ? QString() : u"\n\n"_s)
                + QObject::tr("Postman %1 script (not run by Tether):\n").arg(listen) + code;
        const qsizetype checksBefore = saved ? saved->checks.size() : 0;
        const qsizetype extractsBefore = saved ? saved->extractions.size() : 0;
        const auto explain = qScopeGuard([&] {
            const qsizetype checks = saved ? saved->checks.size() - checksBefore : 0;
            const qsizetype extracts = saved ? saved->extractions.size() - extractsBefore : 0;
            QString mapped;
            if (checks > 0 || extracts > 0)
                mapped = QObject::tr(" (made %1 and %2 from it)")
                                 .arg(core::counted(checks, QObject::tr("assertion"),
                                                    QObject::tr("assertions")),
                                      core::counted(extracts, QObject::tr("extraction"),
                                                    QObject::tr("extractions")));
            context.result.warn(where,
                                QObject::tr("%1 script kept in the notes; it is not run%2")
                                        .arg(listen, mapped));
        });
        if (saved && listen == u"test") {
            static const QRegularExpression status(
                    u"pm\\.response\\.to\\.have\\.status\\(\\s*(\\d{3})\\s*\\)"_s);
            for (auto it = status.globalMatch(code); it.hasNext();) {
                const core::Check check = core::Check::status(it.next().captured(1).toInt());
                if (!saved->checks.contains(check))
                    saved->checks.append(check);
            }
            // pm.environment.set("token", jsonData.token) with jsonData = pm.response.json()
            // → an extraction, so chained requests work without the script.
            static const QRegularExpression alias(
                    u"(?:var|let|const)\\s+(\\w+)\\s*=\\s*pm\\.response\\.json\\(\\)"_s);
            QStringList sources{u"pm\\.response\\.json\\(\\)"_s};
            for (auto it = alias.globalMatch(code); it.hasNext();)
                sources.append(QRegularExpression::escape(it.next().captured(1)));
            const QRegularExpression setter(
                    u"pm\\.(?:environment|collectionVariables|globals|variables)\\.set\\(\\s*"
                    "[\"']([\\w.-]+)[\"']\\s*,\\s*(?:%1)((?:\\.\\w+|\\[\\d+\\])*)\\s*\\)"_s.arg(
                            sources.join(u'|')));
            for (auto it = setter.globalMatch(code); it.hasNext();) {
                const auto match = it.next();
                const auto extraction = core::Extraction::fromJsonPath(match.captured(1),
                                                                       u"$"_s + match.captured(2));
                if (!saved->extractions.contains(extraction))
                    saved->extractions.append(extraction);
            }
        }
    }
}

core::SavedRequest readRequest(const QJsonObject &item, Context &context)
{
    core::SavedRequest saved;
    saved.name = item.value(u"name"_s).toString();
    const QString where = saved.name;
    const QJsonValue requestValue = item.value(u"request"_s);
    core::Request &request = saved.request;
    if (requestValue.isString()) {
        request.url = requestValue.toString();
        request.auth.type = core::AuthType::Inherit;
        return saved;
    }
    const QJsonObject object = requestValue.toObject();
    request.method = object.value(u"method"_s).toString(u"GET"_s).toUpper();
    request.headers = readRows(object.value(u"header"_s).isUndefined() ? object.value(u"headers"_s)
                                                                       : object.value(u"header"_s));
    request.url = readUrl(object.value(u"url"_s), request);
    request.auth = readAuth(object.value(u"auth"_s), where, context, true);
    const QJsonValue body = object.value(u"body"_s);
    if (body.isObject() && body.toObject().contains(u"mode"_s)) {
        readBody(body.toObject(), request, where, context);
    } else if (body.isObject() || body.isArray()) { // lenient: a JSON value as the body
        request.body.mode = core::BodyMode::Json;
        request.body.text = QString::fromUtf8(
                body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented));
    } else if (body.isString()) {
        ImportSupport::setTextBody(request, body.toString(),
                                   request.headerValue(u"Content-Type"_s));
    }
    ImportSupport::absorbContentType(request);
    saved.notes = descriptionText(object.value(u"description"_s));
    readEvents(item.value(u"event"_s), saved.notes, &saved, where, context);
    if (!item.value(u"response"_s).toArray().isEmpty() && !context.examplesWarned) {
        context.examplesWarned = true;
        context.result.warn(where, QObject::tr("saved example responses are not imported"));
    }
    ImportSupport::warnDynamicVariables(saved, context.result, context.dynamicWarned);
    if (request.url.trimmed().isEmpty())
        context.result.warn(where, QObject::tr("the request has no URL"));
    return saved;
}

void readItems(const QJsonArray &items, core::CollectionFolder &folder, Context &context, int depth)
{
    for (const QJsonValue &entry : items) {
        const QJsonObject item = entry.toObject();
        const QString name = item.value(u"name"_s).toString();
        if (item.contains(u"item"_s) && depth >= core::maximumFolderDepth) {
            // Not dropped: the requests go to the folder above (JSON nesting is bounded by
            // the parser, so this recursion is too).
            context.result.warn(name,
                                QObject::tr("folders nested deeper than %1 levels; their "
                                            "requests are placed in the folder above")
                                        .arg(core::maximumFolderDepth));
            readItems(item.value(u"item"_s).toArray(), folder, context, depth);
        } else if (item.contains(u"item"_s)) {
            core::CollectionFolder child;
            child.name = name;
            child.auth = readAuth(item.value(u"auth"_s), name, context, true);
            QString notes = descriptionText(item.value(u"description"_s));
            readEvents(item.value(u"event"_s), notes, nullptr, name, context);
            if (!notes.isEmpty())
                child.raw.insert(u"description"_s, notes);
            readItems(item.value(u"item"_s).toArray(), child, context, depth + 1);
            folder.order.append(child.name);
            folder.folders.append(child);
        } else if (item.contains(u"request"_s)) {
            core::SavedRequest saved = readRequest(item, context);
            folder.order.append(saved.name);
            folder.requests.append(saved);
        } else {
            context.result.warn(name,
                                QObject::tr("item is neither a folder nor a request; "
                                            "skipped"));
        }
    }
}

QList<core::Variable> readVariables(const QJsonValue &value)
{
    QList<core::Variable> variables;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(u"key"_s).toString(object.value(u"id"_s).toString());
        if (name.isEmpty())
            continue;
        const bool enabled = object.contains(u"enabled"_s) ? object.value(u"enabled"_s).toBool()
                                                           : !object.value(u"disabled"_s).toBool();
        variables.append({name, ImportSupport::textOf(object.value(u"value"_s)), enabled,
                          object.value(u"type"_s).toString() == u"secret"});
    }
    return variables;
}

} // namespace

bool PostmanImporter::isCollection(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    if (document.isObject())
        return object.value(u"info"_s)
                       .toObject()
                       .value(u"schema"_s)
                       .toString()
                       .contains(u"getpostman.com"_s)
                || (object.contains(u"item"_s) && object.contains(u"info"_s));
    // A bare array of items ({name, request}) as some hand-made exports have.
    const QJsonArray array = document.array();
    return !array.isEmpty() && std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
        return item.toObject().contains(u"request"_s) || item.toObject().contains(u"item"_s);
    });
}

bool PostmanImporter::isEnvironment(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    return object.value(u"values"_s).isArray()
            && (object.contains(u"_postman_variable_scope"_s) || object.contains(u"name"_s));
}

Result<ImportResult> PostmanImporter::importCollection(const QJsonDocument &document,
                                                       const QString &name)
{
    ImportResult result;
    result.format = u"postman"_s;
    Context context{result, {}};
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
        result.collection.name = QFileInfo(name).completeBaseName();
    } else {
        const QJsonObject root = document.object();
        const QJsonObject info = root.value(u"info"_s).toObject();
        const QString schema = info.value(u"schema"_s).toString();
        if (!schema.isEmpty() && !schema.contains(u"v2.0"_s) && !schema.contains(u"v2.1"_s))
            return Error{u"unsupported-version"_s,
                         QObject::tr("%1: Postman collection format %2 is not supported (v2.0 "
                                     "and v2.1 are); export it again as v2.1 from Postman.")
                                 .arg(name, schema)};
        if (!root.value(u"item"_s).isArray())
            return Error{u"parse-error"_s,
                         QObject::tr("%1: \"item\" is not a list of requests").arg(name)};
        items = root.value(u"item"_s).toArray();
        result.collection.name = info.value(u"name"_s).toString();
        result.collection.description = descriptionText(info.value(u"description"_s));
        result.collection.root.auth
                = readAuth(root.value(u"auth"_s), result.collection.name, context, false);
        result.collection.variables = readVariables(root.value(u"variable"_s));
        QString notes;
        readEvents(root.value(u"event"_s), notes, nullptr, result.collection.name, context);
        if (!notes.isEmpty())
            result.collection.description
                    += (result.collection.description.isEmpty() ? QString() : u"\n\n"_s) + notes;
    }
    readItems(items, result.collection.root, context, 0);
    return result;
}

Result<core::Environment> PostmanImporter::importEnvironment(const QJsonDocument &document,
                                                             const QString &name,
                                                             QStringList *warnings)
{
    const QJsonObject object = document.object();
    core::Environment environment;
    environment.name = object.value(u"name"_s).toString().trimmed();
    if (environment.name.isEmpty()) {
        environment.name = QFileInfo(name).completeBaseName().section(u'.', 0, 0);
        if (warnings)
            warnings->append(QObject::tr("%1: the environment has no name; called it \"%2\"")
                                     .arg(name, environment.name));
    }
    environment.variables = readVariables(object.value(u"values"_s));
    return environment;
}

} // namespace tether::formats
