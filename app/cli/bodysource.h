// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/requestbody.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace tether::cli {

// A `send` body from curl's -d, --data-binary, --data-raw and -T, in command-line order.
// Literal text and small files (up to inlineBytes, UTF-8) become the request's text, as typed.
// Anything larger is never held in memory: a regular file given alone is streamed from disk as
// it is; otherwise the parts are copied, in 64 KiB pieces, to a temporary file that is streamed.
// Standard input, FIFOs and devices are read within the -m deadline and up to
// maximumStreamBytes, with a clear message past either (`-d @/dev/zero` grew without end).
class BodySource
{
public:
    static constexpr qint64 inlineBytes = 1 << 20;
    static constexpr qint64 maximumStreamBytes = qint64(256) << 20;

    enum class Kind {
        Data, // -d: "@FILE" reads a file, CR and LF dropped, as curl
        Binary, // --data-binary, -T: "@FILE" reads a file as it is
        Raw, // --data-raw: no "@"
    };
    struct Part
    {
        Kind kind;
        QString value;
    };

    // Fills body (mode, text or filePath); `spool` keeps a temporary file alive while the
    // exchanges need it. deadlineMs 0: no deadline.
    static Result<void> build(const QList<Part> &parts, core::RequestBody &body,
                              std::shared_ptr<QTemporaryFile> &spool, int deadlineMs);
};

} // namespace tether::cli
