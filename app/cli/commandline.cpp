// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/importcommand.h"
#include "cli/probecommand.h"
#include "cli/replaycommand.h"
#include "cli/runcommand.h"
#include "cli/savecommand.h"
#include "cli/secretcommand.h"
#include "cli/sendcommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString CommandLine::usage()
{
    return uR"(Usage: tether-run COMMAND [options]

Commands:
  send [options] URL...   send requests (curl-style options; see 'tether-run send --help')
  save DIR/FOLDER/NAME [options] URL
                          save a request into a collection (see 'tether-run save --help')
  secret set|get|delete --collection DIR NAME
                          secrets in the OS keychain (value read from standard input)
  history [--json] [--limit N] [--origin ORIGIN]
                          list recorded exchanges
  replay ID               send a history entry again
  probe URL [--max-wait S] [--json]
                          how long the server keeps idle connections, and more
  run COLLECTION_DIR [options]
                          run a collection with its checks (see 'tether-run run --help')
  import FILE_OR_DIR... --into COLLECTION_DIR [--from FORMAT]
                          import Postman, Insomnia, Bruno, HAR, .http or curl
  export COLLECTION_DIR --format postman|http|curl|har|k6|python|javascript|qt [-o FILE]
                          export a collection (its history as HAR; code snippets)

Options:
  -h, --help              show this help
  -V, --version           show the version
)"_s;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"-h" || command == u"--help" || command == u"help") {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? 2 : 0;
    }
    if (command == u"-V" || command == u"--version") {
        out << u"tether-run "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList rest = arguments.mid(2);
    if (command == u"send") {
        auto options = SendCommand::parse(rest);
        if (!options) {
            err << options.error().message << Qt::endl;
            // A body stream that outlived -m failed like an exchange; the rest is usage.
            return options.error().code == u"timeout" ? 1 : 2;
        }
        if (options.value().helpRequested) {
            out << SendCommand::usage();
            return 0;
        }
        QList<SendJob> jobs;
        if (!options.value().collectionDir.isEmpty()) {
            auto fromCollection = SendCommand::jobsFromCollection(options.value());
            if (!fromCollection) {
                err << fromCollection.error().message << Qt::endl;
                return 2;
            }
            jobs = fromCollection.value();
        }
        SendCommand send(std::move(options).value(), jobs);
        return send.exec();
    }
    if (command == u"save")
        return SaveCommand::run(rest);
    if (command == u"secret")
        return SecretCommand::run(rest);
    if (command == u"history")
        return HistoryCommand::run(rest);
    if (command == u"replay")
        return ReplayCommand::run(rest);
    if (command == u"run")
        return RunCommand::run(rest);
    if (command == u"export")
        return ExportCommand::run(rest);
    if (command == u"import")
        return ImportCommand::run(rest);
    if (command == u"probe")
        return ProbeCommand::run(rest);
    err << QCoreApplication::translate("tether-run", "Unknown command \"%1\".").arg(command)
        << u"\n"_s << usage();
    return 2;
}

} // namespace tether::cli
