// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run replay ID [--json] [-o FILE]: sends a history entry again through a new session,
// resolving its {{references}} (secrets from the keychain) as when it was first sent.
class ReplayCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
