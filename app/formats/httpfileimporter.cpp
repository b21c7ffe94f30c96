// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/httpfileimporter.h"
#include "formats/importsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

const QRegularExpression &separatorLine()
{
    static const QRegularExpression separator(u"^###(?:\\s+(.*))?$"_s);
    return separator;
}

const QRegularExpression &fileVariableLine()
{
    static const QRegularExpression variable(u"^@([A-Za-z_][\\w.-]*)\\s*=\\s?(.*)$"_s);
    return variable;
}

const QRegularExpression &requestLine()
{
    static const QRegularExpression line(
            u"^(?:([A-Z][A-Z-]*)\\s+)?((?:https?://|\\{\\{|/|localhost)\\S.*?)(?:\\s+(HTTP/[\\d.]+))?\\s*$"_s);
    return line;
}

// "{{login.response.body.$.token}}" / "...headers.Location" → an extraction on "login".
core::Extraction responseExtraction(const QString &variable, const QRegularExpressionMatch &part)
{
    if (part.captured(2) == u"body")
        return core::Extraction::fromJsonPath(
                variable,
                part.captured(3).startsWith(u'$') ? part.captured(3) : u"$."_s + part.captured(3));
    return core::Extraction::fromHeader(variable, part.captured(3));
}

bool isComment(const QString &line)
{
    return line.startsWith(u'#') || line.startsWith(u"//"_s);
}

QString resolveInclude(const QString &path, const QString &baseDir)
{
    const QString trimmed = path.trimmed();
    if (baseDir.isEmpty() || QFileInfo(trimmed).isAbsolute())
        return trimmed;
    return QDir::cleanPath(QDir(baseDir).filePath(trimmed));
}

struct Block
{
    int firstLine = 0;
    QString separatorName;
    QStringList lines;
};

// "multipart/form-data; boundary=X" bodies written out by hand → form fields.
std::optional<QList<core::MultipartField>>
parseMultipart(const QString &body, const QString &boundary, const QString &baseDir)
{
    QList<core::MultipartField> fields;
    const QString delimiter = u"--"_s + boundary;
    const QStringList lines = body.split(u'\n');
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).trimmed() != delimiter)
        ++i;
    while (i < lines.size()) {
        if (lines.at(i).trimmed() == delimiter + u"--"_s)
            return fields;
        ++i; // past the delimiter
        core::MultipartField field;
        for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
            const QString header = lines.at(i).trimmed();
            static const QRegularExpression name(u"\\bname=\"([^\"]*)\""_s);
            if (header.startsWith(u"Content-Disposition:"_s, Qt::CaseInsensitive)) {
                field.name = name.match(header).captured(1);
            } else if (header.startsWith(u"Content-Type:"_s, Qt::CaseInsensitive)) {
                field.contentType = header.mid(13).trimmed();
            }
        }
        ++i; // blank line
        QStringList content;
        for (; i < lines.size() && !lines.at(i).trimmed().startsWith(delimiter); ++i)
            content.append(lines.at(i));
        while (!content.isEmpty() && content.last().trimmed().isEmpty())
            content.removeLast();
        if (field.name.isEmpty())
            return std::nullopt;
        if (content.size() == 1 && content.first().startsWith(u"< "_s)) {
            field.isFile = true;
            field.value = resolveInclude(content.first().mid(2), baseDir);
        } else {
            field.value = content.join(u'\n');
        }
        fields.append(field);
    }
    return fields;
}

} // namespace

Result<ImportResult> HttpFileImporter::import(const QString &text, const QString &name,
                                              const QString &baseDir)
{
    ImportResult result;
    result.format = u"http"_s;
    result.collection.name = QFileInfo(name).completeBaseName();
    if (result.collection.name.isEmpty())
        result.collection.name = QObject::tr("HTTP requests");

    // Split into blocks at ### lines; a body line "####" is not a separator.
    QList<Block> blocks(1);
    const QStringList lines = QString(text).remove(u'\r').split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto separator = separatorLine().match(lines.at(i));
        if (separator.hasMatch()) {
            blocks.append(Block{int(i + 2), separator.captured(1).trimmed(), {}});
            continue;
        }
        if (blocks.last().lines.isEmpty())
            blocks.last().firstLine = int(i + 1);
        blocks.last().lines.append(lines.at(i));
    }

    QHash<QString, QString> fileVariables;
    QStringList fileVariableOrder;
    struct ResponseReference
    {
        QString requestName;
        QString variable;
        core::Extraction extraction;
    };
    QList<ResponseReference> responseReferences;
    QStringList unsupportedDynamic;
    QList<Error> errors;

    for (const Block &block : std::as_const(blocks)) {
        core::SavedRequest saved;
        saved.name = block.separatorName;
        QStringList notes;
        qsizetype i = 0;
        // Preamble: blank lines, comments, # @directives, @variables.
        for (; i < block.lines.size(); ++i) {
            const QString line = block.lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            if (const auto variable = fileVariableLine().match(line); variable.hasMatch()) {
                fileVariables.insert(variable.captured(1), variable.captured(2).trimmed());
                fileVariableOrder.append(variable.captured(1));
                continue;
            }
            if (isComment(line)) {
                static const QRegularExpression directive(u"^(?:#|//)\\s*@([\\w-]+)\\s*(.*)$"_s);
                const auto match = directive.match(line);
                if (match.hasMatch() && match.captured(1) == u"name")
                    saved.name = match.captured(2).trimmed();
                else if (match.hasMatch())
                    result.warn(saved.name.isEmpty() ? name : saved.name,
                                QObject::tr("directive @%1 is not supported; ignored")
                                        .arg(match.captured(1)));
                continue;
            }
            break;
        }
        if (i >= block.lines.size())
            continue; // a block of variables or comments only
        const QString first = block.lines.at(i).trimmed();
        const auto request = requestLine().match(first);
        if (!request.hasMatch()) {
            errors.append(Error{u"parse-error"_s,
                                QObject::tr("%1:%2: expected a request line (METHOD URL), found "
                                            "\"%3\"")
                                        .arg(name)
                                        .arg(block.firstLine + int(i))
                                        .arg(first.left(60))});
            continue;
        }
        core::Request &r = saved.request;
        r.method = request.captured(1).isEmpty() ? u"GET"_s : request.captured(1);
        r.url = request.captured(2);
        ++i;
        // Continuation lines of the URL: indented, starting with ? or &.
        while (i < block.lines.size() && block.lines.at(i).startsWith(u' ')
               && (block.lines.at(i).trimmed().startsWith(u'?')
                   || block.lines.at(i).trimmed().startsWith(u'&'))) {
            r.url += block.lines.at(i).trimmed();
            ++i;
        }
        // Headers up to the first blank line.
        for (; i < block.lines.size() && !block.lines.at(i).trimmed().isEmpty(); ++i) {
            const QString line = block.lines.at(i).trimmed();
            if (isComment(line))
                continue;
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0) {
                result.warn(saved.name.isEmpty() ? name : saved.name,
                            QObject::tr("line %1 is not a header; skipped")
                                    .arg(block.firstLine + int(i)));
                continue;
            }
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
        }
        // Body: the rest, minus response handlers and "<> previous response" lines.
        QStringList body;
        for (++i; i < block.lines.size(); ++i) {
            const QString &line = block.lines.at(i);
            if (line.startsWith(u"> {%"_s)) {
                QStringList script;
                for (; i < block.lines.size(); ++i) {
                    script.append(block.lines.at(i));
                    if (block.lines.at(i).trimmed().endsWith(u"%}"_s))
                        break;
                }
                notes.append(script.join(u'\n'));
                continue;
            }
            if (line.startsWith(u"> "_s) || line.startsWith(u"<> "_s)) {
                notes.append(line);
                continue;
            }
            body.append(line);
        }
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        while (!body.isEmpty() && body.first().trimmed().isEmpty())
            body.removeFirst();
        const QString bodyText = body.join(u'\n');
        if (saved.name.isEmpty())
            saved.name = r.method + u' ' + QUrl(r.url).path().left(60);
        if (!notes.isEmpty()) {
            saved.notes = QObject::tr("Response handler from the .http file (not run by "
                                      "Tether):\n")
                    + notes.join(u'\n');
            result.warn(saved.name,
                        QObject::tr("response handler script kept in the notes; "
                                    "it is not run"));
        }

        // Authorization: Basic user:password → Basic auth (REST Client encodes it).
        for (qsizetype h = 0; h < r.headers.size(); ++h) {
            if (r.headers.at(h).name.compare(u"Authorization"_s, Qt::CaseInsensitive) != 0)
                continue;
            static const QRegularExpression basic(u"^Basic\\s+([^:\\s]+)(?::|\\s+)(\\S+)$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
            const auto match = basic.match(r.headers.at(h).value);
            static const QRegularExpression bearer(u"^Bearer\\s+(\\S+)$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
            const auto token = bearer.match(r.headers.at(h).value);
            if (match.hasMatch()) {
                r.auth.type = core::AuthType::Basic;
                r.auth.username = match.captured(1);
                r.auth.password = match.captured(2);
                r.headers.removeAt(h--);
            } else if (token.hasMatch()) {
                r.auth.type = core::AuthType::Bearer;
                r.auth.token = token.captured(1);
                r.headers.removeAt(h--);
            }
        }

        const QString contentType = r.headerValue(u"Content-Type"_s);
        const bool graphql
                = r.headerValue(u"X-REQUEST-TYPE"_s).compare(u"GraphQL"_s, Qt::CaseInsensitive)
                == 0;
        if (graphql) {
            r.headers.removeIf([](const core::KeyValue &header) {
                return header.name.compare(u"X-REQUEST-TYPE"_s, Qt::CaseInsensitive) == 0;
            });
            // Query, blank line, variables as JSON.
            const qsizetype split = bodyText.lastIndexOf(u"\n\n"_s);
            QString query = bodyText;
            QJsonObject object;
            if (split > 0) {
                const QJsonDocument variables
                        = QJsonDocument::fromJson(bodyText.mid(split + 2).toUtf8());
                if (variables.isObject()) {
                    query = bodyText.left(split);
                    object.insert(u"variables"_s, variables.object());
                }
            }
            object.insert(u"query"_s, query);
            r.body.mode = core::BodyMode::Json;
            r.body.text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        } else if (body.size() == 1 && bodyText.startsWith(u"< "_s)) {
            r.body.mode = core::BodyMode::BinaryFile;
            r.body.filePath = resolveInclude(bodyText.mid(2), baseDir);
        } else if (contentType.startsWith(u"multipart/form-data"_s, Qt::CaseInsensitive)) {
            static const QRegularExpression boundaryPattern(u"boundary=\"?([^\";]+)\"?"_s);
            const QString boundary = boundaryPattern.match(contentType).captured(1);
            auto fields = parseMultipart(bodyText, boundary, baseDir);
            if (fields && !boundary.isEmpty()) {
                r.body.mode = core::BodyMode::Multipart;
                r.body.multipartFields = *fields;
                // Qt writes its own boundary; the header would contradict it.
                r.headers.removeIf([](const core::KeyValue &header) {
                    return header.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
                });
            } else {
                r.body.mode = core::BodyMode::Raw;
                r.body.text = bodyText;
                result.warn(saved.name,
                            QObject::tr("multipart body could not be split into "
                                        "parts; kept as raw text"));
            }
        } else if (!bodyText.isEmpty()) {
            const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
            const auto fields = type == u"application/x-www-form-urlencoded"
                    ? ImportSupport::formFields(bodyText)
                    : std::nullopt;
            if (fields) {
                r.body.mode = core::BodyMode::FormUrlEncoded;
                r.body.formFields = *fields;
            } else {
                ImportSupport::setTextBody(r, bodyText, contentType);
            }
            if (bodyText.contains(u"\n< "_s))
                result.warn(saved.name,
                            QObject::tr("file includes inside a body are sent as "
                                        "text"));
        }

        ImportSupport::absorbContentType(r);

        // Dynamic variables and references to earlier responses.
        static const QRegularExpression reference(u"\\{\\{\\s*([^{}]+?)\\s*\\}\\}"_s);
        const QString everything = r.url + u'\n' +
                [&] {
                    QStringList parts;
                    for (const core::KeyValue &header : std::as_const(r.headers))
                        parts += header.value;
                    return parts.join(u'\n');
                }()
                + u'\n' + r.body.text + u'\n' + r.auth.password;
        for (auto it = reference.globalMatch(everything); it.hasNext();) {
            const QString inner = it.next().captured(1);
            if (inner.startsWith(u'$')) {
                if (!unsupportedDynamic.contains(inner))
                    unsupportedDynamic.append(inner);
                continue;
            }
            static const QRegularExpression responsePart(
                    u"^([\\w-]+)\\.response\\.(body|headers)\\.(.+)$"_s);
            const auto part = responsePart.match(inner);
            if (part.hasMatch()) {
                responseReferences.append(
                        {part.captured(1), inner, responseExtraction(inner, part)});
            }
        }
        result.collection.root.order.append(saved.name);
        result.collection.root.requests.append(saved);
    }

    // File variables that point at responses ("@token = {{login.response.body.$.token}}").
    for (const QString &variable : std::as_const(fileVariableOrder)) {
        static const QRegularExpression responsePart(
                u"^\\{\\{\\s*([\\w-]+)\\.response\\.(body|headers)\\.(.+?)\\s*\\}\\}$"_s);
        const auto part = responsePart.match(fileVariables.value(variable));
        if (!part.hasMatch())
            continue;
        responseReferences.append({part.captured(1), variable, responseExtraction(variable, part)});
        fileVariables.remove(variable);
    }
    for (const ResponseReference &reference : std::as_const(responseReferences)) {
        auto &requests = result.collection.root.requests;
        auto target
                = std::find_if(requests.begin(), requests.end(), [&](const core::SavedRequest &r) {
                      return r.name == reference.requestName;
                  });
        if (target == requests.end()) {
            result.warn(name,
                        QObject::tr("{{%1}} refers to a request named \"%2\" that is not "
                                    "in the file")
                                .arg(reference.variable, reference.requestName));
            continue;
        }
        if (!target->extractions.contains(reference.extraction))
            target->extractions.append(reference.extraction);
    }
    for (const QString &dynamic : std::as_const(unsupportedDynamic))
        result.warn(name,
                    QObject::tr("dynamic variable {{%1}} is not supported by Tether; "
                                "define it as a variable before sending")
                            .arg(dynamic));

    // File variables may use each other ("@host = {{hostname}}:{{port}}"); Tether resolves in
    // one pass, so they are expanded here.
    for (int round = 0; round < 8; ++round) {
        bool changed = false;
        for (auto it = fileVariables.begin(); it != fileVariables.end(); ++it) {
            for (auto other = fileVariables.cbegin(); other != fileVariables.cend(); ++other) {
                const QString pattern = u"{{"_s + other.key() + u"}}"_s;
                if (other.key() != it.key() && it.value().contains(pattern)) {
                    it.value().replace(pattern, other.value());
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    for (const QString &variable : std::as_const(fileVariableOrder)) {
        if (fileVariables.contains(variable)
            && std::none_of(result.collection.variables.cbegin(),
                            result.collection.variables.cend(),
                            [&](const core::Variable &v) { return v.name == variable; }))
            result.collection.variables.append(
                    {variable, fileVariables.value(variable), true, false});
    }

    if (result.collection.root.requests.isEmpty()) {
        if (!errors.isEmpty())
            return errors.first();
        return Error{u"nothing-imported"_s, QObject::tr("%1: no request found").arg(name)};
    }
    for (const Error &error : std::as_const(errors))
        result.warnings.append(error.message + QObject::tr(" (skipped)"));
    return result;
}

} // namespace tether::formats
