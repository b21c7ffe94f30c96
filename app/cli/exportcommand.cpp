#include "exportcommand.h"

#include "../store/collectionstore.h"
#include "../store/environmentstore.h"
#include "../store/formats/curlexporter.h"
#include "../store/formats/harexporter.h"
#include "../store/formats/httpfileexporter.h"
#include "../store/formats/importresult.h"
#include "../store/formats/k6exporter.h"
#include "../store/formats/postmanexporter.h"
#include "../store/formats/snippetexporter.h"
#include "../store/historystore.h"
#include "../store/jsonfile.h"
#include "../store/requestresolver.h"

#include "subcommandparser.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString ExportCommand::usage()
{
    return uR"(Usage: tether-run export COLLECTION_DIR --format FORMAT [-o FILE] [--folder F] [--request PATH] [--env NAME] [--resolve]

Formats:
  postman     Postman collection v2.1 (folders, auth, variables; checks as test scripts)
  http        one .http file (JetBrains HTTP Client, VS Code REST Client)
  curl        one curl command per request
  har         the history recorded for this collection, as HAR 1.2, with Tether's timings
              and connection flags (--limit N entries, newest last; default 1000)
  k6          a k6 load-test script (see docs/load-testing.md); --env picks the values
  python, javascript, qt
              code that sends each request (Python requests, fetch, QNetworkAccessManager)

  -o FILE     write to FILE (atomically) instead of standard output
  --folder F  only the requests in folder F
  --request P only the request at path P ("folder/name")
  --env NAME  environment whose values k6 uses (and --resolve substitutes)
  --resolve   curl and code: substitute non-secret variable values for {{references}}

Exit code: 0 on success, 2 for usage errors or a collection that cannot be read.
)"_s;
}

int ExportCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, u"format"_s, u"FORMAT"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"output"_s, u"FILE"_s);
    const QCommandLineOption folder(u"folder"_s, u"folder"_s, u"F"_s);
    const QCommandLineOption requestPath(u"request"_s, u"request"_s, u"PATH"_s);
    const QCommandLineOption environment(u"env"_s, u"env"_s, u"NAME"_s);
    const QCommandLineOption resolve(u"resolve"_s, u"resolve"_s);
    const QCommandLineOption limit(u"limit"_s, u"limit"_s, u"N"_s, u"1000"_s);
    parser.addOptions({format, output, folder, requestPath, environment, resolve, limit});
    if (auto exitCode = SubcommandParser::parse(parser, u"export"_s, arguments, usage()))
        return *exitCode;
    const QStringList formats{u"postman"_s, u"http"_s,   u"curl"_s,       u"har"_s,
                              u"k6"_s,      u"python"_s, u"javascript"_s, u"qt"_s};
    const QString chosen = parser.value(format);
    if (parser.positionalArguments().size() != 1 || !formats.contains(chosen)) {
        err << usage();
        return 2;
    }
    const QString dir
            = QDir::cleanPath(QFileInfo(parser.positionalArguments().first()).absoluteFilePath());
    auto loaded = store::CollectionStore::load(dir);
    if (!loaded) {
        err << loaded.error().message << Qt::endl;
        return 2;
    }
    store::Collection collection = loaded.value();
    const QString folderPath = parser.value(folder);
    if (!folderPath.isEmpty() && !collection.findFolder(folderPath)) {
        err << QObject::tr("No folder \"%1\" in %2.").arg(folderPath, dir) << Qt::endl;
        return 2;
    }
    if (parser.isSet(requestPath) && !collection.findRequest(parser.value(requestPath))) {
        err << QObject::tr("No request \"%1\" in %2.").arg(parser.value(requestPath), dir)
            << Qt::endl;
        return 2;
    }
    std::optional<store::Environment> env;
    if (parser.isSet(environment)) {
        auto read = store::EnvironmentStore::load(dir, parser.value(environment));
        if (!read) {
            err << read.error().message << Qt::endl;
            return 2;
        }
        env = read.value();
    }
    // Requests chosen by --folder/--request, in the collection's display order.
    QList<const store::SavedRequest *> selected;
    store::formats::forEachRequest(collection.root, [&](const store::SavedRequest &request) {
        if (parser.isSet(requestPath)
                    ? request.path == parser.value(requestPath)
                    : folderPath.isEmpty() || request.path.startsWith(folderPath + u'/'))
            selected.append(&request);
    });
    core::VariableSet values; // non-secret values only: exports never carry secrets
    for (const store::Variable &variable : collection.variables)
        if (variable.enabled && !variable.secret)
            values.set(variable.name, variable.value);
    if (env)
        for (const store::Variable &variable : env->variables)
            if (variable.enabled && !variable.secret)
                values.set(variable.name, variable.value);
    auto prepared = [&](const store::SavedRequest &saved) {
        core::Request request
                = store::RequestResolver::withInheritance(collection, saved.path, saved.request);
        if (parser.isSet(resolve)) {
            QStringList missing;
            request.url = values.substitute(request.url, &missing);
            for (core::KeyValue &row : request.headers)
                row.value = values.substitute(row.value, &missing);
            for (core::KeyValue &row : request.params)
                row.value = values.substitute(row.value, &missing);
            for (core::KeyValue &row : request.body.formFields)
                row.value = values.substitute(row.value, &missing);
            request.body.text = values.substitute(request.body.text, &missing);
            request.auth.username = values.substitute(request.auth.username, &missing);
        }
        return request;
    };

    QString text;
    if (chosen == u"postman") {
        text = QString::fromUtf8(store::JsonFile::format(
                parser.isSet(requestPath)
                        ? store::formats::PostmanExporter::exportRequest(collection,
                                                                         *selected.first())
                        : store::formats::PostmanExporter::exportCollection(collection)));
    } else if (chosen == u"http") {
        if (folderPath.isEmpty() && !parser.isSet(requestPath)) {
            text = store::formats::HttpFileExporter::exportCollection(collection);
        } else {
            for (const store::SavedRequest *saved : std::as_const(selected))
                text += store::formats::HttpFileExporter::exportRequest(saved->path,
                                                                        prepared(*saved))
                        + u'\n';
        }
    } else if (chosen == u"curl") {
        for (const store::SavedRequest *saved : std::as_const(selected))
            text += u"# "_s + saved->path + u'\n'
                    + store::formats::CurlExporter::toCommand(prepared(*saved)) + u"\n\n"_s;
    } else if (chosen == u"k6") {
        text = store::formats::K6Exporter::exportScript(collection, folderPath,
                                                        env ? &*env : nullptr);
    } else if (chosen == u"har") {
        store::HistoryStore history;
        auto opened = history.open();
        if (!opened) {
            err << opened.error().message << Qt::endl;
            return 2;
        }
        store::HistoryQuery query;
        query.limit = 100000;
        auto entries = history.query(query);
        if (!entries) {
            err << entries.error().message << Qt::endl;
            return 2;
        }
        QList<net::Exchange> exchanges;
        for (const store::HistoryEntry &entry : entries.value())
            if (QDir::cleanPath(entry.collectionDir) == dir)
                exchanges.prepend(store::HistoryStore::toExchange(entry)); // oldest first
        const int keep = parser.value(limit).toInt();
        if (keep > 0 && exchanges.size() > keep)
            exchanges = exchanges.mid(exchanges.size() - keep);
        if (exchanges.isEmpty())
            err << QObject::tr("No history recorded for %1; the HAR file has no entries.").arg(dir)
                << Qt::endl;
        text = QString::fromUtf8(
                QJsonDocument(store::formats::HarExporter::exportExchanges(exchanges))
                        .toJson(QJsonDocument::Indented));
    } else {
        for (const store::SavedRequest *saved : std::as_const(selected)) {
            const QString comment = chosen == u"python" ? u"# "_s : u"// "_s;
            text += comment + saved->path + u"\n"_s
                    + store::formats::SnippetExporter::snippet(chosen, prepared(*saved)) + u'\n';
        }
    }

    if (!parser.isSet(output)) {
        out << text;
        return 0;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << QObject::tr("Cannot write %1: %2").arg(parser.value(output), file.errorString())
            << Qt::endl;
        return 2;
    }
    err << QObject::tr("%1 request(s) exported to %2")
                    .arg(chosen == u"har" ? 0 : selected.size())
                    .arg(QDir::toNativeSeparators(parser.value(output)))
        << Qt::endl;
    return 0;
}

} // namespace tether::cli
