// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QFile;

namespace tether::body {

// The lines of a body too large to load, read from its file on demand: a sparse index (the
// offset of every stride-th row) built in one pass, so a 300 MB body costs a few hundred KiB.
// Rows are lines, with lines longer than maxRowBytes split into rows of that size. Built on a
// worker thread; read from one thread at a time (the view's).
class FileLines
{
public:
    static constexpr int stride = 256;
    static constexpr int maxRowBytes = 20000;

    // Indexes the first `size` bytes of the file; an unreadable file gives zero rows.
    static std::shared_ptr<FileLines> build(const QString &path, qint64 size);
    ~FileLines();

    int rowCount() const { return m_rows; }
    qint64 size() const { return m_size; }
    QString error() const { return m_error; }
    QByteArray row(int index) const;
    // Next row at or after `from` (wrapping) containing needle, or -1. Reads the file.
    int find(const QByteArray &needle, int from, Qt::CaseSensitivity sensitivity) const;

private:
    FileLines() = default;
    // Row starts within bytes [0, length) that begin at file offset `base`, appended to starts.
    static void splitRows(const QByteArray &bytes, QList<qint64> *starts, qint64 base);
    bool readBlock(int block) const;
    int rowAt(qint64 offset) const;

    QString m_path;
    qint64 m_size = 0;
    int m_rows = 0;
    QList<qint64> m_checkpoints; // file offset of rows 0, stride, 2·stride, ...
    QString m_error;
    mutable std::unique_ptr<QFile> m_file;
    mutable int m_cachedBlock = -1;
    mutable QByteArray m_blockBytes;
    mutable QList<qint64> m_blockRows; // offsets into m_blockBytes, one per row, plus the end
};

} // namespace tether::body
