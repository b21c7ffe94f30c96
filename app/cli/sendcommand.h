// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

namespace tether::cli {

// tether-run send: curl-style options (Sender::parse), URLs or --collection request paths,
// sent by a Sender.
class SendCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString usage() const override;
    int run(const QStringList &arguments, workbench::CommandContext &context) override;
};

} // namespace tether::cli
