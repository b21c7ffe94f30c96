// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>

namespace tether::core {

// Inherit: use the nearest folder's (or the collection's) auth.
enum class AuthType { None, Basic, Bearer, ApiKey, Inherit };
enum class ApiKeyLocation { Header, Query };

struct Auth
{
    AuthType type = AuthType::None;
    QString username;
    QString password;
    QString token;
    QString keyName;
    QString keyValue;
    ApiKeyLocation keyLocation = ApiKeyLocation::Header;

    friend bool operator==(const Auth &, const Auth &) = default;
};

} // namespace tether::core
