// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/snippetexporter.h"
#include "formats/curlexporter.h"

#include "net/requestfactory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

QString cppString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\""_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            out += c;
        }
    }
    return out + u'"';
}

struct Header
{
    QString name;
    QString value;
};

// Headers as sent, auth included (Basic is left to each library where it has a helper).
QList<Header> headersOf(const core::Request &request, bool includeBasic)
{
    QList<Header> headers;
    for (const core::KeyValue &header : request.headers)
        if (header.enabled && !header.name.isEmpty())
            headers.append({header.name, header.value});
    const core::Auth &auth = request.auth;
    if (auth.type == core::AuthType::Bearer)
        headers.append({u"Authorization"_s, u"Bearer "_s + auth.token});
    else if (auth.type == core::AuthType::ApiKey
             && auth.keyLocation == core::ApiKeyLocation::Header)
        headers.append({auth.keyName, auth.keyValue});
    else if (auth.type == core::AuthType::Basic && includeBasic)
        headers.append(
                {u"Authorization"_s,
                 u"Basic "_s
                         + QString::fromLatin1(
                                 (auth.username + u':' + auth.password).toUtf8().toBase64())});
    auto add = [&](const QString &type) {
        if (!request.hasHeader(u"Content-Type"_s))
            headers.append({u"Content-Type"_s, type});
    };
    switch (request.body.mode) {
    case core::BodyMode::Raw:
        add(request.body.contentType.isEmpty() ? u"text/plain; charset=utf-8"_s
                                               : request.body.contentType);
        break;
    case core::BodyMode::Json:
        add(u"application/json"_s);
        break;
    case core::BodyMode::FormUrlEncoded:
        add(u"application/x-www-form-urlencoded"_s);
        break;
    case core::BodyMode::BinaryFile:
        add(u"application/octet-stream"_s);
        break;
    case core::BodyMode::None:
    case core::BodyMode::Multipart:
        break;
    }
    return headers;
}

QString formData(const core::Request &request)
{
    return net::RequestFactory::formEncode(request.body.formFields);
}

} // namespace

QString SnippetExporter::stringLiteral(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QStringList SnippetExporter::languages()
{
    return {u"python"_s, u"javascript"_s, u"qt"_s};
}

QString SnippetExporter::snippet(const QString &language, const core::Request &request)
{
    if (language == u"python")
        return python(request);
    if (language == u"javascript")
        return javascript(request);
    return qt(request);
}

QString SnippetExporter::python(const core::Request &request)
{
    QString code
            = u"import requests\n\n"
              "# One Session reuses its TCP/TLS connections (keep-alive), as Tether's session\n"
              "# does; a bare requests.get() would open a new connection every time.\n"
              "session = requests.Session()\n\n"_s;
    code += u"headers = {\n"_s;
    for (const Header &header : headersOf(request, false))
        code += u"    %1: %2,\n"_s.arg(SnippetExporter::stringLiteral(header.name),
                                       SnippetExporter::stringLiteral(header.value));
    code += u"}\n"_s;
    QStringList arguments{SnippetExporter::stringLiteral(request.method),
                          SnippetExporter::stringLiteral(CurlExporter::effectiveUrl(request)),
                          u"headers=headers"_s};
    if (request.auth.type == core::AuthType::Basic)
        arguments << u"auth=(%1, %2)"_s.arg(SnippetExporter::stringLiteral(request.auth.username),
                                            SnippetExporter::stringLiteral(request.auth.password));
    const core::RequestBody &body = request.body;
    switch (body.mode) {
    case core::BodyMode::Raw:
    case core::BodyMode::Json:
        code += u"data = %1.encode(\"utf-8\")\n"_s.arg(SnippetExporter::stringLiteral(body.text));
        arguments << u"data=data"_s;
        break;
    case core::BodyMode::FormUrlEncoded:
        code += u"data = %1\n"_s.arg(SnippetExporter::stringLiteral(formData(request)));
        arguments << u"data=data"_s;
        break;
    case core::BodyMode::Multipart: {
        code += u"files = {\n"_s;
        for (const core::MultipartField &field : body.multipartFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            if (field.isFile)
                code += u"    %1: (%2, open(%3, \"rb\")%4),\n"_s.arg(
                        SnippetExporter::stringLiteral(field.name),
                        SnippetExporter::stringLiteral(QFileInfo(field.value).fileName()),
                        SnippetExporter::stringLiteral(field.value),
                        field.contentType.isEmpty()
                                ? QString()
                                : u", "_s + SnippetExporter::stringLiteral(field.contentType));
            else
                code += u"    %1: (None, %2%3),\n"_s.arg(
                        SnippetExporter::stringLiteral(field.name),
                        SnippetExporter::stringLiteral(field.value),
                        field.contentType.isEmpty()
                                ? QString()
                                : u", "_s + SnippetExporter::stringLiteral(field.contentType));
        }
        code += u"}\n"_s;
        arguments << u"files=files"_s;
        break;
    }
    case core::BodyMode::BinaryFile:
        code += u"data = open(%1, \"rb\")\n"_s.arg(SnippetExporter::stringLiteral(body.filePath));
        arguments << u"data=data"_s;
        break;
    case core::BodyMode::None:
        break;
    }
    code += u"\nresponse = session.request(%1)\n"_s.arg(arguments.join(u", "_s));
    code += u"print(response.status_code, response.reason)\nprint(response.text)\n"_s;
    return code;
}

QString SnippetExporter::javascript(const core::Request &request)
{
    QString code = u"// fetch keeps connections alive by default (browsers and Node.js 18+).\n"_s;
    const core::RequestBody &body = request.body;
    if (body.mode == core::BodyMode::Multipart) {
        code += u"const form = new FormData();\n"_s;
        for (const core::MultipartField &field : body.multipartFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            if (field.isFile)
                code += u"// Node.js: new Blob([fs.readFileSync(%1)]); in a browser, a File from "
                        u"an <input>.\n"
                        "form.append(%2, new Blob([await (await import(\"node:fs/promises\")).readFile(%1)]), %3);\n"_s
                                .arg(SnippetExporter::stringLiteral(field.value),
                                     SnippetExporter::stringLiteral(field.name),
                                     SnippetExporter::stringLiteral(
                                             QFileInfo(field.value).fileName()));
            else
                code += u"form.append(%1, %2);\n"_s.arg(
                        SnippetExporter::stringLiteral(field.name),
                        SnippetExporter::stringLiteral(field.value));
        }
    }
    code += u"const response = await fetch(%1, {\n  method: %2,\n  headers: {\n"_s.arg(
            SnippetExporter::stringLiteral(CurlExporter::effectiveUrl(request)),
            SnippetExporter::stringLiteral(request.method));
    for (const Header &header : headersOf(request, true))
        code += u"    %1: %2,\n"_s.arg(SnippetExporter::stringLiteral(header.name),
                                       SnippetExporter::stringLiteral(header.value));
    code += u"  },\n"_s;
    switch (body.mode) {
    case core::BodyMode::Raw:
    case core::BodyMode::Json:
        code += u"  body: %1,\n"_s.arg(SnippetExporter::stringLiteral(body.text));
        break;
    case core::BodyMode::FormUrlEncoded:
        code += u"  body: %1,\n"_s.arg(SnippetExporter::stringLiteral(formData(request)));
        break;
    case core::BodyMode::Multipart:
        code += u"  body: form,\n"_s;
        break;
    case core::BodyMode::BinaryFile:
        code += u"  body: await (await import(\"node:fs/promises\")).readFile(%1),\n"_s.arg(
                SnippetExporter::stringLiteral(body.filePath));
        break;
    case core::BodyMode::None:
        break;
    }
    code += u"});\nconsole.log(response.status, response.statusText);\nconsole.log(await response.text());\n"_s;
    return code;
}

QString SnippetExporter::qt(const core::Request &request)
{
    QString code
            = u"// One QNetworkAccessManager per application: it keeps up to 6 connections per\n"
              "// origin alive and reuses them (HTTP/2 is negotiated on https).\n"
              "#include <QCoreApplication>\n#include <QFile>\n#include <QHttpMultiPart>\n"
              "#include <QNetworkAccessManager>\n#include <QNetworkReply>\n#include "
              "<QTextStream>\n\n"
              "int main(int argc, char *argv[])\n{\n"
              "    QCoreApplication app(argc, argv);\n"
              "    QNetworkAccessManager manager;\n"_s;
    code += u"    QNetworkRequest request(QUrl(QString::fromUtf8(%1)));\n"_s.arg(
            cppString(CurlExporter::effectiveUrl(request)));
    for (const Header &header : headersOf(request, true))
        code += u"    request.setRawHeader(%1, %2);\n"_s.arg(cppString(header.name),
                                                             cppString(header.value));
    const core::RequestBody &body = request.body;
    QString send;
    const QString verb = cppString(request.method);
    switch (body.mode) {
    case core::BodyMode::None:
        send = u"manager.sendCustomRequest(request, %1)"_s.arg(verb);
        break;
    case core::BodyMode::Raw:
    case core::BodyMode::Json:
        send = u"manager.sendCustomRequest(request, %1, QByteArray(%2))"_s.arg(
                verb, cppString(body.text));
        break;
    case core::BodyMode::FormUrlEncoded:
        send = u"manager.sendCustomRequest(request, %1, QByteArray(%2))"_s.arg(
                verb, cppString(formData(request)));
        break;
    case core::BodyMode::BinaryFile:
        code += u"    auto *file = new QFile(QString::fromUtf8(%1));\n    file->open(QIODevice::ReadOnly);\n"_s
                        .arg(cppString(body.filePath));
        send = u"manager.sendCustomRequest(request, %1, file)"_s.arg(verb);
        break;
    case core::BodyMode::Multipart:
        code += u"    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);\n"_s;
        for (const core::MultipartField &field : body.multipartFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            code += u"    {\n        QHttpPart part;\n"_s;
            if (field.isFile) {
                code += u"        part.setRawHeader(\"Content-Disposition\", %1);\n"_s.arg(
                        cppString(u"form-data; name=\""_s + field.name + u"\"; filename=\""_s
                                  + QFileInfo(field.value).fileName() + u'"'));
                code += u"        auto *file = new QFile(QString::fromUtf8(%1), multipart);\n"
                        "        file->open(QIODevice::ReadOnly);\n        part.setBodyDevice(file);\n"_s
                                .arg(cppString(field.value));
            } else {
                code += u"        part.setRawHeader(\"Content-Disposition\", %1);\n        part.setBody(%2);\n"_s
                                .arg(cppString(u"form-data; name=\""_s + field.name + u'"'),
                                     cppString(field.value));
            }
            if (!field.contentType.isEmpty())
                code += u"        part.setRawHeader(\"Content-Type\", %1);\n"_s.arg(
                        cppString(field.contentType));
            code += u"        multipart->append(part);\n    }\n"_s;
        }
        send = u"manager.sendCustomRequest(request, %1, multipart)"_s.arg(verb);
        break;
    }
    code += u"    QNetworkReply *reply = "_s + send + u";\n"_s;
    if (body.mode == core::BodyMode::Multipart)
        code += u"    multipart->setParent(reply);\n"_s;
    code += u"    QObject::connect(reply, &QNetworkReply::finished, &app, [&] {\n"
            "        QTextStream(stdout) << "
            "reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()\n"
            "                            << ' ' << reply->readAll() << Qt::endl;\n"
            "        reply->deleteLater();\n"
            "        app.quit();\n"
            "    });\n"
            "    return app.exec();\n}\n"_s;
    return code;
}

} // namespace tether::formats
