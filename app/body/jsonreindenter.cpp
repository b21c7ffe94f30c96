// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/jsonreindenter.h"

namespace tether::body {

bool JsonReindenter::looksLikeJson(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QByteArray JsonReindenter::reindent(const QByteArray &json, int indent, bool keepVariables)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool emptyContainer = false; // just opened a bracket; close it on the same line if empty
    auto newline = [&] {
        out += '\n';
        out.append(qsizetype(depth) * indent, ' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (emptyContainer && c != '}' && c != ']') {
            newline();
            emptyContainer = false;
        }
        if (keepVariables && c == '{' && json.mid(i, 2) == "{{") {
            if (const qsizetype end = json.indexOf("}}", i + 2); end >= 0) {
                out += json.mid(i, end + 2 - i);
                i = end + 1;
                continue;
            }
        }
        switch (c) {
        case '{':
        case '[':
            out += c;
            ++depth;
            emptyContainer = true;
            break;
        case '}':
        case ']':
            depth = qMax(0, depth - 1);
            if (!emptyContainer)
                newline();
            emptyContainer = false;
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case '"':
            inString = true;
            out += c;
            break;
        default:
            out += c;
        }
    }
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

} // namespace tether::body
