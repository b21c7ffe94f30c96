// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace tether::cli {

// tether-run run COLLECTION_DIR [options]: runs a collection or folder with its checks and
// prints per-request figures and connection reuse; reports in JSON, JUnit XML and HTML.
class RunCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString usage() const override;
    int run(const QStringList &arguments, workbench::CommandContext &context) override;
};

} // namespace tether::cli
