// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// YamlReader: the YAML subset Insomnia and Bruno files use, and its nesting limit.
#include "importtestdata.h"

#include "formats/yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;

class TestYamlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void yamlSubset();
};

static QByteArray deeplyNestedBlocks(int levels)
{
    QByteArray text;
    for (int i = 0; i < levels; ++i)
        text += QByteArray(i * 2, ' ') + "a:\n";
    return text + QByteArray(levels * 2, ' ') + "1\n";
}

void TestYamlReader::yamlSubset()
{
    const QByteArray text = "a: 1\n"
                            "b: 'it''s'\n"
                            "c: \"tab\\there\"\n"
                            "list:\n"
                            "  - x\n"
                            "  - name: n  # comment\n"
                            "    value: v\n"
                            "same-indent:\n"
                            "- 1\n"
                            "- [2, 'three', {k: v}]\n"
                            "literal: |\n"
                            "  line 1\n"
                            "    indented\n"
                            "\n"
                            "  line 3\n"
                            "stripped: |-\n"
                            "  no newline\n"
                            "folded: >\n"
                            "  one\n"
                            "  two\n"
                            "empty:\n"
                            "flag: true\n";
    auto parsed = YamlReader::parse(text, u"t.yaml"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    const QJsonObject o = parsed.value().toObject();
    QCOMPARE(o.value(u"a"_s).toInt(), 1);
    QCOMPARE(o.value(u"b"_s).toString(), u"it's"_s);
    QCOMPARE(o.value(u"c"_s).toString(), u"tab\there"_s);
    QCOMPARE(o.value(u"list"_s).toArray().at(1).toObject().value(u"value"_s).toString(), u"v"_s);
    QCOMPARE(o.value(u"list"_s).toArray().at(1).toObject().value(u"name"_s).toString(), u"n"_s);
    QCOMPARE(o.value(u"same-indent"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"same-indent"_s)
                     .toArray()
                     .at(1)
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(u"k"_s)
                     .toString(),
             u"v"_s);
    QCOMPARE(o.value(u"literal"_s).toString(), u"line 1\n  indented\n\nline 3\n"_s);
    QCOMPARE(o.value(u"stripped"_s).toString(), u"no newline"_s);
    QCOMPARE(o.value(u"folded"_s).toString(), u"one two\n"_s);
    QVERIFY(o.value(u"empty"_s).isNull());
    QCOMPARE(o.value(u"flag"_s).toBool(), true);

    auto tabs = YamlReader::parse("a:\n\tb: 1\n", u"t.yaml"_s);
    QVERIFY(!tabs.ok());
    QVERIFY(tabs.error().message.contains(u"t.yaml:2"_s));
    QVERIFY(!YamlReader::parse("a: &anchor 1\n", u"t.yaml"_s).ok());
    QVERIFY(!YamlReader::parse("a: [1, 2\n", u"t.yaml"_s).ok());
    QVERIFY(!YamlReader::parse("a: 'open\n", u"t.yaml"_s).ok());
    // Deep flow nesting is an error with its line, not a stack overflow (it was SIGSEGV).
    for (const QByteArray &deep :
         QList<QByteArray>{"a: " + QByteArray(100000, '['),
                           "a: " + QByteArray("{b: ").repeated(50000), deeplyNestedBlocks(300)}) {
        const auto refused = YamlReader::parse(deep, u"deep.yaml"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"nested too deeply"_s),
                 qPrintable(refused.error().message));
    }
    QVERIFY(YamlReader::parse("a: " + QByteArray(150, '[') + QByteArray(150, ']'), u"t.yaml"_s)
                    .ok());
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
