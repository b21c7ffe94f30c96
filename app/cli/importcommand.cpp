// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/importcommand.h"

#include "core/counted.h"
#include "formats/importer.h"
#include "formats/importwriter.h"
#include "secrets/secretstore.h"
#include "store/historystore.h"

#include "cli/subcommandparser.h"
#include "workbench/commandcontext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::synopsis() const
{
    return uR"(  import FILE_OR_DIR... --into COLLECTION_DIR [--from FORMAT]
                          import Postman, Insomnia, Bruno, HAR, .http or curl
)"_s;
}

QString ImportCommand::usage() const
{
    return uR"(Usage: tether-run import FILE_OR_DIR... --into COLLECTION_DIR [--from FORMAT] [--dry-run] [--history]

Imports Postman collections (v2.0, v2.1) and environments, Insomnia exports (v4, JSON or YAML),
Bruno collections (folder or .bru file), HAR files, .http files and curl commands into a Tether
collection. The format is detected from the content; --from postman|insomnia|bruno|har|http|curl
forces one. A folder that holds no collection becomes one; into an existing collection the
import goes into a new folder named after it. Secrets typed in the source (passwords, tokens)
go to the OS keychain.

  --dry-run   list what would be imported, write nothing
  --history   HAR only: also add the recorded exchanges (timings, browser connection ids) to
              the history

Prints one line per imported request, then what could not be mapped.
Exit code: 0 when everything was imported, 1 when something could not be mapped (see the
warnings), 2 for usage errors or an input that could not be read.
)"_s;
}

int ImportCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption into(u"into"_s, u"into"_s, u"DIR"_s);
    const QCommandLineOption from(u"from"_s, u"from"_s, u"FORMAT"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"dry-run"_s);
    const QCommandLineOption history(u"history"_s, u"history"_s);
    parser.addOptions({into, from, dryRun, history});
    if (auto exitCode = SubcommandParser::parse(parser, u"import"_s, arguments, usage()))
        return *exitCode;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() || (!parser.isSet(into) && !parser.isSet(dryRun))) {
        err << usage();
        return 2;
    }
    const QString format = parser.value(from);
    if (!format.isEmpty() && !formats::Importer::formats().contains(format)) {
        err << QObject::tr("Unknown format \"%1\"; use one of %2.")
                        .arg(format, formats::Importer::formats().join(u", "_s))
            << Qt::endl;
        return 2;
    }
    const QString target = QDir::cleanPath(QFileInfo(parser.value(into)).absoluteFilePath());
    secrets::SecretStore &secretStore = *context.secretStore();
    int exitCode = 0;
    for (const QString &input : inputs) {
        auto imported = formats::Importer::importPath(input, format);
        if (!imported) {
            err << imported.error().message << Qt::endl;
            exitCode = 2;
            continue;
        }
        formats::ImportResult &result = imported.value();
        // Every local file the requests will upload, named before anything runs.
        for (const QString &file : result.filesRead())
            err << QObject::tr("reads file: %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
        if (parser.isSet(dryRun)) {
            result.assignPaths();
            formats::forEachRequest(result.collection.root, [&](const core::SavedRequest &request) {
                out << request.request.method << u' ' << request.request.url << u" → "_s
                    << request.path << Qt::endl;
            });
            for (const core::Environment &environment : std::as_const(result.environments))
                out << QObject::tr("environment %1 (%2 variables)")
                                .arg(environment.name)
                                .arg(environment.variables.size())
                    << Qt::endl;
            for (const QString &warning : std::as_const(result.warnings))
                err << QObject::tr("warning: ") << warning << Qt::endl;
            if (!result.warnings.isEmpty() && exitCode == 0)
                exitCode = 1;
            continue;
        }
        const QList<net::Exchange> exchanges = result.exchanges;
        const int requestCount = result.requestCount();
        auto written = formats::ImportWriter::write(std::move(result), target, secretStore);
        if (!written) {
            err << written.error().message << Qt::endl;
            exitCode = 2;
            continue;
        }
        for (const QString &line : std::as_const(written.value().requests))
            out << line << Qt::endl;
        for (const QString &environment : std::as_const(written.value().environments))
            out << QObject::tr("environment %1").arg(environment) << Qt::endl;
        if (parser.isSet(history) && !exchanges.isEmpty()) {
            auto historyStore = context.history(store::HistoryStore::Access::ReadWrite);
            Result<void> recorded = historyStore ? Result<void>() : historyStore.error();
            if (historyStore) {
                for (const net::Exchange &exchange : exchanges)
                    historyStore.value()->record(exchange, target, {},
                                                 store::HistoryStore::importSource);
                recorded = historyStore.value()->flush();
            }
            if (!recorded) {
                err << recorded.error().message << Qt::endl;
                exitCode = 2;
            } else {
                out << QObject::tr("%1 exchanges added to the history").arg(exchanges.size())
                    << Qt::endl;
            }
        }
        err << QObject::tr("%1: %2, %3 imported into %4")
                        .arg(QDir::toNativeSeparators(input),
                             core::counted(requestCount, QObject::tr("request"),
                                           QObject::tr("requests")),
                             core::counted(written.value().environments.size(),
                                           QObject::tr("environment"), QObject::tr("environments")),
                             QDir::toNativeSeparators(
                                     QDir(target).filePath(written.value().folder)))
            << Qt::endl;
        for (const QString &warning : std::as_const(written.value().warnings))
            err << QObject::tr("warning: ") << warning << Qt::endl;
        if (!written.value().warnings.isEmpty() && exitCode == 0)
            exitCode = 1;
    }
    return exitCode;
}

} // namespace tether::cli
