// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The URL's query as rows and back, byte for byte; rows the old Params table appended become
// part of the URL with the bytes the request factory sent for them.
#include "core/request.h"
#include "core/urlquery.h"
#include "net/requestfactory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using core::KeyValue;
using core::KeyValueList;
using core::UrlQuery;

class TestUrlQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreTheQueryAsTyped()
    {
        const QString url = u"https://api.test/search?q=a+b&plus=%2B&v={{term}}&debug&empty=#top"_s;
        const KeyValueList rows = UrlQuery::rows(url);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0), (KeyValue{u"q"_s, u"a+b"_s, true}));
        QCOMPARE(rows.at(1), (KeyValue{u"plus"_s, u"%2B"_s, true}));
        QCOMPARE(rows.at(2), (KeyValue{u"v"_s, u"{{term}}"_s, true}));
        QCOMPARE(rows.at(3).name, u"debug"_s);
        QVERIFY(rows.at(3).value.isNull()); // no "=": a flag
        QCOMPARE(rows.at(4).name, u"empty"_s);
        QVERIFY(!rows.at(4).value.isNull());
        QVERIFY(rows.at(4).value.isEmpty());
        // And back: the same text, flag, empty value and fragment included.
        QCOMPARE(UrlQuery::withRows(url, rows), url);

        QVERIFY(UrlQuery::rows(u"https://api.test/"_s).isEmpty());
        QVERIFY(UrlQuery::rows(u"https://api.test/?"_s).isEmpty());
        QCOMPARE(UrlQuery::rows(u"h/?a=1&&b=2&=x"_s).size(), 2);
        // A "?" or "#" inside a {{variable}} does not start the query or the fragment.
        QCOMPARE(UrlQuery::rows(u"{{base?}}/x?a=1"_s),
                 (KeyValueList{KeyValue{u"a"_s, u"1"_s, true}}));
        QCOMPARE(UrlQuery::rows(u"{{base#}}/x?a=1"_s).size(), 1);
    }

    void editedRowsRewriteOnlyTheQuery()
    {
        const QString url = u"{{base}}/users?page=2&sort=name#list"_s;
        KeyValueList rows = UrlQuery::rows(url);
        rows[0].value = u"3"_s;
        rows[1].enabled = false; // unchecked: out of the URL
        rows.append({u"q"_s, u"x y"_s, true}); // typed as is: the URL shows what the row says
        rows.append({QString(), u"no name"_s, true});
        QCOMPARE(UrlQuery::withRows(url, rows), u"{{base}}/users?page=3&q=x y#list"_s);
        for (KeyValue &row : rows)
            row.enabled = false;
        QCOMPARE(UrlQuery::withRows(url, rows), u"{{base}}/users#list"_s);
    }

    void appendedRowsKeepTheirBytes()
    {
        // What the old Params table sent: percent-encoded rows after the URL's own query.
        core::Request request;
        request.url = u"http://127.0.0.1/a?x=1+1&&y"_s;
        request.params = {{u"q"_s, u"a b&c=d+é"_s, true},
                          {u"off"_s, u"1"_s, false},
                          {u"k[]"_s, u"/?#"_s, true}};
        auto before = net::RequestFactory::effectiveUrl(request);
        QVERIFY(before);
        core::Request folded;
        folded.url = UrlQuery::withEncodedRows(request.url, request.params);
        auto after = net::RequestFactory::effectiveUrl(folded);
        QVERIFY(after);
        QCOMPARE(after.value().toEncoded(), before.value().toEncoded());
        QCOMPARE(folded.url,
                 u"http://127.0.0.1/a?x=1+1&&y&q=a%20b%26c%3Dd%2B%C3%A9&k%5B%5D=%2F%3F%23"_s);
        // {{variables}} stay readable; a URL without a query gets one.
        QCOMPARE(UrlQuery::withEncodedRows(u"{{base}}/s#f"_s, {{u"q"_s, u"{{term}} x"_s, true}}),
                 u"{{base}}/s?q={{term}}%20x#f"_s);
        QCOMPARE(UrlQuery::withEncodedRows(u"{{base}}/s"_s, {{u"q"_s, u"1"_s, false}}),
                 u"{{base}}/s"_s);
    }
};

QTEST_GUILESS_MAIN(TestUrlQuery)
#include "tst_urlquery.moc"
