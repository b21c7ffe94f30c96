// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// A 300 MB response in the window: streamed to its spill file, shown from that file row by
// row (FileLines), searchable, and the whole process stays under 64 MiB peak RSS. Measured
// with getrusage, never timed. Alone in its process so the peak is this test's.
#include "largebody.h"
#include "nginxfixture.h"
#include "scriptedfeedback.h"

#include "body/bodylinesmodel.h"
#include "mainwindow.h"
#include "request/requesteditor.h"
#include "response/bodyview.h"
#include "response/linesview.h"
#include "response/responseview.h"

#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace tether;

class TestLargeBodyView : public QObject
{
    Q_OBJECT

    static constexpr qint64 bodyBytes = testsupport::largebody::bodyBytes;
    static constexpr qint64 rssLimitKiB = testsupport::largebody::peakRssLimitKiB;
    static constexpr bool measuresMemory = testsupport::largebody::measuresMemory;
    testsupport::NginxFixture m_nginx;
    testsupport::ScriptedFeedback m_feedback; // dialogs answered here, not by a person

    // A window that does not reopen the last session unless asked (restore).
    ui::WindowOptions quiet(bool restore = false)
    {
        m_feedback = testsupport::ScriptedFeedback();
        return {nullptr, &m_feedback, restore};
    }
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::NginxOptions options;
        options.hugeBodyBytes = bodyBytes;
        QVERIFY2(m_nginx.start(options), qPrintable(m_nginx.errorString()));
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        QSettings().setValue(u"proxy/mode"_s, u"none"_s);
    }

    void hugeJsonIsShownFromItsFile()
    {
        // What the view must show: the served file's lines (Tether inflates nginx's gzip).
        QFile served(m_nginx.wwwPath(u"huge.json"_s));
        QVERIFY(served.open(QIODevice::ReadOnly));
        qint64 newlines = 0;
        QByteArray lastLine;
        while (!served.atEnd()) {
            const QByteArray chunk = served.read(1 << 20);
            newlines += chunk.count('\n');
        }
        served.close();

        ui::MainWindow window(quiet());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::BodyView *view = window.responseView()->bodyView();
        QSignalSpy formatted(view, &ui::BodyView::formatted);
        auto *url = window.requestEditor()->findChild<QLineEdit *>(u"url"_s);
        QTest::keyClicks(url, m_nginx.http(u"/huge.json"_s));
        QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
        QTimer probe;
        connect(&probe, &QTimer::timeout, [] {
            QFile status(u"/proc/self/status"_s);
            status.open(QIODevice::ReadOnly);
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
                    qInfo("%s", line.constData());
        });
        if (qEnvironmentVariableIsSet("TRACE_RSS")) {
            probe.start(300);
            Q_EMIT probe.timeout({});
        }
        QVERIFY(formatted.wait(120000));

        body::BodyLinesModel *model = view->model();
        QVERIFY(model->isFileBacked());
        // The file ends inside a line (the fixture cuts it at bodyBytes): one more row.
        QCOMPARE(qint64(model->rowCount()), newlines + 1);
        QVERIFY(model->index(0).data().toString().startsWith(u"{\"id\":0,\"name\""_s));
        QVERIFY(model->index(4'000'000).data().toString().startsWith(u"{\"id\":4000000,"_s));
        QCOMPARE(model->find(u"\"id\":3000000,"_s, 0, Qt::CaseSensitive), 3'000'000);
        QVERIFY(view->fileLines()->isVisible());
        view->fileLines()->scrollToRow(model->rowCount() - 1); // and paint the last rows
        view->fileLines()->viewport()->repaint();
        QVERIFY(view->fileLines()->firstVisibleRow() > 5'000'000);

        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_SELF, &usage), 0);
        qInfo("peak RSS %ld KiB for a %lld-byte body in the window", usage.ru_maxrss, bodyBytes);
        if (measuresMemory)
            QVERIFY2(usage.ru_maxrss < rssLimitKiB,
                     qPrintable(u"peak RSS %1 KiB"_s.arg(usage.ru_maxrss)));
    }
};

QTEST_MAIN(TestLargeBodyView)
#include "tst_largebodyview.moc"
