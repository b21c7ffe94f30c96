// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Architecture rules from DESIGN.md, checked on the source tree so they hold by construction:
// no Widgets under app/, no QtNetwork under ui/, no string-based connects anywhere, and
// tether-run links no Widgets or Gui library.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
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

    // The folders of app/ with a library each, from the folders themselves so a new one is
    // covered (and must be given its layer below) the day it appears; main/ holds the two mains.
    static QStringList appAreas()
    {
        QStringList areas
                = QDir(sourceDir() + u"/app"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        areas.removeAll(u"main"_s);
        return areas;
    }

    // What each library may include from the others (docs/architecture.md): only layers below.
    static QHash<QString, QStringList> allowedLayers()
    {
        const QStringList base{u"core"_s, u"net"_s, u"body"_s, u"secrets"_s};
        return {
                {u"core"_s, {}},
                {u"body"_s, {u"core"_s}},
                {u"secrets"_s, {u"core"_s}},
                {u"net"_s, {u"core"_s}},
                {u"store"_s, base},
                {u"formats"_s, base + QStringList{u"store"_s}},
                {u"run"_s, base + QStringList{u"store"_s}},
                {u"workbench"_s, base + QStringList{u"store"_s, u"formats"_s, u"run"_s}},
                {u"cli"_s, base + QStringList{u"store"_s, u"formats"_s, u"run"_s, u"workbench"_s}},
        };
    }

    // "store" for #include "store/workspace.h"; empty for anything else.
    static QString includedArea(const QString &line)
    {
        static const QRegularExpression local(u"^\\s*#\\s*include\\s*\"(\\w+)/[^\"]+\""_s);
        const auto match = local.match(line);
        return match.hasMatch() ? match.captured(1) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!sourceDir().isEmpty()); }

    // Every include of another area's header goes down the layers, never up or sideways.
    void appLayersIncludeOnlyBelow()
    {
        const QHash<QString, QStringList> allowed = allowedLayers();
        QStringList problems;
        for (const QString &area : appAreas()) {
            if (!allowed.contains(area)) {
                problems.append(u"app/%1 has no layer in allowedLayers()"_s.arg(area));
                continue;
            }
            QDirIterator it(sourceDir() + u"/app/"_s + area, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                int lineNumber = 0;
                while (!file.atEnd()) {
                    const QString line = QString::fromUtf8(file.readLine());
                    ++lineNumber;
                    const QString target = includedArea(line);
                    if (!target.isEmpty() && target != area
                        && !allowed.value(area).contains(target))
                        problems.append(u"%1:%2: %3 includes %4"_s.arg(path)
                                                .arg(lineNumber)
                                                .arg(area, line.trimmed()));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The rule reaches what it should: a violation planted in a copy is found.
    void layerRuleFindsAnUpwardInclude()
    {
        QCOMPARE(includedArea(u"#include \"store/workspace.h\"\n"_s), u"store"_s);
        QCOMPARE(includedArea(u"#include <QString>\n"_s), QString());
        QVERIFY(!allowedLayers().value(u"net"_s).contains(u"store"_s));
        QVERIFY(!allowedLayers().value(u"store"_s).contains(u"formats"_s));
        QVERIFY(appAreas().contains(u"formats"_s));
        QVERIFY(!appAreas().contains(u"main"_s));
    }

    // Every source file names its copyright holder and licence (SPDX) in its first lines.
    void everySourceHasAnSpdxHeader()
    {
        QStringList missing;
        for (const QString &top : {u"app"_s, u"ui"_s, u"tests"_s, u"bench"_s}) {
            QDirIterator it(sourceDir() + u'/' + top, {u"*.h"_s, u"*.cpp"_s, u"*.h.in"_s},
                            QDir::Files, QDirIterator::Subdirectories);
            int seen = 0;
            while (it.hasNext()) {
                const QString path = it.next();
                ++seen;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray head = file.read(300);
                if (!head.contains("SPDX-FileCopyrightText:")
                    || !head.contains("SPDX-License-Identifier:"))
                    missing.append(path);
            }
            QVERIFY2(seen > 0, qPrintable(top));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void appHasNoWidgets()
    {
        const QRegularExpression widgets(
                u"#\\s*include\\s*[<\"](QtWidgets/|QWidget|QMainWindow|QApplication|QDialog|QLabel|QPushButton|QAbstractItemView|QTableView|QStyledItemDelegate)"_s);
        QStringList found;
        for (const QString &area : appAreas())
            found += violations(u"app/"_s + area, widgets);
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
        std::function<void(const QString &, const QString &)> visit
                = [&](const QString &path, const QString &chain) {
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
                               QStringList{QFileInfo(path).path(), sourceDir() + u"/app"_s,
                                           sourceDir() + u"/ui"_s}) {
                              const QString candidate = QDir::cleanPath(base + u'/' + name);
                              if (QFile::exists(candidate) && candidate.endsWith(u".h"_s)) {
                                  visit(candidate, chain + u" -> "_s + name);
                                  break;
                              }
                          }
                      }
                  };
        QDirIterator it(sourceDir() + u"/ui"_s, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
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
