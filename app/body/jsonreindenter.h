// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>

namespace tether::body {

// Pretty-prints JSON text in one streaming pass over the bytes (no DOM, no second copy of the
// values), so a 50 MB body formats on a worker in well under a second. Input that is not
// JSON comes out re-indented as far as its brackets go; callers check looksLikeJson first.
class JsonReindenter
{
public:
    // With keepVariables, a {{variable}} outside strings (a request body's "n": {{count}}) is
    // copied as it is instead of being read as two brackets.
    static QByteArray reindent(const QByteArray &json, int indent = 2, bool keepVariables = false);
    static bool looksLikeJson(const QByteArray &bytes);
};

} // namespace tether::body
