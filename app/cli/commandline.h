// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run's entry: picks the subcommand and returns the exit code.
class CommandLine
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
