// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run run COLLECTION_DIR [options]: runs a collection or folder with its checks and
// prints per-request figures and connection reuse; reports in JSON, JUnit XML and HTML.
class RunCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
