// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/checker.h"
#include "core/counted.h"
#include "run/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::run {

using Kind = core::Check::Kind;

// Checks look at the first 16 MiB of a body; a larger one is on disk and checked by its start.
static constexpr qint64 checkedBodyBytes = 16 * 1024 * 1024;

Checker::Checker(const net::Exchange &exchange) : m_exchange(exchange) { }

const QString &Checker::bodyText()
{
    if (!m_bodyText)
        m_bodyText = m_exchange.body ? QString::fromUtf8(m_exchange.body->read(checkedBodyBytes))
                                     : QString();
    return *m_bodyText;
}

Result<QJsonValue> Checker::jsonAt(const QString &path)
{
    if (!m_document) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(
                m_exchange.body ? m_exchange.body->read(checkedBodyBytes) : QByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            m_document = Error{u"not-json"_s,
                               QObject::tr("the body is not JSON (%1)").arg(error.errorString())};
        else
            m_document = document.isArray() ? QJsonValue(document.array())
                                            : QJsonValue(document.object());
    }
    if (!*m_document)
        return m_document->error();
    auto value = JsonPath::evaluate(m_document->value(), path);
    if (!value)
        return Error{u"no-value"_s, QObject::tr("%1 does not exist").arg(path)};
    return *value;
}

QString Checker::describe(const core::Check &check)
{
    switch (check.kind) {
    case Kind::Status:
        if (check.equals)
            return QObject::tr("status is %1").arg(check.equals->toInt());
        return QObject::tr("status in %1–%2")
                .arg(check.minStatus.value_or(0))
                .arg(check.maxStatus.value_or(999));
    case Kind::Header:
        if (check.equals)
            return QObject::tr("header %1 is \"%2\"").arg(check.subject, check.equals->toString());
        if (check.matches)
            return QObject::tr("header %1 matches /%2/").arg(check.subject, *check.matches);
        return QObject::tr("header %1 present").arg(check.subject);
    case Kind::Body:
        if (check.contains)
            return QObject::tr("body contains \"%1\"").arg(*check.contains);
        return QObject::tr("body matches /%1/").arg(check.matches.value_or(QString()));
    case Kind::Json:
        if (check.equals)
            return QObject::tr("%1 equals %2").arg(check.subject, JsonPath::toText(*check.equals));
        return QObject::tr("%1 exists").arg(check.subject);
    case Kind::Time:
        return QObject::tr("time below %1 ms").arg(check.belowMs);
    case Kind::Unknown:
        break;
    }
    return QObject::tr("unknown check \"%1\"").arg(check.type);
}

CheckResult Checker::evaluate(const core::Check &check)
{
    CheckResult result{describe(check), true, {}};
    const auto fail = [&result](const QString &message) {
        result.passed = false;
        result.message = message;
        return result;
    };
    switch (check.kind) {
    case Kind::Status: {
        const int status = m_exchange.status;
        if (check.equals && status != check.equals->toInt())
            return fail(QObject::tr("got %1").arg(status));
        if (!check.equals
            && (status < check.minStatus.value_or(0) || status > check.maxStatus.value_or(999)))
            return fail(QObject::tr("got %1").arg(status));
        break;
    }
    case Kind::Header: {
        const QByteArray name = check.subject.toLatin1();
        const bool present
                = std::any_of(m_exchange.responseHeaders.cbegin(),
                              m_exchange.responseHeaders.cend(), [&name](const auto &header) {
                                  return header.first.compare(name, Qt::CaseInsensitive) == 0;
                              });
        if (!present)
            return fail(QObject::tr("no %1 header").arg(check.subject));
        const QString value = QString::fromUtf8(m_exchange.responseHeader(name));
        if (check.equals && value != check.equals->toString())
            return fail(QObject::tr("got \"%1\"").arg(value));
        if (check.matches && !QRegularExpression(*check.matches).match(value).hasMatch())
            return fail(QObject::tr("got \"%1\"").arg(value));
        break;
    }
    case Kind::Body:
        if (check.contains && !bodyText().contains(*check.contains))
            return fail(QObject::tr("not found in %1")
                                .arg(core::counted(m_exchange.bodySize(), QObject::tr("byte"),
                                                   QObject::tr("bytes"))));
        if (check.matches) {
            const QRegularExpression pattern(*check.matches);
            if (!pattern.isValid())
                return fail(QObject::tr("invalid pattern: %1").arg(pattern.errorString()));
            if (!pattern.match(bodyText()).hasMatch())
                return fail(QObject::tr("no match"));
        }
        break;
    case Kind::Json: {
        auto value = jsonAt(check.subject);
        if (!value)
            return fail(value.error().message);
        if (check.equals && JsonPath::toText(value.value()) != JsonPath::toText(*check.equals))
            return fail(QObject::tr("got %1").arg(JsonPath::toText(value.value())));
        break;
    }
    case Kind::Time:
        if (m_exchange.phases.totalMs >= check.belowMs)
            return fail(QObject::tr("took %1 ms").arg(m_exchange.phases.totalMs, 0, 'f', 1));
        break;
    case Kind::Unknown:
        return fail(QObject::tr("not a check Tether knows"));
    }
    return result;
}

Result<QString> Checker::extract(const core::Extraction &extraction)
{
    using Source = core::Extraction::Source;
    switch (extraction.source) {
    case Source::Json: {
        auto value = jsonAt(extraction.expression);
        if (!value)
            return value.error();
        return JsonPath::toText(value.value());
    }
    case Source::Header: {
        const QByteArray value = m_exchange.responseHeader(extraction.expression.toLatin1());
        if (value.isNull())
            return Error{u"no-value"_s, QObject::tr("no %1 header").arg(extraction.expression)};
        return QString::fromUtf8(value);
    }
    case Source::Regex: {
        const QRegularExpression pattern(extraction.expression);
        const QRegularExpressionMatch match = pattern.match(bodyText());
        if (!match.hasMatch())
            return Error{u"no-value"_s, QObject::tr("/%1/ did not match").arg(pattern.pattern())};
        return match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
    }
    case Source::Unknown:
        break;
    }
    return Error{u"bad-extraction"_s,
                 QObject::tr("an extraction needs \"json\", \"header\" or \"regex\"")};
}

} // namespace tether::run
