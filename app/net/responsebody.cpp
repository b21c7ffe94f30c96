// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/responsebody.h"

#include <QDir>
#include <QObject>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace tether::net {

ResponseBody::ResponseBody(qint64 memoryCap) : m_memoryCap(memoryCap) { }

ResponseBody::~ResponseBody() = default;

bool ResponseBody::append(QByteArrayView chunk)
{
    if (chunk.isEmpty())
        return true;
    if (!m_file && m_memory.size() + chunk.size() > m_memoryCap) {
        auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/tether-body-XXXXXX"_s);
        if (!file->open() || file->write(m_memory) != m_memory.size()) {
            m_error = QObject::tr("Cannot spill the response body to a temporary file: %1")
                              .arg(file->errorString());
            m_memory += chunk;
            m_size += chunk.size();
            return false;
        }
        m_memory = QByteArray();
        m_file = std::move(file);
    }
    if (m_file) {
        if (m_file->write(chunk.data(), chunk.size()) != chunk.size()) {
            m_error = QObject::tr("Writing the response body to %1 failed: %2")
                              .arg(m_file->fileName(), m_file->errorString());
            return false;
        }
    } else {
        m_memory += chunk;
    }
    m_size += chunk.size();
    return true;
}

void ResponseBody::reserve(qint64 bytes)
{
    if (!m_file && bytes > m_memory.capacity() && bytes <= m_memoryCap)
        m_memory.reserve(bytes);
}

QString ResponseBody::filePath() const
{
    return m_file ? m_file->fileName() : QString();
}

QByteArray ResponseBody::read(qint64 maxBytes) const
{
    const qint64 wanted = maxBytes < 0 ? m_size : qMin(maxBytes, m_size);
    if (!m_file)
        return m_memory.left(wanted);
    m_file->flush();
    QFile reader(m_file->fileName());
    if (!reader.open(QIODevice::ReadOnly))
        return {};
    return reader.read(wanted);
}

Result<void> ResponseBody::writeTo(QIODevice *device) const
{
    constexpr qint64 chunk = 1 << 20;
    const auto write = [device](const char *data, qint64 size) -> Result<void> {
        if (device->write(data, size) == size)
            return {};
        return Error{u"write-failed"_s, device->errorString()};
    };
    if (!m_file) {
        for (qint64 at = 0; at < m_memory.size(); at += chunk) {
            if (auto written = write(m_memory.constData() + at, qMin(chunk, m_memory.size() - at));
                !written)
                return written;
        }
        return {};
    }
    m_file->flush();
    QFile reader(m_file->fileName());
    if (!reader.open(QIODevice::ReadOnly))
        return Error{u"read-failed"_s, reader.errorString()};
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = reader.read(buffer.data(), chunk);
        if (got < 0)
            return Error{u"read-failed"_s, reader.errorString()};
        if (got == 0)
            return {};
        if (auto written = write(buffer.constData(), got); !written)
            return written;
    }
}

} // namespace tether::net
