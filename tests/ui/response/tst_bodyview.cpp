// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Searching a response body: the count of matches, "match 2 of 5" as Enter moves through
// them (Shift+Enter back), case and regular-expression options.
#include "body/bodylinesmodel.h"
#include "net/responsebody.h"
#include "response/bodyview.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestBodyView)
#include "tst_bodyview.moc"
