// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/keyvalue.h"

#include <QString>

namespace tether::core {

// The query of a URL as the user typed it, as rows and back. Nothing is decoded or encoded on
// the way, so what goes on the wire is what the URL bar shows: "+" stays "+", "%2B" stays
// "%2B", and {{variables}} stay readable. A pair without "=" ("?debug") is a row whose value
// is a null string; "debug=" has an empty one.
class UrlQuery
{
public:
    // The query's pairs, in order, enabled; empty pairs ("a=1&&b=2") and pairs without a
    // name ("=x") are not rows.
    static KeyValueList rows(const QString &url);
    // The URL with its query replaced by the enabled rows that have a name (no "?" when there
    // are none); what comes before the query and the #fragment are kept as they are.
    static QString withRows(const QString &url, const KeyValueList &rows);
    // Rows as the old Params table sent them (appended to the query, each name and value
    // percent-encoded), written into the URL instead; {{variables}} are kept as they are.
    static QString withEncodedRows(const QString &url, const KeyValueList &rows);
    // The first of `chars` at or after `from` that is not inside a {{variable}} reference, or -1
    // ("{{base?}}/x?a=1": the query starts at the second "?").
    static qsizetype indexOutsideVariables(const QString &url, QStringView chars,
                                           qsizetype from = 0);

private:
    struct Parts
    {
        QString beforeQuery;
        QString query; // without "?"
        QString fragment; // with "#", or empty
    };
    static Parts split(const QString &url);
};

} // namespace tether::core
