// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/sendoptions.h"
#include "core/result.h"
#include "net/exchange.h"
#include "workbench/dispatcher.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>
#include <vector>

namespace tether::net {
class Session;
}
namespace tether::workbench {
class CommandContext;
}
namespace tether::secrets {
class SecretStore;
}
namespace tether::store {
class HistoryStore;
}

namespace tether::cli {

// curl-like headless send through a Session: body of the last response to stdout (or -o), one
// summary line per exchange on stderr, or everything as one JSON object with --json.
class Sender : public QObject
{
    Q_OBJECT
public:
    static Result<SendOptions> parse(const QStringList &arguments);
    static QString usage();

    // The jobs for --collection: each positional argument is a request path in the collection.
    static Result<SendJobs> jobsFromCollection(const SendOptions &options);

    // Without jobs, one job per URL in the options. The jobs are sent --repeat times through
    // the context's session, recorded in its history (unless --no-history); its keychain is
    // opened only for a collection's secrets.
    Sender(SendOptions options, workbench::CommandContext &context, SendJobs jobs = {},
           QObject *parent = nullptr);
    ~Sender() override;
    // Runs the event loop until every exchange ended; returns the process exit code: 2 when a
    // job cannot be prepared (nothing is sent then), 1 when an exchange failed.
    int exec();

private:
    void startNext();
    void onFinished(const net::Exchange &exchange);
    int finish();

    SendOptions m_options;
    net::Session *m_session = nullptr;
    workbench::Dispatcher *m_dispatcher = nullptr;
    SendJobs m_jobs;
    store::HistoryStore *m_history = nullptr;
    // Each job prepared once, or why it cannot be sent; replayed --repeat times.
    std::vector<Result<workbench::Dispatcher::Prepared>> m_prepared;
    qsizetype m_totalSends = 0;
    qsizetype m_nextSend = 0;
    int m_inFlight = 0;
    QList<net::Exchange> m_exchanges; // --json only
    std::optional<net::Exchange> m_last;
    bool m_flushEachLine = true;
    bool m_anyFailed = false;
};

} // namespace tether::cli
