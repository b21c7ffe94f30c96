// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace tether::cli {

// tether-run probe URL [--max-wait S] [--json]: how the server treats kept connections.
class ProbeCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString usage() const override;
    int run(const QStringList &arguments, workbench::CommandContext &context) override;
};

} // namespace tether::cli
