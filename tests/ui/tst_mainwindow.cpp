// Drives the real window offscreen: type a URL, press Ctrl+Enter, read what the user reads.
#include "nginxfixture.h"

#include "body/bodylinesmodel.h"
#include "bodyview.h"
#include "connectionpanel.h"
#include "mainwindow.h"
#include "net/originstatsmodel.h"
#include "net/session.h"
#include "responseview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestMainWindow : public QObject
{
    Q_OBJECT

    testsupport::NginxFixture m_nginx;

    static QString label(ui::MainWindow &window, const QString &name)
    {
        return window.findChild<QLabel *>(name)->text();
    }
    static int originCell(ui::MainWindow &window, int column)
    {
        auto *table = window.findChild<QTableView *>(u"originTable"_s);
        return table->model()->index(0, column).data().toInt();
    }
    static void typeUrlAndSend(ui::MainWindow &window, const QString &url)
    {
        auto *urlEdit = window.findChild<QLineEdit *>(u"url"_s);
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url);
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void sendShowsResponseAndReuse()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *urlEdit = window.findChild<QLineEdit *>(u"url"_s);
        QVERIFY(urlEdit->hasFocus()); // focused at start

        typeUrlAndSend(window, m_nginx.http(u"/json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        QVERIFY(label(window, u"connectionBadge"_s).contains(u"new connection"_s));
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 1);
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 1);

        // Pretty-printed JSON body arrives from the worker.
        auto *body = window.responseView()->bodyView();
        QTRY_VERIFY(body->model()->rowCount() > 3);
        QCOMPARE(body->model()->index(0).data().toString(), u"{"_s);
        QCOMPARE(body->model()->index(1).data().toString(), u"  \"ok\": true,"_s);

        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"connectionBadge"_s).contains(u"reused"_s), 5000);
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 2);
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 1);
        QCOMPARE(originCell(window, net::OriginStatsModel::ReusedColumn), 1);
    }

    void keepAliveToggleInPanel()
    {
        ui::MainWindow window;
        window.show();
        auto *keepAlive = window.findChild<QCheckBox *>(u"panelKeepAlive"_s);
        keepAlive->click();
        QCOMPARE(window.session()->settings().keepAlive, false);
        QCOMPARE(window.findChild<QCheckBox *>(u"settingsKeepAlive"_s)->isChecked(), false);
        typeUrlAndSend(window, m_nginx.http(u"/a"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        auto *urlEdit = window.findChild<QLineEdit *>(u"url"_s);
        QTest::keyClick(urlEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(originCell(window, net::OriginStatsModel::ExchangesColumn), 2);
        QCOMPARE(originCell(window, net::OriginStatsModel::OpenedColumn), 2);
    }

    void badInputIsExplained()
    {
        ui::MainWindow window;
        window.show();
        typeUrlAndSend(window, u"ftp://127.0.0.1/x"_s);
        QVERIFY(label(window, u"responseMessage"_s).contains(u"Unsupported scheme"_s));
        typeUrlAndSend(window, m_nginx.http(u"/{{missing}}"_s));
        QVERIFY(label(window, u"responseMessage"_s).contains(u"{{missing}}"_s));
        // What the user typed is still there.
        QCOMPARE(window.findChild<QLineEdit *>(u"url"_s)->text(), m_nginx.http(u"/{{missing}}"_s));
    }

    void tlsErrorOffersTrust()
    {
        ui::MainWindow window;
        window.show();
        typeUrlAndSend(window, m_nginx.https(u"/"_s));
        auto *trust = window.findChild<QPushButton *>(u"trustCertificate"_s);
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 5000);
        QVERIFY(label(window, u"responseMessage"_s)
                        .contains(u"certificate"_s, Qt::CaseInsensitive));
        trust->click(); // trusts and sends again
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
    }

    void jsonBodyIsValidatedAndSent()
    {
        ui::MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"method"_s)->setCurrentText(u"POST"_s);
        window.findChild<QComboBox *>(u"bodyMode"_s)->setCurrentIndex(int(core::BodyMode::Json));
        auto *json = window.findChild<QPlainTextEdit *>(u"jsonBody"_s);
        QTest::keyClicks(json, u"{\"a\": "_s);
        QTRY_VERIFY(label(window, u"jsonStatus"_s).contains(u"line 1"_s));
        QTest::keyClicks(json, u"{{n}}}"_s);
        QTRY_VERIFY(label(window, u"jsonStatus"_s).contains(u"valid JSON"_s));
        json->setPlainText(u"{\"a\": 1}"_s);
        typeUrlAndSend(window, m_nginx.http(u"/post"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 5000);
        auto *body = window.responseView()->bodyView();
        QTRY_VERIFY(body->model()->rowCount() >= 1);
        QCOMPARE(body->model()->index(0).data().toString(), u"method=POST;length=8"_s);
    }

    void largeBodyDoesNotBlock()
    {
        ui::MainWindow window;
        window.show();
        typeUrlAndSend(window, m_nginx.http(u"/big.bin"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label(window, u"responseStatus"_s).contains(u"200"_s), 10000);
        auto *body = window.responseView()->bodyView();
        QTRY_COMPARE_WITH_TIMEOUT(body->model()->rowCount(), 1, 10000); // one 3 MiB line of x
        QVERIFY(body->model()->index(0).data().toString().size()
                <= body::BodyLinesModel::maxLineChars + 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
