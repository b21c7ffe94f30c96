// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"

#include <QString>
#include <QStringList>

namespace tether::formats {

// Code that sends the request: Python requests (through a Session, so keep-alive works as in
// Tether), JavaScript fetch, and C++ with Qt's QNetworkAccessManager. Give it the request with
// inheritance applied; {{references}} still in it are left as they are.
class SnippetExporter
{
public:
    static QStringList languages(); // "python", "javascript", "qt"
    static QString snippet(const QString &language, const core::Request &request);
    static QString python(const core::Request &request);
    static QString javascript(const core::Request &request);
    static QString qt(const core::Request &request);
    // A JSON string literal: valid as a string in Python and JavaScript alike.
    static QString stringLiteral(const QString &text);
};

} // namespace tether::formats
