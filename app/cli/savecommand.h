// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace tether::cli {

// tether-run save DIR/FOLDER/NAME [send's options] URL: writes the request into a collection,
// creating the collection and folders if missing; saving again overwrites it in place.
class SaveCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString usage() const override;
    int run(const QStringList &arguments, workbench::CommandContext &context) override;
};

} // namespace tether::cli
