// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/bodyformatter.h"
#include "body/bodylinesmodel.h"
#include "body/jsonlinelexer.h"
#include "body/jsonreindenter.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether::body;

class TestBodyFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reindentMatchesQtsLayout()
    {
        const QByteArray input
                = "{\"a\":[1,2,{\"b\":\"x,y:{z}\",\"c\":[]}],\"d\":{},\"e\":\"q\\\"uote\"}";
        // Qt's 4-space layout, except that empty [] and {} stay on one line.
        const QByteArray expected
                = "{\n    \"a\": [\n        1,\n        2,\n        {\n"
                  "            \"b\": \"x,y:{z}\",\n            \"c\": []\n"
                  "        }\n    ],\n    \"d\": {},\n    \"e\": \"q\\\"uote\"\n}\n";
        const QByteArray ours = JsonReindenter::reindent(input, 4);
        QCOMPARE(QJsonDocument::fromJson(ours), QJsonDocument::fromJson(input));
        QCOMPARE(ours, expected);
    }

    void reindentKeepsStringsByteForByte()
    {
        const QByteArray input = "[\"  spaced\\\\\", \"tab\\t\", \"ünï\"]";
        const QByteArray ours = JsonReindenter::reindent(input);
        QCOMPARE(ours, "[\n  \"  spaced\\\\\",\n  \"tab\\t\",\n  \"ünï\"\n]\n"_ba);
    }

    void reindentKeepsRequestVariables()
    {
        // A request body: {{variables}} outside strings are values, not brackets.
        const QByteArray input = "{\"n\":{{ count }},\"s\":\"{{name}}\",\"a\":[{{x}},{}]}";
        QCOMPARE(JsonReindenter::reindent(input, 2, true),
                 "{\n  \"n\": {{ count }},\n  \"s\": \"{{name}}\",\n  \"a\": [\n    {{x}},\n"
                 "    {}\n  ]\n}\n"_ba);
    }

    void formatKinds()
    {
        auto json = BodyFormatter::formatNow("{\"a\":1}", "application/json",
                                             BodyFormatter::Mode::Pretty, 7);
        QCOMPARE(json.kind, FormattedBody::Kind::Json);
        QCOMPARE(json.lineCount(), 3);
        QCOMPARE(json.line(1), "  \"a\": 1"_ba);
        auto raw = BodyFormatter::formatNow("{\"a\":1}", "application/json",
                                            BodyFormatter::Mode::Raw, 7);
        QCOMPARE(raw.lineCount(), 1);
        auto binary = BodyFormatter::formatNow(QByteArray("\x00\x01\x02", 3), {},
                                               BodyFormatter::Mode::Pretty, 3);
        QCOMPARE(binary.kind, FormattedBody::Kind::Binary);
        QVERIFY(binary.line(0).startsWith("00000000  00 01 02"));
        // The layout of every line, a full one and a short last one (xxd's, without grouping).
        QByteArray bytes(16 + 5, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(0x41 + i);
        bytes[3] = '\x7f';
        auto dump = BodyFormatter::formatNow(QByteArray("\x00\x02", 2) + bytes, {},
                                             BodyFormatter::Mode::Pretty, 23);
        QCOMPARE(dump.kind, FormattedBody::Kind::Binary);
        QCOMPARE(dump.line(0),
                 "00000000  00 02 41 42 43 7f 45 46 47 48 49 4a 4b 4c 4d 4e  ..ABC.EFGHIJKLMN"_ba);
        QCOMPARE(dump.line(1),
                 "00000010  4f 50 51 52 53 54 55                             OPQRSTU"_ba);
        QCOMPARE(dump.lineCount(), 2);
        QVERIFY(dump.text.endsWith("OPQRSTU\n"));
        auto text = BodyFormatter::formatNow("a\r\nb\n", "text/plain", BodyFormatter::Mode::Pretty,
                                             100);
        QCOMPARE(text.lineCount(), 2);
        QCOMPARE(text.line(0), "a"_ba);
        QCOMPARE(text.line(1), "b"_ba);
        QVERIFY(text.truncated);
    }

    void modelAndSearch()
    {
        BodyLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBody(BodyFormatter::formatNow("alpha\nbeta\nGamma\nbeta2\n", {},
                                               BodyFormatter::Mode::Raw, 22));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.find(u"beta"_s, 0, Qt::CaseSensitive), 1);
        QCOMPARE(model.find(u"beta"_s, 2, Qt::CaseSensitive), 3);
        QCOMPARE(model.find(u"beta"_s, 4, Qt::CaseSensitive), 3); // clamped
        QCOMPARE(model.find(u"gamma"_s, 0, Qt::CaseInsensitive), 2);
        QCOMPARE(model.find(u"gamma"_s, 0, Qt::CaseSensitive), -1);
        QCOMPARE(model.find(u"alpha"_s, 3, Qt::CaseSensitive), 0); // wraps
    }

    void largeBodyIsIndexedNotCopiedPerLine()
    {
        QByteArray big;
        big.reserve(8 << 20);
        big += '[';
        for (int i = 0; i < 200000; ++i)
            big += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"n\"},";
        big += "{}]";
        const auto formatted = BodyFormatter::formatNow(big, "application/json",
                                                        BodyFormatter::Mode::Pretty, big.size());
        QVERIFY(formatted.lineCount() > 800000);
        QCOMPARE(formatted.line(2), "    \"id\": 0,"_ba);
    }

    void lexer()
    {
        const auto spans = JsonLineLexer::lex(u"  \"key\": \"v\\\"x\", 12.5e3, true"_s);
        QList<JsonLineLexer::Kind> kinds;
        for (const auto &span : spans) {
            if (span.kind != JsonLineLexer::Kind::Plain)
                kinds.append(span.kind);
        }
        using K = JsonLineLexer::Kind;
        QCOMPARE(kinds,
                 (QList<K>{K::Key, K::Punctuation, K::String, K::Punctuation, K::Number,
                           K::Punctuation, K::Keyword}));
    }
};

QTEST_MAIN(TestBodyFormatter)
#include "tst_bodyformatter.moc"
