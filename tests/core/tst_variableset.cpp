// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/variableset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace tether::core;

class TestVariableSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretsAreMaskedInEveryEncoding_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        const QString secret = u"p@ss wörd/\"x\"&+"_s;
        QTest::newRow("raw") << secret << u"token=%1;"_s.arg(secret);
        QTest::newRow("percent, upper case")
                << secret << u"?q=%1&"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        QTest::newRow("percent, lower case")
                << secret
                << u"?q=%1&"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(secret)).toLower());
        QTest::newRow("QUrl's mixed encoding")
                << u"a b!c'd"_s << QUrl(u"http://h/?q=a b!c'd"_s).toString(QUrl::FullyEncoded);
        QTest::newRow("form-encoded") << u"two words+more"_s << u"a=two+words%2Bmore&b=1"_s;
        QTest::newRow("JSON-escaped by Qt")
                << secret
                << QString::fromUtf8(QJsonDocument(QJsonObject{{u"k"_s, secret}})
                                             .toJson(QJsonDocument::Compact));
        QTest::newRow("JSON \\u escapes and \\/") << u"wö/rd"_s << u"{\"k\":\"w\\u00F6\\/rd\"}"_s;
        QTest::newRow("base64") << secret
                                << u"X: %1"_s.arg(QString::fromLatin1(secret.toUtf8().toBase64()));
        QTest::newRow("base64url")
                << u"s3cr3t?>?>"_s
                << u"X: %1"_s.arg(QString::fromLatin1(u"s3cr3t?>?>"_s.toUtf8().toBase64(
                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QTest::newRow("inside Basic") << secret
                                      << u"Authorization: Basic %1"_s.arg(QString::fromLatin1(
                                                 (u"ada:"_s + secret).toUtf8().toBase64()));
    }

    void secretsAreMaskedInEveryEncoding()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        VariableSet variables;
        variables.setSecret(u"token"_s, secret);
        variables.set(u"plain"_s, u"visible"_s);
        const QString masked = variables.maskSecrets(text + u" visible"_s);
        QVERIFY2(masked.contains(u"••••"_s), qPrintable(masked));
        QVERIFY2(masked.endsWith(u" visible"_s), qPrintable(masked));
        // Nothing of the secret's distinctive middle is left in any form.
        for (const QString &piece : {u"ss"_s, u"rd"_s, u"b!c"_s, u"words"_s, u"cr3"_s})
            if (secret.contains(piece))
                QVERIFY2(!masked.contains(piece), qPrintable(masked));
    }

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

    void namesWithSpacesResolve()
    {
        // What importers create from request names ("GET -x" from a curl line) must resolve.
        Request request;
        request.url = u"{{ base url }}/x"_s;
        request.auth.type = AuthType::Basic;
        request.auth.username = u"admin"_s;
        request.auth.password = u"{{GET -x.password}}"_s;
        const VariableSet variables{{u"base url"_s, u"http://h"_s},
                                    {u"GET -x.password"_s, u"123"_s}};
        auto result = variables.resolve(request);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value().url, u"http://h/x"_s);
        QCOMPARE(result.value().auth.password, u"123"_s);
        QVERIFY(VariableSet::isValidName(u"GET -x.password"_s));
        QVERIFY(!VariableSet::isValidName(u"GET /users/{id}.password"_s));
        QVERIFY(VariableSet::isValidName(VariableSet::validName(u"GET /users/{id}.password"_s)));
        QVERIFY(VariableSet::isReference(u" {{GET -x.password}} "_s));
        QVERIFY(!VariableSet::isReference(u"{{a}}{{b}}"_s));
        QVERIFY(!VariableSet::isReference(u"{{}}"_s));
    }

    void nothingUnresolvedIsSent_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("named"); // the unresolved reference the error names
        const auto with = [](auto change) {
            Request request;
            request.url = u"http://h/"_s;
            change(request);
            return request;
        };
        QTest::newRow("url") << with([](Request &r) { r.url = u"http://h/{{nope}}"_s; })
                             << u"{{nope}}"_s;
        QTest::newRow("param name") << with([](Request &r) {
            r.params = {{u"{{nope}}"_s, u"1"_s, true}};
        }) << u"{{nope}}"_s;
        QTest::newRow("param value") << with([](Request &r) {
            r.params = {{u"q"_s, u"{{nope}}"_s, true}};
        }) << u"{{nope}}"_s;
        QTest::newRow("header name") << with([](Request &r) {
            r.headers = {{u"X-{{nope}}"_s, u"1"_s, true}};
        }) << u"{{nope}}"_s;
        QTest::newRow("header value") << with([](Request &r) {
            r.headers = {{u"X-A"_s, u"{{nope}}"_s, true}};
        }) << u"{{nope}}"_s;
        QTest::newRow("raw body") << with([](Request &r) {
            r.body.mode = BodyMode::Raw;
            r.body.text = u"a={{nope}}"_s;
        }) << u"{{nope}}"_s;
        QTest::newRow("json body") << with([](Request &r) {
            r.body.mode = BodyMode::Json;
            r.body.text = u"{\"a\": \"{{nope}}\"}"_s;
        }) << u"{{nope}}"_s;
        QTest::newRow("form field") << with([](Request &r) {
            r.body.mode = BodyMode::FormUrlEncoded;
            r.body.formFields = {{u"a"_s, u"{{nope}}"_s, true}};
        }) << u"{{nope}}"_s;
        QTest::newRow("multipart field") << with([](Request &r) {
            r.body.mode = BodyMode::Multipart;
            MultipartField field;
            field.name = u"{{nope}}"_s;
            field.value = u"v"_s;
            r.body.multipartFields = {field};
        }) << u"{{nope}}"_s;
        QTest::newRow("file") << with([](Request &r) {
            r.body.mode = BodyMode::BinaryFile;
            r.body.filePath = u"/tmp/{{nope}}.bin"_s;
        }) << u"{{nope}}"_s;
        QTest::newRow("basic user") << with([](Request &r) {
            r.auth.type = AuthType::Basic;
            r.auth.username = u"{{nope}}"_s;
        }) << u"{{nope}}"_s;
        QTest::newRow("bearer token") << with([](Request &r) {
            r.auth.type = AuthType::Bearer;
            r.auth.token = u"{{nope}}"_s;
        }) << u"{{nope}}"_s;
        QTest::newRow("api key") << with([](Request &r) {
            r.auth.type = AuthType::ApiKey;
            r.auth.keyName = u"X-Key"_s;
            r.auth.keyValue = u"{{nope}}"_s;
        }) << u"{{nope}}"_s;
        QTest::newRow("a value holding a reference")
                << with([](Request &r) { r.url = u"http://h/{{tricky}}"_s; }) << u"{{id}}"_s;
        QTest::newRow("empty reference")
                << with([](Request &r) { r.url = u"http://h/{{ }}"_s; }) << u"{{}}"_s;
        QTest::newRow("name with a space")
                << with([](Request &r) { r.url = u"http://h/{{no such}}"_s; }) << u"{{no such}}"_s;
    }

    void nothingUnresolvedIsSent()
    {
        QFETCH(Request, request);
        QFETCH(QString, named);
        const VariableSet variables{{u"tricky"_s, u"{{id}}"_s}};
        auto result = variables.resolve(request);
        QVERIFY2(!result, qPrintable(result ? result.value().url : QString()));
        QCOMPARE(result.error().code, u"unresolved-variable"_s);
        QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
    }

    void whatIsNotSentIsNotChecked()
    {
        Request request;
        request.url = u"http://h/"_s;
        request.headers = {{u"X-Off"_s, u"{{off}}"_s, false}};
        request.body.mode = BodyMode::FormUrlEncoded;
        request.body.text = u"{{raw text of another mode}}"_s;
        QVERIFY(VariableSet{}.resolve(request));
    }
};

Q_DECLARE_METATYPE(Request)

QTEST_APPLESS_MAIN(TestVariableSet)
#include "tst_variableset.moc"
