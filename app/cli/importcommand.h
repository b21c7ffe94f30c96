// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run import FILE_OR_DIR... --into COLLECTION_DIR [--from FORMAT] [--dry-run] [--history]
class ImportCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
