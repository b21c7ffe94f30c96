// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/contentdecoder.h"

#include <QObject>

#include <utility>

#include <zlib.h>

namespace tether::net {

struct ContentDecoder::Stream
{
    z_stream z{};
    bool initialised = false;
    ~Stream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

std::unique_ptr<ContentDecoder> ContentDecoder::forEncoding(const QByteArray &contentEncoding)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip")
        return std::unique_ptr<ContentDecoder>(new ContentDecoder(false));
    if (encoding == "deflate")
        return std::unique_ptr<ContentDecoder>(new ContentDecoder(true));
    return nullptr;
}

ContentDecoder::ContentDecoder(bool deflate) : m_deflate(deflate)
{
    restart(false);
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::restart(bool raw)
{
    m_stream = std::make_unique<Stream>();
    // 15 + 32: a zlib or gzip header, detected; -15: raw deflate.
    m_stream->initialised = inflateInit2(&m_stream->z, raw ? -15 : 15 + 32) == Z_OK;
    if (!m_stream->initialised)
        m_error = QObject::tr("The body decoder could not start.");
    return m_stream->initialised;
}

bool ContentDecoder::feed(QByteArrayView compressed, const Sink &sink)
{
    if (!m_stream || !m_stream->initialised)
        return false;
    if (m_deflate && !m_started) {
        // "deflate" is meant to be zlib-wrapped, but some servers send it raw: the first two
        // bytes tell (a zlib header is method 8 and a multiple of 31).
        m_head += compressed;
        if (m_head.size() < 2)
            return true;
        const auto b0 = quint8(m_head[0]);
        const auto b1 = quint8(m_head[1]);
        const bool wrapped = (b0 & 0x0f) == 8 && (b0 * 256 + b1) % 31 == 0;
        m_started = true;
        if (!wrapped && !restart(true))
            return false;
        const QByteArray head = std::exchange(m_head, {});
        return inflateAll(head, sink);
    }
    m_started = true;
    return inflateAll(compressed, sink);
}

bool ContentDecoder::inflateAll(QByteArrayView compressed, const Sink &sink)
{
    constexpr int outSize = 64 * 1024;
    unsigned char out[outSize];
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    z.avail_in = uInt(compressed.size());
    while (z.avail_in > 0 && !m_padding) {
        if (m_ended) {
            // Another gzip member may follow (concatenated gzip is valid); anything else after
            // the end is padding, ignored as curl and browsers do.
            if (z.next_in[0] != 0x1f) {
                m_padding = true;
                break;
            }
            m_ended = false;
            inflateReset(&z);
        }
        z.next_out = out;
        z.avail_out = outSize;
        const int result = inflate(&z, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            m_error = QObject::tr("The compressed body is corrupt (%1).")
                              .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            return false;
        }
        const qsizetype produced = outSize - qsizetype(z.avail_out);
        if (produced > 0 && !sink(QByteArrayView(reinterpret_cast<const char *>(out), produced)))
            return false;
        if (result == Z_STREAM_END)
            m_ended = true;
        else if (result == Z_BUF_ERROR && produced == 0)
            break; // needs more input
    }
    return true;
}

} // namespace tether::net
