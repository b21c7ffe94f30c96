// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// CurlImporter: curl command lines as browsers, shells and docs write them.
#include "importtestdata.h"

#include "formats/curlimporter.h"
#include "formats/importer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::core;
using namespace tether::formats;
using tether::testdata::corpus;

namespace {

core::Request curl(const QString &command, QStringList *warnings = nullptr)
{
    QStringList ignored;
    auto request = CurlImporter::parseCommand(command, warnings ? warnings : &ignored);
    if (!request)
        qWarning() << request.error().message;
    return request ? request.value() : core::Request{};
}

} // namespace

class TestCurlImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void curlBrowserCopies();
    void curlGluedAndLongFlags();
    void curlDataForms();
    void curlWindowsCmdQuoting();
    void curlWarnsAboutUnknownFlags();
    void curlErrors();
};

void TestCurlImporter::curlBrowserCopies()
{
    auto imported = Importer::importPath(corpus(u"curl/browser-copies.txt"_s));
    QVERIFY(imported.ok());
    const QList<SavedRequest> &requests = imported.value().collection.root.requests;
    QCOMPARE(requests.size(), 15);
    // Chrome's bash copy: headers kept in order, --compressed accepted silently.
    const core::Request &first = requests.at(0).request;
    QCOMPARE(first.url, u"https://api.example.test/v1/items?limit=20&cursor=abc%3D%3D"_s);
    QCOMPARE(first.headers.size(), 5);
    QCOMPARE(first.headerValue(u"authorization"_s), u"Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"_s);
    // $'…' ANSI-C quoting with \' and \\".
    const core::Request &ansi = requests.at(1).request;
    QCOMPARE(ansi.method, u"POST"_s);
    QCOMPARE(ansi.body.mode, core::BodyMode::Json);
    QCOMPARE(ansi.body.text, u"{\"name\":\"it's \\\"quoted\\\"\",\"lines\":\"a\\nb\"}"_s);
    // Windows cmd copy with ^ continuations.
    const core::Request &windows = requests.at(2).request;
    QCOMPARE(windows.url, u"https://api.example.test/v1/items"_s);
    QCOMPARE(windows.body.text, u"{\"name\":\"windows\"}"_s);
    QCOMPARE(windows.headerValue(u"accept"_s), u"application/json"_s);
    // -u → Basic auth.
    const core::Request &basic = requests.at(4).request;
    QCOMPARE(basic.auth.type, core::AuthType::Basic);
    QCOMPARE(basic.auth.username, u"admin"_s);
    QCOMPARE(basic.auth.password, u"s3cr3t"_s);
    // -F with a file and a type.
    const core::Request &upload = requests.at(5).request;
    QCOMPARE(upload.body.mode, core::BodyMode::Multipart);
    QCOMPARE(upload.body.multipartFields.size(), 2);
    QVERIFY(upload.body.multipartFields.at(0).isFile);
    QCOMPARE(upload.body.multipartFields.at(0).value, u"report.pdf"_s);
    QCOMPARE(upload.body.multipartFields.at(0).contentType, u"application/pdf"_s);
    QCOMPARE(upload.body.multipartFields.at(1).value, u"quarterly"_s);
    // --data several times joined with &; the explicit content type kept.
    const core::Request &token = requests.at(6).request;
    QCOMPARE(token.body.text, u"grant_type=client_credentials&client_id=abc&client_secret=xyz"_s);
    // -G with --data-urlencode: to the query, '+' for spaces as real curl 7.88 sends it (see
    // tst_curlwire, which compares with curl on the wire).
    QCOMPARE(requests.at(7).request.url,
             u"https://api.example.test/v1/search?q=hello+world&lang=en"_s);
    QCOMPARE(requests.at(7).request.method, u"GET"_s);
    // -I → HEAD; -b/-A/-e → headers.
    QCOMPARE(requests.at(9).request.method, u"HEAD"_s);
    const core::Request &cookies = requests.at(10).request;
    QCOMPARE(cookies.headerValue(u"Cookie"_s), u"session=abc; theme=dark"_s);
    QCOMPARE(cookies.headerValue(u"User-Agent"_s), u"MyAgent/1.0"_s);
    QCOMPARE(cookies.headerValue(u"Referer"_s), u"https://ref.example.test"_s);
    // --data-binary @file → a file body.
    QCOMPARE(requests.at(11).request.body.mode, core::BodyMode::BinaryFile);
    QCOMPARE(requests.at(11).request.body.filePath, u"payload.bin"_s);
    // "X-Empty;" sends an empty header; repeated headers stay repeated.
    const core::Request &headers = requests.at(12).request;
    QCOMPARE(headers.headers.size(), 3);
    QCOMPARE(headers.headers.at(0).name, u"X-Empty"_s);
    QCOMPARE(headers.headers.at(0).value, QString());
}

void TestCurlImporter::curlGluedAndLongFlags()
{
    const core::Request squished = curl(u"curl -XPOST -did=1234 https://insomnia.rest"_s);
    QCOMPARE(squished.method, u"POST"_s);
    QCOMPARE(squished.body.mode, core::BodyMode::FormUrlEncoded);
    QCOMPARE(squished.body.formFields.first().name, u"id"_s);
    const core::Request longForms = curl(u"curl --request PUT --url http://h/x --header 'A: 1' "
                                         "--user u:p:q --data-raw '@not-a-file'"_s);
    QCOMPARE(longForms.method, u"PUT"_s);
    QCOMPARE(longForms.url, u"http://h/x"_s);
    QCOMPARE(longForms.auth.password, u"p:q"_s); // split at the first colon only
    QCOMPARE(longForms.body.text, u"@not-a-file"_s);
    const core::Request get
            = curl(u"curl -X GET 'http://somesite.com/getdata' -i -G -d 'id=1234'"_s);
    QCOMPARE(get.url, u"http://somesite.com/getdata?id=1234"_s);
    QCOMPARE(get.body.mode, core::BodyMode::None);
    const core::Request flags = curl(u"curl -sSLk -o /dev/null -w '%{http_code}' http://h/"_s);
    QCOMPARE(flags.url, u"http://h/"_s);
    QCOMPARE(flags.method, u"GET"_s);
    // Bash escapes outside quotes: \? stays ?.
    QCOMPARE(curl(u"curl http://h:9200/x/_search\\?pretty"_s).url,
             u"http://h:9200/x/_search?pretty"_s);
}

void TestCurlImporter::curlDataForms()
{
    // Re-encodable form data becomes form fields; data Tether would encode differently stays raw.
    const core::Request fields = curl(u"curl -d 'a=1&b=two%20words' http://h/"_s);
    QCOMPARE(fields.body.mode, core::BodyMode::FormUrlEncoded);
    QCOMPARE(fields.body.formFields.at(1).value, u"two words"_s);
    const core::Request raw = curl(u"curl -d 'a=1+2&b=x' http://h/"_s);
    QCOMPARE(raw.body.mode, core::BodyMode::Raw);
    QCOMPARE(raw.body.text, u"a=1+2&b=x"_s);
    QCOMPARE(raw.body.contentType, u"application/x-www-form-urlencoded"_s);
    const core::Request json = curl(u"curl --json '{\"a\":1}' http://h/"_s);
    QCOMPARE(json.body.mode, core::BodyMode::Json);
    QCOMPARE(json.headerValue(u"Accept"_s), u"application/json"_s);
    const core::Request encoded
            = curl(u"curl --data-urlencode 'msg=a&b c' --data-urlencode =x/y http://h/"_s);
    QCOMPARE(encoded.body.mode, core::BodyMode::Raw); // "+" does not re-encode the same way
    QCOMPARE(encoded.body.text, u"msg=a%26b+c&x%2Fy"_s);
}

void TestCurlImporter::curlWindowsCmdQuoting()
{
    const core::Request chrome
            = curl(u"curl ^\"https://h.test/api?q=1^\" ^\n  -H ^\"accept: */*^\" ^\n"
                   "  --data-raw ^\"^{^\\^\"a^\\^\":1^}^\""_s);
    QCOMPARE(chrome.url, u"https://h.test/api?q=1"_s);
    QCOMPARE(chrome.headerValue(u"accept"_s), u"*/*"_s);
    QCOMPARE(chrome.body.text, u"{\"a\":1}"_s);
}

void TestCurlImporter::curlWarnsAboutUnknownFlags()
{
    QStringList warnings;
    curl(u"curl --frobnicate -v --max-time 5 -k http://h/"_s, &warnings);
    QCOMPARE(warnings.size(), 3); // --frobnicate, --max-time 5, -k; -v is output-only
    QVERIFY(warnings.at(0).contains(u"--frobnicate"_s));
    QVERIFY(warnings.at(1).contains(u"--max-time 5"_s));
}

void TestCurlImporter::curlErrors()
{
    QStringList warnings;
    auto unbalanced = CurlImporter::parseCommand(u"curl 'http://h/ -H x"_s, &warnings);
    QVERIFY(!unbalanced.ok());
    QVERIFY2(unbalanced.error().message.contains(u"line 1, column 6"_s),
             qPrintable(unbalanced.error().message));
    QVERIFY(!CurlImporter::parseCommand(u"curl -H"_s, &warnings).ok());
    QVERIFY(!CurlImporter::parseCommand(u"wget http://h/"_s, &warnings).ok());
    QVERIFY(!CurlImporter::parseCommand(u"curl -F a=1 -d b=2 http://h/"_s, &warnings).ok());
}

QTEST_GUILESS_MAIN(TestCurlImporter)
#include "tst_curlimporter.moc"
