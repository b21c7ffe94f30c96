// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace tether::run {

// The JSONPath subset assertions and extractions use: $, .name, ['name'], [index] (negative
// counts from the end). Returns nothing when the path does not exist.
class JsonPath
{
public:
    static std::optional<QJsonValue> evaluate(const QJsonValue &root, const QString &path);
    // A value as text: strings bare, everything else as compact JSON.
    static QString toText(const QJsonValue &value);
};

} // namespace tether::run
