// Architecture rules from DESIGN.md, checked on the source tree so they hold by construction:
// no Widgets under app/, no QtNetwork under ui/, no string-based connects anywhere, and
// tether-run links no Widgets or Gui library.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

class TestBoundaries : public QObject
{
    Q_OBJECT

    static QString sourceDir() { return qEnvironmentVariable("TETHER_SOURCE_DIR"); }

    static QStringList violations(const QString &folder, const QRegularExpression &pattern)
    {
        QStringList found;
        QDirIterator it(sourceDir() + u'/' + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                if (pattern.match(line).hasMatch())
                    found.append(u"%1:%2: %3"_s.arg(path).arg(lineNumber).arg(line.trimmed()));
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!sourceDir().isEmpty()); }

    void appHasNoWidgets()
    {
        const QRegularExpression widgets(
                u"#\\s*include\\s*[<\"](QtWidgets/|QWidget|QMainWindow|QApplication|QDialog|QLabel|QPushButton|QAbstractItemView|QTableView|QStyledItemDelegate)"_s);
        QStringList found = violations(u"app/core"_s, widgets) + violations(u"app/net"_s, widgets)
                + violations(u"app/body"_s, widgets) + violations(u"app/cli"_s, widgets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void uiHasNoNetwork()
    {
        const QRegularExpression network(
                u"#\\s*include\\s*[<\"](QtNetwork/|QNetwork|QSsl|QTcp|QHostAddress)"_s);
        const QStringList found = violations(u"ui"_s, network);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Transitively too: a ui file may include an app/ header only if that header (and what it
    // includes from the repo) pulls in no QtNetwork header.
    void uiSeesNoNetworkThroughAppHeaders()
    {
        const QRegularExpression network(
                u"#\\s*include\\s*[<\"](QtNetwork/|QNetwork|QSsl|QTcp|QHostAddress)"_s);
        const QRegularExpression local(u"#\\s*include\\s*\"([^\"]+)\""_s);
        QStringList problems;
        QSet<QString> visited;
        std::function<void(const QString &, const QString &)> visit = [&](const QString &path,
                                                                          const QString &chain) {
            if (visited.contains(path))
                return;
            visited.insert(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return;
            const QString text = QString::fromUtf8(file.readAll());
            if (network.match(text).hasMatch())
                problems.append(chain + u" -> "_s + path);
            auto it = local.globalMatch(text);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                for (const QString &base :
                     {QFileInfo(path).path(), sourceDir() + u"/app"_s, sourceDir() + u"/ui"_s}) {
                    const QString candidate = QDir::cleanPath(base + u'/' + name);
                    if (QFile::exists(candidate) && candidate.endsWith(u".h"_s)) {
                        visit(candidate, chain + u" -> "_s + name);
                        break;
                    }
                }
            }
        };
        QDirIterator it(sourceDir() + u"/ui"_s, {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            visited.clear();
            visit(path, QFileInfo(path).fileName());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noStringBasedConnects()
    {
        const QRegularExpression oldStyle(u"\\b(SIGNAL|SLOT)\\s*\\("_s);
        const QStringList found = violations(u"app"_s, oldStyle) + violations(u"ui"_s, oldStyle);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void tetherRunLinksNoWidgets()
    {
        QProcess ldd;
        ldd.start(u"ldd"_s, {qEnvironmentVariable("TETHER_BINARY_DIR") + u"/bin/tether-run"_s});
        QVERIFY(ldd.waitForFinished(10000));
        const QString output = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(output.contains(u"libQt6Network"_s), qPrintable(output));
        QVERIFY2(!output.contains(u"libQt6Widgets"_s), qPrintable(output));
        QVERIFY2(!output.contains(u"libQt6Gui"_s), qPrintable(output));
    }
};

QTEST_APPLESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
