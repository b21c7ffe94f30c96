// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/curlimporter.h"
#include "formats/importsupport.h"
#include "formats/shellwords.h"

#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

// Flags that only change what curl prints or where it writes; they do not change the request.
const QSet<QString> &outputOnlyFlags()
{
    static const QSet<QString> flags{u"-s"_s,
                                     u"--silent"_s,
                                     u"-S"_s,
                                     u"--show-error"_s,
                                     u"-v"_s,
                                     u"--verbose"_s,
                                     u"-i"_s,
                                     u"--include"_s,
                                     u"-O"_s,
                                     u"--remote-name"_s,
                                     u"-#"_s,
                                     u"--progress-bar"_s,
                                     u"--no-progress-meter"_s,
                                     u"-f"_s,
                                     u"--fail"_s,
                                     u"--fail-with-body"_s,
                                     u"-g"_s,
                                     u"--globoff"_s,
                                     u"--compressed"_s,
                                     u"-N"_s,
                                     u"--no-buffer"_s,
                                     u"-L"_s,
                                     u"--location"_s,
                                     u"--raw"_s,
                                     u"-J"_s,
                                     u"--remote-header-name"_s,
                                     u"--styled-output"_s,
                                     u"-q"_s,
                                     u"--disable"_s,
                                     u"--trace-time"_s};
    return flags;
}

// Output-only flags that take an argument.
const QSet<QString> &outputOnlyWithArgument()
{
    static const QSet<QString> flags{u"-o"_s,           u"--output"_s,
                                     u"-w"_s,           u"--write-out"_s,
                                     u"-D"_s,           u"--dump-header"_s,
                                     u"--trace"_s,      u"--trace-ascii"_s,
                                     u"--stderr"_s,     u"-c"_s,
                                     u"--cookie-jar"_s, u"--output-dir"_s};
    return flags;
}

// Flags Tether understands that take an argument (short and long forms).
const QSet<QString> &requestFlagsWithArgument()
{
    static const QSet<QString> flags{u"-X"_s,
                                     u"--request"_s,
                                     u"-H"_s,
                                     u"--header"_s,
                                     u"-d"_s,
                                     u"--data"_s,
                                     u"--data-raw"_s,
                                     u"--data-binary"_s,
                                     u"--data-ascii"_s,
                                     u"--data-urlencode"_s,
                                     u"-F"_s,
                                     u"--form"_s,
                                     u"--form-string"_s,
                                     u"-u"_s,
                                     u"--user"_s,
                                     u"-b"_s,
                                     u"--cookie"_s,
                                     u"-A"_s,
                                     u"--user-agent"_s,
                                     u"-e"_s,
                                     u"--referer"_s,
                                     u"--url"_s,
                                     u"--oauth2-bearer"_s,
                                     u"--json"_s};
    return flags;
}

// Flags Tether does not apply per request; they take an argument that must be skipped.
const QSet<QString> &unsupportedWithArgument()
{
    static const QSet<QString> flags{u"-m"_s,
                                     u"--max-time"_s,
                                     u"--connect-timeout"_s,
                                     u"--retry"_s,
                                     u"--retry-delay"_s,
                                     u"--retry-max-time"_s,
                                     u"-x"_s,
                                     u"--proxy"_s,
                                     u"-U"_s,
                                     u"--proxy-user"_s,
                                     u"--cacert"_s,
                                     u"--capath"_s,
                                     u"-E"_s,
                                     u"--cert"_s,
                                     u"--key"_s,
                                     u"--cert-type"_s,
                                     u"--key-type"_s,
                                     u"--pass"_s,
                                     u"--resolve"_s,
                                     u"--connect-to"_s,
                                     u"--interface"_s,
                                     u"--limit-rate"_s,
                                     u"-r"_s,
                                     u"--range"_s,
                                     u"-T"_s,
                                     u"--upload-file"_s,
                                     u"-K"_s,
                                     u"--config"_s,
                                     u"--max-redirs"_s,
                                     u"--keepalive-time"_s,
                                     u"-z"_s,
                                     u"--time-cond"_s,
                                     u"-C"_s,
                                     u"--continue-at"_s,
                                     u"--dns-servers"_s,
                                     u"--proto"_s,
                                     u"--proto-redir"_s,
                                     u"--unix-socket"_s,
                                     u"--aws-sigv4"_s,
                                     u"--tls-max"_s,
                                     u"--ciphers"_s,
                                     u"--local-port"_s,
                                     u"-Y"_s,
                                     u"--speed-limit"_s,
                                     u"-y"_s,
                                     u"--speed-time"_s,
                                     u"--expect100-timeout"_s,
                                     u"--variable"_s,
                                     u"--expand-url"_s};
    return flags;
}

// Short flags with no argument, for reading glued groups like -sSLk.
const QString shortFlagsWithoutArgument = u"sSviOfgLNqkIGj#J0123456lpnR"_s;
const QString shortFlagsWithArgument = u"XHdFubAeowDcmxUEKTrCzYyt"_s;

QString applyDataUrlencode(const QString &argument, QStringList *warnings)
{
    auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text)).replace(u"%20"_s, u"+"_s);
    };
    if (argument.startsWith(u'='))
        return encode(argument.mid(1));
    // (curl encodes a space as '+' here, unlike %20 elsewhere)
    const qsizetype equals = argument.indexOf(u'=');
    const qsizetype at = argument.indexOf(u'@');
    if (at >= 0 && (equals < 0 || at < equals)) {
        warnings->append(QObject::tr("--data-urlencode %1 reads a file; its content is not "
                                     "imported")
                                 .arg(argument));
        return argument;
    }
    if (equals < 0)
        return encode(argument);
    return argument.left(equals) + u'=' + encode(argument.mid(equals + 1));
}

struct CurlCommand
{
    core::Request request;
    QString method;
    QStringList data;
    bool dataIsBinaryFile = false;
    QString binaryFile;
    bool get = false;
    bool head = false;
    QStringList urls;
    QStringList cookies; // -b name=value; curl drops them when a Cookie header is given
    QStringList warnings;
};

void addHeader(core::Request &request, const QString &line, QStringList *warnings)
{
    // "Name: value", "Name;" (send empty), "Name:" (curl removes its own header).
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0) {
        if (line.trimmed().endsWith(u';')) {
            request.headers.append({line.trimmed().chopped(1).trimmed(), {}, true});
            return;
        }
        if (line.startsWith(u'@'))
            warnings->append(
                    QObject::tr("-H %1 reads headers from a file; not imported").arg(line));
        else
            warnings->append(
                    QObject::tr("-H \"%1\" is not a header (no colon); skipped").arg(line));
        return;
    }
    const QString name = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (value.isEmpty()) {
        warnings->append(QObject::tr("-H \"%1:\" removes a header curl would add; Tether "
                                     "sends no such header unless one is set")
                                 .arg(name));
        return;
    }
    request.headers.append({name, value, true});
}

Result<CurlCommand> readArguments(const QStringList &words)
{
    CurlCommand command;
    QStringList &warnings = command.warnings;
    QList<core::MultipartField> formFields;
    bool jsonFlag = false;

    auto applyFlag = [&](const QString &flag, const QString &value) -> Result<void> {
        if (flag == u"-X" || flag == u"--request") {
            command.method = value; // curl sends it verbatim, case included
        } else if (flag == u"-H" || flag == u"--header") {
            addHeader(command.request, value, &warnings);
        } else if (flag == u"-d" || flag == u"--data" || flag == u"--data-ascii") {
            if (value.startsWith(u'@')) {
                warnings.append(QObject::tr("%1 %2 reads the body from a file; it is imported as "
                                            "a file body (curl would also strip its newlines)")
                                        .arg(flag, value));
                command.dataIsBinaryFile = true;
                command.binaryFile = value.mid(1);
            } else {
                command.data.append(value);
            }
        } else if (flag == u"--data-raw") {
            command.data.append(value);
        } else if (flag == u"--data-binary") {
            if (value.startsWith(u'@')) {
                command.dataIsBinaryFile = true;
                command.binaryFile = value.mid(1);
            } else {
                command.data.append(value);
            }
        } else if (flag == u"--json") {
            jsonFlag = true;
            command.data.append(value);
        } else if (flag == u"--data-urlencode") {
            command.data.append(applyDataUrlencode(value, &warnings));
        } else if (flag == u"-F" || flag == u"--form" || flag == u"--form-string") {
            const qsizetype equals = value.indexOf(u'=');
            if (equals <= 0)
                return Error{u"parse-error"_s,
                             QObject::tr("%1 \"%2\" is not name=value").arg(flag, value)};
            core::MultipartField field;
            field.name = value.left(equals);
            QString content = value.mid(equals + 1);
            if (flag != u"--form-string"
                && (content.startsWith(u'@') || content.startsWith(u'<'))) {
                const bool upload = content.startsWith(u'@');
                const QStringList parts = content.mid(1).split(u';');
                field.value = parts.first();
                for (const QString &part : parts.mid(1)) {
                    if (part.startsWith(u"type="_s))
                        field.contentType = part.mid(5);
                    else if (part.startsWith(u"filename="_s))
                        warnings.append(QObject::tr("-F %1: the file is sent under its own name, "
                                                    "not \"%2\"")
                                                .arg(field.name, part.mid(9)));
                }
                field.isFile = true;
                if (!upload)
                    warnings.append(QObject::tr("-F %1=<file sends the file's content as a text "
                                                "field; Tether sends it as a file part")
                                            .arg(field.name));
            } else {
                const qsizetype typeAt
                        = flag == u"--form-string" ? -1 : content.indexOf(u";type="_s);
                if (typeAt >= 0) {
                    field.contentType = content.mid(typeAt + 6);
                    content = content.left(typeAt);
                }
                field.value = content;
            }
            formFields.append(field);
        } else if (flag == u"-u" || flag == u"--user") {
            const qsizetype colon = value.indexOf(u':');
            command.request.auth.type = core::AuthType::Basic;
            command.request.auth.username = colon < 0 ? value : value.left(colon);
            command.request.auth.password = colon < 0 ? QString() : value.mid(colon + 1);
            if (colon < 0)
                warnings.append(QObject::tr("-u %1 has no password (curl would prompt for it); "
                                            "set it in the Auth tab")
                                        .arg(value));
        } else if (flag == u"--oauth2-bearer") {
            command.request.auth.type = core::AuthType::Bearer;
            command.request.auth.token = value;
        } else if (flag == u"-b" || flag == u"--cookie") {
            if (value.contains(u'='))
                command.cookies.append(value);
            else
                warnings.append(QObject::tr("%1 %2 reads cookies from a file; not imported")
                                        .arg(flag, value));
        } else if (flag == u"-A" || flag == u"--user-agent") {
            command.request.headers.append({u"User-Agent"_s, value, true});
        } else if (flag == u"-e" || flag == u"--referer") {
            QString referer = value;
            if (referer.endsWith(u";auto"_s))
                referer.chop(5);
            if (!referer.isEmpty())
                command.request.headers.append({u"Referer"_s, referer, true});
        } else if (flag == u"--url") {
            command.urls.append(value);
        }
        return {};
    };

    auto applySwitch = [&](const QString &flag) {
        if (flag == u"-G" || flag == u"--get")
            command.get = true;
        else if (flag == u"-I" || flag == u"--head")
            command.head = true;
        else if (flag == u"-k" || flag == u"--insecure")
            warnings.append(QObject::tr("-k: certificate checks are a session setting in Tether "
                                        "(Session settings › Verify TLS certificates, or "
                                        "tether-run send --insecure)"));
        else if (flag == u"--http2" || flag == u"--http2-prior-knowledge" || flag == u"--http1.1"
                 || flag == u"--http1.0" || flag == u"-0" || flag == u"--http3")
            warnings.append(QObject::tr("%1: the HTTP version is a session setting in Tether "
                                        "(HTTP/2 on or off)")
                                    .arg(flag));
        else if (!outputOnlyFlags().contains(flag))
            warnings.append(QObject::tr("%1 is not supported and was ignored").arg(flag));
    };

    bool optionsEnded = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        auto nextValue = [&](const QString &flag) -> Result<QString> {
            if (i + 1 >= words.size())
                return Error{u"parse-error"_s, QObject::tr("%1 needs a value").arg(flag)};
            return words.at(++i);
        };
        if (optionsEnded || !word.startsWith(u'-') || word == u"-") {
            command.urls.append(word);
            continue;
        }
        if (word == u"--") {
            optionsEnded = true;
            continue;
        }
        if (word.startsWith(u"--"_s)) {
            if (requestFlagsWithArgument().contains(word)) {
                auto value = nextValue(word);
                if (!value)
                    return value.error();
                if (auto result = applyFlag(word, value.value()); !result)
                    return result.error();
            } else if (outputOnlyWithArgument().contains(word)) {
                ++i;
            } else if (unsupportedWithArgument().contains(word)) {
                if (i + 1 < words.size())
                    warnings.append(QObject::tr("%1 %2 is not applied per request in Tether and "
                                                "was ignored")
                                            .arg(word, words.at(i + 1)));
                ++i;
            } else {
                applySwitch(word);
            }
            continue;
        }
        // Short flags, possibly glued: -sSL, -XPOST, -did=1234.
        for (qsizetype j = 1; j < word.size(); ++j) {
            const QString flag = u"-"_s + word.at(j);
            if (shortFlagsWithArgument.contains(word.at(j))) {
                QString value = word.mid(j + 1);
                if (value.isEmpty()) {
                    auto next = nextValue(flag);
                    if (!next)
                        return next.error();
                    value = next.value();
                }
                if (requestFlagsWithArgument().contains(flag)) {
                    if (auto result = applyFlag(flag, value); !result)
                        return result.error();
                } else if (unsupportedWithArgument().contains(flag)) {
                    warnings.append(QObject::tr("%1 %2 is not applied per request in Tether and "
                                                "was ignored")
                                            .arg(flag, value));
                }
                break;
            }
            applySwitch(flag);
        }
    }
    if (!formFields.isEmpty()) {
        command.request.body.mode = core::BodyMode::Multipart;
        command.request.body.multipartFields = formFields;
        if (!command.data.isEmpty())
            return Error{u"parse-error"_s,
                         QObject::tr("-F and -d cannot be used together (curl refuses this too)")};
    }
    if (!command.cookies.isEmpty()) {
        if (command.request.hasHeader(u"Cookie"_s))
            warnings.append(QObject::tr("-b %1 is not sent: curl leaves it out when a Cookie "
                                        "header is given")
                                    .arg(command.cookies.join(u"; "_s)));
        else
            command.request.headers.append({u"Cookie"_s, command.cookies.join(u"; "_s), true});
    }
    if (jsonFlag) {
        if (!command.request.hasHeader(u"Content-Type"_s))
            command.request.headers.append({u"Content-Type"_s, u"application/json"_s, true});
        if (!command.request.hasHeader(u"Accept"_s))
            command.request.headers.append({u"Accept"_s, u"application/json"_s, true});
    }
    return command;
}

bool isJsonType(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return type == u"application/json" || type.endsWith(u"+json"_s);
}

Result<core::Request> toRequest(CurlCommand command)
{
    core::Request &request = command.request;
    if (command.urls.isEmpty())
        return Error{u"no-url"_s, QObject::tr("the curl command names no URL")};
    request.url = command.urls.first();
    if (command.urls.size() > 1)
        command.warnings.append(QObject::tr("curl would also fetch %1; only the first URL was "
                                            "imported")
                                        .arg(command.urls.mid(1).join(u", "_s)));
    const QString data = command.data.join(u'&');
    const bool hasData = !command.data.isEmpty() || command.dataIsBinaryFile;
    if (command.get && !command.data.isEmpty()) {
        request.url += (request.url.contains(u'?') ? u"&"_s : u"?"_s) + data;
    } else if (command.dataIsBinaryFile) {
        request.body.mode = core::BodyMode::BinaryFile;
        request.body.filePath = command.binaryFile;
        if (!command.data.isEmpty())
            command.warnings.append(
                    QObject::tr("data given besides @%1 was not imported").arg(command.binaryFile));
        if (!request.hasHeader(u"Content-Type"_s))
            request.headers.append(
                    {u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true});
    } else if (!command.data.isEmpty()) {
        const QString contentType = request.headerValue(u"Content-Type"_s);
        if (contentType.isNull()
            || contentType.startsWith(u"application/x-www-form-urlencoded"_s)) {
            if (auto fields = ImportSupport::formFields(data); fields && contentType.isNull()) {
                request.body.mode = core::BodyMode::FormUrlEncoded;
                request.body.formFields = *fields;
            } else {
                request.body.mode = core::BodyMode::Raw;
                request.body.text = data;
                request.body.contentType = u"application/x-www-form-urlencoded"_s;
            }
        } else if (isJsonType(contentType)) {
            request.body.mode = core::BodyMode::Json;
            request.body.text = data;
        } else {
            request.body.mode = core::BodyMode::Raw;
            request.body.text = data;
        }
    }
    ImportSupport::absorbContentType(request);
    if (!command.method.isEmpty())
        request.method = command.method;
    else if (command.head)
        request.method = u"HEAD"_s;
    else if (command.get)
        request.method = u"GET"_s;
    else if (hasData || request.body.mode == core::BodyMode::Multipart)
        request.method = u"POST"_s;
    else
        request.method = u"GET"_s;
    return request;
}

} // namespace

bool CurlImporter::looksLikeCurl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"curl "_s) || trimmed.startsWith(u"curl\t"_s)
            || trimmed.startsWith(u"curl.exe "_s) || trimmed.startsWith(u"curl\\\n"_s)
            || trimmed == u"curl";
}

QString CurlImporter::nameFor(const core::Request &request)
{
    const QUrl url(request.url, QUrl::TolerantMode);
    QString path = url.path();
    if (path.isEmpty() || path == u"/")
        path = url.host().isEmpty() ? request.url : url.host() + u'/';
    else if (!url.host().isEmpty() && path.size() < 2)
        path = url.host() + path;
    return request.method + u' ' + path.left(80);
}

static bool isCurlWord(const QString &word)
{
    const QString name = QFileInfo(word).fileName();
    return name == u"curl" || name == u"curl.exe";
}

Result<core::Request> CurlImporter::parseCommand(const QString &text, QStringList *warnings)
{
    auto commands = ShellWords::split(text);
    if (!commands)
        return commands.error();
    QList<QStringList> curls;
    for (const QStringList &command : commands.value()) {
        if (isCurlWord(command.first()))
            curls.append(command);
    }
    if (curls.isEmpty())
        return Error{u"not-curl"_s, QObject::tr("this is not a curl command")};
    if (curls.size() > 1 && warnings)
        warnings->append(
                QObject::tr("%1 curl commands; only the first was read").arg(curls.size()));
    auto command = readArguments(curls.first());
    if (!command)
        return command.error();
    auto request = toRequest(command.value());
    if (warnings)
        warnings->append(command.value().warnings);
    return request;
}

Result<ImportResult> CurlImporter::import(const QString &text, const QString &name)
{
    auto commands = ShellWords::split(text);
    if (!commands)
        return Error{commands.error().code, name + u": "_s + commands.error().message};
    ImportResult result;
    result.format = u"curl"_s;
    result.collection.name = name.isEmpty() ? QObject::tr("curl commands") : name;
    int index = 0;
    QStringList errors;
    for (const QStringList &words : commands.value()) {
        ++index;
        if (!isCurlWord(words.first())) {
            result.warn(name,
                        QObject::tr("command %1 (%2) is not curl; skipped")
                                .arg(index)
                                .arg(words.first()));
            continue;
        }
        auto command = readArguments(words);
        if (!command) {
            errors.append(QObject::tr("command %1: %2").arg(index).arg(command.error().message));
            continue;
        }
        auto request = toRequest(command.value());
        if (!request) {
            errors.append(QObject::tr("command %1: %2").arg(index).arg(request.error().message));
            continue;
        }
        core::SavedRequest saved;
        saved.request = request.value();
        saved.name = nameFor(saved.request);
        for (const QString &warning : command.value().warnings)
            result.warn(saved.name, warning);
        result.collection.root.order.append(saved.name);
        result.collection.root.requests.append(saved);
    }
    if (result.collection.root.requests.isEmpty())
        return Error{u"nothing-imported"_s,
                     QObject::tr("%1: no request imported: %2")
                             .arg(name,
                                  errors.isEmpty() ? QObject::tr("no curl command found")
                                                   : errors.join(u"; "_s))};
    for (const QString &error : std::as_const(errors))
        result.warn(name, error + QObject::tr(" (skipped)"));
    return result;
}

} // namespace tether::formats
