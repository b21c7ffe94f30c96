// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Every check kind and extraction source against a response made in memory; the runner's
// tests prove the same against nginx.
#include "run/checker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

Q_DECLARE_METATYPE(core::Check)

class TestChecker : public QObject
{
    Q_OBJECT

    static net::Exchange exchange()
    {
        net::Exchange made;
        made.status = 201;
        made.responseHeaders = {{"Content-Type", "application/json"}, {"ETag", "\"v1\""}};
        made.body = std::make_shared<net::ResponseBody>(1 << 20);
        made.body->append(R"({"id": 7, "items": [1, 2], "ok": true})");
        made.phases.totalMs = 120;
        return made;
    }

    static core::Check with(core::Check check, auto change)
    {
        change(check);
        return check;
    }

private Q_SLOTS:
    void evaluate_data()
    {
        using core::Check;
        QTest::addColumn<Check>("check");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("message");
        QTest::newRow("status equals") << Check::status(201) << true << u"status is 201"_s << u""_s;
        QTest::newRow("status differs")
                << Check::status(200) << false << u"status is 200"_s << u"got 201"_s;
        Check range;
        range.kind = Check::Kind::Status;
        range.minStatus = 200;
        range.maxStatus = 200;
        QTest::newRow("status range") << range << false << u"status in 200–200"_s << u"got 201"_s;
        QTest::newRow("header present")
                << Check::header(u"etag"_s) << true << u"header etag present"_s << u""_s;
        QTest::newRow("header missing") << Check::header(u"Location"_s) << false
                                        << u"header Location present"_s << u"no Location header"_s;
        QTest::newRow("header equals") << Check::header(u"ETag"_s, u"\"v2\""_s) << false
                                       << u"header ETag is \"\"v2\"\""_s << u"got \"\"v1\"\""_s;
        QTest::newRow("header matches")
                << with(Check::header(u"Content-Type"_s), [](Check &c) { c.matches = u"json$"_s; })
                << true << u"header Content-Type matches /json$/"_s << u""_s;
        QTest::newRow("body contains") << Check::bodyContains(u"\"ok\": true"_s) << true
                                       << u"body contains \"\"ok\": true\""_s << u""_s;
        QTest::newRow("body lacks") << Check::bodyContains(u"error"_s) << false
                                    << u"body contains \"error\""_s << u"not found in 38 bytes"_s;
        Check badPattern;
        badPattern.kind = Check::Kind::Body;
        badPattern.matches = u"("_s;
        QTest::newRow("body bad pattern") << badPattern << false << u"body matches /(/"_s
                                          << u"invalid pattern: missing closing parenthesis"_s;
        QTest::newRow("json equals") << Check::jsonEquals(u"$.items[1]"_s, 2) << true
                                     << u"$.items[1] equals 2"_s << u""_s;
        QTest::newRow("json differs") << Check::jsonEquals(u"$.id"_s, u"8"_s) << false
                                      << u"$.id equals 8"_s << u"got 7"_s;
        QTest::newRow("json missing") << Check::jsonExists(u"$.name"_s) << false
                                      << u"$.name exists"_s << u"$.name does not exist"_s;
        QTest::newRow("time below")
                << Check::timeBelow(500) << true << u"time below 500 ms"_s << u""_s;
        QTest::newRow("time over")
                << Check::timeBelow(100) << false << u"time below 100 ms"_s << u"took 120.0 ms"_s;
        Check unknown;
        unknown.type = u"xpath"_s;
        QTest::newRow("unknown") << unknown << false << u"unknown check \"xpath\""_s
                                 << u"not a check Tether knows"_s;
    }
    void evaluate()
    {
        QFETCH(core::Check, check);
        QFETCH(bool, passes);
        QFETCH(QString, description);
        QFETCH(QString, message);
        const net::Exchange made = exchange();
        run::Checker checker(made);
        const run::CheckResult result = checker.evaluate(check);
        QCOMPARE(result.passed, passes);
        QCOMPARE(result.description, description);
        QCOMPARE(result.message, message);
    }

    void notJsonIsSaidOnce()
    {
        net::Exchange made = exchange();
        made.body = std::make_shared<net::ResponseBody>(1024);
        made.body->append("<html>");
        run::Checker checker(made);
        for (int i = 0; i < 2; ++i) {
            const auto result = checker.evaluate(core::Check::jsonExists(u"$.id"_s));
            QVERIFY(!result.passed);
            QVERIFY2(result.message.startsWith(u"the body is not JSON"_s),
                     qPrintable(result.message));
        }
    }

    void extract()
    {
        const net::Exchange made = exchange();
        run::Checker checker(made);
        QCOMPARE(checker.extract(core::Extraction::fromJsonPath(u"v"_s, u"$.items[0]"_s)).value(),
                 u"1"_s);
        QCOMPARE(checker.extract(core::Extraction::fromHeader(u"v"_s, u"etag"_s)).value(),
                 u"\"v1\""_s);
        QCOMPARE(checker.extract(core::Extraction::fromRegex(u"v"_s, u"\"id\": (\\d+)"_s)).value(),
                 u"7"_s);
        QCOMPARE(checker.extract(core::Extraction::fromRegex(u"v"_s, u"items"_s)).value(),
                 u"items"_s);
        const auto missing = checker.extract(core::Extraction::fromHeader(u"v"_s, u"Location"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"no Location header"_s);
        const auto noMatch = checker.extract(core::Extraction::fromRegex(u"v"_s, u"zzz"_s));
        QCOMPARE(noMatch.error().message, u"/zzz/ did not match"_s);
        QVERIFY(!checker.extract(core::Extraction{}));
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
