// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/runcommand.h"

#include "net/session.h"
#include "run/runner.h"
#include "run/runreport.h"
#include "secrets/secretstore.h"
#include "store/collectionstore.h"
#include "store/historystore.h"
#include "store/outputfile.h"
#include "workbench/dispatcher.h"
#include "workbench/historyrecorder.h"

#include "cli/proxyoptions.h"
#include "cli/subcommandparser.h"
#include "workbench/commandcontext.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString RunCommand::name() const
{
    return u"run"_s;
}

QString RunCommand::synopsis() const
{
    return uR"(  run COLLECTION_DIR [options]
                          run a collection with its checks (see 'tether-run run --help')
)"_s;
}

QString RunCommand::usage() const
{
    return uR"(Usage: tether-run run COLLECTION_DIR [options]

Runs every request of the collection (or --folder) in tree order with the checks ("assertions")
and extractions saved with each request, on a fresh connection pool.

  --folder F           run only this folder
  --env NAME           use this environment's variables
  --iterations N       run N times (with --data: one iteration per row unless N is given)
  --concurrency C      keep C requests in flight
  --delay MS           wait MS between request starts
  --data FILE          CSV (header row) or JSON array: each row's columns become variables
  --bail               stop at the first failure
  --no-keepalive       Connection: close on every request
  --no-http2, -k/--insecure, --cacert FILE, -m/--max-time S   as for send
  -x/--proxy URL, --noproxy HOSTS                            as for send
  --compare            run twice, keep-alive on and off, and compare
  --report KIND=FILE   write a report: json=FILE, junit=FILE, html=FILE (repeatable)
  --json               print the results object (the JSON report) on stdout
  --no-history         do not record the exchanges in history
  --allow-outside-files  let requests upload files outside the collection folder (relative
                       paths are taken from the collection folder; outside it, refused)
Exit code: 0 when every check passed, 1 when any failed, 2 for usage or load errors.
)"_s;
}

static bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    const auto written = store::OutputFile::write(path, bytes);
    if (!written)
        err << written.error().message << Qt::endl;
    return written.ok();
}

static void printSummary(const run::RunSummary &summary, QTextStream &out)
{
    out << u"%1  %2 req  %3 req/s  %4 ms  keep-alive %5\n"_s.arg(summary.collection)
                    .arg(summary.total())
                    .arg(summary.requestsPerSecond(), 0, 'f', 1)
                    .arg(summary.durationMs, 0, 'f', 0)
                    .arg(summary.keepAlive ? u"on"_s : u"off"_s);
    out << u"  %1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"request"_s, -32)
                    .arg(u"count"_s, 6)
                    .arg(u"fail"_s, 5)
                    .arg(u"p50"_s, 8)
                    .arg(u"p90"_s, 8)
                    .arg(u"p99"_s, 8)
                    .arg(u"max"_s, 8);
    for (const run::RequestStats &stats : summary.requests)
        out << u"  %1 %2 %3 %4 %5 %6 %7\n"_s.arg(stats.path, -32)
                        .arg(stats.count, 6)
                        .arg(stats.failures, 5)
                        .arg(stats.percentile(50), 8, 'f', 1)
                        .arg(stats.percentile(90), 8, 'f', 1)
                        .arg(stats.percentile(99), 8, 'f', 1)
                        .arg(stats.percentile(100), 8, 'f', 1);
    for (const net::OriginStats &origin : summary.origins)
        out << u"  "_s << run::RunReport::originLine(origin) << u'\n';
    for (const run::RequestResult &result : summary.results) {
        if (result.passed())
            continue;
        out << u"  FAIL %1 (iteration %2, status %3)"_s.arg(result.path)
                        .arg(result.iteration + 1)
                        .arg(result.status);
        if (!result.error.isEmpty())
            out << u": "_s << result.error;
        for (const run::CheckResult &check : result.checks)
            if (!check.passed)
                out << u"; "_s << check.description << u": "_s << check.message;
        out << u"\n"_s;
    }
    if (summary.omittedResults > 0)
        out << u"  (%1 results counted but not listed: the first %2 and up to %3 failures after "
               "them are kept)\n"_s.arg(summary.omittedResults)
                        .arg(run::RunSummary::keptResults)
                        .arg(run::RunSummary::keptFailures);
    out << u"%1 passed, %2 failed\n"_s.arg(summary.passed()).arg(summary.failed());
    out.flush();
}

int RunCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption folder(u"folder"_s, u"folder"_s, u"F"_s);
    const QCommandLineOption environment(u"env"_s, u"env"_s, u"NAME"_s);
    const QCommandLineOption iterations(u"iterations"_s, u"n"_s, u"N"_s);
    const QCommandLineOption concurrency(u"concurrency"_s, u"c"_s, u"C"_s);
    const QCommandLineOption delay(u"delay"_s, u"ms"_s, u"MS"_s);
    const QCommandLineOption data(u"data"_s, u"data"_s, u"FILE"_s);
    const QCommandLineOption bail(u"bail"_s, u"bail"_s);
    const QCommandLineOption noKeepAlive(u"no-keepalive"_s, u"no keep-alive"_s);
    const QCommandLineOption noHttp2(u"no-http2"_s, u"no h2"_s);
    const QCommandLineOption insecure({u"k"_s, u"insecure"_s}, u"insecure"_s);
    const QCommandLineOption caCert(u"cacert"_s, u"ca"_s, u"FILE"_s);
    const QCommandLineOption maxTime({u"m"_s, u"max-time"_s}, u"max"_s, u"S"_s);
    const QCommandLineOption compare(u"compare"_s, u"compare"_s);
    const QCommandLineOption report(u"report"_s, u"report"_s, u"KIND=FILE"_s);
    const QCommandLineOption json(u"json"_s, u"json"_s);
    const QCommandLineOption noHistory(u"no-history"_s, u"no history"_s);
    const QCommandLineOption outsideFiles(u"allow-outside-files"_s, u"outside files"_s);
    parser.addOptions({folder, environment, iterations, concurrency, delay, data, bail, noKeepAlive,
                       noHttp2, insecure, caCert, maxTime, compare, report, json, noHistory,
                       outsideFiles});
    const ProxyOptions proxy;
    proxy.addTo(parser);
    if (auto exitCode = SubcommandParser::parse(parser, u"run"_s, arguments, usage()))
        return *exitCode;
    if (parser.positionalArguments().size() != 1) {
        err << usage();
        return 2;
    }
    run::RunOptions options;
    const auto iterationCount = SubcommandParser::wholeNumber(
            parser, iterations, 1, SubcommandParser::maxCount, options.iterations);
    const auto inFlight = SubcommandParser::wholeNumber(
            parser, concurrency, 1, SubcommandParser::maxConcurrency, options.concurrency);
    const auto pause = SubcommandParser::wholeNumber(parser, delay, 0, 3'600'000, options.delayMs);
    const auto timeout = SubcommandParser::secondsAsMs(parser, maxTime, options.settings.timeoutMs);
    for (const Error *error :
         {iterationCount.ok() ? nullptr : &iterationCount.error(),
          inFlight.ok() ? nullptr : &inFlight.error(), pause.ok() ? nullptr : &pause.error(),
          timeout.ok() ? nullptr : &timeout.error()}) {
        if (error) {
            err << error->message << Qt::endl;
            return 2;
        }
    }
    options.iterations = iterationCount.value();
    options.concurrency = inFlight.value();
    options.delayMs = pause.value();
    options.settings.timeoutMs = timeout.value();
    QList<std::pair<QString, QString>> reports;
    for (const QString &value : parser.values(report)) {
        const QString kind = value.section(u'=', 0, 0);
        const QString path = value.section(u'=', 1);
        if (!QStringList{u"json"_s, u"junit"_s, u"html"_s}.contains(kind) || path.isEmpty()) {
            err << QObject::tr("--report takes json=FILE, junit=FILE or html=FILE.") << Qt::endl;
            return 2;
        }
        reports.append({kind, path});
    }
    options.folder = parser.value(folder);
    options.environment = parser.value(environment);
    options.stopOnFailure = parser.isSet(bail);
    options.allowOutsideFiles = parser.isSet(outsideFiles);
    options.settings.keepAlive = !parser.isSet(noKeepAlive);
    options.settings.http2Allowed = !parser.isSet(noHttp2);
    options.settings.verifyTls = !parser.isSet(insecure);
    options.settings.extraCaFiles = parser.values(caCert);
    if (auto result
        = proxy.apply(parser, QProcessEnvironment::systemEnvironment(), &options.settings);
        !result) {
        err << result.error().message << Qt::endl;
        return 2;
    }
    if (parser.isSet(data)) {
        auto rows = run::DataFile::load(parser.value(data));
        if (!rows) {
            err << rows.error().message << Qt::endl;
            return 2;
        }
        options.data = rows.value();
    }
    auto collection = store::CollectionStore::load(parser.positionalArguments().first());
    if (!collection) {
        err << collection.error().message << Qt::endl;
        return 2;
    }

    store::HistoryStore *history = nullptr;
    if (!parser.isSet(noHistory)) {
        auto opened = context.history(store::HistoryStore::Access::ReadWrite);
        if (opened)
            history = opened.value();
        else
            err << QObject::tr("warning: %1 (exchanges are not recorded)")
                            .arg(opened.error().message)
                << Qt::endl;
    }
    secrets::SecretStore &secretStore = *context.secretStore();
    const bool progress = isatty(STDERR_FILENO) && !parser.isSet(json);
    auto runOnce = [&](const run::RunOptions &runOptions) -> Result<run::RunSummary> {
        net::Session session; // a fresh pool per run
        workbench::Dispatcher dispatcher(&session, &secretStore,
                                         workbench::Dispatcher::VariableReads::Once);
        run::Runner runner(collection.value(), runOptions, &dispatcher);
        workbench::HistoryRecorder recorder(history);
        if (history)
            recorder.watch(runner.session(), store::HistoryStore::commandLineSource);
        if (progress)
            QObject::connect(&runner, &run::Runner::progressed, &runner,
                             [&err](int done, int total) {
                                 err << u"\r%1/%2"_s.arg(done).arg(total) << Qt::flush;
                             });
        auto summary = runner.runToEnd();
        if (progress)
            err << u"\r"_s << Qt::flush;
        return summary;
    };

    auto first = runOnce(options);
    if (!first) {
        err << first.error().message << Qt::endl;
        return 2;
    }
    QJsonObject result = run::RunReport::json(first.value());
    int failed = first.value().failed();
    if (parser.isSet(compare)) {
        run::RunOptions off = options;
        off.settings.keepAlive = !options.settings.keepAlive;
        auto second = runOnce(off);
        if (!second) {
            err << second.error().message << Qt::endl;
            return 2;
        }
        failed += second.value().failed();
        const run::RunSummary &on = options.settings.keepAlive ? first.value() : second.value();
        const run::RunSummary &offSummary
                = options.settings.keepAlive ? second.value() : first.value();
        result = run::RunReport::comparison(on, offSummary);
        if (!parser.isSet(json)) {
            printSummary(on, out);
            printSummary(offSummary, out);
            out << QObject::tr("keep-alive saves %1 ms per request; throughput ×%2 with it\n")
                            .arg(result.value(u"timeSavedPerRequestMs"_s).toDouble(), 0, 'f', 2)
                            .arg(result.value(u"throughputRatio"_s).toDouble(), 0, 'f', 2);
        }
    } else if (!parser.isSet(json)) {
        printSummary(first.value(), out);
    }
    if (history) {
        if (auto flushed = history->flush(); !flushed)
            err << u"warning: "_s << flushed.error().message << Qt::endl;
    }
    for (const auto &[kind, path] : reports) {
        QByteArray bytes;
        if (kind == u"json")
            bytes = QJsonDocument(result).toJson(QJsonDocument::Indented);
        else if (kind == u"junit")
            bytes = run::RunReport::junit(first.value());
        else
            bytes = run::RunReport::html(first.value());
        if (!writeFile(path, bytes, err))
            return 2;
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    out.flush();
    return failed > 0 ? 1 : 0;
}

} // namespace tether::cli
