// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/runner.h"

#include "net/connectionledger.h"
#include "net/session.h"

#include <QEventLoop>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tether::run {

Runner::Runner(core::Collection collection, RunOptions options, RequestDispatch *dispatch,
               QObject *parent)
    : QObject(parent),
      m_collection(std::move(collection)),
      m_options(std::move(options)),
      m_dispatch(dispatch),
      m_session(dispatch->session())
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &Runner::dispatch);
    connect(m_session, &net::Session::exchangeFinished, this, &Runner::onExchange);
}

Runner::~Runner() = default;

void Runner::collect(const core::CollectionFolder &folder)
{
    for (const core::CollectionFolder &child : folder.folders)
        collect(child);
    for (const core::SavedRequest &request : folder.requests)
        m_requests.append(&request);
}

Result<void> Runner::start()
{
    const core::CollectionFolder *root = m_collection.findFolder(m_options.folder);
    if (!root)
        return Error{u"no-folder"_s,
                     tr("The collection \"%1\" has no folder \"%2\".")
                             .arg(m_collection.name, m_options.folder)};
    collect(*root);
    if (m_requests.isEmpty())
        return Error{
                u"empty"_s,
                tr("There are no requests to run in \"%1\".")
                        .arg(m_options.folder.isEmpty() ? m_collection.name : m_options.folder)};
    net::SessionSettings settings = m_options.settings;
    // C lanes for C in flight: each HTTP/1.1 connection carries one request at a time, so the
    // run opens C connections and every badge is exact (ConnectionTracker).
    settings.lanes = qMax(1, m_options.concurrency);
    if (auto result = m_session->setSettings(settings); !result)
        return result.error();
    // Read (keychain included) before the first request: a missing secret stops the run here.
    if (auto variables = m_dispatch->variables(&m_collection, m_options.environment); !variables)
        return variables.error();

    int iterations = qMax(1, m_options.iterations);
    if (!m_options.data.isEmpty() && m_options.iterations <= 1)
        iterations = int(m_options.data.size());
    for (int iteration = 0; iteration < iterations; ++iteration) {
        for (const core::SavedRequest *request : std::as_const(m_requests))
            m_plan.append({iteration, request});
    }
    m_summary = {};
    m_summary.collection = m_collection.name;
    m_summary.folder = m_options.folder;
    m_summary.environment = m_options.environment;
    m_summary.iterations = iterations;
    m_summary.concurrency = qMax(1, m_options.concurrency);
    m_summary.keepAlive = m_options.settings.keepAlive;
    m_summary.startedAt = QDateTime::currentDateTime();
    for (const core::SavedRequest *request : std::as_const(m_requests)) {
        RequestStats stats;
        stats.path = request->path;
        stats.name = request->name;
        m_summary.requests.append(stats);
    }
    m_clock.start();
    m_running = true;
    dispatch();
    return {};
}

void Runner::dispatch()
{
    while (!m_stopping && m_next < m_plan.size() && m_inFlight < m_summary.concurrency) {
        startStep(m_next++);
        if (m_options.delayMs > 0 && m_next < m_plan.size()) {
            m_delay.start(m_options.delayMs);
            break;
        }
    }
    if (m_inFlight == 0 && (m_stopping || m_next >= m_plan.size()))
        finish();
}

void Runner::startStep(qsizetype index)
{
    const Step &step = m_plan.at(index);
    store::Outgoing outgoing;
    outgoing.request = step.request->request;
    outgoing.collection = &m_collection;
    outgoing.path = step.request->path;
    outgoing.environment = m_options.environment;
    outgoing.allowOutsideFiles = m_options.allowOutsideFiles;
    outgoing.tag = qlonglong(index);
    outgoing.runId = m_runId;
    if (!m_options.data.isEmpty()) {
        const DataRow &row = m_options.data.at(step.iteration % m_options.data.size());
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            outgoing.overrides.append({it.key(), it.value()});
    }
    for (auto it = m_runtime.cbegin(); it != m_runtime.cend(); ++it)
        outgoing.overrides.append({it.key(), it.value()});
    auto id = m_dispatch->send(outgoing);
    if (!id) {
        RequestResult result;
        result.path = step.request->path;
        result.name = step.request->name;
        result.iteration = step.iteration;
        result.method = step.request->request.method;
        result.url = step.request->request.url;
        result.error = id.error().message;
        result.errorCode = id.error().code;
        record(result);
        return;
    }
    ++m_inFlight;
}

void Runner::onExchange(const net::Exchange &exchange)
{
    // The step's index in the plan came back with the exchange; anything else on the session
    // (a probe, a script's request one day) is not a step.
    bool isStep = false;
    const qsizetype index = exchange.context.tag.toLongLong(&isStep);
    if (!isStep || index < 0 || index >= m_plan.size())
        return;
    const Step step = m_plan.at(index);
    --m_inFlight;

    RequestResult result;
    result.path = step.request->path;
    result.name = step.request->name;
    result.iteration = step.iteration;
    result.method = QString::fromUtf8(exchange.method);
    result.url = exchange.secrets.apply(exchange.url.toString(QUrl::FullyEncoded));
    result.status = exchange.status;
    result.timeMs = exchange.phases.totalMs;
    result.connectMs = exchange.phases.connectMs;
    result.bytes = exchange.bodySize();
    result.verdict = exchange.verdict;
    result.connection = exchange.connection;
    result.requestOnConnection = exchange.requestOnConnection;
    result.error
            = exchange.errorCode == u"cancelled" && m_stopping ? tr("cancelled") : exchange.error;
    result.errorCode = exchange.errorCode;
    result.declaredLength = exchange.declaredLength;
    result.receivedBytes = exchange.receivedBytes;
    if (exchange.gotResponse() && !exchange.succeeded()) {
        // A check on an incomplete response proves nothing (status 200 over a truncated body),
        // and nothing is extracted from it.
        for (const core::Check &check : step.request->checks)
            result.checks.append(
                    {Checker::describe(check), false, tr("not checked: %1").arg(exchange.error)});
    } else if (exchange.gotResponse()) {
        Checker checker(exchange);
        for (const core::Check &check : step.request->checks)
            result.checks.append(checker.evaluate(check));
        for (const core::Extraction &extraction : step.request->extractions) {
            if (auto value = checker.extract(extraction))
                m_runtime.insert(extraction.variable, value.value());
            else
                result.checks.append({tr("extract {{%1}}").arg(extraction.variable), false,
                                      value.error().message});
        }
    }
    record(result);
    if (!m_delay.isActive())
        dispatch();
}

void Runner::record(const RequestResult &result)
{
    for (RequestStats &stats : m_summary.requests) {
        if (stats.path != result.path)
            continue;
        ++stats.count;
        stats.failures += result.passed() ? 0 : 1;
        stats.bytes += result.bytes;
        if (result.status > 0)
            stats.times.append(result.timeMs);
    }
    if (m_summary.add(result))
        Q_EMIT resultReady(result); // the view lists what the summary keeps
    Q_EMIT progressed(m_summary.total(), int(m_plan.size()));
    if (!result.passed() && m_options.stopOnFailure)
        m_stopping = true;
}

void Runner::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_summary.cancelled = true;
    m_delay.stop();
    m_session->cancelAll();
    if (m_inFlight == 0)
        finish();
}

void Runner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.durationMs = m_clock.nsecsElapsed() / 1e6;
    for (RequestStats &stats : m_summary.requests)
        std::sort(stats.times.begin(), stats.times.end());
    m_summary.origins = m_session->tracker()->origins();
    m_session->ledger()->finalize();
    m_summary.lifetimes = m_session->ledger()->lifetimes();
    m_summary.endedAtMs = m_session->clockMs();
    Q_EMIT finished(m_summary);
}

Result<RunSummary> Runner::runToEnd()
{
    QEventLoop loop;
    connect(this, &Runner::finished, &loop, &QEventLoop::quit);
    auto started = start();
    if (!started)
        return started.error();
    if (m_running)
        loop.exec();
    return m_summary;
}

} // namespace tether::run
