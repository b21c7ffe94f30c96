// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/commandregistry.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/importcommand.h"
#include "cli/probecommand.h"
#include "cli/replaycommand.h"
#include "cli/runcommand.h"
#include "cli/savecommand.h"
#include "cli/secretcommand.h"
#include "cli/sendcommand.h"

namespace tether::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<SendCommand>());
    m_commands.push_back(std::make_unique<SaveCommand>());
    m_commands.push_back(std::make_unique<SecretCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<ReplayCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

} // namespace tether::cli
