#include "bodyformatter.h"
#include "jsonreindenter.h"

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

static QByteArray hexDump(const QByteArray &bytes)
{
    QByteArray out;
    const qsizetype shown = qMin<qsizetype>(bytes.size(), 1 << 20);
    out.reserve(shown * 4 + 64);
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        out += QByteArray::number(qulonglong(offset), 16).rightJustified(8, '0') + "  ";
        QByteArray ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < shown) {
                const auto c = static_cast<unsigned char>(bytes.at(i));
                out += QByteArray::number(c, 16).rightJustified(2, '0') + ' ';
                ascii += (c >= 0x20 && c < 0x7f) ? char(c) : '.';
            } else {
                out += "   ";
            }
        }
        out += ' ' + ascii + '\n';
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
