// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/sendcommand.h"
#include "cli/sender.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString SendCommand::name() const
{
    return u"send"_s;
}

QString SendCommand::synopsis() const
{
    return uR"(  send [options] URL...   send requests (curl-style options; see 'tether-run send --help')
)"_s;
}

QString SendCommand::usage() const
{
    return Sender::usage();
}

int SendCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto options = Sender::parse(arguments);
    if (!options) {
        err << options.error().message << Qt::endl;
        // A body stream that outlived -m failed like an exchange; the rest is usage.
        return options.error().code == u"timeout" ? 1 : 2;
    }
    if (options.value().helpRequested) {
        out << usage();
        return 0;
    }
    SendJobs jobs;
    if (!options.value().collectionDir.isEmpty()) {
        auto fromCollection = Sender::jobsFromCollection(options.value());
        if (!fromCollection) {
            err << fromCollection.error().message << Qt::endl;
            return 2;
        }
        jobs = fromCollection.value();
    }
    Sender sender(std::move(options).value(), context, jobs);
    return sender.exec();
}

} // namespace tether::cli
