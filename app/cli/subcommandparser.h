// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

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

    // An option's value as a whole number in [minimum, maximum], or fallback when it is not
    // set; the error (code "usage") names the option and what it takes.
    static Result<int> wholeNumber(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, int minimum, int maximum,
                                   int fallback);
    // An option's value in seconds (-m 2.5), finite and above 0, as milliseconds (at least 1),
    // or fallback when it is not set. At most maxSeconds: Qt's timers take an int of ms.
    static constexpr int maxSeconds = 2'000'000; // 23 days
    // Bounds of --concurrency (each lane is a connection pool of its own) and of counts.
    static constexpr int maxConcurrency = 64;
    static constexpr int maxCount = 10'000'000;
    static Result<int> secondsAsMs(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, int fallback);
};

} // namespace tether::cli
