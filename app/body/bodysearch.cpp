// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/bodysearch.h"

#include <QByteArrayMatcher>
#include <QRegularExpression>

#include <algorithm>

namespace tether::body {

static int lineAt(const FormattedBody &body, qsizetype byteOffset)
{
    const auto it = std::upper_bound(body.lineStarts.cbegin(), body.lineStarts.cend(), byteOffset);
    return int(std::distance(body.lineStarts.cbegin(), it)) - 1;
}

BodySearch::Hits BodySearch::run(const FormattedBody &body, const Query &query)
{
    Hits hits;
    if (query.text.isEmpty() || body.lineStarts.isEmpty())
        return hits;
    if (query.regularExpression) {
        QRegularExpression pattern(query.text,
                                   query.caseSensitive ? QRegularExpression::NoPatternOption
                                                       : QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid()) {
            hits.error = pattern.errorString();
            return hits;
        }
        // Line by line: "^" and "$" mean what a person reading lines expects.
        for (int row = 0; row < body.lineCount() && !hits.capped; ++row) {
            auto it = pattern.globalMatch(QString::fromUtf8(body.line(row)));
            while (it.hasNext()) {
                const auto match = it.next();
                if (match.capturedLength() == 0)
                    break; // an empty match (".*" on an empty line) counts once at most
                hits.matchLines.append(row);
                if (hits.matchLines.size() >= maximumMatches) {
                    hits.capped = true;
                    break;
                }
            }
        }
        return hits;
    }
    const QByteArray needle = query.text.toUtf8();
    const QByteArray haystack = query.caseSensitive ? body.text : body.text.toLower();
    const QByteArrayMatcher matcher(query.caseSensitive ? needle : needle.toLower());
    for (qsizetype at = matcher.indexIn(haystack, 0); at >= 0;
         at = matcher.indexIn(haystack, at + needle.size())) {
        hits.matchLines.append(lineAt(body, at));
        if (hits.matchLines.size() >= maximumMatches) {
            hits.capped = true;
            break;
        }
    }
    return hits;
}

int BodySearch::next(const Hits &hits, int line, bool backwards)
{
    const QList<int> &lines = hits.matchLines;
    if (lines.isEmpty())
        return -1;
    if (backwards) {
        auto it = std::lower_bound(lines.cbegin(), lines.cend(), line);
        if (it == lines.cbegin())
            it = lines.cend();
        const int previousLine = *(it - 1);
        return int(std::lower_bound(lines.cbegin(), lines.cend(), previousLine) - lines.cbegin());
    }
    const auto it = std::upper_bound(lines.cbegin(), lines.cend(), line);
    return it == lines.cend() ? 0 : int(it - lines.cbegin());
}

} // namespace tether::body
