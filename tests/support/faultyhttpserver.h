// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>
#include <QThread>

#include <atomic>

namespace tether::testsupport {

// An HTTP/1.1 server on loopback that misbehaves on purpose, one fault per path, for what
// nginx will not do. It runs on a thread of its own, so a test may block (waiting for a
// tether-run process or for curl) while it answers. Any other path gets 200 "ok\n".
//   /reset-mid-body      Content-Length 4096, 1024 bytes, then a TCP reset
//   /short-body          Content-Length 4096, 1024 bytes, then a clean close (FIN)
//   /reset-before-head   the request is read, then a TCP reset
//   /close-before-head   the request is read, then a clean close
//   /garbage             a line that is not a status line, then a close
//   /bad-chunk           chunk "hello", then the chunk size "zz", more data and the last chunk
//   /bad-first-chunk     the first chunk size is "zz"
//   /chunked-reset       one chunk, then a TCP reset instead of the last chunk
//   /chunked-ok          two valid chunks and the last chunk
//   /chunked-trailer     a valid chunked body with a trailer section
//   /chunked-then-close  a valid chunked body, then a close without "Connection: close"
//   /bad-gzip            "Content-Encoding: gzip" over bytes that are not gzip
//   /stall-mid-body      Content-Length 4096, 1024 bytes, then nothing (for timeouts)
class FaultyHttpServer
{
public:
    FaultyHttpServer();
    ~FaultyHttpServer();
    FaultyHttpServer(const FaultyHttpServer &) = delete;
    FaultyHttpServer &operator=(const FaultyHttpServer &) = delete;

    bool listen();
    quint16 port() const { return m_port; }
    QString url(const QString &path) const;
    int connectionsAccepted() const { return m_connections; }

private:
    QThread m_thread;
    quint16 m_port = 0;
    std::atomic<int> m_connections = 0;
};

} // namespace tether::testsupport
