// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>

namespace tether::core {

// A collection, environment or global variable. A secret one keeps its value in the OS
// keychain; files hold only its name.
struct Variable
{
    QString name;
    QString value;
    bool enabled = true;
    bool secret = false;

    friend bool operator==(const Variable &, const Variable &) = default;
};

} // namespace tether::core
