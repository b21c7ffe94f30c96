// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::workbench {
class CommandContext;
}

namespace tether::cli {

// One tether-run subcommand: its name, its lines in `tether-run --help`, its own help, and
// run, which gets the arguments after the name and the context tether-run's main built, and
// returns the exit code (0 success, 1 a failed exchange or check, 2 a usage or input error).
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // two-column lines, newline-terminated
    virtual QString usage() const = 0;
    virtual int run(const QStringList &arguments, workbench::CommandContext &context) = 0;
};

} // namespace tether::cli
