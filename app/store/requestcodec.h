// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

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
};

} // namespace tether::store
