// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/bodyformatter.h"
#include "body/jsonreindenter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tether::body {

QByteArray FormattedBody::line(int row) const
{
    if (row < 0 || row >= lineStarts.size())
        return {};
    const qsizetype start = lineStarts.at(row);
    qsizetype end = row + 1 < lineStarts.size() ? lineStarts.at(row + 1) : text.size();
    while (end > start && (text.at(end - 1) == '\n' || text.at(end - 1) == '\r'))
        --end;
    return text.mid(start, qMax<qsizetype>(0, end - start));
}

static bool looksBinary(const QByteArray &bytes)
{
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 4096);
    int control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return probe > 0 && control * 10 > probe;
}

// "00000010  48 54 54 50 ...  HTTP...", written straight into one buffer: a per-byte
// QByteArray::number took 15 s for 1 MiB under the fuzzer's sanitizers (found by fuzz_body).
static QByteArray hexDump(const QByteArray &bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    static constexpr qsizetype lineLength = 8 + 2 + 16 * 3 + 1 + 16 + 1;
    const qsizetype shown = qMin<qsizetype>(bytes.size(), 1 << 20);
    QByteArray out((shown + 15) / 16 * lineLength, ' ');
    char *line = out.data();
    for (qsizetype offset = 0; offset < shown; offset += 16, line += lineLength) {
        for (int i = 0; i < 8; ++i)
            line[i] = digits[(quint64(offset) >> (28 - 4 * i)) & 0xf];
        for (qsizetype i = 0; i < 16 && offset + i < shown; ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(offset + i));
            line[10 + i * 3] = digits[c >> 4];
            line[11 + i * 3] = digits[c & 0xf];
            line[8 + 2 + 16 * 3 + 1 + i] = (c >= 0x20 && c < 0x7f) ? char(c) : '.';
        }
        const qsizetype count = qMin<qsizetype>(16, shown - offset);
        line[lineLength - 1 - (16 - count)] = '\n';
        // A short last line ends after its own characters.
        if (count < 16)
            out.truncate(line - out.data() + lineLength - (16 - count));
    }
    return out;
}

FormattedBody BodyFormatter::formatNow(const QByteArray &bytes, const QByteArray &contentType,
                                       Mode mode, qint64 originalSize)
{
    FormattedBody result;
    result.originalSize = originalSize;
    result.truncated = originalSize > bytes.size();
    if (bytes.isEmpty())
        return result;
    const bool jsonType = contentType.contains("json");
    if (looksBinary(bytes)) {
        result.kind = FormattedBody::Kind::Binary;
        result.text = hexDump(bytes);
    } else if (mode == Mode::Pretty && (jsonType || JsonReindenter::looksLikeJson(bytes))) {
        result.kind = FormattedBody::Kind::Json;
        result.text = JsonReindenter::reindent(bytes);
    } else {
        result.kind = jsonType ? FormattedBody::Kind::Json : FormattedBody::Kind::Text;
        result.text = bytes;
    }
    result.lineStarts.reserve(result.text.size() / 32 + 1);
    result.lineStarts.append(0);
    const char *data = result.text.constData();
    const qsizetype size = result.text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n' && i + 1 < size)
            result.lineStarts.append(i + 1);
    }
    return result;
}

QFuture<FormattedBody> BodyFormatter::format(const QByteArray &bytes, const QByteArray &contentType,
                                             Mode mode, qint64 originalSize)
{
    return QtConcurrent::run(&BodyFormatter::formatNow, bytes, contentType, mode, originalSize);
}

} // namespace tether::body
