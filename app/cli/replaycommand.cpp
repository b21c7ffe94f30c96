// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/replaycommand.h"
#include "cli/sender.h"

#include "store/collectionstore.h"
#include "store/historystore.h"
#include "workbench/commandcontext.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString ReplayCommand::name() const
{
    return u"replay"_s;
}

QString ReplayCommand::synopsis() const
{
    return uR"(  replay ID               send a history entry again
)"_s;
}

QString ReplayCommand::usage() const
{
    return uR"(Usage: tether-run replay ID [send's output options: --json, -o FILE, -k, ...]

Sends history entry ID again. A request that came from a collection is resolved again with that
collection's (and environment's) variables, secrets read from the keychain.
)"_s;
}

int ReplayCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        out << usage();
        return 0;
    }
    bool ok = false;
    const qint64 id = arguments.value(0).toLongLong(&ok);
    if (!ok) {
        err << usage();
        return 2;
    }
    // Reuse send's options for output and connection settings; the URL comes from history.
    auto options = Sender::parse(arguments.mid(1) + QStringList{u"replay://"_s});
    if (!options) {
        err << options.error().message << Qt::endl;
        return 2;
    }
    // Read-write: the replayed exchange is recorded to the same history it came from.
    auto history = context.history(store::HistoryStore::Access::ReadWrite);
    if (!history) {
        err << history.error().message << Qt::endl;
        return 1;
    }
    auto entry = history.value()->entry(id);
    if (!entry) {
        err << entry.error().message << Qt::endl;
        return 1;
    }
    // The request as history recorded it (inheritance already applied), prepared again in its
    // collection and environment: variables and secrets as they are now.
    SendJobs jobs;
    store::Outgoing outgoing;
    outgoing.request = entry.value().request;
    outgoing.environment = entry.value().environment;
    if (!entry.value().collectionDir.isEmpty()) {
        auto collection = store::CollectionStore::load(entry.value().collectionDir);
        if (!collection) {
            err << collection.error().message << Qt::endl;
            return 1;
        }
        jobs.collection = std::make_shared<const core::Collection>(std::move(collection).value());
        outgoing.collection = jobs.collection.get();
    }
    outgoing.allowOutsideFiles = options.value().allowOutsideFiles;
    jobs.requests.append(outgoing);
    SendOptions sendOptions = options.value();
    sendOptions.urls = {outgoing.request.url};
    Sender send(sendOptions, context, jobs);
    return send.exec();
}

} // namespace tether::cli
