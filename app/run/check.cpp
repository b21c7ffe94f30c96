// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/check.h"
#include "run/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::run {

static QString bodyText(const net::Exchange &exchange)
{
    return exchange.body ? QString::fromUtf8(exchange.body->read(16 * 1024 * 1024)) : QString();
}

static std::optional<QJsonValue> jsonValue(const net::Exchange &exchange, const QString &path,
                                           QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
            exchange.body ? exchange.body->read(16 * 1024 * 1024) : QByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QObject::tr("the body is not JSON (%1)").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonValue root
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    auto value = JsonPath::evaluate(root, path);
    if (!value)
        *why = QObject::tr("%1 does not exist").arg(path);
    return value;
}

QString Check::describe() const
{
    const QString type = spec.value(u"type"_s).toString();
    if (type == u"status") {
        if (spec.contains(u"equals"_s))
            return QObject::tr("status is %1").arg(spec.value(u"equals"_s).toInt());
        return QObject::tr("status in %1–%2")
                .arg(spec.value(u"min"_s).toInt(0))
                .arg(spec.value(u"max"_s).toInt(999));
    }
    if (type == u"header") {
        const QString name = spec.value(u"name"_s).toString();
        if (spec.contains(u"equals"_s))
            return QObject::tr("header %1 is \"%2\"").arg(name, spec.value(u"equals"_s).toString());
        if (spec.contains(u"matches"_s))
            return QObject::tr("header %1 matches /%2/")
                    .arg(name, spec.value(u"matches"_s).toString());
        return QObject::tr("header %1 present").arg(name);
    }
    if (type == u"body") {
        if (spec.contains(u"contains"_s))
            return QObject::tr("body contains \"%1\"").arg(spec.value(u"contains"_s).toString());
        return QObject::tr("body matches /%1/").arg(spec.value(u"matches"_s).toString());
    }
    if (type == u"json") {
        const QString path = spec.value(u"path"_s).toString();
        if (spec.contains(u"equals"_s))
            return QObject::tr("%1 equals %2").arg(path, JsonPath::toText(spec.value(u"equals"_s)));
        return QObject::tr("%1 exists").arg(path);
    }
    if (type == u"time")
        return QObject::tr("time below %1 ms").arg(spec.value(u"below"_s).toDouble());
    return QObject::tr("unknown check \"%1\"").arg(type);
}

Check::Outcome Check::evaluate(const net::Exchange &exchange) const
{
    Outcome outcome;
    outcome.description = describe();
    const QString type = spec.value(u"type"_s).toString();
    auto fail = [&](const QString &message) {
        outcome.passed = false;
        outcome.message = message;
        return outcome;
    };
    outcome.passed = true;
    if (type == u"status") {
        const int status = exchange.status;
        if (spec.contains(u"equals"_s) && status != spec.value(u"equals"_s).toInt())
            return fail(QObject::tr("got %1").arg(status));
        if (!spec.contains(u"equals"_s)
            && (status < spec.value(u"min"_s).toInt(0) || status > spec.value(u"max"_s).toInt(999)))
            return fail(QObject::tr("got %1").arg(status));
    } else if (type == u"header") {
        const QByteArray name = spec.value(u"name"_s).toString().toLatin1();
        bool present = false;
        for (const auto &header : exchange.responseHeaders)
            present = present || header.first.compare(name, Qt::CaseInsensitive) == 0;
        const QString value = QString::fromUtf8(exchange.responseHeader(name));
        if (!present)
            return fail(QObject::tr("no %1 header").arg(QString::fromLatin1(name)));
        if (spec.contains(u"equals"_s) && value != spec.value(u"equals"_s).toString())
            return fail(QObject::tr("got \"%1\"").arg(value));
        if (spec.contains(u"matches"_s)
            && !QRegularExpression(spec.value(u"matches"_s).toString()).match(value).hasMatch())
            return fail(QObject::tr("got \"%1\"").arg(value));
    } else if (type == u"body") {
        const QString body = bodyText(exchange);
        if (spec.contains(u"contains"_s) && !body.contains(spec.value(u"contains"_s).toString()))
            return fail(QObject::tr("not found in %n byte(s)", nullptr, int(exchange.bodySize())));
        if (spec.contains(u"matches"_s)) {
            const QRegularExpression pattern(spec.value(u"matches"_s).toString());
            if (!pattern.isValid())
                return fail(QObject::tr("invalid pattern: %1").arg(pattern.errorString()));
            if (!pattern.match(body).hasMatch())
                return fail(QObject::tr("no match"));
        }
    } else if (type == u"json") {
        QString why;
        auto value = jsonValue(exchange, spec.value(u"path"_s).toString(), &why);
        if (!value)
            return fail(why);
        if (spec.contains(u"equals"_s)
            && JsonPath::toText(*value) != JsonPath::toText(spec.value(u"equals"_s)))
            return fail(QObject::tr("got %1").arg(JsonPath::toText(*value)));
    } else if (type == u"time") {
        if (exchange.phases.totalMs >= spec.value(u"below"_s).toDouble())
            return fail(QObject::tr("took %1 ms").arg(exchange.phases.totalMs, 0, 'f', 1));
    } else {
        return fail(QObject::tr("not a check Tether knows"));
    }
    return outcome;
}

QList<Check> Check::fromJson(const QJsonValue &value)
{
    QList<Check> checks;
    for (const QJsonValue &entry : value.toArray())
        checks.append(Check{entry.toObject()});
    return checks;
}

std::optional<QString> Extraction::apply(const net::Exchange &exchange, QString *why) const
{
    if (spec.contains(u"json"_s)) {
        auto value = jsonValue(exchange, spec.value(u"json"_s).toString(), why);
        if (!value)
            return std::nullopt;
        return JsonPath::toText(*value);
    }
    if (spec.contains(u"header"_s)) {
        const QByteArray name = spec.value(u"header"_s).toString().toLatin1();
        const QByteArray value = exchange.responseHeader(name);
        if (value.isNull()) {
            *why = QObject::tr("no %1 header").arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        return QString::fromUtf8(value);
    }
    if (spec.contains(u"regex"_s)) {
        const QRegularExpression pattern(spec.value(u"regex"_s).toString());
        const QRegularExpressionMatch match = pattern.match(bodyText(exchange));
        if (!match.hasMatch()) {
            *why = QObject::tr("/%1/ did not match").arg(pattern.pattern());
            return std::nullopt;
        }
        return match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
    }
    *why = QObject::tr("an extraction needs \"json\", \"header\" or \"regex\"");
    return std::nullopt;
}

QList<Extraction> Extraction::fromJson(const QJsonValue &value)
{
    QList<Extraction> extractions;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        extractions.append(Extraction{object.value(u"variable"_s).toString(), object});
    }
    return extractions;
}

} // namespace tether::run
