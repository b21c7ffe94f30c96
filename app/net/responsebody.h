// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;
class QTemporaryFile;

namespace tether::net {

// A response body that stays in memory up to a cap and spills to a temporary file beyond it,
// so a huge download never lives in RAM. Shared between the exchange's consumers.
class ResponseBody
{
public:
    explicit ResponseBody(qint64 memoryCap);
    ~ResponseBody();
    ResponseBody(const ResponseBody &) = delete;
    ResponseBody &operator=(const ResponseBody &) = delete;

    // Returns false (with error()) if spilling to disk failed; the bytes so far are kept.
    bool append(QByteArrayView chunk);
    // Appends what read() puts into a buffer of `bytes`, read straight into memory (one copy
    // less than append) while the body stays under the cap; read returns what it wrote, or a
    // negative number. Returns read's result, or -1 when the bytes are not to go to memory (the
    // body is in a file or would pass the cap: use append).
    template<typename Reader>
    qint64 appendInPlace(qint64 bytes, Reader read)
    {
        if (m_file || bytes <= 0 || m_memory.size() + bytes > m_memoryCap)
            return -1;
        const qsizetype before = m_memory.size();
        m_memory.resize(before + bytes);
        const qint64 got = read(m_memory.data() + before);
        m_memory.resize(before + qMax<qint64>(got, 0));
        m_size += qMax<qint64>(got, 0);
        return got;
    }
    // Room for a body of this length (a Content-Length), within the memory cap: one allocation
    // instead of one per doubling.
    void reserve(qint64 bytes);

    qint64 size() const { return m_size; }
    bool spilledToFile() const { return m_file != nullptr; }
    QString filePath() const;
    QString error() const { return m_error; }

    // Up to maxBytes from the start (all when maxBytes < 0).
    QByteArray read(qint64 maxBytes = -1) const;
    // Copies the whole body to an open device a chunk at a time (never all of it in memory).
    Result<void> writeTo(QIODevice *device) const;

private:
    qint64 m_memoryCap;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_error;
};

} // namespace tether::net
