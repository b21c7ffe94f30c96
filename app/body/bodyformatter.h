// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

namespace tether::body {

// A body ready to display: text plus the offset of every line, so a view paints only the lines
// it shows. Built off the GUI thread (format() runs on the global thread pool).
struct FormattedBody
{
    enum class Kind { Empty, Text, Json, Binary };
    Kind kind = Kind::Empty;
    QByteArray text;
    QList<qsizetype> lineStarts;
    qint64 originalSize = 0;
    bool truncated = false; // the body was larger than what was loaded

    int lineCount() const { return int(lineStarts.size()); }
    QByteArray line(int row) const;
};

class BodyFormatter
{
public:
    enum class Mode { Pretty, Raw };
    static FormattedBody formatNow(const QByteArray &bytes, const QByteArray &contentType,
                                   Mode mode, qint64 originalSize);
    static QFuture<FormattedBody> format(const QByteArray &bytes, const QByteArray &contentType,
                                         Mode mode, qint64 originalSize);
};

} // namespace tether::body
