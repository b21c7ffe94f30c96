#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace tether::cli {

// The part every subcommand's option parsing shares: -h/--help, parse errors with the usage text
// on stderr (exit 2), help on stdout (exit 0).
class SubcommandParser
{
public:
    // Adds -h/--help to parser and parses `name arguments...`. Returns the exit code to stop
    // with, or nothing when the command should go on.
    static std::optional<int> parse(QCommandLineParser &parser, const QString &name,
                                    const QStringList &arguments, const QString &usage);
};

} // namespace tether::cli
