// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::workbench {
class CommandContext;
}

namespace tether::cli {

// tether-run's entry: picks the subcommand, runs it with the context main built, and returns
// the exit code.
class CommandLine
{
public:
    static int run(const QStringList &arguments, workbench::CommandContext &context);
    static QString usage();
};

} // namespace tether::cli
