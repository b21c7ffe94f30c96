// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QList>
#include <QStringView>

namespace tether::body {

// Splits one line of (pretty-printed) JSON into coloured spans while it is painted; keeps no
// state between lines, which holds for Tether's own re-indented output (one token per line
// start, strings never span lines).
class JsonLineLexer
{
public:
    enum class Kind { Plain, Key, String, Number, Keyword, Punctuation };
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Kind kind = Kind::Plain;
    };
    static QList<Span> lex(QStringView line);
};

} // namespace tether::body
