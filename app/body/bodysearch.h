// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "body/bodyformatter.h"

#include <QList>
#include <QString>

namespace tether::body {

// Every match of a search in a formatted body, as the line of each match (a line holding two
// matches appears twice), for "match 3 of 17". Runs off the GUI thread on bodies up to the
// display limit.
class BodySearch
{
public:
    struct Query
    {
        QString text;
        bool caseSensitive = false;
        bool regularExpression = false;
    };
    struct Hits
    {
        QList<int> matchLines; // sorted
        bool capped = false; // more matches than maximumMatches
        QString error; // an invalid regular expression, said as Qt says it
    };
    static constexpr int maximumMatches = 100000;

    static Hits run(const FormattedBody &body, const Query &query);
    // Index into matchLines of the first match on the next line after `line` that has one
    // (wrapping), or on the previous one when `backwards`; -1 when there is none.
    static int next(const Hits &hits, int line, bool backwards = false);
};

} // namespace tether::body
