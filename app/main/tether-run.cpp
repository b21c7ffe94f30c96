// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/commandline.h"
#include "version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tether"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tetherhttp.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TETHER_VERSION));
    return tether::cli::CommandLine::run(QCoreApplication::arguments());
}
