// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/keyvalue.h"

#include <QList>
#include <QString>

namespace tether::core {

enum class BodyMode { None, Raw, Json, FormUrlEncoded, Multipart, BinaryFile };

struct MultipartField
{
    QString name;
    QString value; // text, or a file path when isFile
    bool isFile = false;
    QString contentType; // empty: text/plain for text, guessed from the name for files
    bool enabled = true;

    friend bool operator==(const MultipartField &, const MultipartField &) = default;
};

struct RequestBody
{
    BodyMode mode = BodyMode::None;
    QString text; // Raw and Json
    QString contentType; // Raw: sent as Content-Type unless a header says otherwise
    KeyValueList formFields;
    QList<MultipartField> multipartFields;
    QString filePath; // BinaryFile

    friend bool operator==(const RequestBody &, const RequestBody &) = default;
};

QString bodyModeName(BodyMode mode);
BodyMode bodyModeFromName(const QString &name, bool *ok = nullptr);

} // namespace tether::core
