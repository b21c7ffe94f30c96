#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    parser.addPositionalArgument(QStringLiteral("collection"),
                                 QStringLiteral("Collection folders to open"));
    parser.process(app);

    tether::ui::MainWindow window;
    for (const QString &dir : parser.positionalArguments())
        window.openCollection(dir);
    window.show();
    return app.exec();
}
