// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/requestfactory.h"
#include "net/contentdecoder.h"

#include "core/pathvariables.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHttpPart>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMimeDatabase>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::net {

using core::BodyMode;
using core::KeyValue;

bool RequestFactory::isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    static const QByteArray extra = "!#$%&'*+-.^_`|~"_ba;
    for (char c : text) {
        const bool alnum
                = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

Result<QUrl> RequestFactory::parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{u"malformed-url"_s, QObject::tr("Enter a URL to send the request to.")};
    QString withScheme = trimmed;
    const qsizetype schemeEnd = trimmed.indexOf(u"://"_s);
    if (schemeEnd < 0)
        withScheme = u"http://"_s + trimmed; // as curl does
    const QUrl url(withScheme, QUrl::TolerantMode);
    if (!url.isValid())
        return Error{u"malformed-url"_s,
                     QObject::tr("Malformed URL \"%1\": %2").arg(trimmed, url.errorString())};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Error{u"unsupported-scheme"_s,
                     QObject::tr("Unsupported scheme \"%1\" in \"%2\": Tether sends http:// and "
                                 "https:// requests.")
                             .arg(url.scheme(), trimmed)};
    if (url.host().isEmpty())
        return Error{u"malformed-url"_s,
                     QObject::tr("Malformed URL \"%1\": it names no host.").arg(trimmed)};
    return url;
}

static QString encodeQueryPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString RequestFactory::formEncode(const core::KeyValueList &rows)
{
    QStringList pairs;
    for (const KeyValue &row : rows) {
        if (row.enabled && !row.name.isEmpty())
            pairs += encodeQueryPart(row.name) + u'=' + encodeQueryPart(row.value);
    }
    return pairs.join(u'&');
}

Result<QUrl> RequestFactory::effectiveUrl(const core::Request &request)
{
    auto parsed = parseUrl(core::PathVariables::apply(request.url, request.pathVariables));
    if (!parsed)
        return parsed.error();
    QUrl url = parsed.value();
    QStringList extra;
    if (const QString params = formEncode(request.params); !params.isEmpty())
        extra += params;
    const core::Auth &auth = request.auth;
    if (auth.type == core::AuthType::ApiKey && auth.keyLocation == core::ApiKeyLocation::Query
        && !auth.keyName.isEmpty())
        extra += encodeQueryPart(auth.keyName) + u'=' + encodeQueryPart(auth.keyValue);
    if (!extra.isEmpty()) {
        QString query = url.query(QUrl::FullyEncoded);
        if (!query.isEmpty())
            query += u'&';
        query += extra.join(u'&');
        url.setQuery(query, QUrl::StrictMode);
    }
    return url;
}

// A part of a credential is masked on its own only from this length on: masking "pw" would
// garble every text it occurs in; a whole header value is masked at any length.
static constexpr qsizetype minimumMaskedPart = 4;

QList<QByteArray> RequestFactory::credentialHeaderNames()
{
    return {"Authorization"_ba, "Proxy-Authorization"_ba, "Cookie"_ba};
}

QList<QPair<QByteArray, QByteArray>> RequestFactory::cookiePairs(const QByteArray &header)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &pair : header.split(';')) {
        const QByteArray trimmed = pair.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf('=');
        if (equals < 0)
            pairs.append({trimmed, {}});
        else
            pairs.append({trimmed.left(equals).trimmed(), trimmed.mid(equals + 1).trimmed()});
    }
    return pairs;
}

QStringList RequestFactory::credentialValues(const HeaderList &headers,
                                             const QList<QByteArray> &credentialHeaders,
                                             const QUrl &url, const core::Auth &auth)
{
    QStringList values;
    const auto part = [&values](const QString &value) {
        if (value.size() >= minimumMaskedPart)
            values.append(value);
    };
    for (const auto &header : headers) {
        const QByteArray &name = header.first; // a plain name: clang 14 cannot capture bindings
        const QByteArray &value = header.second;
        if (!std::any_of(credentialHeaders.cbegin(), credentialHeaders.cend(),
                         [&name](const QByteArray &credential) {
                             return credential.compare(name, Qt::CaseInsensitive) == 0;
                         }))
            continue;
        const QString text = QString::fromUtf8(value).trimmed();
        if (text.isEmpty())
            continue;
        values.append(text);
        if (name.compare("Cookie", Qt::CaseInsensitive) == 0) {
            for (const auto &cookie : cookiePairs(value))
                part(QString::fromUtf8(cookie.second));
            continue;
        }
        const QString scheme = text.section(u' ', 0, 0);
        const QString credential = text.section(u' ', 1).trimmed();
        part(credential); // "Bearer X", "Basic X", "Digest …"
        if (scheme.compare(u"Basic"_s, Qt::CaseInsensitive) == 0) {
            const QString decoded
                    = QString::fromUtf8(QByteArray::fromBase64(credential.toLatin1()));
            part(decoded);
            part(decoded.section(u':', 1));
        }
    }
    if (!url.password().isEmpty()) {
        part(url.userName() + u':' + url.password());
        part(url.password());
    }
    part(auth.password);
    part(auth.token);
    part(auth.keyValue);
    return values;
}

static void setHeader(PreparedRequest &prepared, const QByteArray &name, const QByteArray &value)
{
    prepared.request.setRawHeader(name, value);
    for (auto &header : prepared.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    prepared.headers.append({name, value});
}

// Qt buffers a sequential upload device whole before sending it, so a FIFO or device as a body
// file would grow without end (a .http body "< /dev/zero"): only regular files are sent.
static Result<void> checkRegularFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {}; // opening it says what is wrong
    return Error{u"file-unreadable"_s,
                 QObject::tr("%1 \"%2\" is not a regular file (a folder, FIFO or device); bodies "
                             "are sent from regular files only.")
                         .arg(what, path)};
}

static Result<void> buildBody(const core::Request &request, PreparedRequest &prepared)
{
    const core::RequestBody &body = request.body;
    auto defaultContentType = [&](const QByteArray &type) {
        if (!request.hasHeader(u"Content-Type"_s))
            setHeader(prepared, "Content-Type"_ba, type);
    };
    switch (body.mode) {
    case BodyMode::None:
        return {};
    case BodyMode::Raw:
        prepared.data = body.text.toUtf8();
        defaultContentType(body.contentType.isEmpty() ? "text/plain; charset=utf-8"_ba
                                                      : body.contentType.toUtf8());
        break;
    case BodyMode::Json: {
        prepared.data = body.text.toUtf8();
        QJsonParseError parseError;
        QJsonDocument::fromJson(prepared.data, &parseError);
        if (parseError.error != QJsonParseError::NoError && !prepared.data.trimmed().isEmpty())
            prepared.warnings += QObject::tr("The JSON body does not parse (%1 at offset %2); "
                                             "it was sent as typed.")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset);
        defaultContentType("application/json"_ba);
        break;
    }
    case BodyMode::FormUrlEncoded: {
        prepared.data = RequestFactory::formEncode(body.formFields).toLatin1();
        defaultContentType("application/x-www-form-urlencoded"_ba);
        break;
    }
    case BodyMode::Multipart: {
        auto multipart = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);
        static const QMimeDatabase mimeDatabase;
        for (const core::MultipartField &field : body.multipartFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            QHttpPart part;
            QByteArray disposition = "form-data; name=\"" + field.name.toUtf8() + '"';
            if (field.isFile) {
                if (auto result = checkRegularFile(field.value, QObject::tr("The form file"));
                    !result)
                    return result;
                auto file = std::make_unique<QFile>(field.value);
                if (!file->open(QIODevice::ReadOnly))
                    return Error{
                            u"file-unreadable"_s,
                            QObject::tr("Cannot read the file \"%1\" for form field \"%2\": %3")
                                    .arg(field.value, field.name, file->errorString())};
                disposition += "; filename=\"" + QFileInfo(field.value).fileName().toUtf8() + '"';
                const QString type = field.contentType.isEmpty()
                        ? mimeDatabase.mimeTypeForFile(field.value).name()
                        : field.contentType;
                part.setHeader(QNetworkRequest::ContentTypeHeader, type.toUtf8());
                prepared.bodySize += file->size();
                file->setParent(multipart.get());
                part.setBodyDevice(file.release());
            } else {
                if (!field.contentType.isEmpty())
                    part.setHeader(QNetworkRequest::ContentTypeHeader, field.contentType.toUtf8());
                part.setBody(field.value.toUtf8());
                prepared.bodySize += field.value.toUtf8().size();
            }
            part.setRawHeader("Content-Disposition"_ba, disposition);
            multipart->append(part);
        }
        if (request.hasHeader(u"Content-Type"_s))
            prepared.warnings += QObject::tr("A Content-Type header replaces the multipart "
                                             "boundary Qt generates; the server may not parse the "
                                             "body.");
        else
            prepared.headers.append(
                    {"Content-Type"_ba, "multipart/form-data; boundary=" + multipart->boundary()});
        prepared.multipart = std::move(multipart);
        return {};
    }
    case BodyMode::BinaryFile: {
        if (auto result = checkRegularFile(body.filePath, QObject::tr("The body file")); !result)
            return result;
        auto file = std::make_unique<QFile>(body.filePath);
        if (body.filePath.isEmpty() || !file->open(QIODevice::ReadOnly))
            return Error{u"file-unreadable"_s,
                         QObject::tr("Cannot read the body file \"%1\": %2")
                                 .arg(body.filePath,
                                      body.filePath.isEmpty() ? QObject::tr("no file chosen")
                                                              : file->errorString())};
        prepared.bodySize = file->size();
        defaultContentType(body.contentType.isEmpty() ? "application/octet-stream"_ba
                                                      : body.contentType.toUtf8());
        prepared.device = std::move(file);
        return {};
    }
    }
    prepared.bodySize = prepared.data.size();
    return {};
}

Result<PreparedRequest> RequestFactory::build(const core::Request &request,
                                              const SessionSettings &settings,
                                              const TlsConfigurationSource &tlsConfiguration)
{
    auto url = effectiveUrl(request);
    if (!url)
        return url.error();

    PreparedRequest prepared;
    prepared.verb = request.method.trimmed().toUtf8();
    if (prepared.verb.isEmpty())
        prepared.verb = "GET"_ba;
    if (!isToken(prepared.verb))
        return Error{u"invalid-method"_s,
                     QObject::tr("\"%1\" is not a valid HTTP method: use letters, digits and "
                                 "!#$%&'*+-.^_`|~ only.")
                             .arg(request.method)};

    QNetworkRequest &networkRequest = prepared.request;
    networkRequest.setUrl(url.value());
    // Qt 6.4 keeps one value per header name; repeated rows are combined as RFC 9110 allows
    // ("a, b"; cookies with "; "), so none is lost.
    QHash<QByteArray, QByteArray> sent;
    for (const KeyValue &header : request.headers) {
        if (!header.enabled || header.name.trimmed().isEmpty())
            continue;
        const QByteArray name = header.name.trimmed().toUtf8();
        if (!isToken(name))
            return Error{u"invalid-header"_s,
                         QObject::tr("Header name \"%1\" is not valid: it may not contain spaces, "
                                     "colons or other separators.")
                                 .arg(header.name)};
        QByteArray value = header.value.toUtf8();
        if (value.isNull())
            value = QByteArray("", 0); // a null value would make Qt drop the header
        if (value.contains('\n') || value.contains('\r'))
            return Error{u"invalid-header"_s,
                         QObject::tr("The value of header \"%1\" contains a line break.")
                                 .arg(header.name)};
        const QByteArray key = name.toLower();
        if (sent.contains(key))
            value = sent.value(key) + (key == "cookie" ? "; "_ba : ", "_ba) + value;
        sent.insert(key, value);
        setHeader(prepared, name, value);
    }

    const core::Auth &auth = request.auth;
    const bool hasAuthorization = request.hasHeader(u"Authorization"_s);
    if (auth.type == core::AuthType::Basic && !hasAuthorization) {
        setHeader(prepared, "Authorization"_ba,
                  "Basic " + (auth.username + u':' + auth.password).toUtf8().toBase64());
    } else if (auth.type == core::AuthType::Bearer && !hasAuthorization) {
        setHeader(prepared, "Authorization"_ba, "Bearer " + auth.token.toUtf8());
    } else if (auth.type == core::AuthType::ApiKey
               && auth.keyLocation == core::ApiKeyLocation::Header && !auth.keyName.isEmpty()) {
        if (!isToken(auth.keyName.toUtf8()))
            return Error{u"invalid-header"_s,
                         QObject::tr("API key header name \"%1\" is not valid.").arg(auth.keyName)};
        setHeader(prepared, auth.keyName.toUtf8(), auth.keyValue.toUtf8());
    }

    if (auto result = buildBody(request, prepared); !result)
        return result.error();

    if (!request.hasHeader(u"Accept-Encoding"_s)) {
        // What Qt would ask for, but said here so that Qt leaves the body compressed and the
        // recorder inflates it with Qt's read buffer bounded (ContentDecoder).
        setHeader(prepared, "Accept-Encoding"_ba, ContentDecoder::acceptEncoding());
        prepared.decodeBody = true;
    }
    if (!settings.keepAlive && !request.hasHeader(u"Connection"_s))
        setHeader(prepared, "Connection"_ba, "close"_ba);
    // Qt's idle default is 120 s; say it explicitly. Keep-alive off also needs 0 here because
    // "Connection: close" does nothing on HTTP/2.
    networkRequest.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute,
                                settings.keepAlive ? settings.idleExpirySeconds : 0);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, settings.http2Allowed);
    // Tether follows redirects itself (ExchangeRecorder, RedirectStep): Qt 6.4 would send the
    // credentials on to another host, and has no hook to stop it.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    prepared.credentialHeaders = credentialHeaderNames();
    if (auth.type == core::AuthType::ApiKey && auth.keyLocation == core::ApiKeyLocation::Header
        && !auth.keyName.isEmpty())
        prepared.credentialHeaders.append(auth.keyName.toUtf8());
    prepared.credentialValues
            = credentialValues(prepared.headers, prepared.credentialHeaders, url.value(), auth);
    // Qt refuses a compressed body that inflates past 10 MiB at a high ratio (a "bomb" check)
    // and ends the reply with UnknownContentError: a 300 MB JSON export is not an attack. The
    // body is streamed to a temp file, so memory is not at stake; curl has no such limit either.
    networkRequest.setDecompressedSafetyCheckThreshold(-1);
    // A followed redirect is sent with a copy of this request and its TLS configuration: an http
    // URL that may be redirected to https needs it too, or --cacert and "verify off" stop at the
    // redirect.
    if (url.value().scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0
        || settings.followRedirects)
        networkRequest.setSslConfiguration(tlsConfiguration());
    return prepared;
}

} // namespace tether::net
