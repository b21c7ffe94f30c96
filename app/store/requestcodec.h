// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/check.h"
#include "core/keyvalue.h"
#include "core/request.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tether::store {

// core::Request ↔ JSON, shared by collection files and history. Decoding keeps every field it
// does not know in the object it came from, so a newer Tether's additions survive a round trip.
class RequestCodec
{
public:
    static QJsonObject encode(const core::Request &request, const QJsonObject &base = {});
    static core::Request decode(const QJsonObject &object);

    static QJsonArray encodeKeyValues(const core::KeyValueList &list);
    static core::KeyValueList decodeKeyValues(const QJsonArray &array);
    static QJsonObject encodeAuth(const core::Auth &auth);
    static core::Auth decodeAuth(const QJsonObject &object);

    // "assertions" and "extract" of a request file; fields a check does not use are kept in
    // its otherFields, so a file reads and writes back the same.
    static QJsonArray encodeChecks(const QList<core::Check> &checks);
    static QList<core::Check> decodeChecks(const QJsonArray &array);
    static QJsonArray encodeExtractions(const QList<core::Extraction> &extractions);
    static QList<core::Extraction> decodeExtractions(const QJsonArray &array);
};

} // namespace tether::store
