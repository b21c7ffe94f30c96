// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/filelines.h"

#include <QByteArrayMatcher>
#include <QFile>

#include <cstring>

namespace tether::body {

namespace {
constexpr qint64 chunkBytes = 1 << 20;
} // namespace

FileLines::~FileLines() = default;

std::shared_ptr<FileLines> FileLines::build(const QString &path, qint64 size)
{
    std::shared_ptr<FileLines> lines(new FileLines);
    lines->m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        lines->m_error = file.errorString();
        return lines;
    }
    size = qMin(size, file.size());
    lines->m_size = size;
    // One pass: a row starts after every newline and every maxRowBytes within a line.
    qint64 rowStart = 0;
    qint64 rows = 0;
    auto startRow = [&](qint64 at) {
        if (rows % stride == 0)
            lines->m_checkpoints.append(at);
        ++rows;
        rowStart = at;
    };
    if (size > 0)
        startRow(0);
    qint64 offset = 0;
    QByteArray chunk;
    while (offset < size) {
        chunk = file.read(qMin(chunkBytes, size - offset));
        if (chunk.isEmpty()) {
            lines->m_error = file.errorString();
            break;
        }
        const char *data = chunk.constData();
        qint64 at = 0;
        while (at < chunk.size()) {
            const qint64 limit = rowStart + maxRowBytes - offset; // in-chunk index of the split
            const qint64 scanEnd = qMin<qint64>(chunk.size(), qMax<qint64>(at, limit));
            const void *newline = std::memchr(data + at, '\n', size_t(scanEnd - at));
            if (newline) {
                at = static_cast<const char *>(newline) - data + 1;
                if (offset + at < size)
                    startRow(offset + at);
            } else if (scanEnd == limit && limit < chunk.size()) {
                at = limit; // a long line: the next row begins here
                startRow(offset + at);
            } else {
                at = scanEnd;
            }
        }
        offset += chunk.size();
    }
    lines->m_rows = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    return lines;
}

void FileLines::splitRows(const QByteArray &bytes, QList<qint64> *starts, qint64 base)
{
    qint64 rowStart = 0;
    starts->append(base);
    for (qint64 at = 0; at < bytes.size();) {
        const qint64 limit = rowStart + maxRowBytes;
        const qint64 scanEnd = qMin<qint64>(bytes.size(), limit);
        const void *newline = std::memchr(bytes.constData() + at, '\n', size_t(scanEnd - at));
        if (newline) {
            at = static_cast<const char *>(newline) - bytes.constData() + 1;
        } else if (scanEnd == limit && limit < bytes.size()) {
            at = limit;
        } else {
            break;
        }
        if (at < bytes.size()) {
            starts->append(base + at);
            rowStart = at;
        }
    }
}

bool FileLines::readBlock(int block) const
{
    if (block == m_cachedBlock)
        return true;
    if (!m_file) {
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::ReadOnly))
            return false;
    }
    const qint64 begin = m_checkpoints.at(block);
    const qint64 end = block + 1 < m_checkpoints.size() ? m_checkpoints.at(block + 1) : m_size;
    if (!m_file->seek(begin))
        return false;
    m_blockBytes = m_file->read(end - begin);
    m_blockRows.clear();
    splitRows(m_blockBytes, &m_blockRows, 0);
    m_blockRows.append(m_blockBytes.size());
    m_cachedBlock = block;
    return true;
}

QByteArray FileLines::row(int index) const
{
    if (index < 0 || index >= m_rows || !readBlock(index / stride))
        return {};
    const int within = index % stride;
    if (within + 1 >= m_blockRows.size())
        return {};
    QByteArray bytes = m_blockBytes.mid(m_blockRows.at(within),
                                        m_blockRows.at(within + 1) - m_blockRows.at(within));
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

int FileLines::rowAt(qint64 offset) const
{
    const auto it = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), offset);
    const int block = int(std::distance(m_checkpoints.cbegin(), it)) - 1;
    if (block < 0 || !readBlock(block))
        return -1;
    const qint64 within = offset - m_checkpoints.at(block);
    const auto row = std::upper_bound(m_blockRows.cbegin(), m_blockRows.cend(), within);
    return block * stride + int(std::distance(m_blockRows.cbegin(), row)) - 1;
}

int FileLines::find(const QByteArray &needle, int from, Qt::CaseSensitivity sensitivity) const
{
    if (needle.isEmpty() || m_rows == 0)
        return -1;
    from = qBound(0, from, m_rows - 1);
    if (!readBlock(from / stride))
        return -1;
    const qint64 start = m_checkpoints.at(from / stride) + m_blockRows.at(from % stride);
    const bool folded = sensitivity == Qt::CaseInsensitive;
    const QByteArrayMatcher matcher(folded ? needle.toLower() : needle);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // From the row to the end, then from the top: chunks overlap by the needle's length.
    for (const auto &[begin, end] : {std::pair{start, m_size}, std::pair{qint64(0), start}}) {
        for (qint64 offset = begin; offset < end;) {
            if (!file.seek(offset))
                return -1;
            QByteArray chunk = file.read(qMin(chunkBytes, end - offset + needle.size() - 1));
            if (chunk.isEmpty())
                break;
            if (folded)
                chunk = chunk.toLower();
            const qsizetype hit = matcher.indexIn(chunk);
            if (hit >= 0 && offset + hit < end)
                return rowAt(offset + hit);
            offset += qMax<qint64>(1, chunk.size() - needle.size() + 1);
        }
    }
    return -1;
}

} // namespace tether::body
