// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The History tab with the editing area: an entry opens read-only in its own tab (request and
// response together) and can be opened as a new request; a run is one row until opened; the
// sender filter keeps one source's traffic.
#include "editingarea.h"
#include "nginxfixture.h"
#include "testdirs.h"

#include "history/historyactions.h"
#include "history/historypanel.h"
#include "request/requestcontroller.h"
#include "request/requesteditor.h"
#include "store/historymodel.h"
#include "store/historystore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tether;

class TestHistoryPanel : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;
    std::unique_ptr<QTemporaryDir> m_home; // each test starts with an empty history

    struct Area : testsupport::EditingArea
    {
        ui::HistoryPanel panel{context.workspace()->historyModel()};
        ui::HistoryActions actions{context.workspace(), &panel, &controller, &feedback, nullptr};
        QTableView *table() const { return panel.table(); }
        store::HistoryModel *model() const { return context.workspace()->historyModel(); }
        void select(int row) const { table()->setCurrentIndex(model()->index(row, 0)); }
    };

    static net::Exchange runStep(const QString &url, int status, const QString &runId)
    {
        net::Exchange step;
        step.startedAt = QDateTime::currentDateTimeUtc();
        step.method = "GET";
        step.url = QUrl(url);
        step.request.url = url; // as composed: what a history tab shows
        step.status = status;
        step.error = status ? QString() : u"refused"_s;
        step.context.runId = runId;
        return step;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        testsupport::useOwnUserDirs(*m_home);
        QSettings().setValue(u"proxy/mode"_s, u"none"_s);
    }

    void entryOpensReadOnlyWithItsResponse()
    {
        Area area;
        area.controller.newRequestTab();
        area.typeUrlAndSend(m_nginx.http(u"/json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(area.status().contains(u"200"_s), 5000);
        area.typeUrlAndSend(m_nginx.http(u"/notfound"_s));
        QTRY_VERIFY_WITH_TIMEOUT(area.status().contains(u"404"_s), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(area.model()->rowCount(), 2, 5000);

        area.select(1); // the /json exchange, under a tab that now holds /notfound
        QCOMPARE(area.tabs.count(), 2);
        ui::RequestEditor *shown = area.controller.currentEditor();
        QVERIFY(shown->isReadOnly());
        QCOMPARE(area.url()->text(), m_nginx.http(u"/json"_s));
        QVERIFY(area.url()->isReadOnly());
        QVERIFY2(area.status().contains(u"200"_s), qPrintable(area.status())); // its own response
        QVERIFY(area.tabs.tabText(1).contains(u"(history)"_s));
        QVERIFY(!area.controller.isModified());

        // Browsing history reuses the history tab; the editor's tab keeps its own response.
        area.select(0);
        QCOMPARE(area.tabs.count(), 2);
        QCOMPARE(area.url()->text(), m_nginx.http(u"/notfound"_s));
        QVERIFY(area.status().contains(u"404"_s));
        area.tabs.setCurrentIndex(0);
        QVERIFY(!area.controller.currentEditor()->isReadOnly());
        QVERIFY(area.status().contains(u"404"_s));

        // Not sent from history: nothing new in it.
        area.tabs.setCurrentIndex(1);
        area.controller.send();
        QTest::qWait(300);
        QCOMPARE(area.model()->rowCount(), 2);

        // "Open as new request": an editable, unsaved copy in a tab of its own.
        shown->findChild<QPushButton *>(u"openAsNewRequest"_s)->click();
        QCOMPARE(area.tabs.count(), 3);
        QVERIFY(!area.controller.currentEditor()->isReadOnly());
        QVERIFY(area.controller.isModified());
        QCOMPARE(area.url()->text(), m_nginx.http(u"/notfound"_s));
        area.typeUrlAndSend(m_nginx.http(u"/json?again"_s));
        QTRY_COMPARE_WITH_TIMEOUT(area.model()->rowCount(), 3, 5000);
    }

    void aRunIsOneRowUntilOpened()
    {
        Area area;
        area.controller.newRequestTab();
        store::HistoryStore *history = area.context.workspace()->history();
        history->record(runStep(u"http://127.0.0.1/typed"_s, 200, {}), {}, {}, u"editor"_s);
        for (int n = 0; n < 4; ++n)
            history->record(
                    runStep(u"http://127.0.0.1/step/%1"_s.arg(n), n == 2 ? 0 : 200, u"run-a"_s),
                    u"/c/api"_s, {}, u"runner"_s);
        QVERIFY(history->flush());
        QTRY_COMPARE(area.model()->rowCount(), 2);
        const QModelIndex runRow = area.model()->index(0, store::HistoryModel::UrlColumn);
        QCOMPARE(runRow.data().toString(), u"Run of api · 4 exchanges, 1 failed"_s);
        QCOMPARE(area.model()->index(0, store::HistoryModel::StatusColumn).data().toString(),
                 u"1 failed"_s);

        // Selecting a run shows nothing of it (it is many exchanges); opening it lists them.
        area.select(0);
        QCOMPARE(area.tabs.count(), 1);
        area.table()->setFocus();
        QTest::keyClick(area.table(), Qt::Key_Return);
        QCOMPARE(area.model()->rowCount(), 4);
        QVERIFY(area.panel.findChild<QWidget *>(u"historyRunBar"_s)->isVisibleTo(&area.panel));
        area.select(1);
        QCOMPARE(area.url()->text(), u"http://127.0.0.1/step/2"_s);
        area.panel.findChild<QPushButton *>(u"historyAll"_s)->click();
        QCOMPARE(area.model()->rowCount(), 2);

        // One sender's traffic.
        auto *source = area.panel.findChild<QComboBox *>(u"historySource"_s);
        source->setCurrentIndex(source->findData(u"editor"_s));
        QCOMPARE(area.model()->rowCount(), 1);
        QCOMPARE(area.model()->index(0, store::HistoryModel::UrlColumn).data().toString(),
                 u"http://127.0.0.1/typed"_s);
        source->setCurrentIndex(source->findData(u"runner"_s));
        QCOMPARE(area.model()->rowCount(), 1);
        QVERIFY(!area.model()
                         ->index(0, 0)
                         .data(store::HistoryModel::RunIdRole)
                         .toString()
                         .isEmpty());
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
