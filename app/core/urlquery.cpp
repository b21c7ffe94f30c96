// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/urlquery.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::core {

qsizetype UrlQuery::indexOutsideVariables(const QString &url, QStringView chars, qsizetype from)
{
    int depth = 0;
    for (qsizetype i = from; i < url.size(); ++i) {
        if (url.mid(i, 2) == u"{{") {
            ++depth;
            ++i;
        } else if (depth > 0 && url.mid(i, 2) == u"}}") {
            --depth;
            ++i;
        } else if (depth == 0 && chars.contains(url.at(i))) {
            return i;
        }
    }
    return -1;
}

UrlQuery::Parts UrlQuery::split(const QString &url)
{
    Parts parts;
    const qsizetype first = indexOutsideVariables(url, u"?#");
    const qsizetype question = first >= 0 && url.at(first) == u'?' ? first : -1;
    const qsizetype hash = question >= 0 ? indexOutsideVariables(url, u"#", question + 1) : first;
    const qsizetype end = hash < 0 ? url.size() : hash;
    parts.fragment = hash < 0 ? QString() : url.mid(hash);
    if (question < 0) {
        parts.beforeQuery = url.left(end);
    } else {
        parts.beforeQuery = url.left(question);
        parts.query = url.mid(question + 1, end - question - 1);
    }
    return parts;
}

KeyValueList UrlQuery::rows(const QString &url)
{
    KeyValueList rows;
    for (const QString &pair : split(url).query.split(u'&', Qt::SkipEmptyParts)) {
        KeyValue row;
        const qsizetype equals = pair.indexOf(u'=');
        row.name = equals < 0 ? pair : pair.left(equals);
        row.value = equals < 0 ? QString() : pair.mid(equals + 1);
        if (equals >= 0 && row.value.isNull())
            row.value = u""_s; // "name=": empty, not absent
        if (!row.name.isEmpty()) // "=x" names nothing
            rows.append(row);
    }
    return rows;
}

QString UrlQuery::withRows(const QString &url, const KeyValueList &rows)
{
    const Parts parts = split(url);
    QStringList pairs;
    for (const KeyValue &row : rows) {
        if (row.enabled && !row.name.isEmpty())
            pairs.append(row.value.isNull() ? row.name : row.name + u'=' + row.value);
    }
    return parts.beforeQuery + (pairs.isEmpty() ? QString() : u'?' + pairs.join(u'&'))
            + parts.fragment;
}

// Percent-encodes text as the old Params table did, except {{variable}} references.
static QString encodedKeepingVariables(const QString &text)
{
    static const QRegularExpression reference(u"\\{\\{[^{}]*\\}\\}"_s);
    QString encoded;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        encoded += QString::fromLatin1(
                QUrl::toPercentEncoding(text.mid(last, match.capturedStart() - last)));
        encoded += match.captured();
        last = match.capturedEnd();
    }
    return encoded + QString::fromLatin1(QUrl::toPercentEncoding(text.mid(last)));
}

QString UrlQuery::withEncodedRows(const QString &url, const KeyValueList &rows)
{
    QStringList pairs;
    for (const KeyValue &row : rows) {
        if (row.enabled && !row.name.isEmpty())
            pairs.append(encodedKeepingVariables(row.name) + u'='
                         + encodedKeepingVariables(row.value));
    }
    if (pairs.isEmpty())
        return url;
    // Appended to the query as typed, as the request factory appended them: the same bytes.
    const Parts parts = split(url);
    return parts.beforeQuery + u'?' + parts.query + (parts.query.isEmpty() ? u""_s : u"&"_s)
            + pairs.join(u'&') + parts.fragment;
}

} // namespace tether::core
