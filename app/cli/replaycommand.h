// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace tether::cli {

// tether-run replay ID [--json] [-o FILE]: sends a history entry again through a new session,
// resolving its {{references}} (secrets from the keychain) as when it was first sent.
class ReplayCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString usage() const override;
    int run(const QStringList &arguments, workbench::CommandContext &context) override;
};

} // namespace tether::cli
