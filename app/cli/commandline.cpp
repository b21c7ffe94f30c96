#include "commandline.h"
#include "sendcommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString CommandLine::usage()
{
    return uR"(Usage: tether-run COMMAND [options]

Commands:
  send [options] URL...   send requests (curl-style options; see 'tether-run send --help')

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
            return 2;
        }
        if (options.value().helpRequested) {
            out << SendCommand::usage();
            return 0;
        }
        SendCommand send(std::move(options).value());
        return send.exec();
    }
    err << QCoreApplication::translate("tether-run", "Unknown command \"%1\".").arg(command)
        << u"\n"_s << usage();
    return 2;
}

} // namespace tether::cli
