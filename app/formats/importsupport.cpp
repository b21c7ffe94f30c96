// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/importsupport.h"

#include "core/pathvariables.h"
#include "net/requestfactory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::formats {

Result<QJsonDocument> ImportSupport::parseJson(const QByteArray &bytes, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        return Error{u"parse-error"_s,
                     QObject::tr("%1:%2:%3: %4")
                             .arg(name)
                             .arg(before.count('\n') + 1)
                             .arg(error.offset - (before.lastIndexOf('\n') + 1) + 1)
                             .arg(error.errorString())};
    }
    return document;
}

void ImportSupport::setTextBody(core::Request &request, const QString &text,
                                const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"application/json" || type.endsWith(u"+json"_s)) {
        request.body.mode = core::BodyMode::Json;
    } else {
        request.body.mode = core::BodyMode::Raw;
        request.body.contentType = contentType;
    }
    request.body.text = text;
}

QString ImportSupport::applyPathParameters(const QString &url, const core::KeyValueList &values)
{
    // A parameter without a value becomes a {{variable}} of that name, to be defined.
    core::KeyValueList filled;
    for (const core::KeyValue &value : values) {
        if (!value.name.isEmpty())
            filled.append({value.name,
                           value.value.isEmpty() ? u"{{"_s + value.name + u"}}"_s : value.value,
                           true});
    }
    return core::PathVariables::apply(url, filled);
}

void ImportSupport::addQueryParameters(core::Request &request, const core::KeyValueList &parameters)
{
    const qsizetype question = request.url.indexOf(u'?');
    const QStringList inUrl
            = question < 0 ? QStringList() : request.url.mid(question + 1).split(u'&');
    for (const core::KeyValue &parameter : parameters) {
        if (parameter.enabled) {
            const bool present
                    = std::any_of(inUrl.cbegin(), inUrl.cend(), [&](const QString &pair) {
                          const QString name = pair.section(u'=', 0, 0);
                          return name == parameter.name
                                  || QUrl::fromPercentEncoding(name.toUtf8()) == parameter.name;
                      });
            if (present)
                continue;
        }
        request.params.append(parameter);
    }
}

QString ImportSupport::textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

void ImportSupport::flatten(const QJsonValue &value, const QString &prefix,
                            QList<core::Variable> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), out);
        return;
    }
    if (!prefix.isEmpty())
        out.append({prefix, textOf(value), true, false});
}

void ImportSupport::warnDynamicVariables(const core::SavedRequest &saved, ImportResult &result,
                                         QStringList &alreadyWarned)
{
    static const QRegularExpression dynamic(u"\\{\\{\\s*(\\$[\\w.]+)[^{}]*\\}\\}"_s);
    const core::Request &request = saved.request;
    QString text = request.url + u'\n' + request.body.text;
    for (const core::KeyValue &row : request.headers + request.params + request.body.formFields)
        text += u'\n' + row.value;
    for (auto it = dynamic.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (alreadyWarned.contains(name))
            continue;
        alreadyWarned.append(name);
        result.warn(saved.name,
                    QObject::tr("dynamic variable {{%1}} is not supported by Tether; "
                                "define it as a variable before sending")
                            .arg(name));
    }
}

std::optional<core::KeyValueList> ImportSupport::formFields(const QString &data)
{
    core::KeyValueList fields;
    for (const QString &pair : data.split(u'&')) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        auto decode = [](const QString &text) {
            return QUrl::fromPercentEncoding(QString(text).replace(u'+', u' ').toUtf8());
        };
        fields.append({decode(pair.left(equals)), decode(pair.mid(equals + 1)), true});
    }
    if (net::RequestFactory::formEncode(fields) != data)
        return std::nullopt;
    return fields;
}

void ImportSupport::absorbContentType(core::Request &request)
{
    core::RequestBody &body = request.body;
    qsizetype index = -1;
    int count = 0;
    for (qsizetype i = 0; i < request.headers.size(); ++i) {
        const core::KeyValue &header = request.headers.at(i);
        if (header.enabled && header.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0) {
            index = i;
            ++count;
        }
    }
    if (count != 1)
        return;
    const QString value = request.headers.at(index).value;
    bool drop = false;
    if (body.mode == core::BodyMode::Json)
        drop = value == u"application/json";
    else if (body.mode == core::BodyMode::FormUrlEncoded)
        drop = value == u"application/x-www-form-urlencoded";
    else if (body.mode == core::BodyMode::Raw
             && (body.contentType.isEmpty() || body.contentType == value)) {
        body.contentType = value;
        drop = true;
    }
    if (drop)
        request.headers.removeAt(index);
}

} // namespace tether::formats
