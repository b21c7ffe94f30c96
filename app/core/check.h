// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tether::core {

// One declarative assertion saved with a request ("assertions" in its file), e.g.
//   {"type":"status","equals":200}  {"type":"status","min":200,"max":299}
//   {"type":"header","name":"Content-Type","matches":"json"}  (or "equals"; else: present)
//   {"type":"body","contains":"ok"}  {"type":"body","matches":"id\":\\s*\\d+"}
//   {"type":"json","path":"$.items[0]","equals":"1"}  {"type":"json","path":"$.id","exists":true}
//   {"type":"time","below":500}
// Read once when the collection is loaded (store::RequestCodec), evaluated by run::Checker.
struct Check
{
    enum class Kind { Status, Header, Body, Json, Time, Unknown };

    Kind kind = Kind::Unknown;
    QString type; // as written: "status", …; for an unknown kind, what the file said
    QString subject; // the header's name or the JSON path
    std::optional<QJsonValue> equals; // status: a number; header: text; json: any value
    std::optional<QString> matches; // a regular expression (header, body)
    std::optional<QString> contains; // body
    std::optional<int> minStatus; // status range when no "equals": 0 and 999 when not given
    std::optional<int> maxStatus;
    double belowMs = 0; // time
    QJsonObject otherFields; // what the file holds beyond these, written back as it was

    static Check status(int code);
    static Check header(const QString &name, std::optional<QString> equals = {});
    static Check bodyContains(const QString &text);
    static Check jsonEquals(const QString &path, const QJsonValue &value);
    static Check jsonExists(const QString &path);
    static Check timeBelow(double ms);

    bool operator==(const Check &) const = default;
};

// A value taken from a response into a variable for later requests ("extract" in the file):
//   {"variable":"token","json":"$.token"}  {"variable":"loc","header":"Location"}
//   {"variable":"id","regex":"id=(\\d+)"}  (first capture group, else the whole match)
struct Extraction
{
    enum class Source { Json, Header, Regex, Unknown }; // keys "json", "header", "regex"

    QString variable;
    Source source = Source::Unknown;
    QString expression; // the JSON path, header name or pattern
    QJsonObject otherFields;

    static Extraction fromJsonPath(const QString &variable, const QString &path);
    static Extraction fromHeader(const QString &variable, const QString &name);
    static Extraction fromRegex(const QString &variable, const QString &pattern);

    bool operator==(const Extraction &) const = default;
};

} // namespace tether::core
