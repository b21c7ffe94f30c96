// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run export COLLECTION_DIR --format postman|http|curl|har|k6|python|javascript|qt
class ExportCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
