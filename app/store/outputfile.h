// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace tether::store {

// Where a command writes what the user pointed it at (-o, --report). "-" is standard output. A
// regular file, or a new one, is replaced atomically (QSaveFile): a failed write leaves the old
// one whole. Anything else (a device such as /dev/null, a FIFO, a terminal, /dev/stdout, any
// path under /dev or /proc) is opened and written in place, never replaced: as root, a rename
// would put a regular file where /dev/null was.
class OutputFile
{
public:
    // Writes into the device; false, with *why, when it could not.
    using Writer = std::function<Result<void>(QIODevice *device)>;

    static Result<void> write(const QString &path, const Writer &writer);
    static Result<void> write(const QString &path, const QByteArray &bytes);
    // True when path would be written in place rather than replaced.
    static bool writesInPlace(const QString &path);
};

} // namespace tether::store
