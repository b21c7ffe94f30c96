// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Session settings without the window: the settings editor, the Connections panel's keep-alive
// switch and the saved preferences all reach the one session, and the widgets always show what
// the session really runs with (a refused change is said, never half applied).
#include "scriptedfeedback.h"
#include "testdirs.h"

#include "connections/connectionpanel.h"
#include "net/connectionlifetimesmodel.h"
#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"
#include "net/session.h"
#include "settings/sessionsettingseditor.h"
#include "settings/settingscontroller.h"
#include "store/preferences.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QMainWindow> // Feedback holds a QPointer<QMainWindow>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

// What the window gives the controller, and nothing else.
struct SettingsArea
{
    net::Session session;
    store::Workspace workspace;
    ui::SessionSettingsEditor editor;
    net::OriginStatsModel origins{session.tracker()};
    net::ConnectionLifetimesModel lifetimes;
    net::LivePoolMonitor monitor{session.tracker()};
    ui::ConnectionPanel panel{&origins, &lifetimes, &monitor};
    testsupport::ScriptedFeedback feedback;
    ui::SettingsController controller{&session, &workspace, &editor, &panel, &feedback, nullptr};

    bool editorKeepAlive() const
    {
        return editor.findChild<QCheckBox *>(u"settingsKeepAlive"_s)->isChecked();
    }
    QCheckBox *panelKeepAlive() const { return panel.findChild<QCheckBox *>(u"panelKeepAlive"_s); }
};

class TestSettingsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { testsupport::useOwnUserDirs(m_home); }

    void keepAliveSwitchesAgreeWithTheSession()
    {
        SettingsArea area;
        area.controller.applySaved();
        QVERIFY(area.session.settings().keepAlive);
        QVERIFY(area.editorKeepAlive());
        QVERIFY(area.panelKeepAlive()->isChecked());
        area.panelKeepAlive()->click(); // the panel's switch
        QVERIFY(!area.session.settings().keepAlive);
        QVERIFY(!area.editorKeepAlive());
        area.editor.findChild<QCheckBox *>(u"settingsKeepAlive"_s)->click(); // the editor's
        QVERIFY(area.session.settings().keepAlive);
        QVERIFY(area.panelKeepAlive()->isChecked());
        QVERIFY(area.feedback.warnings.isEmpty());
    }

    void refusedSettingsAreSaidAndNotApplied()
    {
        SettingsArea area;
        area.controller.applySaved();
        const net::SessionSettings before = area.session.settings();
        net::SessionSettings bad = before;
        bad.proxyMode = net::ProxyMode::Manual; // without a host or port
        bad.keepAlive = false;
        Q_EMIT area.editor.settingsEdited(bad);
        QCOMPARE(area.feedback.warnings.size(), 1);
        QVERIFY2(area.feedback.warnings.first().contains(u"proxy"_s),
                 qPrintable(area.feedback.warnings.first()));
        QCOMPARE(area.session.settings().proxyMode, before.proxyMode);
        QVERIFY(area.session.settings().keepAlive);
        // The editor shows what the session runs with, not the refused edit.
        QCOMPARE(area.editor.settings().proxyMode, before.proxyMode);
        QVERIFY(area.editorKeepAlive());
    }

    void savedPreferencesApplyAtStart()
    {
        const auto restore = qScopeGuard([] { QSettings().clear(); });
        store::Preferences preferences;
        preferences.timeoutMs = 7000; // whole seconds: the editor shows seconds
        preferences.verifyTls = false;
        preferences.save();
        SettingsArea area;
        area.controller.applySaved();
        QCOMPARE(area.session.settings().timeoutMs, 7000);
        QVERIFY(!area.session.settings().verifyTls);
        QCOMPARE(area.editor.settings().timeoutMs, 7000);
        QVERIFY(!area.editor.settings().verifyTls);
    }
};

QTEST_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
