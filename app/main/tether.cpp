#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
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
    parser.process(app);

    tether::ui::MainWindow window;
    window.show();
    return app.exec();
}
