// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tether::run {

using DataRow = QHash<QString, QString>;

// Data-driven iterations: a CSV file with a header row (RFC 4180 quoting) or a JSON array of
// objects; each row's columns become variables of one iteration.
class DataFile
{
public:
    static Result<QList<DataRow>> load(const QString &path);
    static Result<QList<DataRow>> parseCsv(const QString &text, const QString &pathForMessages);
    static Result<QList<DataRow>> parseJson(const QByteArray &bytes,
                                            const QString &pathForMessages);
};

} // namespace tether::run
