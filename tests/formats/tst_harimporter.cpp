// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// HarImporter: HAR captures as requests and as history, with connections and timings.
#include "importtestdata.h"

#include "formats/importer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;
using tether::testdata::corpus;

class TestHarImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void harConnectionsAndTimings();
};

void TestHarImporter::harConnectionsAndTimings()
{
    auto imported = Importer::importPath(corpus(u"har/chrome_h2_www.nghttp2.org.har"_s));
    QVERIFY(imported.ok());
    const ImportResult &result = imported.value();
    QCOMPARE(result.exchanges.size(), 11);
    // The browser's connection ids decide new vs reused: one "new" per distinct id.
    QSet<QString> ids;
    int opened = 0;
    for (const net::Exchange &exchange : result.exchanges) {
        if (exchange.connectionId.isEmpty() || exchange.status == 0)
            continue;
        ids.insert(exchange.connectionId);
        opened += exchange.verdict == net::ConnectionVerdict::New;
        QVERIFY(exchange.phases.totalMs > 0);
    }
    QVERIFY(!ids.isEmpty());
    QCOMPARE(opened, ids.size());
    // Pseudo-headers and Host are not copied into requests.
    forEachRequest(result.collection.root, [](const SavedRequest &request) {
        for (const core::KeyValue &header : request.request.headers)
            QVERIFY2(!header.name.startsWith(u':')
                             && header.name.compare(u"Host"_s, Qt::CaseInsensitive) != 0,
                     qPrintable(header.name));
    });
}

QTEST_GUILESS_MAIN(TestHarImporter)
#include "tst_harimporter.moc"
