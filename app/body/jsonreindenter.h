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
    static QByteArray reindent(const QByteArray &json, int indent = 2);
    static bool looksLikeJson(const QByteArray &bytes);
};

} // namespace tether::body
