// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/result.h"
#include "core/variableset.h"
#include "net/sessionsettings.h"
#include "run/checker.h"
#include "run/datafile.h"
#include "run/requestdispatch.h"
#include "run/runresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUuid>

namespace tether::net {
class Session;
struct Exchange;
} // namespace tether::net

namespace tether::run {

struct RunOptions
{
    QString folder; // "" for the whole collection
    QString environment;
    int iterations = 1; // with data rows and iterations == 1: one iteration per row
    int concurrency = 1;
    int delayMs = 0; // between request starts
    bool stopOnFailure = false;
    QList<DataRow> data;
    net::SessionSettings settings;
    bool allowOutsideFiles = false; // body files outside the collection (--allow-outside-files)
};

// Runs a collection or folder: requests in tree order, N iterations, C in flight, checks and
// extractions saved with each request. The dispatch's session should be the run's own (a fresh
// pool per run); its settings become the run's.
class Runner : public QObject
{
    Q_OBJECT
public:
    // The dispatch is the caller's and must outlive the run.
    Runner(core::Collection collection, RunOptions options, RequestDispatch *dispatch,
           QObject *parent = nullptr);
    ~Runner() override;

    // Validates and starts; finished() follows.
    Result<void> start();
    void cancel();
    bool isRunning() const { return m_running; }
    int totalPlanned() const { return int(m_plan.size()); }
    int failedSoFar() const { return m_summary.failed(); }
    const RunSummary &summary() const { return m_summary; }
    net::Session *session() const { return m_session; }

    // Starts and waits (nested event loop); for the CLI and tests.
    Result<RunSummary> runToEnd();

Q_SIGNALS:
    void progressed(int done, int total);
    void resultReady(const tether::run::RequestResult &result);
    void finished(const tether::run::RunSummary &summary);

private:
    struct Step
    {
        int iteration = 0;
        const core::SavedRequest *request = nullptr;
    };
    void collect(const core::CollectionFolder &folder);
    void dispatch();
    void startStep(qsizetype index); // in the plan
    void onExchange(const net::Exchange &exchange);
    void record(const RequestResult &result);
    void finish();

    core::Collection m_collection;
    RunOptions m_options;
    RequestDispatch *m_dispatch;
    net::Session *m_session;
    QHash<QString, QString> m_runtime; // extracted values, visible to later requests
    QList<const core::SavedRequest *> m_requests;
    QList<Step> m_plan;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    RunSummary m_summary;
    QElapsedTimer m_clock;
    QTimer m_delay;
    bool m_running = false;
    bool m_stopping = false;
    // Every exchange of this run carries it (history shows a run as one row).
    const QString m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace tether::run
