// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The standard is real curl: a command imported into Tether reaches the server as curl's own
// request does, and a request exported as curl reaches it as Tether's own send does. Both sides
// go to a loopback server that records raw requests; method, target, every header the command
// or request names, and the body (multipart compared part by part) must agree.
#include "formats/curlexporter.h"
#include "formats/curlimporter.h"
#include "net/session.h"
#include "rawhttpserver.h"
#include "sessiondriver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using namespace tether::formats;

namespace {

struct RawRequest
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Repeated headers combined as RFC 9110 allows (Qt sends one line per name).
    QByteArray header(const QByteArray &name) const
    {
        QList<QByteArray> values;
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values.append(value);
        return values.join(name.compare("Cookie", Qt::CaseInsensitive) == 0 ? "; " : ", ");
    }
    bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.begin(), headers.end(), [&](const auto &h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
};

RawRequest parse(const QByteArray &raw)
{
    RawRequest request;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    request.body = raw.mid(headEnd + 4);
    return request;
}

// Multipart bodies differ in their boundary; compare the parts (headers sorted, content).
QList<QByteArray> parts(const RawRequest &request)
{
    static const QRegularExpression boundaryPattern(u"boundary=\"?([^\";]+)"_s);
    const QString boundary
            = boundaryPattern.match(QString::fromLatin1(request.header("Content-Type")))
                      .captured(1);
    QList<QByteArray> result;
    const QByteArray delimiter = "--" + boundary.toLatin1();
    QList<QByteArray> pieces;
    for (qsizetype from = 0;;) {
        const qsizetype at = request.body.indexOf(delimiter, from);
        pieces.append(request.body.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + delimiter.size();
    }
    for (QByteArray part : std::as_const(pieces)) {
        if (part.startsWith("\r\n"))
            part = part.mid(2);
        if (part.isEmpty() || part.startsWith("--"))
            continue;
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        QList<QByteArray> headers = part.left(headEnd).split('\n');
        for (QByteArray &header : headers) {
            header = header.trimmed();
            const qsizetype colon = header.indexOf(':');
            header = header.left(colon).toLower() + ':' + header.mid(colon + 1).trimmed();
        }
        std::sort(headers.begin(), headers.end());
        QByteArray content = part.mid(headEnd + 4);
        if (content.endsWith("\r\n"))
            content.chop(2);
        result.append(headers.join('|') + "||" + content);
    }
    return result;
}

void compareOnTheWire(const RawRequest &reference, const RawRequest &tether,
                      const QStringList &named)
{
    QCOMPARE(tether.method, reference.method);
    QCOMPARE(tether.target, reference.target);
    for (const QString &name : named) {
        const QByteArray key = name.toLatin1();
        if (key.compare("Content-Type", Qt::CaseInsensitive) == 0
            && reference.header(key).startsWith("multipart/form-data"))
            continue; // boundaries differ by design
        QVERIFY2(tether.hasHeader(key) == reference.hasHeader(key), key.constData());
        QCOMPARE(tether.header(key), reference.header(key));
    }
    if (reference.header("Content-Type").startsWith("multipart/form-data"))
        QCOMPARE(parts(tether), parts(reference));
    else
        QCOMPARE(tether.body, reference.body);
}

} // namespace

class TestCurlWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importedCommandsSendWhatCurlSends_data();
    void importedCommandsSendWhatCurlSends();
    void sendBodyOptionsSendWhatCurlSends_data();
    void sendBodyOptionsSendWhatCurlSends();
    void exportedCommandsSendWhatTetherSends_data();
    static QList<std::pair<const char *, core::Request>> exportCases();
    void exportedCommandsSendWhatTetherSends();

private:
    RawRequest viaCurl(const QString &command);
    RawRequest viaTether(const core::Request &request);
    QString local(QString command) const;

    QTemporaryDir m_files;
    std::unique_ptr<testsupport::RawHttpServer> m_server;
};

void TestCurlWire::initTestCase()
{
    QVERIFY(m_files.isValid());
    // Files the commands upload; curl and Tether both resolve them from here.
    QVERIFY(QDir::setCurrent(m_files.path()));
    for (const auto &[name, content] : QList<std::pair<QString, QByteArray>>{
                 {u"report.pdf"_s, QByteArray("%PDF-1.4\n\x01\x02 binary\r\n")},
                 {u"payload.bin"_s, QByteArray("\x00\x01\x02\r\n\xff", 6)},
                 {u"file.txt"_s, QByteArray("plain text\n")}}) {
        QFile file(m_files.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    m_server = std::make_unique<testsupport::RawHttpServer>(
            testsupport::RawHttpServer::Behaviour::Answer);
    QVERIFY(m_server->listen());
}

QString TestCurlWire::local(QString command) const
{
    static const QRegularExpression origin(u"https?://[A-Za-z0-9.-]+(:\\d+)?"_s);
    return command.replace(origin, u"http://127.0.0.1:%1"_s.arg(m_server->port()));
}

RawRequest TestCurlWire::viaCurl(const QString &command)
{
    const qsizetype before = m_server->requests().size();
    QProcess curl;
    curl.setWorkingDirectory(m_files.path());
    curl.start(u"bash"_s, {u"-c"_s, command + u" -s -o /dev/null"_s});
    [&] { QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 20000); }();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), before + 1, 5000); }();
    return parse(m_server->requests().value(before));
}

RawRequest TestCurlWire::viaTether(const core::Request &request)
{
    const qsizetype before = m_server->requests().size();
    net::Session session;
    const net::Exchange exchange = testsupport::sendOne(session, request);
    [&] { QVERIFY2(exchange.succeeded(), qPrintable(exchange.error)); }();
    [&] { QCOMPARE(m_server->requests().size(), before + 1); }();
    return parse(m_server->requests().value(before));
}

void TestCurlWire::importedCommandsSendWhatCurlSends_data()
{
    QTest::addColumn<QString>("command");
    // Every bash command of the corpus (the Windows cmd one cannot run in bash).
    QFile corpus(QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
                         .filePath(u"../shared/corpus/curl/browser-copies.txt"_s));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    int index = 0;
    for (const QString &block : QString::fromUtf8(corpus.readAll()).split(u"\n\n"_s)) {
        QString command = block.trimmed();
        while (command.startsWith(u'#'))
            command = command.section(u'\n', 1).trimmed();
        if (!command.startsWith(u"curl"_s) || command.contains(u"^\n"_s))
            continue;
        QTest::newRow(qPrintable(u"corpus %1"_s.arg(++index))) << command;
    }
    QDir fixtures(
            QDir(qEnvironmentVariable("TETHER_SOURCE_DIR")).filePath(u"../shared/corpus/curl"_s));
    for (const QString &name : fixtures.entryList({u"insomnia-fixture-*.sh"_s})) {
        QFile file(fixtures.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).trimmed();
        if (name.contains(u"multi-input"_s) || name.contains(u"no-url"_s))
            continue; // several commands / no URL: covered by tst_curlimporter
        QString command = text;
        if (command.endsWith(u';'))
            command.chop(1);
        QTest::newRow(qPrintable(name)) << command.replace(u"/home/user/file.txt"_s, u"file.txt"_s);
    }
    QTest::newRow("put json")
            << u"curl -X PUT 'https://h.test/a?b=1' -H 'Content-Type: application/json' -d '{\"x\": [1, 2]}'"_s;
    QTest::newRow("form fields") << u"curl -d 'name=J%C3%B6rg&city=New%20York' https://h.test/f"_s;
    QTest::newRow("form plus signs") << u"curl -d 'q=a+b' https://h.test/f"_s;
    QTest::newRow("bearer") << u"curl --oauth2-bearer abc.def https://h.test/me"_s;
    QTest::newRow("get with data") << u"curl -G -d a=1 -d b=2 https://h.test/s?x=0"_s;
}

void TestCurlWire::importedCommandsSendWhatCurlSends()
{
    QFETCH(QString, command);
    const QString runnable = local(command);
    QStringList warnings;
    auto imported = CurlImporter::parseCommand(runnable, &warnings);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
    const RawRequest reference = viaCurl(runnable);
    const RawRequest tether = viaTether(imported.value());
    QStringList named{u"Content-Type"_s, u"Authorization"_s};
    for (const core::KeyValue &header : imported.value().headers)
        if (header.enabled)
            named.append(header.name);
    compareOnTheWire(reference, tether, named);
}

// tether-run send's body options against curl's, the same arguments, through bash (standard
// input and FIFOs included). Large enough files are streamed from disk by Tether; the bytes on
// the wire must still be curl's.
void TestCurlWire::sendBodyOptionsSendWhatCurlSends_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("input"); // bash that feeds standard input; empty: none
    QTest::newRow("-d @file drops CR and LF") << u"-d @crlf.txt"_s << QString();
    QTest::newRow("-d parts joined with &") << u"-d a=1 -d @crlf.txt -d b=2"_s << QString();
    QTest::newRow("--data-binary @file as it is") << u"--data-binary @payload.bin"_s << QString();
    QTest::newRow("--data-binary large file") << u"--data-binary @large.bin"_s << QString();
    QTest::newRow("-d large file") << u"-d @large.txt"_s << QString();
    QTest::newRow("--data-raw keeps @") << u"--data-raw @crlf.txt"_s << QString();
    QTest::newRow("mixed order") << u"--data-raw x=@ -d @crlf.txt --data-binary @payload.bin"_s
                                 << QString();
    QTest::newRow("-d @- from a pipe") << u"-d @-"_s << u"printf 'p=1\\r\\nq=2\\n'"_s;
    QTest::newRow("--data-binary @- binary") << u"--data-binary @-"_s << u"cat payload.bin"_s;
    QTest::newRow("--data-binary @- large") << u"--data-binary @-"_s << u"cat large.bin"_s;
    QTest::newRow("-T file") << u"-T crlf.txt"_s << QString();
    QTest::newRow("-T large file with -X POST") << u"-X POST -T large.bin"_s << QString();
}

void TestCurlWire::sendBodyOptionsSendWhatCurlSends()
{
    QFETCH(QString, arguments);
    QFETCH(QString, input);
    static const bool written = [this] {
        QFile crlf(m_files.filePath(u"crlf.txt"_s));
        bool ok = crlf.open(QIODevice::WriteOnly) && crlf.write("k=v\r\nw=x\ny\r\n") > 0;
        crlf.close();
        // Over BodySource::inlineBytes (1 MiB): streamed, or spooled to a temporary file.
        QByteArray large;
        for (int i = 0; i < 3 * 1024 * 1024 / 256; ++i)
            for (int b = 0; b < 256; ++b)
                large.append(char(b));
        QFile bin(m_files.filePath(u"large.bin"_s));
        ok = ok && bin.open(QIODevice::WriteOnly) && bin.write(large) == large.size();
        QFile text(m_files.filePath(u"large.txt"_s));
        ok = ok && text.open(QIODevice::WriteOnly);
        for (int i = 0; ok && i < 40000; ++i)
            ok = text.write("line=" + QByteArray::number(i) + "\r\n") > 0;
        return ok;
    }();
    QVERIFY(written);
    const QString url = m_server->url(u"/body"_s);
    const QString feed = input.isEmpty() ? QString() : input + u" | "_s;
    const RawRequest reference = viaCurl(feed + u"curl "_s + arguments + u" "_s + url);
    const qsizetype before = m_server->requests().size();
    QProcess tether;
    tether.setWorkingDirectory(m_files.path());
    tether.start(u"bash"_s,
                 {u"-c"_s,
                  feed + QStringLiteral(TETHER_RUN_PATH) + u" send --no-history "_s + arguments
                          + u" "_s + url + u" > /dev/null"_s});
    // The server answers from this event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(tether.state() == QProcess::NotRunning, 30000);
    QVERIFY2(tether.exitCode() == 0, tether.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), before + 1, 5000);
    const RawRequest sent = parse(m_server->requests().value(before));
    QCOMPARE(sent.header("Content-Length"), reference.header("Content-Length"));
    QCOMPARE(sent.body.size(), reference.body.size());
    // With -T curl sends no Content-Type; Tether says application/octet-stream (the one
    // difference, by choice: a server should not have to guess).
    if (arguments.contains(u"-T "_s))
        QCOMPARE(sent.header("Content-Type"), "application/octet-stream"_ba);
    compareOnTheWire(reference, sent,
                     arguments.contains(u"-T "_s) ? QStringList() : QStringList{u"Content-Type"_s});
}

QList<std::pair<const char *, core::Request>> TestCurlWire::exportCases()
{
    QList<std::pair<const char *, core::Request>> cases;
    auto make = [](const QString &method, const QString &path) {
        core::Request request;
        request.method = method;
        request.url = u"http://placeholder"_s + path;
        return request;
    };
    core::Request get = make(u"GET"_s, u"/items?limit=5"_s);
    get.params = {{u"q"_s, u"a b&c"_s, true}, {u"off"_s, u"x"_s, false}};
    get.headers = {{u"Accept"_s, u"application/json"_s, true},
                   {u"X-Quote"_s, u"it's \"fine\""_s, true}};
    cases.append({"get with params", get});
    core::Request json = make(u"POST"_s, u"/items"_s);
    json.body.mode = core::BodyMode::Json;
    json.body.text = u"{\n  \"name\": \"it's\",\n  \"n\": 1\n}"_s;
    json.auth = {core::AuthType::Bearer, {}, {}, u"tok.en"_s, {}, {}, core::ApiKeyLocation::Header};
    cases.append({"json with bearer", json});
    core::Request form = make(u"PATCH"_s, u"/form"_s);
    form.body.mode = core::BodyMode::FormUrlEncoded;
    form.body.formFields = {{u"name"_s, u"Jörg Ü"_s, true}, {u"a+b"_s, u"1&2=3"_s, true}};
    form.auth = {core::AuthType::Basic,       u"user"_s, u"pa:ss"_s, {}, {}, {},
                 core::ApiKeyLocation::Header};
    cases.append({"form with basic", form});
    core::Request raw = make(u"PUT"_s, u"/raw"_s);
    raw.body.mode = core::BodyMode::Raw;
    raw.body.text = u"<a>x</a>"_s;
    raw.body.contentType = u"application/xml"_s;
    raw.auth = {core::AuthType::ApiKey,      {}, {}, {}, u"X-Api-Key"_s, u"k1"_s,
                core::ApiKeyLocation::Header};
    cases.append({"raw xml with api key", raw});
    core::Request query = make(u"DELETE"_s, u"/things/7"_s);
    query.auth
            = {core::AuthType::ApiKey, {}, {}, {}, u"key"_s, u"v w"_s, core::ApiKeyLocation::Query};
    cases.append({"delete with query key", query});
    core::Request multipart = make(u"POST"_s, u"/upload"_s);
    multipart.body.mode = core::BodyMode::Multipart;
    multipart.body.multipartFields = {{u"comment"_s, u"@not a file"_s, false, {}, true},
                                      {u"doc"_s, u"report.pdf"_s, true, u"application/pdf"_s, true},
                                      {u"notes"_s, u"file.txt"_s, true, {}, true}};
    cases.append({"multipart", multipart});
    core::Request binary = make(u"POST"_s, u"/blob"_s);
    binary.body.mode = core::BodyMode::BinaryFile;
    binary.body.filePath = u"payload.bin"_s;
    cases.append({"binary file", binary});
    cases.append({"head", make(u"HEAD"_s, u"/"_s)});
    return cases;
}

void TestCurlWire::exportedCommandsSendWhatTetherSends_data()
{
    QTest::addColumn<int>("index");
    const auto cases = exportCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).first) << i;
}

void TestCurlWire::exportedCommandsSendWhatTetherSends()
{
    QFETCH(int, index);
    core::Request request = exportCases().at(index).second;
    request.url = local(request.url);
    const RawRequest tether = viaTether(request);
    const QString command = CurlExporter::toCommand(request);
    const RawRequest reference = viaCurl(command);
    QStringList named{u"Content-Type"_s, u"Authorization"_s, u"X-Api-Key"_s};
    for (const core::KeyValue &header : request.headers)
        named.append(header.name);
    compareOnTheWire(tether, reference, named);
    // And the command reads back as the same request.
    QStringList warnings;
    auto back = CurlImporter::parseCommand(command, &warnings);
    QVERIFY(back.ok());
    QCOMPARE(back.value().method, request.method);
    QCOMPARE(CurlExporter::effectiveUrl(back.value()), CurlExporter::effectiveUrl(request));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCurlWire)
#include "tst_curlwire.moc"
