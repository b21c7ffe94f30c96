// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/jsonlinelexer.h"

namespace tether::body {

QList<JsonLineLexer::Span> JsonLineLexer::lex(QStringView line)
{
    QList<Span> spans;
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = line.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < size && line.at(end) != u'"') {
                if (line.at(end) == u'\\')
                    ++end;
                ++end;
            }
            end = qMin(size, end + 1);
            qsizetype after = end;
            while (after < size && line.at(after).isSpace())
                ++after;
            const bool key = after < size && line.at(after) == u':';
            spans.append({i, end - i, key ? Kind::Key : Kind::String});
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < size
                   && (line.at(end).isDigit() || line.at(end) == u'.' || line.at(end) == u'e'
                       || line.at(end) == u'E' || line.at(end) == u'+' || line.at(end) == u'-'))
                ++end;
            spans.append({i, end - i, Kind::Number});
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && line.at(end).isLetter())
                ++end;
            const QStringView word = line.mid(i, end - i);
            const bool keyword = word == u"true" || word == u"false" || word == u"null";
            spans.append({i, end - i, keyword ? Kind::Keyword : Kind::Plain});
            i = end;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':') {
            spans.append({i, 1, Kind::Punctuation});
            ++i;
        } else {
            qsizetype end = i + 1;
            while (end < size && line.at(end).isSpace())
                ++end;
            spans.append({i, end - i, Kind::Plain});
            i = end;
        }
    }
    return spans;
}

} // namespace tether::body
