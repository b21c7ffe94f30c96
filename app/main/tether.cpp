// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/collectionactions.h"
#include "collections/importcontroller.h"
#include "common/theme.h"
#include "formats/brunoimporter.h"
#include "mainwindow.h"
#include "store/preferences.h"
#include "version.h"
#include "workbench/context.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // Answer --version without a display: QApplication needs a platform plugin.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("tether %s\n", TETHER_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tether"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tether"));
    QApplication::setOrganizationDomain(QStringLiteral("tetherhttp.org"));
    QApplication::setApplicationVersion(QStringLiteral(TETHER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tetherhttp.Tether"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.tetherhttp.Tether.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HTTP workbench that shows connection reuse"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("paths"),
            QStringLiteral(
                    "Collection folders to open; other files and folders (Postman, Insomnia, "
                    "Bruno, HAR, .http, curl) are imported"));
    parser.process(app);

    // The theme first, so every widget is built with its palette.
    tether::ui::Theme::apply(tether::store::Preferences::load().theme);
    tether::workbench::Context context; // the session, workspace and history recorder
    tether::ui::MainWindow window({&context});
    tether::ui::CollectionActions *collections = window.collectionActions();
    QStringList imports;
    for (const QString &path : parser.positionalArguments()) {
        if (QFileInfo(path).isDir()
            && QFileInfo::exists(QDir(path).filePath(QStringLiteral("collection.json"))))
            collections->openCollection(path);
        else if (QFileInfo::exists(path) && !QFileInfo(path).isDir())
            imports.append(path);
        else if (QFileInfo(path).isDir() && tether::formats::BrunoImporter::isCollectionDir(path))
            imports.append(path);
        else
            collections->openCollection(path); // explains what is wrong with it
    }
    window.show();
    if (!imports.isEmpty())
        QTimer::singleShot(0, window.imports(),
                           [&window, imports] { window.imports()->importPaths(imports); });
    return app.exec();
}
