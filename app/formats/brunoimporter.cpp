// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/brunoimporter.h"
#include "formats/importsupport.h"
#include "formats/yamlreader.h"
#include "store/folderlisting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

// A parsed .bru file: name → block (text blocks keep their text, dictionaries their rows).
struct BruBlock
{
    bool isText = false;
    QString text;
    core::KeyValueList rows; // "~name: value" rows are disabled
};
using BruFile = QHash<QString, BruBlock>;

const QSet<QString> &textBlocks()
{
    static const QSet<QString> names{
            u"body:json"_s,    u"body:text"_s,          u"body:xml"_s,
            u"body:graphql"_s, u"body:graphql:vars"_s,  u"body:sparql"_s,
            u"docs"_s,         u"script:pre-request"_s, u"script:post-response"_s,
            u"tests"_s};
    return names;
}

Result<BruFile> parseBru(const QString &text, const QString &path)
{
    BruFile file;
    const QStringList lines = QString(text).remove(u'\r').split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        static const QRegularExpression opening(u"^([\\w:.-]+)\\s*([{\\[])\\s*$"_s);
        const auto match = opening.match(line);
        if (!match.hasMatch())
            return Error{u"parse-error"_s,
                         QObject::tr("%1:%2: expected a block such as \"meta {\", found \"%3\"")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(i + 1)
                                 .arg(line.left(60))};
        const QString name = match.captured(1);
        const bool list = match.captured(2) == u"[";
        const QString closing = list ? u"]"_s : u"}"_s;
        BruBlock block;
        block.isText = textBlocks().contains(name);
        QStringList content;
        const qsizetype start = i;
        // The closing brace is at column 0; an indented "}" belongs to a JSON body.
        auto isClosing = [&](const QString &candidate) {
            return candidate.startsWith(closing) && candidate.trimmed() == closing;
        };
        for (++i; i < lines.size() && !isClosing(lines.at(i)); ++i)
            content.append(lines.at(i));
        if (i >= lines.size())
            return Error{u"parse-error"_s,
                         QObject::tr("%1:%2: block \"%3\" is never closed")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(start + 1)
                                 .arg(name)};
        if (block.isText) {
            for (QString &contentLine : content)
                contentLine = contentLine.startsWith(u"  "_s) ? contentLine.mid(2)
                                                              : contentLine.trimmed();
            block.text = content.join(u'\n');
        } else {
            for (const QString &contentLine : std::as_const(content)) {
                QString entry = contentLine.trimmed();
                if (entry.isEmpty())
                    continue;
                if (list) {
                    if (entry.endsWith(u','))
                        entry.chop(1);
                    block.rows.append({entry.trimmed(), {}, true});
                    continue;
                }
                const bool disabled = entry.startsWith(u'~');
                if (disabled)
                    entry = entry.mid(1);
                const qsizetype colon = entry.indexOf(u':');
                if (colon < 0) {
                    block.rows.append({entry, {}, !disabled});
                    continue;
                }
                block.rows.append(
                        {entry.left(colon).trimmed(), entry.mid(colon + 1).trimmed(), !disabled});
            }
        }
        file.insert(name, block);
    }
    return file;
}

QString rowValue(const BruBlock &block, const QString &name)
{
    for (const core::KeyValue &row : block.rows)
        if (row.name == name)
            return row.value;
    return {};
}

struct Context
{
    ImportResult &result;
    QStringList warned;
    store::FolderListing listing;
};

// {{process.env.NAME}} (Bruno reads it from a .env file) → {{NAME}}.
QString convertReferences(const QString &text, const QString &where, Context &context)
{
    static const QRegularExpression processEnv(u"\\{\\{\\s*process\\.env\\.([\\w.-]+)\\s*\\}\\}"_s);
    if (!text.contains(u"process.env."_s))
        return text;
    QString converted = text;
    for (auto it = processEnv.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!context.warned.contains(name)) {
            context.warned.append(name);
            context.result.warn(where,
                                QObject::tr("{{process.env.%1}} became {{%1}}: set it as "
                                            "a (secret) variable in Tether")
                                        .arg(name));
        }
    }
    converted.replace(processEnv, u"{{\\1}}"_s);
    return converted;
}

core::KeyValueList convertRows(core::KeyValueList rows, const QString &where, Context &context)
{
    for (core::KeyValue &row : rows)
        row.value = convertReferences(row.value, where, context);
    return rows;
}

core::Auth readBruAuth(const QString &mode, const BruFile &file, const QString &where,
                       Context &context, bool forRequest)
{
    core::Auth auth;
    auto value = [&](const QString &block, const QString &name) {
        return convertReferences(rowValue(file.value(block), name), where, context);
    };
    if (mode.isEmpty() || mode == u"inherit") {
        auth.type = forRequest ? core::AuthType::Inherit : core::AuthType::None;
    } else if (mode == u"none") {
        auth.type = core::AuthType::None;
    } else if (mode == u"basic") {
        auth.type = core::AuthType::Basic;
        auth.username = value(u"auth:basic"_s, u"username"_s);
        auth.password = value(u"auth:basic"_s, u"password"_s);
    } else if (mode == u"bearer") {
        auth.type = core::AuthType::Bearer;
        auth.token = value(u"auth:bearer"_s, u"token"_s);
    } else if (mode == u"apikey") {
        auth.type = core::AuthType::ApiKey;
        auth.keyName = value(u"auth:apikey"_s, u"key"_s);
        auth.keyValue = value(u"auth:apikey"_s, u"value"_s);
        auth.keyLocation = value(u"auth:apikey"_s, u"placement"_s) == u"queryparams"
                ? core::ApiKeyLocation::Query
                : core::ApiKeyLocation::Header;
    } else {
        auth.type = core::AuthType::None;
        context.result.warn(where,
                            QObject::tr("%1 auth is not supported by Tether; imported "
                                        "without auth")
                                    .arg(mode));
    }
    return auth;
}

// "res.status: eq 200" and friends → Tether checks; the rest is reported.
QList<core::Check> readAsserts(const BruBlock &block, const QString &where, Context &context)
{
    QList<core::Check> checks;
    for (const core::KeyValue &row : block.rows) {
        if (!row.enabled)
            continue;
        const QString op = row.value.section(u' ', 0, 0);
        const QString operand = row.value.section(u' ', 1).trimmed();
        if (row.name == u"res.status" && op == u"eq") {
            checks.append(core::Check::status(operand.toInt()));
        } else if (row.name == u"res.responseTime" && op == u"lt") {
            checks.append(core::Check::timeBelow(operand.toDouble()));
        } else if (row.name.startsWith(u"res.body"_s) && op == u"eq") {
            QString expected = operand;
            if (expected.size() >= 2 && expected.startsWith(u'"') && expected.endsWith(u'"'))
                expected = expected.mid(1, expected.size() - 2);
            checks.append(core::Check::jsonEquals(u"$"_s + row.name.mid(8), expected));
        } else if (row.name.startsWith(u"res.body"_s) && op == u"isDefined") {
            core::Check exists = core::Check::jsonExists(u"$"_s + row.name.mid(8));
            exists.otherFields.insert(u"exists"_s, true); // said in the file, as Bruno said it
            checks.append(exists);
        } else {
            context.result.warn(where,
                                QObject::tr("assert \"%1: %2\" has no Tether equivalent; "
                                            "left out")
                                        .arg(row.name, row.value));
        }
    }
    return checks;
}

void appendScripts(const BruFile &file, QString &notes, const QString &where, Context &context)
{
    for (const QString &block : {u"script:pre-request"_s, u"script:post-response"_s, u"tests"_s}) {
        const QString code = file.value(block).text;
        if (code.trimmed().isEmpty())
            continue;
        notes += (notes.isEmpty() ? QString() : u"\n\n"_s)
                + QObject::tr("Bruno %1 (not run by Tether):\n").arg(block) + code;
        context.result.warn(where, QObject::tr("%1 kept in the notes; it is not run").arg(block));
    }
}

const QStringList &methods()
{
    static const QStringList names{u"get"_s,     u"post"_s, u"put"_s,     u"delete"_s, u"patch"_s,
                                   u"options"_s, u"head"_s, u"connect"_s, u"trace"_s};
    return names;
}

std::optional<core::SavedRequest> readBruRequest(const BruFile &file, const QString &fallbackName,
                                                 Context &context, double *seq)
{
    core::SavedRequest saved;
    const BruBlock meta = file.value(u"meta"_s);
    saved.name = rowValue(meta, u"name"_s);
    if (saved.name.isEmpty())
        saved.name = fallbackName;
    *seq = rowValue(meta, u"seq"_s).toDouble();
    const QString where = saved.name;
    QString method;
    for (const QString &candidate : methods())
        if (file.contains(candidate))
            method = candidate;
    if (method.isEmpty()) {
        context.result.warn(where,
                            QObject::tr("no HTTP method block (type %1); skipped")
                                    .arg(rowValue(meta, u"type"_s)));
        return std::nullopt;
    }
    const BruBlock &methodBlock = file[method];
    core::Request &request = saved.request;
    request.method = method.toUpper();
    request.url = convertReferences(rowValue(methodBlock, u"url"_s), where, context);
    request.url = ImportSupport::applyPathParameters(
            request.url, convertRows(file.value(u"params:path"_s).rows, where, context));
    ImportSupport::addQueryParameters(
            request, convertRows(file.value(u"params:query"_s).rows, where, context));
    request.headers = convertRows(file.value(u"headers"_s).rows, where, context);
    request.auth = readBruAuth(rowValue(methodBlock, u"auth"_s), file, where, context, true);
    const QString body = rowValue(methodBlock, u"body"_s);
    auto text = [&](const QString &block) {
        return convertReferences(file.value(block).text, where, context);
    };
    if (body == u"json") {
        request.body.mode = core::BodyMode::Json;
        request.body.text = text(u"body:json"_s);
    } else if (body == u"text" || body == u"xml" || body == u"sparql") {
        request.body.mode = core::BodyMode::Raw;
        request.body.text = text(u"body:"_s + body);
        request.body.contentType = body == u"xml" ? u"application/xml"_s
                : body == u"sparql"               ? u"application/sparql-query"_s
                                                  : u"text/plain"_s;
    } else if (body == u"formUrlEncoded") {
        request.body.mode = core::BodyMode::FormUrlEncoded;
        request.body.formFields
                = convertRows(file.value(u"body:form-urlencoded"_s).rows, where, context);
    } else if (body == u"multipartForm") {
        request.body.mode = core::BodyMode::Multipart;
        for (const core::KeyValue &row : file.value(u"body:multipart-form"_s).rows) {
            core::MultipartField field;
            field.name = row.name;
            field.enabled = row.enabled;
            static const QRegularExpression fileValue(u"^@file\\((.*)\\)$"_s);
            const auto match = fileValue.match(row.value);
            field.isFile = match.hasMatch();
            field.value = field.isFile ? match.captured(1).section(u'|', 0, 0)
                                       : convertReferences(row.value, where, context);
            request.body.multipartFields.append(field);
        }
    } else if (body == u"graphql") {
        QJsonObject payload{{u"query"_s, text(u"body:graphql"_s)}};
        const QJsonDocument variables
                = QJsonDocument::fromJson(text(u"body:graphql:vars"_s).toUtf8());
        if (variables.isObject())
            payload.insert(u"variables"_s, variables.object());
        request.body.mode = core::BodyMode::Json;
        request.body.text
                = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
    } else if (!body.isEmpty() && body != u"none") {
        context.result.warn(where,
                            QObject::tr("body type %1 is not supported; left out").arg(body));
    }
    saved.notes = file.value(u"docs"_s).text;
    appendScripts(file, saved.notes, where, context);
    saved.checks = readAsserts(file.value(u"assert"_s), where, context);
    for (const QString &vars : {u"vars:pre-request"_s, u"vars:post-response"_s})
        if (!file.value(vars).rows.isEmpty())
            context.result.warn(where, QObject::tr("%1 is not supported; left out").arg(vars));
    return saved;
}

Result<QByteArray> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) // a FIFO would block, a device never end
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read %1: not a regular file.")
                             .arg(QDir::toNativeSeparators(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    return file.readAll();
}

Result<BruFile> readBruFile(const QString &path)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    return parseBru(QString::fromUtf8(text.value()), path);
}

struct Ordered
{
    double seq;
    QString name;
};

void sortOrder(core::CollectionFolder &folder, QList<Ordered> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Ordered &a, const Ordered &b) { return a.seq < b.seq; });
    for (const Ordered &entry : entries)
        folder.order.append(entry.name);
}

// As Bruno itself: node_modules, .git and what bruno.json's "ignore" names; other hidden
// entries are read like any (an empty hidden folder is left out, see readFolder).
bool ignored(const QFileInfo &entry, const QStringList &ignore)
{
    return ignore.contains(entry.fileName()) || entry.fileName() == u"node_modules"
            || entry.fileName() == u".git";
}

// A request file that does not parse is listed and left out; the rest still imports.
std::optional<core::SavedRequest> skipped(const Error &error, Context &context)
{
    context.result.warnings.append(error.message + QObject::tr(" (skipped)"));
    return std::nullopt;
}

// How one of Bruno's two layouts stores folders and requests; readFolder walks either.
struct FolderFormat
{
    QString folderFile; // a folder's own settings, inside it
    std::function<bool(const QFileInfo &)> isRequest;
    // Fills a folder from its settings file; returns its sequence number.
    std::function<Result<double>(const QString &path, core::CollectionFolder &child,
                                 Context &context)>
            readFolderSettings;
    // A request file; nothing (with a warning in the context) when it does not parse.
    std::function<Result<std::optional<core::SavedRequest>>(const QFileInfo &entry,
                                                            Context &context, double *seq)>
            readRequest;
};

Result<void> readFolder(const QString &dir, core::CollectionFolder &folder, Context &context,
                        const FolderFormat &format, const QStringList &ignore, int depth)
{
    if (depth > core::maximumFolderDepth)
        return Error{u"too-deep"_s,
                     QObject::tr("%1: folders nested deeper than %2 levels.")
                             .arg(QDir::toNativeSeparators(dir))
                             .arg(core::maximumFolderDepth)};
    auto entries = context.listing.enter(dir);
    if (!entries)
        return entries.error();
    QList<Ordered> order;
    for (const QFileInfo &entry : std::as_const(entries.value())) {
        if (ignored(entry, ignore))
            continue;
        const bool isRequest = !entry.isDir() && format.isRequest(entry);
        if (entry.isDir() || isRequest) {
            auto usable = store::FolderListing::checkEntry(entry);
            if (!usable)
                return usable.error();
        }
        if (entry.isDir()) {
            if (depth == 0 && entry.fileName() == u"environments")
                continue;
            core::CollectionFolder child;
            child.name = entry.fileName();
            double seq = 1e9;
            const QString folderFile = QDir(entry.filePath()).filePath(format.folderFile);
            const bool hasSettings = QFileInfo::exists(folderFile);
            if (hasSettings) {
                auto settings = format.readFolderSettings(folderFile, child, context);
                if (!settings)
                    return settings.error();
                seq = settings.value();
            }
            auto read = readFolder(entry.filePath(), child, context, format, ignore, depth + 1);
            if (!read)
                return read;
            // .github, .vscode and the like hold no requests: not a folder of the collection.
            if (entry.fileName().startsWith(u'.') && !hasSettings) {
                int requests = 0;
                forEachRequest(child, [&requests](const core::SavedRequest &) { ++requests; });
                if (requests == 0)
                    continue;
            }
            order.append({seq, child.name});
            folder.folders.append(child);
        } else if (isRequest) {
            double seq = 0;
            auto request = format.readRequest(entry, context, &seq);
            if (!request)
                return request.error();
            if (request.value()) {
                order.append({seq, request.value()->name});
                folder.requests.append(*request.value());
            }
        }
    }
    sortOrder(folder, order);
    return {};
}

const FolderFormat &bruFormat()
{
    static const FolderFormat format{
            u"folder.bru"_s,
            [](const QFileInfo &entry) {
                return entry.suffix() == u"bru" && entry.fileName() != u"folder.bru"
                        && entry.fileName() != u"collection.bru";
            },
            [](const QString &path, core::CollectionFolder &child,
               Context &context) -> Result<double> {
                auto parsed = readBruFile(path);
                if (!parsed)
                    return parsed.error();
                const BruFile &settings = parsed.value();
                const QString name = rowValue(settings.value(u"meta"_s), u"name"_s);
                if (!name.isEmpty())
                    child.name = name;
                child.headers = convertRows(settings.value(u"headers"_s).rows, child.name, context);
                child.auth = readBruAuth(rowValue(settings.value(u"auth"_s), u"mode"_s), settings,
                                         child.name, context, true);
                QString notes = settings.value(u"docs"_s).text;
                appendScripts(settings, notes, child.name, context);
                if (!notes.isEmpty())
                    child.raw.insert(u"description"_s, notes);
                return rowValue(settings.value(u"meta"_s), u"seq"_s).toDouble();
            },
            [](const QFileInfo &entry, Context &context,
               double *seq) -> Result<std::optional<core::SavedRequest>> {
                auto text = readFile(entry.filePath());
                if (!text)
                    return text.error();
                auto parsed = parseBru(QString::fromUtf8(text.value()), entry.filePath());
                if (!parsed)
                    return skipped(parsed.error(), context);
                return readBruRequest(parsed.value(), entry.completeBaseName(), context, seq);
            }};
    return format;
}

// --- OpenCollection YAML ---

core::Auth readYamlAuth(const QJsonValue &value, const QString &where, Context &context)
{
    core::Auth auth;
    if (value.isString() || value.isUndefined() || value.isNull()) {
        const QString mode = value.toString(u"inherit"_s);
        auth.type = mode == u"none" ? core::AuthType::None : core::AuthType::Inherit;
        if (mode != u"none" && mode != u"inherit")
            context.result.warn(where, QObject::tr("%1 auth is not supported by Tether").arg(mode));
        return auth;
    }
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"type"_s).toString();
    if (type == u"none")
        auth.type = core::AuthType::None;
    else if (type == u"inherit")
        auth.type = core::AuthType::Inherit;
    else if (type == u"basic") {
        auth.type = core::AuthType::Basic;
        auth.username = convertReferences(object.value(u"username"_s).toString(), where, context);
        auth.password = convertReferences(object.value(u"password"_s).toString(), where, context);
    } else if (type == u"bearer") {
        auth.type = core::AuthType::Bearer;
        auth.token = convertReferences(object.value(u"token"_s).toString(), where, context);
    } else if (type == u"apikey") {
        auth.type = core::AuthType::ApiKey;
        auth.keyName = object.value(u"key"_s).toString();
        auth.keyValue = convertReferences(object.value(u"value"_s).toString(), where, context);
        auth.keyLocation = object.value(u"placement"_s).toString().startsWith(u"query"_s)
                ? core::ApiKeyLocation::Query
                : core::ApiKeyLocation::Header;
    } else {
        context.result.warn(where,
                            QObject::tr("%1 auth is not supported by Tether; imported "
                                        "without auth")
                                    .arg(type));
    }
    return auth;
}

core::KeyValueList yamlRows(const QJsonValue &value, const QString &where, Context &context,
                            const QString &type = {})
{
    core::KeyValueList rows;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        if (!type.isEmpty() && object.value(u"type"_s).toString(u"query"_s) != type)
            continue;
        rows.append(
                {object.value(u"name"_s).toString(),
                 convertReferences(ImportSupport::textOf(object.value(u"value"_s)), where, context),
                 !object.value(u"disabled"_s).toBool() && object.value(u"enabled"_s).toBool(true)});
    }
    return rows;
}

std::optional<core::SavedRequest>
readYamlRequest(const QJsonObject &document, const QString &fallback, Context &context, double *seq)
{
    const QJsonObject info = document.value(u"info"_s).toObject();
    core::SavedRequest saved;
    saved.name = info.value(u"name"_s).toString(fallback);
    *seq = info.value(u"seq"_s).toDouble();
    const QString where = saved.name;
    const QString type = info.value(u"type"_s).toString(u"http"_s);
    if (type != u"http" && type != u"graphql") {
        context.result.warn(where, QObject::tr("%1 requests are not supported; skipped").arg(type));
        return std::nullopt;
    }
    const QJsonObject http = document.value(type).toObject();
    core::Request &request = saved.request;
    request.method = http.value(u"method"_s).toString(u"GET"_s).toUpper();
    request.url = convertReferences(http.value(u"url"_s).toString(), where, context);
    request.url = ImportSupport::applyPathParameters(
            request.url, yamlRows(http.value(u"params"_s), where, context, u"path"_s));
    ImportSupport::addQueryParameters(
            request, yamlRows(http.value(u"params"_s), where, context, u"query"_s));
    request.headers = yamlRows(http.value(u"headers"_s), where, context);
    request.auth = readYamlAuth(http.value(u"auth"_s), where, context);
    const QJsonObject body = http.value(u"body"_s).toObject();
    if (type == u"graphql") {
        QJsonObject payload{{u"query"_s, body.value(u"query"_s).toString()}};
        const QJsonDocument variables
                = QJsonDocument::fromJson(body.value(u"variables"_s).toString().toUtf8());
        if (variables.isObject())
            payload.insert(u"variables"_s, variables.object());
        request.body.mode = core::BodyMode::Json;
        request.body.text
                = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
    } else {
        const QString bodyType = body.value(u"type"_s).toString();
        if (bodyType == u"json" || bodyType == u"text" || bodyType == u"xml") {
            ImportSupport::setTextBody(
                    request, convertReferences(body.value(u"data"_s).toString(), where, context),
                    bodyType == u"json"          ? u"application/json"_s
                            : bodyType == u"xml" ? u"application/xml"_s
                                                 : u"text/plain"_s);
        } else if (bodyType == u"form-urlencoded") {
            request.body.mode = core::BodyMode::FormUrlEncoded;
            request.body.formFields = yamlRows(body.value(u"data"_s), where, context);
        } else if (bodyType == u"multipart-form") {
            request.body.mode = core::BodyMode::Multipart;
            for (const core::KeyValue &row : yamlRows(body.value(u"data"_s), where, context)) {
                static const QRegularExpression fileValue(u"^@file\\((.*)\\)$"_s);
                const auto match = fileValue.match(row.value);
                request.body.multipartFields.append(
                        {row.name,
                         match.hasMatch() ? match.captured(1) : row.value,
                         match.hasMatch(),
                         {},
                         row.enabled});
            }
        } else if (!bodyType.isEmpty() && bodyType != u"none") {
            context.result.warn(
                    where, QObject::tr("body type %1 is not supported; left out").arg(bodyType));
        }
    }
    saved.notes = document.value(u"docs"_s).toString();
    if (!document.value(u"runtime"_s).toObject().value(u"scripts"_s).toArray().isEmpty()
        || !http.value(u"scripts"_s).toArray().isEmpty())
        context.result.warn(where, QObject::tr("scripts are not run by Tether; left out"));
    return saved;
}

Result<QJsonObject> readYaml(const QString &path)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    auto parsed = YamlReader::parse(text.value(), path);
    if (!parsed)
        return parsed.error();
    return parsed.value().toObject();
}

const FolderFormat &yamlFormat()
{
    static const FolderFormat format{
            u"folder.yml"_s,
            [](const QFileInfo &entry) {
                return (entry.suffix() == u"yml" || entry.suffix() == u"yaml")
                        && entry.completeBaseName() != u"folder"
                        && entry.completeBaseName() != u"opencollection";
            },
            [](const QString &path, core::CollectionFolder &child,
               Context &context) -> Result<double> {
                auto settings = readYaml(path);
                if (!settings)
                    return settings.error();
                const QJsonObject info = settings.value().value(u"info"_s).toObject();
                child.name = info.value(u"name"_s).toString(child.name);
                child.headers = yamlRows(
                        settings.value().value(u"request"_s).toObject().value(u"headers"_s),
                        child.name, context);
                return info.value(u"seq"_s).toDouble(1e9);
            },
            [](const QFileInfo &entry, Context &context,
               double *seq) -> Result<std::optional<core::SavedRequest>> {
                auto document = readYaml(entry.filePath());
                if (!document)
                    return skipped(document.error(), context);
                return readYamlRequest(document.value(), entry.completeBaseName(), context, seq);
            }};
    return format;
}

Result<ImportResult> importYamlCollection(const QString &dir)
{
    ImportResult result;
    result.format = u"bruno"_s;
    Context context{result, {}, {}};
    auto root = readYaml(QDir(dir).filePath(u"opencollection.yml"_s));
    if (!root)
        return root.error();
    result.collection.name = root.value().value(u"info"_s).toObject().value(u"name"_s).toString(
            QFileInfo(dir).fileName());
    const QJsonObject request = root.value().value(u"request"_s).toObject();
    result.collection.root.headers
            = yamlRows(request.value(u"headers"_s), result.collection.name, context);
    if (!request.value(u"scripts"_s).toArray().isEmpty())
        result.warn(result.collection.name,
                    QObject::tr("collection scripts are not run by Tether; left out"));
    auto read = readFolder(dir, result.collection.root, context, yamlFormat(), {}, 0);
    if (!read)
        return read.error();
    const QFileInfoList environments
            = QDir(QDir(dir).filePath(u"environments"_s))
                      .entryInfoList({u"*.yml"_s, u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : environments) {
        auto document = readYaml(entry.filePath());
        if (!document) {
            result.warnings.append(document.error().message + QObject::tr(" (skipped)"));
            continue;
        }
        core::Environment environment;
        environment.name = document.value().value(u"name"_s).toString(entry.completeBaseName());
        for (const QJsonValue &entryValue : document.value().value(u"variables"_s).toArray()) {
            const QJsonObject variable = entryValue.toObject();
            environment.variables.append(
                    {variable.value(u"name"_s).toString(),
                     convertReferences(ImportSupport::textOf(variable.value(u"value"_s)),
                                       environment.name, context),
                     variable.value(u"enabled"_s).toBool(true),
                     variable.value(u"secret"_s).toBool()});
        }
        result.environments.append(environment);
    }
    result.anchorFiles(dir); // Bruno reads @file paths from the collection folder
    return result;
}

} // namespace

bool BrunoImporter::isCollectionDir(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(u"bruno.json"_s))
            || QFileInfo::exists(QDir(dir).filePath(u"opencollection.yml"_s));
}

Result<ImportResult> BrunoImporter::importDirectory(const QString &dir)
{
    if (QFileInfo::exists(QDir(dir).filePath(u"opencollection.yml"_s)))
        return importYamlCollection(dir);
    ImportResult result;
    result.format = u"bruno"_s;
    Context context{result, {}, {}};
    const QString manifestPath = QDir(dir).filePath(u"bruno.json"_s);
    auto manifestText = readFile(manifestPath);
    if (!manifestText)
        return manifestText.error();
    auto manifest = ImportSupport::parseJson(manifestText.value(),
                                             QDir::toNativeSeparators(manifestPath));
    if (!manifest)
        return manifest.error();
    result.collection.name
            = manifest.value().object().value(u"name"_s).toString(QFileInfo(dir).fileName());
    QStringList ignore;
    for (const QJsonValue &entry : manifest.value().object().value(u"ignore"_s).toArray())
        ignore.append(entry.toString());

    const QString collectionFile = QDir(dir).filePath(u"collection.bru"_s);
    if (QFileInfo::exists(collectionFile)) {
        auto parsed = readBruFile(collectionFile);
        if (!parsed)
            return parsed.error();
        const BruFile &settings = parsed.value();
        const QString where = result.collection.name;
        result.collection.root.headers
                = convertRows(settings.value(u"headers"_s).rows, where, context);
        result.collection.root.auth = readBruAuth(rowValue(settings.value(u"auth"_s), u"mode"_s),
                                                  settings, where, context, false);
        for (const core::KeyValue &row : settings.value(u"vars:pre-request"_s).rows)
            result.collection.variables.append(
                    {row.name, convertReferences(row.value, where, context), row.enabled, false});
        QString notes = settings.value(u"docs"_s).text;
        appendScripts(settings, notes, where, context);
        result.collection.description = notes;
    }
    auto read = readFolder(dir, result.collection.root, context, bruFormat(), ignore, 0);
    if (!read)
        return read.error();

    const QFileInfoList environments
            = QDir(QDir(dir).filePath(u"environments"_s))
                      .entryInfoList({u"*.bru"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : environments) {
        auto text = readFile(entry.filePath());
        if (!text)
            return text.error();
        auto parsed = parseBru(QString::fromUtf8(text.value()), entry.filePath());
        if (!parsed) {
            result.warnings.append(parsed.error().message + QObject::tr(" (skipped)"));
            continue;
        }
        core::Environment environment;
        environment.name = entry.completeBaseName();
        for (const core::KeyValue &row : parsed.value().value(u"vars"_s).rows)
            environment.variables.append({row.name,
                                          convertReferences(row.value, environment.name, context),
                                          row.enabled, false});
        for (const core::KeyValue &row : parsed.value().value(u"vars:secret"_s).rows)
            environment.variables.append({row.name, {}, true, true});
        result.environments.append(environment);
    }
    result.anchorFiles(dir); // Bruno reads @file paths from the collection folder
    return result;
}

Result<ImportResult> BrunoImporter::importFile(const QString &path)
{
    ImportResult result;
    result.format = u"bruno"_s;
    Context context{result, {}, {}};
    auto parsed = readBruFile(path);
    if (!parsed)
        return parsed.error();
    result.collection.name = QFileInfo(path).completeBaseName();
    double seq = 0;
    auto request
            = readBruRequest(parsed.value(), QFileInfo(path).completeBaseName(), context, &seq);
    if (!request)
        return Error{u"nothing-imported"_s,
                     QObject::tr("%1 holds no HTTP request").arg(QDir::toNativeSeparators(path))};
    result.collection.root.requests.append(*request);
    result.collection.root.order.append(request->name);
    result.anchorFiles(
            QFileInfo(path).absolutePath()); // Bruno reads @file paths from the collection folder
    return result;
}

} // namespace tether::formats
