// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run probe URL [--max-wait S] [--json]: how the server treats kept connections.
class ProbeCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
