// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/commandline.h"
#include "cli/commandregistry.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString CommandLine::usage()
{
    QString text = u"Usage: tether-run COMMAND [options]\n\nCommands:\n"_s;
    const CommandRegistry registry;
    for (const auto &command : registry.commands())
        text += command->synopsis();
    return text + uR"(
Options:
  -h, --help              show this help
  -V, --version           show the version
)"_s;
}

int CommandLine::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"-h" || name == u"--help" || name == u"help") {
        (name.isEmpty() ? err : out) << usage();
        return name.isEmpty() ? 2 : 0;
    }
    if (name == u"-V" || name == u"--version") {
        out << u"tether-run "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const CommandRegistry registry;
    if (Command *command = registry.find(name))
        return command->run(arguments.mid(2), context);
    err << QCoreApplication::translate("tether-run", "Unknown command \"%1\".").arg(name) << u"\n"_s
        << usage();
    return 2;
}

} // namespace tether::cli
