// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Checks and extractions are typed when a request file is read, and written back as the file
// had them: fields Tether does not use, unknown check types and both layouts of a status check.
#include "store/requestcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using Kind = core::Check::Kind;
using Source = core::Extraction::Source;

class TestRequestCodec : public QObject
{
    Q_OBJECT

    // JSON written with single quotes (moc does not read raw strings holding "//" or ")\"").
    static QJsonArray array(const char *json)
    {
        return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).array();
    }

private Q_SLOTS:
    void checksAreTyped()
    {
        const auto checks = store::RequestCodec::decodeChecks(
                array("["
                      "{'type':'status','equals':201},"
                      "{'type':'status','min':200,'max':299},"
                      "{'type':'header','name':'Content-Type','matches':'json'},"
                      "{'type':'body','contains':'ok'},"
                      "{'type':'json','path':'$.id','exists':true},"
                      "{'type':'json','path':'$.items[0]','equals':{'a':1}},"
                      "{'type':'time','below':250},"
                      "{'type':'xpath','expr':'//a'}]"));
        QCOMPARE(checks.size(), 8);
        QCOMPARE(checks.at(0), core::Check::status(201));
        QCOMPARE(checks.at(1).kind, Kind::Status);
        QVERIFY(!checks.at(1).equals);
        QCOMPARE(checks.at(1).minStatus, 200);
        QCOMPARE(checks.at(1).maxStatus, 299);
        QCOMPARE(checks.at(2).subject, u"Content-Type"_s);
        QCOMPARE(checks.at(2).matches, u"json"_s);
        QCOMPARE(checks.at(3), core::Check::bodyContains(u"ok"_s));
        QCOMPARE(checks.at(4).kind, Kind::Json);
        QCOMPARE(checks.at(4).otherFields, (QJsonObject{{u"exists"_s, true}}));
        QCOMPARE(checks.at(5).equals, QJsonValue(QJsonObject{{u"a"_s, 1}}));
        QCOMPARE(checks.at(6), core::Check::timeBelow(250));
        QCOMPARE(checks.at(7).kind, Kind::Unknown);
        QCOMPARE(checks.at(7).type, u"xpath"_s);
    }

    void filesReadAndWriteBackTheSame()
    {
        const QJsonArray checks = array("["
                                        "{'type':'status','equals':201,'note':'created'},"
                                        "{'type':'status','min':200},"
                                        "{'type':'header','name':'ETag'},"
                                        "{'type':'body','matches':'id.:\\\\s*\\\\d+'},"
                                        "{'type':'json','path':'$.id','exists':true},"
                                        "{'type':'time','below':250.5},"
                                        "{'type':'xpath','expr':'//a','equals':'x'}]");
        QCOMPARE(store::RequestCodec::encodeChecks(store::RequestCodec::decodeChecks(checks)),
                 checks);

        const QJsonArray extractions = array("["
                                             "{'variable':'token','json':'$.token'},"
                                             "{'variable':'loc','header':'Location','why':'next'},"
                                             "{'variable':'id','regex':'id=(\\\\d+)'},"
                                             "{'variable':'odd','xpath':'//a'}]");
        const auto typed = store::RequestCodec::decodeExtractions(extractions);
        QCOMPARE(typed.at(0), core::Extraction::fromJsonPath(u"token"_s, u"$.token"_s));
        QCOMPARE(typed.at(1).source, Source::Header);
        QCOMPARE(typed.at(2), core::Extraction::fromRegex(u"id"_s, u"id=(\\d+)"_s));
        QCOMPARE(typed.at(3).source, Source::Unknown);
        QCOMPARE(store::RequestCodec::encodeExtractions(typed), extractions);
    }
};

QTEST_GUILESS_MAIN(TestRequestCodec)
#include "tst_requestcodec.moc"
