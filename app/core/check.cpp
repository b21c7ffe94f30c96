// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/check.h"

using namespace Qt::StringLiterals;

namespace tether::core {

static Check checkOf(Check::Kind kind, const QString &type, const QString &subject = {})
{
    Check check;
    check.kind = kind;
    check.type = type;
    check.subject = subject;
    return check;
}

Check Check::status(int code)
{
    Check check = checkOf(Kind::Status, u"status"_s);
    check.equals = QJsonValue(code);
    return check;
}

Check Check::header(const QString &name, std::optional<QString> equals)
{
    Check check = checkOf(Kind::Header, u"header"_s, name);
    if (equals)
        check.equals = QJsonValue(*equals);
    return check;
}

Check Check::bodyContains(const QString &text)
{
    Check check = checkOf(Kind::Body, u"body"_s);
    check.contains = text;
    return check;
}

Check Check::jsonEquals(const QString &path, const QJsonValue &value)
{
    Check check = checkOf(Kind::Json, u"json"_s, path);
    check.equals = value;
    return check;
}

Check Check::jsonExists(const QString &path)
{
    return checkOf(Kind::Json, u"json"_s, path);
}

Check Check::timeBelow(double ms)
{
    Check check = checkOf(Kind::Time, u"time"_s);
    check.belowMs = ms;
    return check;
}

static Extraction extraction(const QString &variable, Extraction::Source source,
                             const QString &expression)
{
    Extraction made;
    made.variable = variable;
    made.source = source;
    made.expression = expression;
    return made;
}

Extraction Extraction::fromJsonPath(const QString &variable, const QString &path)
{
    return extraction(variable, Source::Json, path);
}

Extraction Extraction::fromHeader(const QString &variable, const QString &name)
{
    return extraction(variable, Source::Header, name);
}

Extraction Extraction::fromRegex(const QString &variable, const QString &pattern)
{
    return extraction(variable, Source::Regex, pattern);
}

} // namespace tether::core
