// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/bodysource.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tether::cli {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

// Where the body is written: memory first, a temporary file once it outgrows inlineBytes.
class Sink
{
public:
    Result<void> append(QByteArrayView bytes)
    {
        if (!m_file && m_memory.size() + bytes.size() > BodySource::inlineBytes) {
            m_file = std::make_shared<QTemporaryFile>();
            if (!m_file->open())
                return Error{u"body-unreadable"_s,
                             QObject::tr("Cannot create a temporary file for the body: %1")
                                     .arg(m_file->errorString())};
            if (!write(m_memory))
                return writeError();
            m_memory.clear();
        }
        if (m_file) {
            if (!write(bytes))
                return writeError();
        } else {
            m_memory.append(bytes);
        }
        m_size += bytes.size();
        return {};
    }
    qint64 size() const { return m_size; }
    bool inMemory() const { return !m_file; }
    const QByteArray &memory() const { return m_memory; }
    std::shared_ptr<QTemporaryFile> file() const { return m_file; }
    Result<void> spill()
    {
        if (m_file)
            return {};
        const QByteArray bytes = m_memory;
        m_memory.clear();
        m_size = 0;
        m_file = std::make_shared<QTemporaryFile>();
        if (!m_file->open())
            return writeError();
        m_memory.clear();
        return append(bytes);
    }

private:
    bool write(QByteArrayView bytes)
    {
        return m_file->write(bytes.data(), bytes.size()) == bytes.size();
    }
    Error writeError() const
    {
        return Error{u"body-unreadable"_s,
                     QObject::tr("Cannot write the body to a temporary file: %1")
                             .arg(m_file->errorString())};
    }

    QByteArray m_memory;
    std::shared_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

QByteArray withoutNewlines(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (char c : bytes)
        if (c != '\r' && c != '\n')
            out.append(c);
    return out;
}

// A regular file, in pieces.
Result<void> copyFile(const QString &path, bool dropNewlines, Sink &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"body-unreadable"_s,
                     QObject::tr("Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error{u"body-unreadable"_s,
                         QObject::tr("Cannot read %1: %2").arg(path, file.errorString())};
        if (n == 0)
            return {};
        const QByteArrayView piece(chunk.constData(), n);
        auto appended = sink.append(dropNewlines ? QByteArrayView(withoutNewlines(piece)) : piece);
        if (!appended)
            return appended;
    }
}

// Standard input, a FIFO or a device: read as it comes, within the deadline and the limit.
Result<void> copyStream(const QString &path, bool dropNewlines, int deadlineMs, Sink &sink)
{
    const bool standardInput = path == u"-";
    const int fd = standardInput
            ? STDIN_FILENO
            : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{u"body-unreadable"_s,
                     QObject::tr("Cannot read %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    struct Closer
    {
        int fd;
        bool close;
        ~Closer()
        {
            if (close)
                ::close(fd);
        }
    } closer{fd, !standardInput};
    const QString name = standardInput ? QObject::tr("standard input") : path;
    const QDeadlineTimer deadline
            = deadlineMs > 0 ? QDeadlineTimer(deadlineMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        pollfd waiting{fd, POLLIN, 0};
        const int ready
                = ::poll(&waiting, 1, deadline.isForever() ? -1 : int(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return Error{u"timeout"_s,
                         QObject::tr("%1 did not end within -m %2 s; nothing was sent.")
                                 .arg(name)
                                 .arg(deadlineMs / 1000.0)};
        const ssize_t n = ::read(fd, chunk.data(), size_t(chunk.size()));
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n < 0)
            return Error{u"body-unreadable"_s,
                         QObject::tr("Cannot read %1: %2")
                                 .arg(name, QString::fromLocal8Bit(std::strerror(errno)))};
        if (n == 0)
            return {};
        total += n;
        if (total > BodySource::maximumStreamBytes)
            return Error{u"too-large"_s,
                         QObject::tr("%1 gave more than %2 MiB; a body from a stream or device is "
                                     "limited to that (save it to a file to send more).")
                                 .arg(name)
                                 .arg(BodySource::maximumStreamBytes >> 20)};
        const QByteArrayView piece(chunk.constData(), n);
        auto appended = sink.append(dropNewlines ? QByteArrayView(withoutNewlines(piece)) : piece);
        if (!appended)
            return appended;
    }
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decode() is lazy: keep what it returns
    return !decoder.hasError();
}

} // namespace

Result<void> BodySource::build(const QList<Part> &parts, core::RequestBody &body,
                               std::shared_ptr<QTemporaryFile> &spool, int deadlineMs)
{
    // A regular file alone, sent as it is: straight from disk, whatever its size.
    if (parts.size() == 1 && parts.first().kind == Kind::Binary
        && parts.first().value.startsWith(u'@')) {
        const QFileInfo file(parts.first().value.mid(1));
        if (file.isFile() && file.size() > inlineBytes) {
            body.mode = core::BodyMode::BinaryFile;
            body.filePath = file.absoluteFilePath();
            return {};
        }
    }
    Sink sink;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        if (i > 0) {
            auto separated = sink.append("&");
            if (!separated)
                return separated;
        }
        if (part.kind == Kind::Raw || !part.value.startsWith(u'@')) {
            auto appended = sink.append(part.value.toUtf8());
            if (!appended)
                return appended;
            continue;
        }
        const QString path = part.value.mid(1);
        const bool dropNewlines = part.kind == Kind::Data;
        const QFileInfo info(path);
        if (path != u"-" && !info.exists())
            return Error{u"body-unreadable"_s,
                         QObject::tr("Cannot read %1: no such file").arg(path)};
        if (path != u"-" && info.isDir())
            return Error{u"body-unreadable"_s,
                         QObject::tr("Cannot read %1: it is a folder").arg(path)};
        auto copied = path != u"-" && info.isFile()
                ? copyFile(path, dropNewlines, sink)
                : copyStream(path, dropNewlines, deadlineMs, sink);
        if (!copied)
            return copied;
    }
    if (sink.inMemory() && isUtf8(sink.memory())) {
        body.mode = core::BodyMode::Raw;
        body.text = QString::fromUtf8(sink.memory());
        return {};
    }
    // Bytes that are not text, or too many to keep: sent from the temporary file.
    auto spilled = sink.spill();
    if (!spilled)
        return spilled;
    spool = sink.file();
    if (!spool->flush())
        return Error{u"body-unreadable"_s,
                     QObject::tr("Cannot write the body to a temporary file: %1")
                             .arg(spool->errorString())};
    body.mode = core::BodyMode::BinaryFile;
    body.filePath = spool->fileName();
    return {};
}

} // namespace tether::cli
