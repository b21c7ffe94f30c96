// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/exportcommand.h"

#include "formats/exporter.h"
#include "formats/k6exporter.h"
#include "store/collectionstore.h"
#include "store/environmentstore.h"
#include "store/historystore.h"
#include "store/outputfile.h"
#include "workbench/exportservice.h"

#include "cli/subcommandparser.h"
#include "workbench/commandcontext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::synopsis() const
{
    return uR"(  export COLLECTION_DIR --format postman|http|curl|har|k6|python|javascript|qt [-o FILE]
                          export a collection (its history as HAR; code snippets)
)"_s;
}

QString ExportCommand::usage() const
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

int ExportCommand::run(const QStringList &arguments, workbench::CommandContext &context)
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
    const QStringList formats = formats::Exporter::formats();
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
    core::Collection collection = loaded.value();
    const QString folderPath = parser.value(folder);
    std::optional<core::Environment> env;
    if (parser.isSet(environment)) {
        auto read = store::EnvironmentStore::load(dir, parser.value(environment));
        if (!read) {
            err << read.error().message << Qt::endl;
            return 2;
        }
        env = read.value();
    }
    formats::ExportOptions options;
    options.folder = folderPath;
    options.requestPath = parser.value(requestPath);
    options.environment = env ? &*env : nullptr;
    options.resolve = parser.isSet(resolve);
    if (chosen == u"har") {
        // Exporting only reads: no history yet is a HAR without entries.
        auto history = context.history(store::HistoryStore::Access::ReadOnly);
        if (!history && history.error().code != u"history-missing") {
            err << history.error().message << Qt::endl;
            return 2;
        }
        const auto entryLimit
                = SubcommandParser::wholeNumber(parser, limit, 1, SubcommandParser::maxCount, 1000);
        if (!entryLimit) {
            err << entryLimit.error().message << Qt::endl;
            return 2;
        }
        auto exchanges = history ? workbench::ExportService::collectionHistory(
                                 *history.value(), dir, entryLimit.value())
                                 : Result<QList<net::Exchange>>(QList<net::Exchange>());
        if (!exchanges) {
            err << exchanges.error().message << Qt::endl;
            return 2;
        }
        options.exchanges = exchanges.value();
        if (options.exchanges.isEmpty())
            err << QObject::tr("No history recorded for %1; the HAR file has no entries.").arg(dir)
                << Qt::endl;
    }
    auto exported = formats::Exporter::exportText(collection, chosen, options);
    if (!exported) {
        err << exported.error().message << Qt::endl;
        return 2;
    }
    const QString text = exported.value();
    if (!parser.isSet(output)) {
        out << text;
        return 0;
    }
    const auto written = store::OutputFile::write(parser.value(output), text.toUtf8());
    if (!written) {
        err << written.error().message << Qt::endl;
        return 2;
    }
    if (parser.value(output) != u"-")
        err << QObject::tr("Exported to %1").arg(QDir::toNativeSeparators(parser.value(output)))
            << Qt::endl;
    return 0;
}

} // namespace tether::cli
