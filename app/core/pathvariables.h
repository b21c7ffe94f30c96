// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/keyvalue.h"

#include <QStringList>

namespace tether::core {

// Path variables as Postman writes them: a path segment ":id" in "{{base}}/users/:id/posts"
// is filled in from a row named "id" when the request is sent. Only whole segments of the
// path count (not a port, not the query), and a variable without a value is sent as typed.
class PathVariables
{
public:
    // The names in the URL's path, in order, each once.
    static QStringList names(const QString &url);
    // The URL with every named segment replaced by its enabled row's value, as typed.
    static QString apply(const QString &url, const KeyValueList &rows);
    // Rows for the names in the URL: the value a row of that name has in `previous`, else
    // empty (a renamed variable starts empty; the others keep what was typed).
    static KeyValueList rowsFor(const QString &url, const KeyValueList &previous);
};

} // namespace tether::core
