// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/k6exporter.h"
#include "formats/curlexporter.h"
#include "formats/importresult.h"
#include "formats/snippetexporter.h"

#include "store/requestcodec.h"
#include "store/requestresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

QString js(const QString &text)
{
    return SnippetExporter::stringLiteral(text);
}

QString jsValue(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString filled(const QString &text)
{
    return text.contains(u"{{"_s) ? u"fill(%1)"_s.arg(js(text)) : js(text);
}

QString checkExpression(const QJsonObject &spec, QString *description)
{
    const QString type = spec.value(u"type"_s).toString();
    if (type == u"status") {
        if (spec.contains(u"equals"_s)) {
            *description = u"status is %1"_s.arg(spec.value(u"equals"_s).toInt());
            return u"(r) => r.status === %1"_s.arg(spec.value(u"equals"_s).toInt());
        }
        const int min = spec.value(u"min"_s).toInt(100);
        const int max = spec.value(u"max"_s).toInt(599);
        *description = u"status in %1–%2"_s.arg(min).arg(max);
        return u"(r) => r.status >= %1 && r.status <= %2"_s.arg(min).arg(max);
    }
    if (type == u"header") {
        const QString name = js(spec.value(u"name"_s).toString());
        if (spec.contains(u"equals"_s)) {
            *description = u"header %1 equals"_s.arg(spec.value(u"name"_s).toString());
            return u"(r) => header(r, %1) === %2"_s.arg(name,
                                                        filled(spec.value(u"equals"_s).toString()));
        }
        if (spec.contains(u"matches"_s)) {
            *description = u"header %1 matches"_s.arg(spec.value(u"name"_s).toString());
            return u"(r) => new RegExp(%1).test(header(r, %2) || \"\")"_s.arg(
                    js(spec.value(u"matches"_s).toString()), name);
        }
        *description = u"has header %1"_s.arg(spec.value(u"name"_s).toString());
        return u"(r) => header(r, %1) !== undefined"_s.arg(name);
    }
    if (type == u"body") {
        if (spec.contains(u"contains"_s)) {
            *description = u"body contains %1"_s.arg(spec.value(u"contains"_s).toString().left(40));
            return u"(r) => String(r.body).includes(%1)"_s.arg(
                    filled(spec.value(u"contains"_s).toString()));
        }
        *description = u"body matches"_s;
        return u"(r) => new RegExp(%1).test(String(r.body))"_s.arg(
                js(spec.value(u"matches"_s).toString()));
    }
    if (type == u"json") {
        const QString path = spec.value(u"path"_s).toString();
        const QString selector = js(K6Exporter::selectorFor(path));
        if (spec.contains(u"equals"_s)) {
            *description
                    = u"%1 equals %2"_s.arg(path, spec.value(u"equals"_s).toVariant().toString());
            return u"(r) => text(jsonAt(r, %1)) === String(%2)"_s.arg(
                    selector, jsValue(spec.value(u"equals"_s)));
        }
        *description = u"%1 exists"_s.arg(path);
        return u"(r) => jsonAt(r, %1) !== undefined"_s.arg(selector);
    }
    if (type == u"time") {
        *description = u"time below %1 ms"_s.arg(spec.value(u"below"_s).toDouble());
        return u"(r) => r.timings.duration < %1"_s.arg(spec.value(u"below"_s).toDouble());
    }
    return {};
}

QString extractionStatement(const QJsonObject &spec)
{
    const QString variable = js(spec.value(u"variable"_s).toString());
    if (spec.contains(u"json"_s))
        return u"  vars[%1] = text(jsonAt(res, %2));\n"_s.arg(
                variable, js(K6Exporter::selectorFor(spec.value(u"json"_s).toString())));
    if (spec.contains(u"header"_s))
        return u"  vars[%1] = header(res, %2);\n"_s.arg(variable,
                                                        js(spec.value(u"header"_s).toString()));
    if (spec.contains(u"regex"_s))
        return u"  vars[%1] = firstMatch(res, %2);\n"_s.arg(variable,
                                                            js(spec.value(u"regex"_s).toString()));
    return {};
}

} // namespace

QString K6Exporter::selectorFor(const QString &jsonPath)
{
    QString path = jsonPath;
    if (path.startsWith(u'$'))
        path = path.mid(1);
    static const QRegularExpression index(u"\\[(\\d+)\\]"_s);
    path.replace(index, u".\\1"_s);
    static const QRegularExpression quoted(u"\\[['\"]([^'\"]+)['\"]\\]"_s);
    path.replace(quoted, u".\\1"_s);
    if (path.startsWith(u'.'))
        path = path.mid(1);
    return path;
}

QString K6Exporter::exportScript(const core::Collection &collection, const QString &folder,
                                 const core::Environment *environment)
{
    QList<const core::SavedRequest *> requests;
    const core::CollectionFolder *start
            = folder.isEmpty() ? &collection.root : collection.findFolder(folder);
    if (start) {
        // Display order, as the runner uses it.
        std::function<void(const core::CollectionFolder &)> visit = [&](const core::CollectionFolder
                                                                                &f) {
            QList<std::pair<QString, std::function<void()>>> items;
            for (const core::CollectionFolder &child : f.folders)
                items.append({child.name, [&visit, &child] { visit(child); }});
            for (const core::SavedRequest &request : f.requests)
                items.append({request.name, [&requests, &request] { requests.append(&request); }});
            std::stable_sort(items.begin(), items.end(), [&](const auto &a, const auto &b) {
                auto rank = [&](const QString &name) {
                    const qsizetype i = f.order.indexOf(name);
                    return i < 0 ? f.order.size() : i;
                };
                return rank(a.first) < rank(b.first);
            });
            for (const auto &item : items)
                item.second();
        };
        visit(*start);
    }

    QString script
            = u"// Generated by Tether from the collection \"%1\"%2.\n"
              "// Run it:            k6 run script.js\n"
              "// Override a value:  k6 run -e base_url=https://staging.example.test script.js\n"
              "// Load:              k6 run --vus 50 --duration 5m script.js\n"
              "// Distributed:       the same file runs unchanged on k6 Cloud (k6 cloud run) and\n"
              "//                    on Kubernetes with the k6 Operator; see "
              "docs/load-testing.md.\n"
              "import http from \"k6/http\";\n"
              "import { check } from \"k6\";\n"
              "import encoding from \"k6/encoding\";\n\n"
              "export const options = {\n  vus: 1,\n  iterations: 1,\n};\n\n"_s.arg(
                      collection.name,
                      folder.isEmpty() ? QString() : u", folder \"%1\""_s.arg(folder));

    // Variables: collection < environment < __ENV (k6 run -e NAME=value).
    QList<core::Variable> variables = collection.variables;
    if (environment)
        for (const core::Variable &variable : environment->variables) {
            auto existing = std::find_if(
                    variables.begin(), variables.end(),
                    [&](const core::Variable &v) { return v.name == variable.name; });
            if (existing == variables.end())
                variables.append(variable);
            else
                *existing = variable;
        }
    script += u"// Saved values; secret ones are not exported: pass them with -e NAME=value.\nconst defaults = {\n"_s;
    for (const core::Variable &variable : std::as_const(variables)) {
        if (!variable.enabled)
            continue;
        script += u"  %1: %2,%3\n"_s.arg(js(variable.name),
                                         js(variable.secret ? QString() : variable.value),
                                         variable.secret ? u" // secret"_s : QString());
    }
    script += uR"(};
const vars = {};
for (const name of Object.keys(defaults)) {
  vars[name] = __ENV[name] !== undefined ? __ENV[name] : defaults[name];
}

// {{name}} → the variable's current value (values extracted from responses included).
function fill(value) {
  return String(value).replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name) => {
    if (vars[name] !== undefined) return vars[name];
    if (__ENV[name] !== undefined) return __ENV[name];
    return whole;
  });
}
// Percent-encoding as Tether does it (RFC 3986 unreserved characters kept).
function encode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
function form(pairs) {
  return pairs.map(([name, value]) => encode(fill(name)) + "=" + encode(fill(value))).join("&");
}
function header(r, name) {
  const key = Object.keys(r.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : r.headers[key];
}
function jsonAt(r, selector) {
  try {
    return selector === "" ? r.json() : r.json(selector);
  } catch (e) {
    return undefined;
  }
}
function text(value) {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
function firstMatch(r, pattern) {
  const match = new RegExp(pattern).exec(String(r.body));
  return match ? (match[1] !== undefined ? match[1] : match[0]) : "";
}
)"_s;

    // Files are read in k6's init stage.
    QStringList files;
    auto fileRef = [&](const QString &path) {
        qsizetype index = files.indexOf(path);
        if (index < 0) {
            index = files.size();
            files.append(path);
        }
        return u"files[%1]"_s.arg(index);
    };
    QString body = u"\nexport default function () {\n  let res;\n"_s;
    int number = 0;
    for (const core::SavedRequest *saved : std::as_const(requests)) {
        const core::Request request
                = store::RequestResolver::withInheritance(collection, saved->path, saved->request);
        body += u"\n  // %1. %2\n"_s.arg(++number).arg(saved->path);
        QStringList headers;
        for (const core::KeyValue &header : request.headers)
            if (header.enabled && !header.name.isEmpty())
                headers << u"%1: %2"_s.arg(js(header.name), filled(header.value));
        const core::Auth &auth = request.auth;
        if (auth.type == core::AuthType::Basic)
            headers << u"\"Authorization\": \"Basic \" + encoding.b64encode(fill(%1) + \":\" + fill(%2))"_s
                               .arg(js(auth.username), js(auth.password));
        else if (auth.type == core::AuthType::Bearer)
            headers << u"\"Authorization\": \"Bearer \" + %1"_s.arg(filled(auth.token));
        else if (auth.type == core::AuthType::ApiKey
                 && auth.keyLocation == core::ApiKeyLocation::Header)
            headers << u"%1: %2"_s.arg(js(auth.keyName), filled(auth.keyValue));
        auto contentType = [&](const QString &type) {
            if (!request.hasHeader(u"Content-Type"_s))
                headers << u"\"Content-Type\": %1"_s.arg(js(type));
        };
        QString payload = u"null"_s;
        const core::RequestBody &b = request.body;
        switch (b.mode) {
        case core::BodyMode::None:
            break;
        case core::BodyMode::Raw:
            contentType(b.contentType.isEmpty() ? u"text/plain; charset=utf-8"_s : b.contentType);
            payload = filled(b.text);
            break;
        case core::BodyMode::Json:
            contentType(u"application/json"_s);
            payload = filled(b.text);
            break;
        case core::BodyMode::FormUrlEncoded: {
            contentType(u"application/x-www-form-urlencoded"_s);
            QStringList pairs;
            for (const core::KeyValue &field : b.formFields)
                if (field.enabled && !field.name.isEmpty())
                    pairs << u"[%1, %2]"_s.arg(js(field.name), js(field.value));
            payload = u"form([%1])"_s.arg(pairs.join(u", "_s));
            break;
        }
        case core::BodyMode::Multipart: {
            QStringList fields;
            for (const core::MultipartField &field : b.multipartFields) {
                if (!field.enabled || field.name.isEmpty())
                    continue;
                if (field.isFile)
                    fields << u"%1: http.file(%2, %3%4)"_s.arg(
                            js(field.name), fileRef(field.value), js(field.value.section(u'/', -1)),
                            field.contentType.isEmpty() ? QString()
                                                        : u", "_s + js(field.contentType));
                else
                    fields << u"%1: %2"_s.arg(js(field.name), filled(field.value));
            }
            payload = u"{ %1 }"_s.arg(fields.join(u", "_s));
            break;
        }
        case core::BodyMode::BinaryFile:
            contentType(u"application/octet-stream"_s);
            payload = fileRef(b.filePath);
            break;
        }
        body += u"  res = http.request(%1, %2, %3, {\n    headers: { %4 },\n    tags: { name: %5 },\n  });\n"_s
                        .arg(js(request.method), filled(CurlExporter::effectiveUrl(request)),
                             payload, headers.join(u", "_s), js(saved->path));
        QStringList checks;
        // The k6 expressions are written from the checks as the request file holds them.
        for (const QJsonValue &value : store::RequestCodec::encodeChecks(saved->checks)) {
            QString description;
            const QString expression = checkExpression(value.toObject(), &description);
            if (!expression.isEmpty())
                checks << u"    %1: %2,\n"_s.arg(js(saved->name + u": "_s + description),
                                                 expression);
        }
        if (!checks.isEmpty())
            body += u"  check(res, {\n"_s + checks.join(QString()) + u"  });\n"_s;
        for (const QJsonValue &value : store::RequestCodec::encodeExtractions(saved->extractions))
            body += extractionStatement(value.toObject());
    }
    body += u"}\n"_s;
    if (!files.isEmpty()) {
        script += u"\n// Request bodies read from files (k6 opens files only in the init stage).\nconst files = [\n"_s;
        for (const QString &file : std::as_const(files))
            script += u"  open(%1, \"b\"),\n"_s.arg(js(file));
        script += u"];\n"_s;
    }
    return script + body;
}

} // namespace tether::formats
