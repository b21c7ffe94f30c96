// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Search over a formatted body: every match counted (two on a line count twice), case and
// regular-expression options, and moving to the next or previous line with a match.
#include "body/bodysearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using body::BodySearch;

class TestBodySearch : public QObject
{
    Q_OBJECT

    static body::FormattedBody textBody(const QByteArray &text)
    {
        return body::BodyFormatter::formatNow(text, "text/plain", body::BodyFormatter::Mode::Raw,
                                              text.size());
    }

private Q_SLOTS:
    void countsEveryMatch()
    {
        const auto body = textBody("User ada\nno match\nuser bob, user eve\nUSER\n");
        auto hits = BodySearch::run(body, {u"user"_s});
        QCOMPARE(hits.matchLines, (QList<int>{0, 2, 2, 3}));
        hits = BodySearch::run(body, {u"user"_s, true});
        QCOMPARE(hits.matchLines, (QList<int>{2, 2}));
        hits = BodySearch::run(body, {u"^user \\w+$"_s, false, true});
        QCOMPARE(hits.matchLines, (QList<int>{0})); // line by line: "^" and "$" per line
        hits = BodySearch::run(body, {u"\\b[a-z]{3}\\b"_s, true, true});
        QCOMPARE(hits.matchLines, (QList<int>{0, 2, 2})); // ada; bob, eve
        hits = BodySearch::run(body, {u"user ("_s, false, true});
        QVERIFY(hits.matchLines.isEmpty());
        QVERIFY(!hits.error.isEmpty());
        QVERIFY(BodySearch::run(body, {}).matchLines.isEmpty());
        QVERIFY(BodySearch::run(body, {u"x*"_s, false, true}).error.isEmpty()); // empty matches
    }

    void nextAndPreviousWrap()
    {
        BodySearch::Hits hits;
        hits.matchLines = {1, 4, 4, 9};
        QCOMPARE(BodySearch::next(hits, -1), 0);
        QCOMPARE(BodySearch::next(hits, 1), 1); // the first match on line 4
        QCOMPARE(BodySearch::next(hits, 4), 3);
        QCOMPARE(BodySearch::next(hits, 9), 0); // round to the top
        QCOMPARE(BodySearch::next(hits, 9, true), 1);
        QCOMPARE(BodySearch::next(hits, 4, true), 0);
        QCOMPARE(BodySearch::next(hits, 1, true), 3); // round to the bottom
        QCOMPARE(BodySearch::next({}, 0), -1);
    }

    void manyMatchesAreCapped()
    {
        const auto body = textBody(QByteArray(BodySearch::maximumMatches + 10, 'a'));
        const auto hits = BodySearch::run(body, {u"a"_s});
        QVERIFY(hits.capped);
        QCOMPARE(hits.matchLines.size(), BodySearch::maximumMatches);
    }
};

QTEST_GUILESS_MAIN(TestBodySearch)
#include "tst_bodysearch.moc"
