// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace tether::cli {

// Every tether-run command, in the order `tether-run --help` lists them. A new command is
// one class and one line in the constructor.
class CommandRegistry
{
public:
    CommandRegistry();

    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace tether::cli
