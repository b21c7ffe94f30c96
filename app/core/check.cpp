// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/check.h"

using namespace Qt::StringLiterals;

namespace tether::core {

Check Check::status(int code)
{
    Check check;
    check.kind = Kind::Status;
    check.type = u"status"_s;
    check.equals = QJsonValue(code);
    return check;
}

Check Check::header(const QString &name, std::optional<QString> equals)
{
    Check check;
    check.kind = Kind::Header;
    check.type = u"header"_s;
    check.subject = name;
    if (equals)
        check.equals = QJsonValue(*equals);
    return check;
}

Check Check::bodyContains(const QString &text)
{
    Check check;
    check.kind = Kind::Body;
    check.type = u"body"_s;
    check.contains = text;
    return check;
}

Check Check::jsonEquals(const QString &path, const QJsonValue &value)
{
    Check check;
    check.kind = Kind::Json;
    check.type = u"json"_s;
    check.subject = path;
    check.equals = value;
    return check;
}

Check Check::jsonExists(const QString &path)
{
    Check check;
    check.kind = Kind::Json;
    check.type = u"json"_s;
    check.subject = path;
    return check;
}

Check Check::timeBelow(double ms)
{
    Check check;
    check.kind = Kind::Time;
    check.type = u"time"_s;
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
