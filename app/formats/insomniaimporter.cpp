// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/insomniaimporter.h"
#include "formats/importsupport.h"

#include "core/pathvariables.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

struct Context
{
    ImportResult &result;
    QHash<QString, QList<QJsonObject>> children; // parentId → resources, sorted
    QList<std::pair<QString, core::Extraction>> extractions; // request id → extraction
    QStringList dynamicWarned;
    // Every resource is placed once: a parentId cycle or a resource under two parents in a
    // malformed file would otherwise be read again at every level (found by fuzz_yaml).
    QSet<QString> placed;
};

// "{{ _.base.url }}" and "{{ name }}" → "{{base.url}}"; other {% tags %} are reported.
QString convertTemplate(const QString &text, const QString &where, Context &context)
{
    static const QRegularExpression variable(u"\\{\\{\\s*(?:_\\.)?([\\w.$-]+)\\s*\\}\\}"_s);
    QString converted = text;
    converted.replace(variable, u"{{\\1}}"_s);
    static const QRegularExpression tag(u"\\{%\\s*(\\w+)[^%]*%\\}"_s);
    for (auto it = tag.globalMatch(converted); it.hasNext();) {
        const QString name = it.next().captured(1);
        const QString key = where + u'|' + name;
        if (!context.dynamicWarned.contains(key)) {
            context.dynamicWarned.append(key);
            context.result.warn(where,
                                QObject::tr("template tag {%% %1 %%} is not supported by "
                                            "Tether; left as text")
                                        .arg(name));
        }
    }
    return converted;
}

core::KeyValueList readRows(const QJsonValue &value, const QString &where, Context &context)
{
    core::KeyValueList rows;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString name = convertTemplate(object.value(u"name"_s).toString(), where, context);
        const QString text
                = convertTemplate(ImportSupport::textOf(object.value(u"value"_s)), where, context);
        if (name.isEmpty() && text.isEmpty())
            continue;
        rows.append({name, text, !object.value(u"disabled"_s).toBool()});
    }
    return rows;
}

core::Auth readAuth(const QJsonObject &object, const QString &where, Context &context,
                    bool forRequest)
{
    core::Auth auth;
    const QString type = object.value(u"type"_s).toString();
    auto text = [&](const QString &key) {
        return convertTemplate(ImportSupport::textOf(object.value(key)), where, context);
    };
    if (object.isEmpty() || type.isEmpty()) {
        auth.type = forRequest ? core::AuthType::Inherit : core::AuthType::None;
    } else if (object.value(u"disabled"_s).toBool() || type == u"none") {
        auth.type = core::AuthType::None;
    } else if (type == u"basic") {
        auth.type = core::AuthType::Basic;
        auth.username = text(u"username"_s);
        auth.password = text(u"password"_s);
    } else if (type == u"bearer") {
        auth.type = core::AuthType::Bearer;
        auth.token = text(u"token"_s);
        const QString prefix = text(u"prefix"_s);
        if (!prefix.isEmpty() && prefix != u"Bearer")
            context.result.warn(
                    where, QObject::tr("bearer prefix \"%1\" is sent as \"Bearer\"").arg(prefix));
    } else if (type == u"apikey") {
        auth.type = core::AuthType::ApiKey;
        auth.keyName = text(u"key"_s);
        auth.keyValue = text(u"value"_s);
        auth.keyLocation = text(u"addTo"_s) == u"queryParams" ? core::ApiKeyLocation::Query
                                                              : core::ApiKeyLocation::Header;
        if (text(u"addTo"_s) == u"cookie")
            context.result.warn(where,
                                QObject::tr("API key sent as a cookie in Insomnia; Tether "
                                            "sends it as a header"));
    } else {
        auth.type = core::AuthType::None;
        context.result.warn(where,
                            QObject::tr("%1 auth is not supported by Tether; imported "
                                        "without auth")
                                    .arg(type));
    }
    return auth;
}

void readBody(const QJsonObject &body, core::Request &request, const QString &where,
              Context &context)
{
    const QString mimeType = body.value(u"mimeType"_s).toString();
    const QString text = convertTemplate(body.value(u"text"_s).toString(), where, context);
    if (mimeType == u"application/x-www-form-urlencoded") {
        request.body.mode = core::BodyMode::FormUrlEncoded;
        request.body.formFields = readRows(body.value(u"params"_s), where, context);
    } else if (mimeType == u"multipart/form-data") {
        request.body.mode = core::BodyMode::Multipart;
        for (const QJsonValue &entry : body.value(u"params"_s).toArray()) {
            const QJsonObject object = entry.toObject();
            core::MultipartField field;
            field.name = convertTemplate(object.value(u"name"_s).toString(), where, context);
            field.isFile = object.value(u"type"_s).toString() == u"file";
            field.value = field.isFile
                    ? object.value(u"fileName"_s).toString()
                    : convertTemplate(object.value(u"value"_s).toString(), where, context);
            field.enabled = !object.value(u"disabled"_s).toBool();
            request.body.multipartFields.append(field);
        }
        request.headers.removeIf([](const core::KeyValue &header) {
            return header.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0
                    && header.value.startsWith(u"multipart/form-data"_s);
        });
    } else if (!body.value(u"fileName"_s).toString().isEmpty()) {
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = body.value(u"fileName"_s).toString();
    } else if (mimeType == u"application/graphql") {
        request.body.mode = core::BodyMode::Json; // Insomnia keeps {"query":..,"variables":..}
        request.body.text = text;
        for (core::KeyValue &header : request.headers)
            if (header.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                header.value = u"application/json"_s;
    } else if (!text.isEmpty()) {
        ImportSupport::setTextBody(request, text, mimeType);
    }
}

// "{% response 'body', 'req_x', 'b64::JC50b2tlbg==::46b', ... %}" → extraction of $.token.
bool readResponseTag(const QString &variable, const QString &value, Context &context)
{
    static const QRegularExpression response(
            u"^\\{%\\s*response\\s+'(body|header|raw)'\\s*,\\s*'([^']+)'\\s*,\\s*'([^']*)'"_s);
    const auto match = response.match(value.trimmed());
    if (!match.hasMatch())
        return false;
    QString argument = match.captured(3);
    if (argument.startsWith(u"b64::"_s))
        argument = QString::fromUtf8(
                QByteArray::fromBase64(argument.section(u"::"_s, 1, 1).toLatin1()));
    const core::Extraction extraction = match.captured(1) == u"body"
            ? core::Extraction::fromJsonPath(
                    variable, argument.startsWith(u'$') ? argument : u"$."_s + argument)
            : match.captured(1) == u"header"
            ? core::Extraction::fromHeader(variable, argument)
            : core::Extraction::fromRegex(variable, u"[\\s\\S]*"_s);
    context.extractions.append({match.captured(2), extraction});
    return true;
}

QList<core::Variable> readEnvironmentData(const QJsonObject &data, Context &context)
{
    QList<core::Variable> flat;
    ImportSupport::flatten(data, {}, flat);
    QList<core::Variable> variables;
    for (core::Variable variable : flat) {
        if (readResponseTag(variable.name, variable.value, context))
            continue; // set at run time by the request it reads
        variable.value = convertTemplate(variable.value, variable.name, context);
        variables.append(variable);
    }
    return variables;
}

void readResource(const QJsonObject &resource, core::CollectionFolder &folder, Context &context,
                  int depth);

void readChildren(const QString &parentId, core::CollectionFolder &folder, Context &context,
                  int depth)
{
    for (const QJsonObject &resource : context.children.value(parentId))
        readResource(resource, folder, context, depth);
}

// Below maximumFolderDepth, folders are read into `folder` itself, without recursion: nothing in
// them is dropped, however deep a (malformed) file nests them.
void flattenInto(const QJsonObject &group, core::CollectionFolder &folder, Context &context)
{
    context.result.warn(group.value(u"name"_s).toString(),
                        QObject::tr("folders nested deeper than %1 levels; their requests are "
                                    "placed in the folder above")
                                .arg(core::maximumFolderDepth));
    QList<QString> pending{group.value(u"_id"_s).toString()};
    while (!pending.isEmpty()) {
        const QString parent = pending.takeLast();
        for (const QJsonObject &resource : context.children.value(parent)) {
            const QString id = resource.value(u"_id"_s).toString();
            if (resource.value(u"_type"_s).toString() == u"request_group") {
                if (!id.isEmpty() && !context.placed.contains(id)) {
                    context.placed.insert(id);
                    pending.append(id);
                }
            } else {
                readResource(resource, folder, context, core::maximumFolderDepth);
            }
        }
    }
}

void readResource(const QJsonObject &resource, core::CollectionFolder &folder, Context &context,
                  int depth)
{
    const QString type = resource.value(u"_type"_s).toString();
    const QString name = resource.value(u"name"_s).toString();
    const QString id = resource.value(u"_id"_s).toString();
    if (!id.isEmpty() && context.placed.contains(id)) {
        context.result.warn(name,
                            QObject::tr("%1 appears twice in the folder tree (a parentId "
                                        "cycle?); read once")
                                    .arg(id));
        return;
    }
    context.placed.insert(id);
    if (type == u"request_group") {
        if (depth >= core::maximumFolderDepth) {
            context.placed.remove(id);
            flattenInto(resource, folder, context);
            return;
        }
        core::CollectionFolder child;
        child.name = name;
        child.headers = readRows(resource.value(u"headers"_s), name, context);
        child.auth = readAuth(resource.value(u"authentication"_s).toObject(), name, context, true);
        if (!resource.value(u"environment"_s).toObject().isEmpty())
            context.result.warn(name,
                                QObject::tr("folder environment variables are not "
                                            "supported; left out"));
        readChildren(id, child, context, depth + 1);
        folder.order.append(child.name);
        folder.folders.append(child);
    } else if (type == u"request") {
        core::SavedRequest saved;
        saved.name = name;
        core::Request &request = saved.request;
        request.method = resource.value(u"method"_s).toString(u"GET"_s);
        request.url = convertTemplate(resource.value(u"url"_s).toString(), name, context);
        request.headers = readRows(resource.value(u"headers"_s), name, context);
        request.params = readRows(resource.value(u"parameters"_s), name, context);
        // Insomnia's ":id" values: path variables, not query rows.
        request.pathVariables = core::PathVariables::rowsFor(
                request.url, readRows(resource.value(u"pathParameters"_s), name, context));
        request.auth
                = readAuth(resource.value(u"authentication"_s).toObject(), name, context, true);
        readBody(resource.value(u"body"_s).toObject(), request, name, context);
        saved.notes = resource.value(u"description"_s).toString();
        for (const char16_t *script : {u"preRequestScript", u"afterResponseScript"}) {
            const QString code = resource.value(QString::fromUtf16(script)).toString();
            if (code.trimmed().isEmpty())
                continue;
            saved.notes += (saved.notes.isEmpty() ? QString() : u"\n\n"_s)
                    + QObject::tr("Insomnia script (not run by Tether):\n") + code;
            context.result.warn(name, QObject::tr("script kept in the notes; it is not run"));
        }
        ImportSupport::warnDynamicVariables(saved, context.result, context.dynamicWarned);
        folder.order.append(saved.name);
        folder.requests.append(saved);
    } else if (type == u"grpc_request" || type == u"websocket_request"
               || type == u"socketio_request") {
        context.result.warn(name, QObject::tr("%1 is not an HTTP request; skipped").arg(type));
    }
}

bool isTreeResource(const QJsonObject &resource)
{
    static const QStringList types{u"request"_s, u"request_group"_s, u"grpc_request"_s,
                                   u"websocket_request"_s, u"socketio_request"_s};
    return types.contains(resource.value(u"_type"_s).toString());
}

// Requests and folders the walk from the workspace did not reach hang from a parent that does
// not exist, or from a parentId cycle. Each goes to the top level with a warning, and a cycle is
// broken where it was entered: nothing in the file is dropped.
void placeUnreached(const QJsonArray &resources, core::CollectionFolder &root, Context &context)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &entry : resources) {
        const QJsonObject resource = entry.toObject();
        const QString id = resource.value(u"_id"_s).toString();
        if (!id.isEmpty() && !byId.contains(id))
            byId.insert(id, resource);
    }
    for (const QJsonValue &entry : resources) {
        const QJsonObject resource = entry.toObject();
        const QString id = resource.value(u"_id"_s).toString();
        if (!isTreeResource(resource) || id.isEmpty() || context.placed.contains(id))
            continue;
        // Up to the top of the chain it hangs from.
        QJsonObject top = resource;
        QSet<QString> chain{id};
        bool cycle = false;
        for (;;) {
            const QString parent = top.value(u"parentId"_s).toString();
            const QJsonObject above = byId.value(parent);
            if (above.value(u"_type"_s).toString() != u"request_group"
                || context.placed.contains(parent))
                break;
            if (chain.contains(parent)) {
                cycle = true;
                break;
            }
            chain.insert(parent);
            top = above;
        }
        const QString name = top.value(u"name"_s).toString();
        if (cycle)
            context.result.warn(name,
                                QObject::tr("its folders' parentIds form a cycle; the cycle is "
                                            "broken here and it is placed at the top level"));
        else
            context.result.warn(name,
                                QObject::tr("its parent %1 is not a folder in the file; placed at "
                                            "the top level")
                                        .arg(top.value(u"parentId"_s).toString()));
        readResource(top, root, context, 0);
    }
}

} // namespace

bool InsomniaImporter::isExport(const QJsonValue &document)
{
    const QJsonObject object = document.toObject();
    return object.value(u"_type"_s).toString() == u"export"
            || object.contains(u"__export_format"_s);
}

Result<ImportResult> InsomniaImporter::import(const QJsonValue &document, const QString &name)
{
    const QJsonObject root = document.toObject();
    const int format = root.value(u"__export_format"_s).toInt();
    if (format != 4)
        return Error{u"unsupported-version"_s,
                     QObject::tr("%1: Insomnia export format %2 is not supported (format 4 is: "
                                 "Insomnia › Export Data › Insomnia v4).")
                             .arg(name)
                             .arg(format)};
    // A resource without an id (hand-edited files) gets one, so it is placed like any other.
    QJsonArray resources;
    for (const QJsonValue &entry : root.value(u"resources"_s).toArray()) {
        QJsonObject resource = entry.toObject();
        if (resource.value(u"_id"_s).toString().isEmpty())
            resource.insert(u"_id"_s, u"(no id #%1)"_s.arg(resources.size() + 1));
        resources.append(resource);
    }
    ImportResult result;
    result.format = u"insomnia"_s;
    result.collection.name = QFileInfo(name).completeBaseName();
    Context context{result, {}, {}, {}, {}};

    int untyped = 0;
    QStringList untypedNames;
    QString workspaceId;
    QList<QJsonObject> environments;
    for (const QJsonValue &entry : resources) {
        const QJsonObject resource = entry.toObject();
        const QString type = resource.value(u"_type"_s).toString();
        if (type.isEmpty()) {
            ++untyped;
            untypedNames.append(resource.value(u"name"_s).toString(QObject::tr("(no name)")));
            continue;
        }
        if (type == u"workspace" && workspaceId.isEmpty()) {
            workspaceId = resource.value(u"_id"_s).toString();
            result.collection.name = resource.value(u"name"_s).toString(result.collection.name);
            result.collection.description = resource.value(u"description"_s).toString();
        }
        if (type == u"environment")
            environments.append(resource);
        context.children[resource.value(u"parentId"_s).toString()].append(resource);
    }
    if (untyped > 0 && untyped == resources.size())
        return Error{u"parse-error"_s,
                     QObject::tr("%1: claims to be an Insomnia export (format 4), but none of its "
                                 "%2 resources has a \"_type\"; it looks like hand-made Postman-"
                                 "style data. Export it again from Insomnia, or import it as a "
                                 "Postman collection.")
                             .arg(name)
                             .arg(untyped)};
    if (untyped > 0)
        result.warn(name,
                    QObject::tr("%1 resources have no \"_type\" (not Insomnia data; they "
                                "look hand-made or Postman-style) and were skipped: %2")
                            .arg(untyped)
                            .arg(untypedNames.join(u", "_s)));
    for (auto &list : context.children) {
        std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"metaSortKey"_s).toDouble() < b.value(u"metaSortKey"_s).toDouble();
        });
    }
    if (workspaceId.isEmpty()) {
        // Older exports may lack the workspace: take every root-level parent.
        QSet<QString> ids;
        for (const QJsonValue &entry : std::as_const(resources))
            ids.insert(entry.toObject().value(u"_id"_s).toString());
        for (auto it = context.children.cbegin(); it != context.children.cend(); ++it)
            if (!ids.contains(it.key()))
                readChildren(it.key(), result.collection.root, context, 0);
    } else {
        readChildren(workspaceId, result.collection.root, context, 0);
    }
    placeUnreached(resources, result.collection.root, context);

    // Base environment (child of the workspace) → collection variables; its children → envs.
    for (const QJsonObject &environment : std::as_const(environments)) {
        const QString parent = environment.value(u"parentId"_s).toString();
        const QList<core::Variable> variables
                = readEnvironmentData(environment.value(u"data"_s).toObject(), context);
        if (parent == workspaceId || workspaceId.isEmpty()) {
            result.collection.variables.append(variables);
        } else {
            core::Environment imported;
            imported.name = environment.value(u"name"_s).toString();
            imported.variables = variables;
            result.environments.append(imported);
        }
    }

    // Response tags → extractions on the requests they read.
    QHash<QString, QString> nameById;
    for (const QJsonValue &entry : resources)
        nameById.insert(entry.toObject().value(u"_id"_s).toString(),
                        entry.toObject().value(u"name"_s).toString());
    for (const auto &pending : std::as_const(context.extractions)) {
        const QString targetName = nameById.value(pending.first);
        const core::Extraction &extraction = pending.second;
        core::SavedRequest *target = nullptr;
        std::function<void(core::CollectionFolder &)> search = [&](core::CollectionFolder &folder) {
            for (core::SavedRequest &request : folder.requests)
                if (!target && request.name == targetName)
                    target = &request;
            for (core::CollectionFolder &child : folder.folders)
                search(child);
        };
        search(result.collection.root);
        if (!target) {
            result.warn(name,
                        QObject::tr("{{%1}} reads a response of a request that is not in "
                                    "the file")
                                .arg(extraction.variable));
            continue;
        }
        if (!target->extractions.contains(extraction))
            target->extractions.append(extraction);
    }
    return result;
}

} // namespace tether::formats
