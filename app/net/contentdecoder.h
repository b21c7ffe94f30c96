// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

namespace tether::net {

// Inflates a gzip or deflate response body as it arrives, a bounded piece at a time. Tether
// decodes bodies itself rather than let Qt do it: Qt 6.4 frees its whole read budget on every
// read of inflated data, so it reads the compressed stream as fast as the network delivers it
// and holds all of it (97 MiB for a 300 MB JSON body, measured), where this keeps Qt's read
// buffer bounded as for any other body.
class ContentDecoder
{
public:
    using Sink = std::function<bool(QByteArrayView decoded)>;

    // The encodings Tether asks for when the request names none.
    static QByteArray acceptEncoding() { return QByteArrayLiteral("gzip, deflate"); }
    // A decoder for this Content-Encoding, or null for identity and for what Tether cannot
    // decode (kept as it arrived).
    static std::unique_ptr<ContentDecoder> forEncoding(const QByteArray &contentEncoding);

    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    // Feeds compressed bytes; sink gets each decoded piece and may refuse it (false). False when
    // the data is corrupt (error() says why) or the sink refused.
    bool feed(QByteArrayView compressed, const Sink &sink);
    // Whether the compressed stream was complete when the body ended.
    bool finishedCleanly() const { return m_ended; }
    QString error() const { return m_error; }

private:
    struct Stream;
    explicit ContentDecoder(bool deflate);
    bool restart(bool raw);
    bool inflateAll(QByteArrayView compressed, const Sink &sink);

    std::unique_ptr<Stream> m_stream;
    bool m_deflate = false; // "deflate": zlib-wrapped, or raw as some servers send it
    bool m_started = false;
    bool m_ended = false;
    bool m_padding = false; // bytes after the last member: ignored
    QByteArray m_head; // the first bytes of a "deflate" body, until it is known which kind
    QString m_error;
};

} // namespace tether::net
