#include "core/variableset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether::core;

class TestVariableSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void substitute_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("plain") << u"no vars"_s << u"no vars"_s << QStringList{};
        QTest::newRow("one") << u"{{host}}/x"_s << u"api.test/x"_s << QStringList{};
        QTest::newRow("spaces") << u"{{ host }}"_s << u"api.test"_s << QStringList{};
        QTest::newRow("repeat") << u"{{id}}-{{id}}"_s << u"7-7"_s << QStringList{};
        QTest::newRow("missing kept") << u"{{host}}/{{nope}}/{{nope}}"_s
                                      << u"api.test/{{nope}}/{{nope}}"_s << QStringList{u"nope"_s};
        QTest::newRow("single braces") << u"{host}"_s << u"{host}"_s << QStringList{};
        QTest::newRow("value with braces not re-expanded")
                << u"{{tricky}}"_s << u"{{id}}"_s << QStringList{};
    }
    void substitute()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QStringList, missing);
        const VariableSet variables{
                {u"host"_s, u"api.test"_s}, {u"id"_s, u"7"_s}, {u"tricky"_s, u"{{id}}"_s}};
        QStringList found;
        QCOMPARE(variables.substitute(text, &found), expected);
        QCOMPARE(found, missing);
    }

    void resolveNamesEveryUnresolvedVariable()
    {
        Request request;
        request.url = u"{{base}}/users"_s;
        request.headers = {{u"Authorization"_s, u"Bearer {{token}}"_s, true},
                           {u"X-Off"_s, u"{{ignored}}"_s, false}};
        request.body.mode = BodyMode::Json;
        request.body.text = u"{\"id\": {{id}}}"_s;
        auto result = VariableSet{{u"id"_s, u"1"_s}}.resolve(request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"unresolved-variable"_s);
        QVERIFY(result.error().message.contains(u"{{base}}, {{token}}"_s));
        QVERIFY(!result.error().message.contains(u"ignored"_s)); // disabled rows are not sent
    }

    void resolveReplacesEverywhere()
    {
        Request request;
        request.url = u"{{base}}/u/{{id}}"_s;
        request.params = {{u"q"_s, u"{{id}}"_s, true}};
        request.body.mode = BodyMode::FormUrlEncoded;
        request.body.formFields = {{u"{{field}}"_s, u"{{id}}"_s, true}};
        request.auth.type = AuthType::Bearer;
        request.auth.token = u"{{token}}"_s;
        const VariableSet variables{{u"base"_s, u"http://h"_s},
                                    {u"id"_s, u"9"_s},
                                    {u"field"_s, u"f"_s},
                                    {u"token"_s, u"t"_s}};
        auto result = variables.resolve(request);
        QVERIFY(result);
        QCOMPARE(result.value().url, u"http://h/u/9"_s);
        QCOMPARE(result.value().params.first().value, u"9"_s);
        QCOMPARE(result.value().body.formFields.first().name, u"f"_s);
        QCOMPARE(result.value().auth.token, u"t"_s);
        QCOMPARE(VariableSet::referencedNames(request.url), (QStringList{u"base"_s, u"id"_s}));
    }
};

QTEST_APPLESS_MAIN(TestVariableSet)
#include "tst_variableset.moc"
