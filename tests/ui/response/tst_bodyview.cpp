// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Searching a response body: the count of matches, "match 2 of 5" as Enter moves through
// them (Shift+Enter back), case and regular-expression options.
#include "body/bodylinesmodel.h"
#include "net/responsebody.h"
#include "response/bodyview.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace tether;

class TestBodyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchCountsAndMoves()
    {
        ui::BodyView view;
        view.show();
        auto body = std::make_shared<net::ResponseBody>(1 << 20);
        body->append("[{\"name\":\"Ada\",\"role\":\"admin\"},{\"name\":\"Bob\",\"role\":\"Admin\"},"
                     "{\"name\":\"Eve\",\"role\":\"user\"}]");
        QSignalSpy formatted(&view, &ui::BodyView::formatted);
        view.setBody(body, "application/json");
        QVERIFY(formatted.wait(5000));
        auto *search = view.findChild<QLineEdit *>(u"bodySearch"_s);
        auto *info = view.findChild<QLabel *>(u"bodyInfo"_s);
        QTest::keyClicks(search, u"admin"_s);
        QTRY_COMPARE(info->text(), u"2 matches"_s);

        QTest::keyClick(search, Qt::Key_Return);
        const int first = view.lines()->currentIndex().row();
        QVERIFY(view.model()->index(first).data().toString().contains(u"admin"_s));
        QCOMPARE(info->text(), u"match 1 of 2 · line %1"_s.arg(first + 1));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(info->text().startsWith(u"match 2 of 2"_s));
        QTest::keyClick(search, Qt::Key_Return); // round to the first
        QCOMPARE(view.lines()->currentIndex().row(), first);
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier); // back, round to the last
        QVERIFY(info->text().startsWith(u"match 2 of 2"_s));

        view.findChild<QToolButton *>(u"bodySearchCase"_s)->click();
        QTRY_COMPARE(info->text(), u"1 match"_s); // "Admin" no longer counts
        view.findChild<QToolButton *>(u"bodySearchRegex"_s)->click();
        search->clear();
        QTest::keyClicks(search, u"\"(Ada|Eve)\""_s);
        QTRY_COMPARE(info->text(), u"2 matches"_s);
        QTest::keyClicks(search, u"("_s);
        QTRY_VERIFY(info->text().startsWith(u"not a valid expression"_s));
    }

    void savesTheBodyAsReceived()
    {
        QTemporaryDir dir;
        ui::BodyView view;
        auto *save = view.findChild<QToolButton *>(u"bodySave"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(!view.saveTo(dir.filePath(u"none"_s))); // nothing to save yet
        // A body past its memory cap lives in a file; saved, it is every byte, unformatted.
        auto body = std::make_shared<net::ResponseBody>(16);
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes += "{\"i\":" + QByteArray::number(i) + "}\n";
        QVERIFY(body->append(bytes));
        QVERIFY(body->spilledToFile());
        QSignalSpy formatted(&view, &ui::BodyView::formatted);
        view.setBody(body, "application/json", QUrl(u"http://127.0.0.1/data/items?page=2"_s));
        QVERIFY(formatted.wait(5000));
        QVERIFY(save->isEnabled());
        const QString path = dir.filePath(u"items.json"_s);
        QVERIFY(view.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        // A folder that is not there: said, nothing half-written.
        auto failed = view.saveTo(dir.filePath(u"missing/x.json"_s));
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(u"missing"_s));

        QCOMPARE(ui::BodyView::suggestedFileName(QUrl(u"http://h/data/items?page=2"_s),
                                                 "application/json; charset=utf-8"),
                 u"items.json"_s);
        QCOMPARE(ui::BodyView::suggestedFileName(QUrl(u"http://h/logo.png"_s), "image/png"),
                 u"logo.png"_s);
        QCOMPARE(ui::BodyView::suggestedFileName(QUrl(u"http://h/"_s), "text/html"),
                 u"response.html"_s);
        QCOMPARE(ui::BodyView::suggestedFileName({}, {}), u"response"_s);
    }
};

QTEST_MAIN(TestBodyView)
#include "tst_bodyview.moc"
