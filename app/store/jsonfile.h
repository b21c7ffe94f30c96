// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace tether::store {

// Reading and writing the plain JSON files collections are made of. Output is deterministic
// (sorted keys, 2-space indent, trailing newline, UTF-8) so a change touches only its lines in a
// git diff; a write is atomic (QSaveFile), and a parse error names the file, line and column.
class JsonFile
{
public:
    static Result<QJsonObject> read(const QString &path);
    static Result<QJsonObject> parse(const QByteArray &bytes, const QString &pathForMessages);
    static QByteArray format(const QJsonObject &object);
    static Result<void> write(const QString &path, const QJsonObject &object);
    // Writes through any device (tests use one that fails on demand).
    static Result<void> writeTo(QIODevice &device, const QString &pathForMessages,
                                const QJsonObject &object);
};

} // namespace tether::store
