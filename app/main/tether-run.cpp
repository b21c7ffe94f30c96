// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/commandline.h"
#include "version.h"
#include "workbench/commandcontext.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tether"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tetherhttp.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TETHER_VERSION));
    // Built once; the command takes from it only the parts it uses.
    tether::workbench::CommandContext context;
    return tether::cli::CommandLine::run(QCoreApplication::arguments(), context);
}
