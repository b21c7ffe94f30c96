// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/sender.h"
#include "cli/bodysource.h"
#include "cli/proxyoptions.h"
#include "cli/subcommandparser.h"
#include "net/connectionledger.h"
#include "net/exchangejson.h"
#include "net/session.h"
#include "secrets/secretstore.h"
#include "store/collectionstore.h"
#include "store/historystore.h"
#include "store/outputfile.h"
#include "workbench/commandcontext.h"
#include "workbench/dispatcher.h"
#include "workbench/historyrecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tether::cli {

static QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString Sender::usage()
{
    return uR"(Usage: tether-run send [options] URL...
       tether-run send [options] --collection DIR [--env NAME] FOLDER/NAME...

Sends each URL (curl-style options) through one session that reuses connections, writes the
last response body to stdout and one summary line per exchange to stderr.

  -X, --request METHOD     method (any token; default GET, or POST with -d)
  -H, --header 'N: v'      add a header (repeatable; 'N:' sends it empty)
  -d, --data DATA          body; @FILE reads a file (@-: standard input) without CR/LF;
                           implies POST and form encoding; repeated: joined with &
      --data-binary DATA   the same, @FILE sent as it is (streamed from disk)
      --data-raw DATA      the same, "@" taken literally
  -T, --upload-file FILE   PUT FILE as the body, streamed (URL/ gets the file's name)
  -u, --user USER:PASS     Basic authentication
      --repeat N           send the URL list N times
      --concurrency C      keep C requests in flight
      --no-keepalive       Connection: close, and expire idle connections at once
      --no-http2           refuse HTTP/2
  -k, --insecure           do not verify TLS certificates
      --cacert FILE        trust the PEM certificates in FILE too
  -L, --location           follow redirects; Authorization, Cookie, Proxy-Authorization
                           and an API-key header only to the first origin, as curl
      --location-trusted   -L, sending those to every host too
  -m, --max-time S         give up on an exchange after S seconds
      --one-at-a-time      at most one request in flight per origin (exact badges)
)"_s + ProxyOptions::usage()
            + uR"(  -o, --output FILE        write the last body to FILE instead of stdout ("-": stdout);
                           a regular file is replaced whole, a device or FIFO written to
      --json               print one JSON object with every exchange and origin
      --collection DIR     send saved requests: each argument is FOLDER/NAME in DIR
      --env NAME           with --collection: use that environment's variables
      --allow-outside-files  with --collection: upload files outside the collection folder
      --no-history         do not record the exchanges in history
Exit code: 0 when every exchange got a whole response (any HTTP status), 1 when any failed
(refused, reset, truncated or badly framed body, timeout, TLS, redirect loop, not sent), 2 for
usage errors.
)"_s;
}

Result<SendOptions> Sender::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    const QCommandLineOption method({u"X"_s, u"request"_s}, u"method"_s, u"METHOD"_s);
    const QCommandLineOption header({u"H"_s, u"header"_s}, u"header"_s, u"HEADER"_s);
    const QCommandLineOption data({u"d"_s, u"data"_s}, u"body"_s, u"DATA"_s);
    const QCommandLineOption dataBinary(u"data-binary"_s, u"body as it is"_s, u"DATA"_s);
    const QCommandLineOption dataRaw(u"data-raw"_s, u"body, no @"_s, u"DATA"_s);
    const QCommandLineOption uploadFile({u"T"_s, u"upload-file"_s}, u"PUT a file"_s, u"FILE"_s);
    const QCommandLineOption outsideFiles(u"allow-outside-files"_s, u"outside files"_s);
    const QCommandLineOption user({u"u"_s, u"user"_s}, u"basic auth"_s, u"USER:PASS"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"repeat"_s, u"N"_s);
    const QCommandLineOption concurrency(u"concurrency"_s, u"in flight"_s, u"C"_s);
    const QCommandLineOption noKeepAlive(u"no-keepalive"_s, u"keep-alive off"_s);
    const QCommandLineOption noHttp2(u"no-http2"_s, u"refuse HTTP/2"_s);
    const QCommandLineOption insecure({u"k"_s, u"insecure"_s}, u"no TLS verification"_s);
    const QCommandLineOption caCert(u"cacert"_s, u"CA file"_s, u"FILE"_s);
    const QCommandLineOption location({u"L"_s, u"location"_s}, u"follow redirects"_s);
    const QCommandLineOption locationTrusted(u"location-trusted"_s, u"trusted redirects"_s);
    const QCommandLineOption maxTime({u"m"_s, u"max-time"_s}, u"timeout"_s, u"S"_s);
    const QCommandLineOption oneAtATime(u"one-at-a-time"_s, u"exact badges"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"output file"_s, u"FILE"_s);
    const QCommandLineOption json(u"json"_s, u"JSON output"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"help"_s);
    const QCommandLineOption collection(u"collection"_s, u"collection"_s, u"DIR"_s);
    const QCommandLineOption environment(u"env"_s, u"environment"_s, u"NAME"_s);
    const QCommandLineOption noHistory(u"no-history"_s, u"no history"_s);
    parser.addOptions({method,      header,     data,       user,    repeat,     concurrency,
                       noKeepAlive, noHttp2,    insecure,   caCert,  location,   locationTrusted,
                       maxTime,     oneAtATime, output,     json,    help,       collection,
                       environment, noHistory,  dataBinary, dataRaw, uploadFile, outsideFiles});
    const ProxyOptions proxy;
    proxy.addTo(parser);
    QStringList argv = arguments;
    argv.prepend(u"send"_s);
    auto usageError = [](const QString &message) {
        return Error{u"usage"_s, message + u"\n"_s + QObject::tr("Try 'tether-run send --help'.")};
    };
    if (!parser.parse(argv))
        return usageError(parser.errorText());

    SendOptions options;
    if (parser.isSet(help)) {
        options.helpRequested = true;
        return options;
    }
    options.urls = parser.positionalArguments();
    if (options.urls.isEmpty())
        return usageError(QObject::tr("No URL given."));

    core::Request &request = options.request;
    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return usageError(QObject::tr("Header \"%1\" needs the form 'Name: value'.").arg(line));
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
    }
    // -m is known before the body is read: a stream that never ends is bounded by it too.
    const auto timeout = SubcommandParser::secondsAsMs(parser, maxTime, 0);
    if (!timeout)
        return usageError(timeout.error().message);
    // The body parts in command-line order, as curl joins them ("&" between).
    QList<BodySource::Part> parts;
    QHash<QString, int> taken;
    for (const QString &name : parser.optionNames()) {
        const QCommandLineOption *option = nullptr;
        BodySource::Kind kind = BodySource::Kind::Data;
        if (data.names().contains(name)) {
            option = &data;
        } else if (dataBinary.names().contains(name)) {
            option = &dataBinary;
            kind = BodySource::Kind::Binary;
        } else if (dataRaw.names().contains(name)) {
            option = &dataRaw;
            kind = BodySource::Kind::Raw;
        } else {
            continue;
        }
        const QStringList values = parser.values(*option);
        int &index = taken[option->names().first()];
        if (index < values.size())
            parts.append({kind, values.at(index++)});
    }
    if (parser.isSet(uploadFile)) {
        if (!parts.isEmpty())
            return usageError(QObject::tr("-T sends a file as the body; it cannot be combined "
                                          "with -d, --data-binary or --data-raw."));
        parts.append({BodySource::Kind::Binary, u"@"_s + parser.value(uploadFile)});
    }
    if (!parts.isEmpty()) {
        auto built = BodySource::build(parts, request.body, options.spooledBody, timeout.value());
        if (!built)
            return built.error().code == u"timeout"
                    ? Error{built.error().code, built.error().message}
                    : usageError(built.error().message);
        request.method = parser.isSet(uploadFile) ? u"PUT"_s : u"POST"_s;
        // curl's type for -d; for -T curl sends none, Tether names the bytes.
        request.body.contentType = parser.isSet(uploadFile)
                ? u"application/octet-stream"_s
                : u"application/x-www-form-urlencoded"_s;
        // curl -T FILE URL/ puts the file under its own name.
        if (parser.isSet(uploadFile) && parser.value(uploadFile) != u"-")
            for (QString &url : options.urls)
                if (url.endsWith(u'/'))
                    url += QFileInfo(parser.value(uploadFile)).fileName();
    }
    if (parser.isSet(method))
        request.method = parser.value(method);
    if (parser.isSet(user)) {
        const QString credentials = parser.value(user);
        const qsizetype colon = credentials.indexOf(u':');
        request.auth.type = core::AuthType::Basic;
        request.auth.username = colon < 0 ? credentials : credentials.left(colon);
        request.auth.password = colon < 0 ? QString() : credentials.mid(colon + 1);
    }

    const auto repeats
            = SubcommandParser::wholeNumber(parser, repeat, 1, SubcommandParser::maxCount, 1);
    if (!repeats)
        return usageError(repeats.error().message);
    options.repeat = repeats.value();
    const auto inFlight = SubcommandParser::wholeNumber(parser, concurrency, 1,
                                                        SubcommandParser::maxConcurrency, 1);
    if (!inFlight)
        return usageError(inFlight.error().message);
    options.concurrency = inFlight.value();

    net::SessionSettings &settings = options.settings;
    settings.followRedirects = parser.isSet(location) || parser.isSet(locationTrusted);
    settings.redirectCredentialsTrusted = parser.isSet(locationTrusted);
    settings.keepAlive = !parser.isSet(noKeepAlive);
    settings.http2Allowed = !parser.isSet(noHttp2);
    settings.verifyTls = !parser.isSet(insecure);
    settings.extraCaFiles = parser.values(caCert);
    settings.oneAtATimePerOrigin = parser.isSet(oneAtATime);
    settings.lanes = options.concurrency; // C in flight on HTTP/1.1: C connections, exact badges
    // curl has no default limit either.
    settings.timeoutMs = timeout.value();
    if (auto result = proxy.apply(parser, QProcessEnvironment::systemEnvironment(), &settings);
        !result)
        return result.error();
    options.outputFile = parser.value(output);
    options.json = parser.isSet(json);
    options.collectionDir = parser.value(collection);
    options.environment = parser.value(environment);
    options.noHistory = parser.isSet(noHistory);
    options.allowOutsideFiles = parser.isSet(outsideFiles);
    if (!options.environment.isEmpty() && options.collectionDir.isEmpty())
        return usageError(QObject::tr("--env needs --collection."));
    return options;
}

Result<SendJobs> Sender::jobsFromCollection(const SendOptions &options)
{
    auto collection = store::CollectionStore::load(options.collectionDir);
    if (!collection)
        return collection.error();
    SendJobs jobs;
    jobs.collection = std::make_shared<const core::Collection>(std::move(collection).value());
    for (const QString &path : options.urls) {
        const core::SavedRequest *saved = jobs.collection->findRequest(path);
        if (!saved)
            return Error{u"no-request"_s,
                         QObject::tr("The collection \"%1\" has no request \"%2\".")
                                 .arg(jobs.collection->name, path)};
        store::Outgoing outgoing;
        outgoing.request = saved->request;
        outgoing.collection = jobs.collection.get();
        outgoing.path = path;
        outgoing.environment = options.environment;
        outgoing.allowOutsideFiles = options.allowOutsideFiles;
        jobs.requests.append(outgoing);
    }
    return jobs;
}

Sender::Sender(SendOptions options, workbench::CommandContext &context, SendJobs jobs,
               QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_session(context.session()),
      m_jobs(std::move(jobs))
{
    if (m_jobs.requests.isEmpty()) {
        for (const QString &url : std::as_const(m_options.urls)) {
            store::Outgoing outgoing;
            outgoing.request = m_options.request;
            outgoing.request.url = url;
            m_jobs.requests.append(outgoing);
        }
    }
    for (store::Outgoing &outgoing : m_jobs.requests)
        outgoing.recordHistory = !m_options.noHistory;
    // The keychain is opened only for a collection's secrets, and read once per run.
    m_dispatcher = new workbench::Dispatcher(m_session,
                                             m_jobs.collection ? context.secretStore() : nullptr,
                                             workbench::Dispatcher::VariableReads::Once, this);
    // One round of jobs is kept and replayed --repeat times: memory stays flat over 100k sends.
    m_totalSends = m_jobs.requests.size() * qsizetype(m_options.repeat);
    // Per-line flushing costs a write per exchange; a terminal still sees every line at once.
    m_flushEachLine = isatty(fileno(stderr));
    if (!m_options.noHistory) {
        auto opened = context.history(store::HistoryStore::Access::ReadWrite);
        if (!opened) {
            err() << QObject::tr("warning: %1 (exchanges are not recorded)")
                             .arg(opened.error().message)
                  << Qt::endl;
        } else {
            m_history = opened.value();
            if (!m_history->notice().isEmpty())
                err() << u"warning: "_s << m_history->notice() << Qt::endl;
            // Before onFinished: an exchange is in history when the command reports it.
            (new workbench::HistoryRecorder(m_history, this))
                    ->watch(m_session, store::HistoryStore::commandLineSource);
        }
    }
    connect(m_session, &net::Session::exchangeFinished, this, &Sender::onFinished);
    connect(m_session, &net::Session::warningRaised, this, [](quint64 id, const QString &message) {
        err() << u"#%1 warning: %2"_s.arg(id).arg(message) << Qt::endl;
    });
}

Sender::~Sender() = default;

int Sender::exec()
{
    if (auto result = m_session->setSettings(m_options.settings); !result) {
        err() << result.error().message << Qt::endl;
        return 2;
    }
    // Every job is prepared once, before the first is sent. For saved requests a missing
    // secret, environment or a body file outside the collection stops the command with nothing
    // sent; a URL that cannot be prepared fails each of its sends, like one that cannot be sent.
    m_prepared.reserve(m_jobs.requests.size());
    for (const store::Outgoing &outgoing : std::as_const(m_jobs.requests)) {
        m_prepared.push_back(m_dispatcher->prepare(outgoing));
        if (m_jobs.collection && !m_prepared.back()) {
            err() << m_prepared.back().error().message << Qt::endl;
            return 2;
        }
    }
    QEventLoop loop;
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    for (int i = 0; i < m_options.concurrency && m_nextSend < m_totalSends; ++i)
        startNext();
    if (m_inFlight > 0) {
        auto quitWhenDone = connect(m_session, &net::Session::exchangeFinished, &loop, [&] {
            if (m_inFlight == 0 && m_nextSend >= m_totalSends)
                loop.quit();
        });
        loop.exec();
        disconnect(quitWhenDone);
    }
    return finish();
}

void Sender::startNext()
{
    while (m_nextSend < m_totalSends) {
        const auto &prepared = m_prepared.at(size_t(m_nextSend++ % m_jobs.requests.size()));
        const Result<quint64> started = prepared ? m_dispatcher->send(prepared.value())
                                                 : Result<quint64>(prepared.error());
        if (started) {
            ++m_inFlight;
            return;
        }
        // Rejected before sending (bad URL, unresolved variable, unreadable file).
        m_anyFailed = true;
        err() << u"error: %1"_s.arg(started.error().message) << Qt::endl;
    }
}

static QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + u" B"_s;
    if (bytes < 1024 * 1024)
        return QString::number(bytes / 1024.0, 'f', 1) + u" KiB"_s;
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

// "reused C2 (request 4)": the badge and which connection, as the ledger numbered it.
static QString connectionText(const net::Exchange &exchange)
{
    const QString verdict = net::verdictLabel(exchange.verdict);
    if (exchange.connection <= 0)
        return verdict;
    return verdict + u" C"_s + QString::number(exchange.connection) + u" (request "_s
            + QString::number(exchange.requestOnConnection) + u')';
}

void Sender::onFinished(const net::Exchange &exchange)
{
    --m_inFlight;
    // Any error after the request started fails the exchange, a response head or not: a
    // truncated body is not a 200 (curl exits 18 or 56 on the same responses).
    m_anyFailed = m_anyFailed || !exchange.succeeded();
    // Only the last exchange is kept (its body is written, curl's rule): 100 × 1 MiB must not
    // hold 100 MiB, nor 100k exchanges their heads. --json reports every exchange and keeps them.
    if (m_options.json)
        m_exchanges.append(exchange);
    else
        m_last = exchange;
    if (!m_options.json) {
        const QString target = QString::fromUtf8(exchange.method) + u' '
                + exchange.secrets.apply(exchange.url.toString(QUrl::FullyEncoded));
        // Streamed piece by piece into err()'s buffer, no .arg() chain: one line per exchange.
        const QString id = u'#' + QString::number(exchange.id);
        if (exchange.gotResponse())
            err() << id << u' ' << QString::number(exchange.status) << u' '
                  << QString::fromLatin1(exchange.reason)
                  << (exchange.error.isEmpty() ? QString()
                                               : u" (failed: "_s + exchange.errorCode + u')')
                  << u"  "_s << QString::number(exchange.phases.totalMs, 'f', 1) << u" ms  "_s
                  << humanSize(exchange.bodySize()) << u"  "_s << exchange.protocol << u"  "_s
                  << connectionText(exchange) << u"  "_s << target << '\n';
        if (!exchange.error.isEmpty())
            err() << id << u" error: "_s << exchange.secrets.apply(exchange.error) << u"  "_s
                  << target << '\n';
        if (m_flushEachLine)
            err().flush();
    }
    startNext();
}

int Sender::finish()
{
    m_session->ledger()->finalize(); // what is still open now is "open" at exit
    err().flush();
    if (m_history) {
        auto flushed = m_history->flush();
        if (!flushed)
            err() << u"warning: "_s << flushed.error().message << Qt::endl;
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        err() << QObject::tr("Cannot write to standard output.") << Qt::endl;
        return 1;
    }
    if (m_options.json) {
        QJsonArray exchanges;
        for (const net::Exchange &exchange : std::as_const(m_exchanges))
            exchanges.append(net::ExchangeJson::exchange(exchange, 16 * 1024 * 1024));
        QJsonArray origins;
        for (const net::OriginStats &stats : m_session->tracker()->origins())
            origins.append(net::ExchangeJson::origin(stats));
        QJsonArray lifetimes;
        for (const net::ConnectionLifetime &lifetime : m_session->ledger()->lifetimes())
            lifetimes.append(net::ExchangeJson::lifetime(lifetime, m_session->clockMs()));
        stdoutFile.write(QJsonDocument(QJsonObject{{u"exchanges"_s, exchanges},
                                                   {u"origins"_s, origins},
                                                   {u"lifetimes"_s, lifetimes}})
                                 .toJson(QJsonDocument::Indented));
    } else if (m_last && m_last->body) {
        const net::Exchange &last = *m_last;
        if (!m_options.outputFile.isEmpty()) {
            const auto saved
                    = store::OutputFile::write(m_options.outputFile, [&last](QIODevice *device) {
                          return last.body->writeTo(device);
                      });
            if (!saved) {
                err() << saved.error().message << Qt::endl;
                return 1;
            }
        } else {
            if (auto written = last.body->writeTo(&stdoutFile); !written) {
                err() << QObject::tr("Cannot write to standard output: %1")
                                 .arg(written.error().message)
                      << Qt::endl;
                return 1;
            }
        }
    }
    stdoutFile.flush();
    return m_anyFailed ? 1 : 0;
}

} // namespace tether::cli
