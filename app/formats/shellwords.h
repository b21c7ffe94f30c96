// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tether::formats {

// Splits shell text into commands and words the way bash does for what "Copy as cURL" and API
// docs produce: '...', "..." with backslash escapes, $'...' (ANSI-C), backslash-newline
// continuations, comments, and ; && || | and newlines between commands. Text in Windows cmd
// style (^ continuations, ^" quotes, as Chrome's "Copy as cURL (cmd)" writes) is detected and
// read with cmd's rules instead.
class ShellWords
{
public:
    static Result<QList<QStringList>> split(const QString &text);
};

} // namespace tether::formats
