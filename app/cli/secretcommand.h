// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace tether::cli {

// tether-run secret set|get|delete --collection DIR NAME. The value for "set" is read from
// standard input, never from the command line (which other users can see in ps).
class SecretCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString usage() const override;
    int run(const QStringList &arguments, workbench::CommandContext &context) override;
};

} // namespace tether::cli
