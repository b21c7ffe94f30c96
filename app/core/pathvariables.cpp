// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/pathvariables.h"
#include "core/urlquery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::core {

// "/:name" up to the next "/", "?", "#" or the end. A {{variable}} holding ":x" is not
// matched: the pattern needs "/" right before the colon.
static const QRegularExpression &segmentPattern()
{
    static const QRegularExpression pattern(u"(?<=/):([A-Za-z0-9_][A-Za-z0-9_.-]*)(?=[/?#]|$)"_s);
    return pattern;
}

// Where the path ends: the first "?" or "#" outside {{…}}.
static qsizetype pathEnd(const QString &url)
{
    const qsizetype end = UrlQuery::indexOutsideVariables(url, u"?#");
    return end < 0 ? url.size() : end;
}

// Where the path starts: after "scheme://host[:port]", or after a leading {{base}}.
static qsizetype pathStart(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://"_s);
    if (scheme >= 0) {
        const qsizetype slash = url.indexOf(u'/', scheme + 3);
        return slash < 0 ? url.size() : slash;
    }
    return 0;
}

QStringList PathVariables::names(const QString &url)
{
    QStringList names;
    const qsizetype start = pathStart(url);
    const QString path = url.mid(start, pathEnd(url) - start);
    auto it = segmentPattern().globalMatch(path);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString PathVariables::apply(const QString &url, const KeyValueList &rows)
{
    const qsizetype start = pathStart(url);
    const qsizetype end = pathEnd(url);
    QString path = url.mid(start, end - start);
    QString filled;
    qsizetype last = 0;
    auto it = segmentPattern().globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const KeyValue &row) {
            return row.enabled && row.name == match.captured(1) && !row.value.isEmpty();
        });
        filled += path.mid(last, match.capturedStart() - last);
        filled += row == rows.cend() ? match.captured() : row->value;
        last = match.capturedEnd();
    }
    filled += path.mid(last);
    return url.left(start) + filled + url.mid(end);
}

KeyValueList PathVariables::rowsFor(const QString &url, const KeyValueList &previous)
{
    KeyValueList rows;
    for (const QString &name : names(url)) {
        const auto old = std::find_if(previous.cbegin(), previous.cend(),
                                      [&](const KeyValue &row) { return row.name == name; });
        rows.append({name, old == previous.cend() ? QString() : old->value, true});
    }
    return rows;
}

} // namespace tether::core
