// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Path variables: ":name" segments of the path (not a port, not the query), filled in from
// their rows when sent; the request factory sends the filled-in URL.
#include "core/pathvariables.h"
#include "core/request.h"
#include "core/variableset.h"
#include "net/requestfactory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using core::KeyValueList;
using core::PathVariables;

class TestPathVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreWholePathSegments()
    {
        QCOMPARE(PathVariables::names(u"http://127.0.0.1:8080/users/:id/posts/:post_id"_s),
                 (QStringList{u"id"_s, u"post_id"_s}));
        QCOMPARE(PathVariables::names(u"{{base}}/users/:id/:id?x=:q#/:frag"_s),
                 QStringList{u"id"_s});
        QVERIFY(PathVariables::names(u"http://[::1]:8080/a:b/c:/:"_s).isEmpty());
        QVERIFY(PathVariables::names(u"localhost:8080/"_s).isEmpty());
        QCOMPARE(PathVariables::names(u"localhost:8080/v1/:version.json"_s),
                 QStringList{u"version.json"_s}); // as Postman reads it: up to "/", "?" or "#"
    }

    void valuesFillTheirSegments()
    {
        const KeyValueList rows{{u"id"_s, u"42"_s, true}, {u"post"_s, QString(), true}};
        QCOMPARE(PathVariables::apply(u"{{base}}/users/:id/posts/:post?id=:id"_s, rows),
                 u"{{base}}/users/42/posts/:post?id=:id"_s);
        QCOMPARE(PathVariables::apply(u"http://h:81/:id"_s, {{u"id"_s, u"7"_s, false}}),
                 u"http://h:81/:id"_s); // a disabled row fills nothing

        // Values typed before stay when the URL changes around them.
        const KeyValueList kept = PathVariables::rowsFor(u"/a/:id/:other"_s, rows);
        QCOMPARE(kept, (KeyValueList{{u"id"_s, u"42"_s, true}, {u"other"_s, QString(), true}}));
    }

    void sentAndResolvedLikeEveryOtherField()
    {
        core::Request request;
        request.url = u"http://127.0.0.1/users/:id"_s;
        request.pathVariables = {{u"id"_s, u"{{uid}}"_s, true}};
        core::VariableSet variables;
        variables.set(u"uid"_s, u"u-9"_s);
        auto resolved = variables.resolve(request);
        QVERIFY(resolved);
        auto url = net::RequestFactory::effectiveUrl(resolved.value());
        QVERIFY(url);
        QCOMPARE(url.value().toEncoded(), "http://127.0.0.1/users/u-9"_ba);
        core::VariableSet none;
        QVERIFY(!none.resolve(request)); // an unresolved {{uid}} is said, as in a header
    }
};

QTEST_GUILESS_MAIN(TestPathVariables)
#include "tst_pathvariables.moc"
