// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/exporter.h"
#include "formats/curlexporter.h"
#include "formats/harexporter.h"
#include "formats/httpfileexporter.h"
#include "formats/importresult.h"
#include "formats/k6exporter.h"
#include "formats/postmanexporter.h"
#include "formats/snippetexporter.h"

#include "store/jsonfile.h"
#include "store/requestresolver.h"

#include <QJsonDocument>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::formats {

QStringList Exporter::formats()
{
    return {u"postman"_s, u"http"_s,   u"curl"_s,       u"har"_s,
            u"k6"_s,      u"python"_s, u"javascript"_s, u"qt"_s};
}

QString Exporter::fileSuffix(const QString &format)
{
    static const QHash<QString, QString> suffixes{{u"postman"_s, u"postman_collection.json"_s},
                                                  {u"http"_s, u"http"_s},
                                                  {u"curl"_s, u"sh"_s},
                                                  {u"har"_s, u"har"_s},
                                                  {u"k6"_s, u"js"_s},
                                                  {u"python"_s, u"py"_s},
                                                  {u"javascript"_s, u"mjs"_s},
                                                  {u"qt"_s, u"cpp"_s}};
    return suffixes.value(format, u"txt"_s);
}

core::Request Exporter::resolvedForCopy(const core::Request &request,
                                        const core::VariableSet &variables)
{
    core::Request result = request;
    QStringList missing;
    auto fill = [&](QString &text) {
        // Secret values stay {{references}}: an export or a copy never carries them.
        core::VariableSet visible;
        for (const QString &name : variables.names())
            if (!variables.isSecret(name))
                visible.set(name, variables.value(name));
        text = visible.substitute(text, &missing);
    };
    fill(result.url);
    for (core::KeyValue &row : result.headers)
        fill(row.value);
    for (core::KeyValue &row : result.params)
        fill(row.value);
    for (core::KeyValue &row : result.pathVariables)
        fill(row.value);
    for (core::KeyValue &row : result.body.formFields)
        fill(row.value);
    for (core::MultipartField &field : result.body.multipartFields)
        fill(field.value);
    fill(result.body.text);
    fill(result.auth.username);
    fill(result.auth.keyName);
    return result;
}

core::Request Exporter::prepared(const core::Collection &collection,
                                 const core::SavedRequest &saved, const ExportOptions &options)
{
    const core::Request request
            = store::RequestResolver::withInheritance(collection, saved.path, saved.request);
    if (!options.resolve)
        return request;
    core::VariableSet values;
    for (const core::Variable &variable : collection.variables)
        if (variable.enabled && !variable.secret)
            values.set(variable.name, variable.value);
    if (options.environment)
        for (const core::Variable &variable : options.environment->variables)
            if (variable.enabled && !variable.secret)
                values.set(variable.name, variable.value);
    return resolvedForCopy(request, values);
}

Result<QString> Exporter::exportText(const core::Collection &collection, const QString &format,
                                     const ExportOptions &options)
{
    if (!formats().contains(format))
        return Error{u"usage"_s,
                     QObject::tr("Unknown export format \"%1\"; use one of %2.")
                             .arg(format, formats().join(u", "_s))};
    if (!options.folder.isEmpty() && !collection.findFolder(options.folder))
        return Error{u"not-found"_s,
                     QObject::tr("No folder \"%1\" in %2.").arg(options.folder, collection.dir)};
    if (!options.requestPath.isEmpty() && !collection.findRequest(options.requestPath))
        return Error{
                u"not-found"_s,
                QObject::tr("No request \"%1\" in %2.").arg(options.requestPath, collection.dir)};
    QList<const core::SavedRequest *> selected;
    forEachRequest(collection.root, [&](const core::SavedRequest &request) {
        if (!options.requestPath.isEmpty()
                    ? request.path == options.requestPath
                    : options.folder.isEmpty() || request.path.startsWith(options.folder + u'/'))
            selected.append(&request);
    });
    const bool whole = options.folder.isEmpty() && options.requestPath.isEmpty();
    QString text;
    if (format == u"postman") {
        text = QString::fromUtf8(store::JsonFile::format(
                !options.requestPath.isEmpty()
                        ? PostmanExporter::exportRequest(collection, *selected.first())
                        : PostmanExporter::exportCollection(collection)));
    } else if (format == u"http") {
        if (whole)
            text = HttpFileExporter::exportCollection(collection);
        else
            for (const core::SavedRequest *saved : std::as_const(selected))
                text += HttpFileExporter::exportRequest(saved->path,
                                                        prepared(collection, *saved, options))
                        + u'\n';
    } else if (format == u"curl") {
        for (const core::SavedRequest *saved : std::as_const(selected))
            text += u"# "_s + saved->path + u'\n'
                    + CurlExporter::toCommand(prepared(collection, *saved, options)) + u"\n\n"_s;
    } else if (format == u"k6") {
        text = K6Exporter::exportScript(collection, options.folder, options.environment);
    } else if (format == u"har") {
        text = QString::fromUtf8(QJsonDocument(HarExporter::exportExchanges(options.exchanges))
                                         .toJson(QJsonDocument::Indented));
    } else {
        const QString comment = format == u"python" ? u"# "_s : u"// "_s;
        for (const core::SavedRequest *saved : std::as_const(selected))
            text += comment + saved->path + u'\n'
                    + SnippetExporter::snippet(format, prepared(collection, *saved, options))
                    + u'\n';
    }
    return text;
}

} // namespace tether::formats
